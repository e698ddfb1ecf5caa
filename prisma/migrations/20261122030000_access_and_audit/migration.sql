-- CreateEnum
CREATE TYPE "api_key_role" AS ENUM ('admin', 'analyst', 'submitter');

-- CreateTable
CREATE TABLE "api_keys" (
    "id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "role" "api_key_role" NOT NULL,
    "organisations" VARCHAR(5)[] DEFAULT ARRAY[]::VARCHAR(5)[],
    "prefix" VARCHAR(16) NOT NULL,
    "hash" CHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_key_id" UUID,
    "actor_role" VARCHAR(20) NOT NULL,
    "actor_label" VARCHAR(200) NOT NULL,
    "action" VARCHAR(20) NOT NULL,
    "entity" VARCHAR(30) NOT NULL,
    "entity_id" VARCHAR(100) NOT NULL,
    "ods_code" VARCHAR(5),
    "before" JSONB,
    "after" JSONB,
    "request_id" VARCHAR(128),

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_hash_key" ON "api_keys"("hash");

-- CreateIndex
CREATE INDEX "audit_events_at_idx" ON "audit_events"("at");

-- CreateIndex
CREATE INDEX "audit_events_entity_at_idx" ON "audit_events"("entity", "at");

-- CreateIndex
CREATE INDEX "audit_events_ods_code_at_idx" ON "audit_events"("ods_code", "at");

-- CreateIndex
CREATE INDEX "audit_events_actor_key_id_at_idx" ON "audit_events"("actor_key_id", "at");

-- The audit trail nobody can skip: every change to these tables writes an audit event from a
-- trigger, in the same transaction. The writer must say who it is first, with
--   SELECT set_config('audit.actor_role', …, true), set_config('audit.actor_label', …, true), …
-- (transaction-local); a change without an actor is refused, so no code path can slip past.
CREATE FUNCTION "audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    actor_role text := nullif(current_setting('audit.actor_role', true), '');
    before_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) - 'hash' END;
    after_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) - 'hash' END;
    subject jsonb := coalesce(after_row, before_row);
    entity text := TG_ARGV[0];
    action text := CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END;
    entity_id text;
    ods text;
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
    IF TG_TABLE_NAME = 'return_revisions' THEN
        entity_id := (subject ->> 'ods_code') || '/' || (subject ->> 'year');
        action := CASE WHEN (NEW.revision = 1) THEN 'submit' ELSE 'amend' END;
        SELECT to_jsonb(r) INTO before_row FROM return_revisions r
        WHERE r.ods_code = NEW.ods_code AND r.year = NEW.year AND r.revision = NEW.revision - 1;
    ELSIF TG_TABLE_NAME = 'api_keys' AND TG_OP = 'UPDATE' THEN
        IF before_row ->> 'revoked_at' IS NULL AND after_row ->> 'revoked_at' IS NOT NULL THEN
            action := 'revoke';
        END IF;
    END IF;
    INSERT INTO audit_events (actor_key_id, actor_role, actor_label, action, entity, entity_id, ods_code, before, after, request_id)
    VALUES (
        nullif(current_setting('audit.actor_key_id', true), '')::uuid,
        actor_role,
        coalesce(nullif(current_setting('audit.actor_label', true), ''), actor_role),
        action, entity, entity_id, ods, before_row, after_row,
        nullif(current_setting('audit.request_id', true), '')
    );
    RETURN coalesce(NEW, OLD);
END;
$$;

CREATE TRIGGER "regions_audit" AFTER INSERT OR UPDATE OR DELETE ON "regions"
    FOR EACH ROW EXECUTE FUNCTION "audit_change"('region', 'code');
CREATE TRIGGER "organisations_audit" AFTER INSERT OR UPDATE OR DELETE ON "organisations"
    FOR EACH ROW EXECUTE FUNCTION "audit_change"('organisation', 'ods_code');
CREATE TRIGGER "policies_audit" AFTER INSERT OR UPDATE OR DELETE ON "policies"
    FOR EACH ROW EXECUTE FUNCTION "audit_change"('policy', 'id');
CREATE TRIGGER "reporting_years_audit" AFTER INSERT OR UPDATE OR DELETE ON "reporting_years"
    FOR EACH ROW EXECUTE FUNCTION "audit_change"('year', 'year');
CREATE TRIGGER "return_revisions_audit" AFTER INSERT ON "return_revisions"
    FOR EACH ROW EXECUTE FUNCTION "audit_change"('return', 'id');
CREATE TRIGGER "api_keys_audit" AFTER INSERT OR UPDATE OR DELETE ON "api_keys"
    FOR EACH ROW EXECUTE FUNCTION "audit_change"('api_key', 'id');
CREATE TRIGGER "service_notices_audit" AFTER INSERT OR UPDATE OR DELETE ON "service_notices"
    FOR EACH ROW EXECUTE FUNCTION "audit_change"('notice', 'key');

-- The head table follows its revisions (audited above); it is not audited twice.

CREATE FUNCTION "audit_events_are_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only: % is not allowed', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE OR DELETE ON "audit_events"
    FOR EACH ROW EXECUTE FUNCTION "audit_events_are_append_only"();
CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_are_append_only"();
