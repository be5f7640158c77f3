-- How partnerships relate: one came before another (predecessor), or is part of a wider arrangement (part-of).
CREATE TYPE "partnership_relation" AS ENUM ('predecessor', 'part-of');

CREATE TABLE "partnership_link" (
    "partnership_id" INTEGER NOT NULL,
    "related_id" INTEGER NOT NULL,
    "relation" "partnership_relation" NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "partnership_link_pkey" PRIMARY KEY ("partnership_id","related_id","relation")
);

CREATE INDEX "partnership_link_related_id_idx" ON "partnership_link"("related_id");

ALTER TABLE "partnership_link" ADD CONSTRAINT "partnership_link_partnership_id_fkey" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "partnership_link" ADD CONSTRAINT "partnership_link_related_id_fkey" FOREIGN KEY ("related_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
