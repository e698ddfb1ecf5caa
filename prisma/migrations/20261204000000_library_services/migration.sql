-- Shared library services (issue 15): one library serving several organisations, reported once.

CREATE TABLE "library_services" (
    "code" VARCHAR(10) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "host_ods_code" VARCHAR(5) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "library_services_pkey" PRIMARY KEY ("code")
);
ALTER TABLE "library_services" ADD CONSTRAINT "library_services_host_ods_code_fkey"
    FOREIGN KEY ("host_ods_code") REFERENCES "organisations"("ods_code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Who a service serves, over which years (to_year NULL: open-ended).
CREATE TABLE "library_service_members" (
    "id" BIGSERIAL NOT NULL,
    "service_code" VARCHAR(10) NOT NULL,
    "ods_code" VARCHAR(5) NOT NULL,
    "from_year" INTEGER NOT NULL,
    "to_year" INTEGER,

    CONSTRAINT "library_service_members_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "library_service_members_years" CHECK ("to_year" IS NULL OR "to_year" >= "from_year")
);
CREATE INDEX "library_service_members_ods_code_idx" ON "library_service_members"("ods_code");
CREATE INDEX "library_service_members_service_code_idx" ON "library_service_members"("service_code");
ALTER TABLE "library_service_members" ADD CONSTRAINT "library_service_members_service_code_fkey"
    FOREIGN KEY ("service_code") REFERENCES "library_services"("code") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "library_service_members" ADD CONSTRAINT "library_service_members_ods_code_fkey"
    FOREIGN KEY ("ods_code") REFERENCES "organisations"("ods_code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An organisation belongs to at most one service in a year: refused here whatever the writer
-- (the service also takes a lock on the table, so two writers cannot both pass this check).
CREATE FUNCTION "one_service_a_year"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    other text;
BEGIN
    SELECT m.service_code INTO other FROM library_service_members m
    WHERE m.ods_code = NEW.ods_code AND m.id <> NEW.id
      AND m.from_year <= coalesce(NEW.to_year, 2147483647) AND NEW.from_year <= coalesce(m.to_year, 2147483647)
    LIMIT 1;
    IF other IS NOT NULL THEN
        RAISE EXCEPTION 'library_service_members: % belongs to % in an overlapping year', NEW.ods_code, other USING ERRCODE = 'exclusion_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE CONSTRAINT TRIGGER "library_service_members_one_a_year" AFTER INSERT OR UPDATE ON "library_service_members"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "one_service_a_year"();

-- A service's return for a year: append-only revisions, like an organisation's. `members` is what
-- was sent ([{ odsCode, staffWte }]); each member's attributed figures are written as that
-- member's own revision (return_revisions.library_service_revision_id), so every aggregate, list
-- and publication counts each member once, with its share.
CREATE TABLE "library_service_revisions" (
    "id" BIGSERIAL NOT NULL,
    "service_code" VARCHAR(10) NOT NULL,
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
    "acknowledged_warnings" JSONB NOT NULL DEFAULT '[]',
    "members" JSONB NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_by" VARCHAR(200) NOT NULL,
    "submitted_by_key_id" UUID,
    "request_id" VARCHAR(128),

    CONSTRAINT "library_service_revisions_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "library_service_revisions_service_code_year_revision_key" ON "library_service_revisions"("service_code", "year", "revision");
ALTER TABLE "library_service_revisions" ADD CONSTRAINT "library_service_revisions_service_code_fkey"
    FOREIGN KEY ("service_code") REFERENCES "library_services"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "library_service_revisions" ADD CONSTRAINT "library_service_revisions_policy_id_fkey"
    FOREIGN KEY ("policy_id") REFERENCES "policies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "return_revisions" ADD COLUMN "library_service_revision_id" BIGINT;
CREATE INDEX "return_revisions_library_service_revision_id_idx" ON "return_revisions"("library_service_revision_id");
ALTER TABLE "return_revisions" ADD CONSTRAINT "return_revisions_library_service_revision_id_fkey"
    FOREIGN KEY ("library_service_revision_id") REFERENCES "library_service_revisions"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

CREATE TRIGGER "library_service_revisions_no_change" BEFORE UPDATE OR DELETE ON "library_service_revisions"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "library_service_revisions_no_truncate" BEFORE TRUNCATE ON "library_service_revisions"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"();

CREATE TRIGGER "library_services_audit" AFTER INSERT OR UPDATE OR DELETE ON "library_services"
    FOR EACH ROW EXECUTE FUNCTION "audit_change"('library_service', 'code');
CREATE TRIGGER "library_service_members_audit" AFTER INSERT OR UPDATE OR DELETE ON "library_service_members"
    FOR EACH ROW EXECUTE FUNCTION "audit_change"('library_service', 'service_code');
CREATE TRIGGER "library_service_revisions_audit" AFTER INSERT ON "library_service_revisions"
    FOR EACH ROW EXECUTE FUNCTION "audit_change"('library_service_return', 'service_code');

CREATE TRIGGER "library_services_version" AFTER INSERT OR UPDATE OR DELETE ON "library_services"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "library_service_members_version" AFTER INSERT OR UPDATE OR DELETE ON "library_service_members"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "library_service_revisions_version" AFTER INSERT ON "library_service_revisions"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
