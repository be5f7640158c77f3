import "server-only";

import { prisma } from "@/lib/db/client.server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { diffSnapshots, type FieldChange } from "./diff";
import { isSlug, type RevisionAction } from "@/lib/vocabulary";
import type { PartnershipSnapshot } from "./snapshot";

// A partnership's revisions, oldest first, each with what changed. Public: who made a change is given as its
// kind ("moderator", "seed"), never as a person's account.

export type HistoryEntry = {
  id: number;
  action: RevisionAction;
  at: string;
  by: string;
  summary: string;
  changes: FieldChange[];
};

export type PartnershipHistory = { slug: string; name: string; revisions: HistoryEntry[] };

export function publicActor(actor: string): string {
  return actor.startsWith("moderator:") ? "moderator" : actor.split(":")[0]!;
}

export async function partnershipHistory(slug: string, db: PrismaClient = prisma): Promise<PartnershipHistory | null> {
  if (!isSlug(slug)) return null;
  const revisions = await db.revision.findMany({
    where: { partnershipSlug: slug },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  if (revisions.length === 0) return null;
  const last = revisions.at(-1)!;
  const latest = (last.after ?? last.before) as PartnershipSnapshot | null;
  return {
    slug,
    name: latest?.name ?? slug,
    revisions: revisions.map((revision) => ({
      id: revision.id,
      action: revision.action,
      at: revision.createdAt.toISOString(),
      by: publicActor(revision.actor),
      summary: revision.summary,
      changes: diffSnapshots(
        revision.before as PartnershipSnapshot | null,
        revision.after as PartnershipSnapshot | null,
      ),
    })),
  };
}
