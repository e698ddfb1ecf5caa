-- Hardening (issues 12 and 20).

-- The audit keeps the server's own request id and, beside it, the id the client sent, so that a
-- client can neither forge nor repeat the ids that name audit records.
ALTER TABLE "audit_events" ADD COLUMN "client_request_id" VARCHAR(128);

-- Idempotent answers are bounded per key: their size is kept to evict the oldest first. They are
-- kept as the exact text that was sent, so that a replay is byte for byte the first answer (jsonb
-- reorders keys, and refuses a \u0000 that an answer may echo).
ALTER TABLE "idempotency_keys" ADD COLUMN "response_bytes" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "idempotency_keys" ALTER COLUMN "response_body" TYPE TEXT USING "response_body"::text;
CREATE INDEX "idempotency_keys_owner_created_at_idx" ON "idempotency_keys"("owner", "created_at");

-- A secret of this database, for tags that must reveal nothing (return ETags are keyed hashes):
-- every instance that shares the database shares the secret.
CREATE TABLE "service_secrets" (
    "name" VARCHAR(50) NOT NULL,
    "value" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_secrets_pkey" PRIMARY KEY ("name")
);
INSERT INTO "service_secrets" ("name", "value")
VALUES ('etag', encode(sha256((gen_random_uuid()::text || gen_random_uuid()::text || clock_timestamp()::text)::bytea), 'hex'));

-- A return's audit entity id names its year as the API does: ZD001/2025-26 (was ZD001/2025).
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
    IF TG_TABLE_NAME = 'return_revisions' THEN
        start_year := (subject ->> 'year')::int;
        entity_id := (subject ->> 'ods_code') || '/' || start_year || '-' || lpad(((start_year + 1) % 100)::text, 2, '0');
        action := CASE WHEN (NEW.revision = 1) THEN 'submit' ELSE 'amend' END;
        SELECT to_jsonb(r) INTO before_row FROM return_revisions r
        WHERE r.ods_code = NEW.ods_code AND r.year = NEW.year AND r.revision = NEW.revision - 1;
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
