-- CreateEnum
CREATE TYPE "organisation_type" AS ENUM ('acute', 'integrated', 'mental_health', 'community', 'ambulance', 'specialist', 'icb', 'other');

-- CreateEnum
CREATE TYPE "band" AS ENUM ('meets_target', 'short_of_target', 'flagged');

-- CreateTable
CREATE TABLE "organisations" (
    "ods_code" VARCHAR(5) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "type" "organisation_type" NOT NULL,
    "region_code" VARCHAR(5) NOT NULL,
    "opened_on" DATE,
    "closed_on" DATE,
    "successor_ods_code" VARCHAR(5),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisations_pkey" PRIMARY KEY ("ods_code")
);

-- CreateTable
CREATE TABLE "policies" (
    "id" SERIAL NOT NULL,
    "effective_from" INTEGER NOT NULL,
    "flag_threshold" INTEGER NOT NULL,
    "target_ratio" INTEGER NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "policies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reporting_years" (
    "year" INTEGER NOT NULL,
    "opens_on" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "closes_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reporting_years_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "return_revisions" (
    "id" BIGSERIAL NOT NULL,
    "ods_code" VARCHAR(5) NOT NULL,
    "year" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "staff_wte" DECIMAL(10,2) NOT NULL,
    "qualified_wte" DECIMAL(10,2) NOT NULL,
    "clinical_librarian_wte" DECIMAL(10,2),
    "knowledge_manager_wte" DECIMAL(10,2),
    "other_embedded_wte" DECIMAL(10,2),
    "staff_source" VARCHAR(200),
    "staff_snapshot_date" DATE,
    "comment" VARCHAR(2000),
    "policy_id" INTEGER,
    "ratio" DOUBLE PRECISION,
    "band" "band",
    "gap_wte" DECIMAL(10,2),
    "warnings" JSONB NOT NULL DEFAULT '[]',
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_by" VARCHAR(200) NOT NULL,
    "submitted_by_key_id" UUID,
    "request_id" VARCHAR(128),

    CONSTRAINT "return_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_returns" (
    "ods_code" VARCHAR(5) NOT NULL,
    "year" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "current_revision_id" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "annual_returns_pkey" PRIMARY KEY ("ods_code","year")
);

-- CreateIndex
CREATE INDEX "organisations_region_code_idx" ON "organisations"("region_code");

-- CreateIndex
CREATE INDEX "organisations_type_idx" ON "organisations"("type");

-- CreateIndex
CREATE UNIQUE INDEX "policies_effective_from_key" ON "policies"("effective_from");

-- CreateIndex
CREATE UNIQUE INDEX "return_revisions_ods_code_year_revision_key" ON "return_revisions"("ods_code", "year", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "annual_returns_current_revision_id_key" ON "annual_returns"("current_revision_id");

-- CreateIndex
CREATE INDEX "annual_returns_year_idx" ON "annual_returns"("year");

-- AddForeignKey
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_successor_ods_code_fkey" FOREIGN KEY ("successor_ods_code") REFERENCES "organisations"("ods_code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_revisions" ADD CONSTRAINT "return_revisions_ods_code_fkey" FOREIGN KEY ("ods_code") REFERENCES "organisations"("ods_code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_revisions" ADD CONSTRAINT "return_revisions_policy_id_fkey" FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_returns" ADD CONSTRAINT "annual_returns_ods_code_fkey" FOREIGN KEY ("ods_code") REFERENCES "organisations"("ods_code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_returns" ADD CONSTRAINT "annual_returns_current_revision_id_fkey" FOREIGN KEY ("current_revision_id") REFERENCES "return_revisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules Prisma cannot express: value checks, and revisions that are never changed.
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_dates_check" CHECK ("closed_on" IS NULL OR "opened_on" IS NULL OR "closed_on" >= "opened_on");
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_ods_code_check" CHECK ("ods_code" ~ '^[A-Z0-9]{3,5}$');
ALTER TABLE "policies" ADD CONSTRAINT "policies_thresholds_check" CHECK ("target_ratio" > 0 AND "flag_threshold" >= "target_ratio");
ALTER TABLE "reporting_years" ADD CONSTRAINT "reporting_years_window_check" CHECK ("opens_on" <= "deadline" AND "deadline" <= "closes_on");
ALTER TABLE "return_revisions" ADD CONSTRAINT "return_revisions_wte_check" CHECK (
    "staff_wte" > 0 AND "qualified_wte" >= 0 AND "qualified_wte" <= "staff_wte" AND "revision" >= 1
    AND coalesce("clinical_librarian_wte", 0) + coalesce("knowledge_manager_wte", 0) + coalesce("other_embedded_wte", 0) <= "qualified_wte"
);

CREATE FUNCTION "return_revisions_are_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'return revisions are append-only: % is not allowed', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER "return_revisions_append_only"
    BEFORE UPDATE OR DELETE ON "return_revisions"
    FOR EACH ROW EXECUTE FUNCTION "return_revisions_are_append_only"();

CREATE TRIGGER "return_revisions_no_truncate"
    BEFORE TRUNCATE ON "return_revisions"
    FOR EACH STATEMENT EXECUTE FUNCTION "return_revisions_are_append_only"();

-- Seed: the seven NHS England regions.
INSERT INTO "regions" ("code", "name") VALUES
    ('Y56', 'London'),
    ('Y58', 'South West'),
    ('Y59', 'South East'),
    ('Y60', 'Midlands'),
    ('Y61', 'East of England'),
    ('Y62', 'North West'),
    ('Y63', 'North East and Yorkshire');

-- Seed: the 2019 HEE staff-ratio policy, effective from 2018-19.
INSERT INTO "policies" ("effective_from", "flag_threshold", "target_ratio", "title") VALUES
    (2018, 1730, 1250, 'HEE staff ratio policy: 1 qualified library and knowledge specialist per 1,250 WTE NHS staff (approved 5 November 2019)');
