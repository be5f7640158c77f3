-- CreateTable
CREATE TABLE "moderator_known_address" (
    "moderator_id" INTEGER NOT NULL,
    "address_hash" TEXT NOT NULL,
    "last_signed_in_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "moderator_known_address_pkey" PRIMARY KEY ("moderator_id","address_hash")
);

-- AddForeignKey
ALTER TABLE "moderator_known_address" ADD CONSTRAINT "moderator_known_address_moderator_id_fkey" FOREIGN KEY ("moderator_id") REFERENCES "moderator"("id") ON DELETE CASCADE ON UPDATE CASCADE;
