-- The annual cycle (issue 14): reviewers, approvals, a change count per year, and frozen publications.

-- A reviewer approves returns of the organisations in its regions.
ALTER TYPE "api_key_role" ADD VALUE 'reviewer';
ALTER TABLE "api_keys" ADD COLUMN "regions" VARCHAR(5)[] DEFAULT ARRAY[]::VARCHAR(5)[];

-- An approval of one revision. Who approved (and who withdrew) is taken from the transaction's
-- audit actor by the trigger below, so the record and the audit trail cannot disagree; the return
-- it names is copied from the revision. The only change allowed is one withdrawal, with a reason.
CREATE TABLE "return_approvals" (
    "id" BIGSERIAL NOT NULL,
    "revision_id" BIGINT NOT NULL,
    "ods_code" VARCHAR(5) NOT NULL,
    "year" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "approved_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approved_by" VARCHAR(200) NOT NULL,
    "approved_by_role" VARCHAR(20) NOT NULL,
    "approved_by_key_id" UUID,
    "withdrawn_at" TIMESTAMPTZ(3),
    "withdrawn_by" VARCHAR(200),
    "withdrawn_by_role" VARCHAR(20),
    "withdrawn_by_key_id" UUID,
    "withdrawal_reason" VARCHAR(2000),

    CONSTRAINT "return_approvals_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "return_approvals_withdrawal_whole" CHECK (
        (withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_at IS NULL) = (withdrawal_reason IS NULL)
        AND (withdrawn_at IS NULL) = (withdrawn_by_role IS NULL))
);
CREATE INDEX "return_approvals_revision_id_idx" ON "return_approvals"("revision_id");
CREATE INDEX "return_approvals_ods_code_year_idx" ON "return_approvals"("ods_code", "year");
ALTER TABLE "return_approvals" ADD CONSTRAINT "return_approvals_revision_id_fkey"
    FOREIGN KEY ("revision_id") REFERENCES "return_revisions"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

CREATE FUNCTION "guard_return_approval"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    actor_role text := nullif(current_setting('audit.actor_role', true), '');
    actor_label text := coalesce(nullif(current_setting('audit.actor_label', true), ''), actor_role);
    actor_key uuid := nullif(current_setting('audit.actor_key_id', true), '')::uuid;
BEGIN
    IF actor_role IS NULL THEN
        RAISE EXCEPTION 'return_approvals: % without an actor; set audit.actor_role first', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT r.ods_code, r.year, r.revision INTO NEW.ods_code, NEW.year, NEW.revision
        FROM return_revisions r WHERE r.id = NEW.revision_id;
        IF EXISTS (SELECT 1 FROM return_approvals a WHERE a.revision_id = NEW.revision_id AND a.withdrawn_at IS NULL) THEN
            RAISE EXCEPTION 'return_approvals: revision % is approved already', NEW.revision_id USING ERRCODE = 'unique_violation';
        END IF;
        NEW.approved_at := now();
        NEW.approved_by := actor_label;
        NEW.approved_by_role := actor_role;
        NEW.approved_by_key_id := actor_key;
        NEW.withdrawn_at := NULL; NEW.withdrawn_by := NULL; NEW.withdrawn_by_role := NULL;
        NEW.withdrawn_by_key_id := NULL; NEW.withdrawal_reason := NULL;
        RETURN NEW;
    END IF;
    -- UPDATE: a standing approval may be withdrawn once, with a reason; nothing else changes.
    IF OLD.withdrawn_at IS NOT NULL THEN
        RAISE EXCEPTION 'return_approvals: approval % was withdrawn already', OLD.id USING ERRCODE = 'restrict_violation';
    END IF;
    IF (to_jsonb(NEW) - ARRAY['withdrawn_at', 'withdrawn_by', 'withdrawn_by_role', 'withdrawn_by_key_id', 'withdrawal_reason'])
       IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['withdrawn_at', 'withdrawn_by', 'withdrawn_by_role', 'withdrawn_by_key_id', 'withdrawal_reason']) THEN
        RAISE EXCEPTION 'return_approvals: only a withdrawal may change an approval' USING ERRCODE = 'restrict_violation';
    END IF;
    IF NEW.withdrawal_reason IS NULL OR btrim(NEW.withdrawal_reason) = '' THEN
        RAISE EXCEPTION 'return_approvals: a withdrawal needs a reason' USING ERRCODE = 'check_violation';
    END IF;
    NEW.withdrawn_at := now();
    NEW.withdrawn_by := actor_label;
    NEW.withdrawn_by_role := actor_role;
    NEW.withdrawn_by_key_id := actor_key;
    RETURN NEW;
END;
$$;
CREATE TRIGGER "return_approvals_guard" BEFORE INSERT OR UPDATE ON "return_approvals"
    FOR EACH ROW EXECUTE FUNCTION "guard_return_approval"();

CREATE FUNCTION "refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is kept for good: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "return_approvals_no_delete" BEFORE DELETE ON "return_approvals"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "return_approvals_no_truncate" BEFORE TRUNCATE ON "return_approvals"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"();

-- How many changes (revisions, approvals, withdrawals) each year has had, and when the newest
-- was: a publication keeps the count it saw, so a year is `revised` exactly when the count has
-- moved since. Sharded by the writer's backend like data_versions, so writers rarely wait.
CREATE TABLE "year_changes" (
    "year" INTEGER NOT NULL,
    "shard" INTEGER NOT NULL,
    "changes" BIGINT NOT NULL DEFAULT 0,
    "last_change_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "year_changes_pkey" PRIMARY KEY ("year", "shard")
);
INSERT INTO "year_changes" ("year", "shard", "changes", "last_change_at")
SELECT "year", 0, count(*), max("submitted_at") FROM "return_revisions" GROUP BY "year";

CREATE FUNCTION "count_year_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO year_changes (year, shard, changes, last_change_at)
    SELECT year, pg_backend_pid() % 16, count(*), now() FROM changed_rows GROUP BY year
    ON CONFLICT (year, shard) DO UPDATE
        SET changes = year_changes.changes + EXCLUDED.changes,
            last_change_at = greatest(year_changes.last_change_at, EXCLUDED.last_change_at);
    RETURN NULL;
END;
$$;
CREATE TRIGGER "return_revisions_year_changes" AFTER INSERT ON "return_revisions"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "count_year_changes"();
CREATE TRIGGER "return_approvals_year_changes" AFTER INSERT ON "return_approvals"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "count_year_changes"();
CREATE TRIGGER "return_withdrawals_year_changes" AFTER UPDATE ON "return_approvals"
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "count_year_changes"();

-- A numbered version of a year's published figures. `body` is the document exactly as served;
-- `revision_ids` the revisions it was computed from; `excluded_revision_ids` the current
-- revisions left out (not approved). Versions are gapless and never change.
CREATE TABLE "publications" (
    "year" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" VARCHAR(2000) NOT NULL,
    "published_by" VARCHAR(200) NOT NULL,
    "published_by_key_id" UUID,
    "changes_seen" BIGINT NOT NULL,
    "revision_ids" BIGINT[],
    "excluded_revision_ids" BIGINT[],
    "body" TEXT NOT NULL,

    CONSTRAINT "publications_pkey" PRIMARY KEY ("year", "version")
);

CREATE FUNCTION "guard_publication"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.version <> coalesce((SELECT max(version) FROM publications WHERE year = NEW.year), 0) + 1 THEN
        RAISE EXCEPTION 'publications: % of % is not the next version', NEW.version, NEW.year USING ERRCODE = 'unique_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER "publications_guard" BEFORE INSERT ON "publications"
    FOR EACH ROW EXECUTE FUNCTION "guard_publication"();
CREATE TRIGGER "publications_no_change" BEFORE UPDATE OR DELETE ON "publications"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
CREATE TRIGGER "publications_no_truncate" BEFORE TRUNCATE ON "publications"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"();

CREATE TRIGGER "return_approvals_version" AFTER INSERT OR UPDATE ON "return_approvals"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "publications_version" AFTER INSERT ON "publications"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();

-- The audit trail learns approvals (entity `return`, actions approve / withdraw) and publications
-- (entity `publication`, action publish, without the served body).
CREATE OR REPLACE FUNCTION "audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    actor_role text := nullif(current_setting('audit.actor_role', true), '');
    before_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) - 'hash' END;
    after_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) - 'hash' END;
    subject jsonb := coalesce(after_row, before_row);
    entity text := TG_ARGV[0];
    action text := CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END;
    entity_id text;
    ods text;
    start_year int;
BEGIN
    IF actor_role IS NULL THEN
        RAISE EXCEPTION 'audit: % on % without an actor; set audit.actor_role first', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'UPDATE' AND before_row = after_row THEN
        RETURN NEW;
    END IF;
    entity_id := subject ->> TG_ARGV[1];
    ods := subject ->> 'ods_code';
    start_year := (subject ->> 'year')::int;
    IF TG_TABLE_NAME = 'return_revisions' THEN
        entity_id := (subject ->> 'ods_code') || '/' || start_year || '-' || lpad(((start_year + 1) % 100)::text, 2, '0');
        action := CASE WHEN (NEW.revision = 1) THEN 'submit' ELSE 'amend' END;
        SELECT to_jsonb(r) INTO before_row FROM return_revisions r
        WHERE r.ods_code = NEW.ods_code AND r.year = NEW.year AND r.revision = NEW.revision - 1;
    ELSIF TG_TABLE_NAME = 'return_approvals' THEN
        entity_id := (subject ->> 'ods_code') || '/' || start_year || '-' || lpad(((start_year + 1) % 100)::text, 2, '0');
        action := CASE TG_OP WHEN 'INSERT' THEN 'approve' ELSE 'withdraw' END;
    ELSIF TG_TABLE_NAME = 'publications' THEN
        entity_id := start_year || '-' || lpad(((start_year + 1) % 100)::text, 2, '0') || '/v' || (subject ->> 'version');
        action := 'publish';
        after_row := after_row - ARRAY['body', 'revision_ids', 'excluded_revision_ids'];
    ELSIF TG_TABLE_NAME = 'api_keys' AND TG_OP = 'UPDATE' THEN
        IF before_row ->> 'revoked_at' IS NULL AND after_row ->> 'revoked_at' IS NOT NULL THEN
            action := 'revoke';
        END IF;
    END IF;
    INSERT INTO audit_events (actor_key_id, actor_role, actor_label, action, entity, entity_id, ods_code, before, after,
                              request_id, client_request_id)
    VALUES (
        nullif(current_setting('audit.actor_key_id', true), '')::uuid,
        actor_role,
        coalesce(nullif(current_setting('audit.actor_label', true), ''), actor_role),
        action, entity, entity_id, ods, before_row, after_row,
        nullif(current_setting('audit.request_id', true), ''),
        nullif(current_setting('audit.client_request_id', true), '')
    );
    RETURN coalesce(NEW, OLD);
END;
$$;

CREATE TRIGGER "return_approvals_audit" AFTER INSERT OR UPDATE ON "return_approvals"
    FOR EACH ROW EXECUTE FUNCTION "audit_change"('return', 'id');
CREATE TRIGGER "publications_audit" AFTER INSERT ON "publications"
    FOR EACH ROW EXECUTE FUNCTION "audit_change"('publication', 'year');
