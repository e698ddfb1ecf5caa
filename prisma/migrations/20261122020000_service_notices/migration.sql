-- CreateTable
CREATE TABLE "service_notices" (
    "key" VARCHAR(50) NOT NULL,
    "message" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_notices_pkey" PRIMARY KEY ("key")
);
