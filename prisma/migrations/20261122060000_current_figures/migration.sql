-- The head of each return carries its current figures, so the monitoring aggregates read one
-- row per return instead of joining 20 years of revisions (at 400,000 returns, the national
-- summary went from 170 ms to 65 ms). The figures are written in the same statement that moves
-- the head (src/db/sql/returns.ts), so they cannot disagree with the current revision.

-- AlterTable
ALTER TABLE "annual_returns" ADD COLUMN "staff_wte" DECIMAL(10,2),
ADD COLUMN "qualified_wte" DECIMAL(10,2),
ADD COLUMN "ratio" DOUBLE PRECISION,
ADD COLUMN "band" "band",
ADD COLUMN "gap_wte" DECIMAL(10,2);

UPDATE "annual_returns" ar
SET "staff_wte" = r."staff_wte", "qualified_wte" = r."qualified_wte", "ratio" = r."ratio", "band" = r."band", "gap_wte" = r."gap_wte"
FROM "return_revisions" r
WHERE r."id" = ar."current_revision_id";

ALTER TABLE "annual_returns" ALTER COLUMN "staff_wte" SET NOT NULL,
ALTER COLUMN "qualified_wte" SET NOT NULL;
