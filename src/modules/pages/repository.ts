import type { Queryable } from '../../db/transaction.ts';

/** Page sessions signed out before they expired (a copied cookie must open nothing). */
export async function endPageSession(db: Queryable, id: string, endsAt: Date): Promise<void> {
  await db.query('DELETE FROM ended_page_sessions WHERE ends_at < now()');
  await db.query('INSERT INTO ended_page_sessions (id, ends_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [id, endsAt]);
}

export async function pageSessionEnded(db: Queryable, id: string): Promise<boolean> {
  const { rowCount } = await db.query('SELECT 1 FROM ended_page_sessions WHERE id = $1', [id]);
  return (rowCount ?? 0) > 0;
}
