import "server-only";

// Recent changes to partnerships, newest first, each with what changed (the revision history's own diff): the
// site-wide /changes page, and the Atom feed of any filter (the revisions of the partnerships the filter matches
// now). Who made a change is given as its kind, never as a person's account.

import { prisma } from "@/lib/db/client.server";
import { filterConditions, type ResolvedFilter } from "@/lib/filters/sql";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { RevisionAction } from "@/lib/vocabulary";
import { diffSnapshots, type FieldChange } from "./diff";
import { publicActor } from "./history.server";
import type { PartnershipSnapshot } from "./snapshot";

type Db = Pick<PrismaClient, "$queryRaw">;
const sql = Prisma.sql;

export type Change = {
  id: number;
  slug: string;
  name: string;
  action: RevisionAction;
  at: Date;
  by: string;
  summary: string;
  changes: FieldChange[];
  /** The partnership is still in the directory (a removed one has no page). */
  exists: boolean;
};

type RevisionRow = {
  id: number;
  slug: string;
  action: RevisionAction;
  actor: string;
  summary: string;
  before: PartnershipSnapshot | null;
  after: PartnershipSnapshot | null;
  createdAt: Date;
  exists: boolean;
};

/** Which revisions: every one, or those of the partnerships a filter matches now. */
function scope(resolved: ResolvedFilter | null): Prisma.Sql {
  return resolved
    ? sql`r.partnership_id IN (SELECT p.id FROM partnership p WHERE ${filterConditions(resolved)})`
    : sql`TRUE`;
}

export async function recentChanges(
  { resolved = null, limit, offset = 0 }: { resolved?: ResolvedFilter | null; limit: number; offset?: number },
  db: Db = prisma,
): Promise<{ total: number; changes: Change[] }> {
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<RevisionRow[]>`
      SELECT r.id, r.partnership_slug AS slug, r.action, r.actor, r.summary, r.before, r.after,
        r.created_at AS "createdAt", r.partnership_id IS NOT NULL AS exists
      FROM revision r WHERE ${scope(resolved)}
      ORDER BY r.created_at DESC, r.id DESC LIMIT ${limit} OFFSET ${offset}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM revision r WHERE ${scope(resolved)}`,
  ]);
  return {
    total: count!.total,
    changes: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      name: (row.after ?? row.before)?.name ?? row.slug,
      action: row.action,
      at: row.createdAt,
      by: publicActor(row.actor),
      summary: row.summary,
      changes: diffSnapshots(row.before, row.after),
      exists: row.exists,
    })),
  };
}
