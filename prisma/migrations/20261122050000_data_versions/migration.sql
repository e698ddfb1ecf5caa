-- CreateTable
CREATE TABLE "data_versions" (
    "shard" INTEGER NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "data_versions_pkey" PRIMARY KEY ("shard")
);

INSERT INTO "data_versions" ("shard") SELECT generate_series(0, 15);

-- One bump per changing statement (not per row), on a shard chosen by the writer's backend, so
-- concurrent writers rarely wait for each other.
CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_versions SET version = version + 1 WHERE shard = pg_backend_pid() % 16;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "regions_version" AFTER INSERT OR UPDATE OR DELETE ON "regions"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "organisations_version" AFTER INSERT OR UPDATE OR DELETE ON "organisations"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "policies_version" AFTER INSERT OR UPDATE OR DELETE ON "policies"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "reporting_years_version" AFTER INSERT OR UPDATE OR DELETE ON "reporting_years"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "return_revisions_version" AFTER INSERT ON "return_revisions"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "annual_returns_version" AFTER INSERT OR UPDATE OR DELETE ON "annual_returns"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "service_notices_version" AFTER INSERT OR UPDATE OR DELETE ON "service_notices"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
