/**
 * The columns a submitted revision has, whether an organisation's (return_revisions) or a library
 * service's (library_service_revisions), as read by their repositories: WTE as exact numeric text.
 */
export type RevisionColumns = {
  year: number;
  revision: number;
  staff_wte: string;
  qualified_wte: string;
  clinical_librarian_wte: string | null;
  knowledge_manager_wte: string | null;
  other_embedded_wte: string | null;
  staff_source: string | null;
  staff_snapshot_date: string | null;
  comment: string | null;
  ratio: number | null;
  band: 'meets_target' | 'short_of_target' | 'flagged' | null;
  gap_wte: string | null;
  warnings: { code: string; message: string }[];
  acknowledged_warnings: string[];
  submitted_at: Date;
  submitted_by: string;
};
