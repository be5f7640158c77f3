-- CreateEnum
CREATE TYPE "submission_kind" AS ENUM ('create', 'update');

-- CreateEnum
CREATE TYPE "submission_status" AS ENUM ('pending', 'approved', 'rejected');

-- CreateTable
CREATE TABLE "submission" (
    "id" SERIAL NOT NULL,
    "kind" "submission_kind" NOT NULL,
    "status" "submission_status" NOT NULL DEFAULT 'pending',
    "partnership_id" INTEGER,
    "partnership_slug" TEXT,
    "proposal" JSONB NOT NULL,
    "base_snapshot" JSONB,
    "submitter_email" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMP(3),
    "decided_by_id" INTEGER,
    "rejection_reason" TEXT,
    "revision_id" INTEGER,

    CONSTRAINT "submission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "moderator" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabled_at" TIMESTAMP(3),

    CONSTRAINT "moderator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "moderator_session" (
    "id" SERIAL NOT NULL,
    "token_hash" TEXT NOT NULL,
    "csrf_token" TEXT NOT NULL,
    "moderator_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "moderator_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "throttle_event" (
    "id" BIGSERIAL NOT NULL,
    "bucket" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "throttle_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "submission_revision_id_key" ON "submission"("revision_id");

-- CreateIndex
CREATE INDEX "submission_status_created_at_idx" ON "submission"("status", "created_at");

-- CreateIndex
CREATE INDEX "submission_partnership_id_idx" ON "submission"("partnership_id");

-- CreateIndex
CREATE UNIQUE INDEX "moderator_email_key" ON "moderator"("email");

-- CreateIndex
CREATE UNIQUE INDEX "moderator_session_token_hash_key" ON "moderator_session"("token_hash");

-- CreateIndex
CREATE INDEX "moderator_session_moderator_id_idx" ON "moderator_session"("moderator_id");

-- CreateIndex
CREATE INDEX "moderator_session_expires_at_idx" ON "moderator_session"("expires_at");

-- CreateIndex
CREATE INDEX "throttle_event_bucket_created_at_idx" ON "throttle_event"("bucket", "created_at");

-- AddForeignKey
ALTER TABLE "submission" ADD CONSTRAINT "submission_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission" ADD CONSTRAINT "submission_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "moderator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "submission" ADD CONSTRAINT "submission_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "revision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "moderator_session" ADD CONSTRAINT "moderator_session_moderator_id_fkey" FOREIGN KEY ("moderator_id") REFERENCES "moderator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Checks the schema cannot express: a correction names its entry, a decision is complete, a rejection says why.
ALTER TABLE "submission" ADD CONSTRAINT "submission_update_has_slug"
  CHECK ("kind" <> 'update' OR "partnership_slug" IS NOT NULL);
ALTER TABLE "submission" ADD CONSTRAINT "submission_decision_complete"
  CHECK (("status" = 'pending') = ("decided_at" IS NULL));
ALTER TABLE "submission" ADD CONSTRAINT "submission_rejection_has_reason"
  CHECK ("status" <> 'rejected' OR length(btrim("rejection_reason")) > 0);
ALTER TABLE "moderator" ADD CONSTRAINT "moderator_email_lower_case" CHECK ("email" = lower("email"));
