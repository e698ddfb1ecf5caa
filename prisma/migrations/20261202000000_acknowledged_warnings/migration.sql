-- A submitter confirms a warning by naming its code, with a comment that explains it, so that a
-- return can later be approved with every warning understood. Kept with the revision it belongs to
-- (revisions are append-only): a later revision acknowledges its own warnings again.

-- AlterTable
ALTER TABLE "return_revisions" ADD COLUMN "acknowledged_warnings" JSONB NOT NULL DEFAULT '[]';
