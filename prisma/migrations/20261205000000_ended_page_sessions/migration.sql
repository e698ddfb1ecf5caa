-- Pages for people (issue 17): a signed-out browser session, so a copy of its cookie taken before
-- sign-out opens nothing. Kept until the sealed key would have expired anyway.
CREATE TABLE "ended_page_sessions" (
    "id" VARCHAR(32) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ended_page_sessions_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ended_page_sessions_ends_at_idx" ON "ended_page_sessions"("ends_at");
