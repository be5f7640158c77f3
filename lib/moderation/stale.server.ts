import "server-only";

import type { Queryable } from "@/lib/db/pool.server";
import { checkDueCutoff, latestCheckDaySql } from "@/lib/partnerships/freshness";
import { lastVerifiedText } from "@/lib/partnerships/last-verified";
import type { DatePrecision } from "@/lib/vocabulary";

// Entries that may be out of date — active ones never checked, or not for CHECK_DUE_YEARS — for moderators to
// check again, longest-unchecked first. The same rule as the "may be out of date" notice
// (lib/partnerships/freshness.ts): a partial date counts from the end of the year or month it names.

export type StaleEntry = { slug: string; name: string; lastVerified: string | null };

const CHECKED_BY = latestCheckDaySql("p");

export async function staleEntries(
  db: Queryable,
  options: { now?: Date; limit?: number } = {},
): Promise<{ total: number; entries: StaleEntry[] }> {
  const cutoff = checkDueCutoff(options.now).toISOString().slice(0, 10);
  const { rows } = await db.query<{
    slug: string;
    name: string;
    verifiedOn: string | null;
    verifiedPrecision: DatePrecision | null;
    total: number;
  }>(
    `SELECT p.slug, p.name, p.last_verified_on::text AS "verifiedOn", p.last_verified_precision AS "verifiedPrecision",
            count(*) OVER ()::int AS total
       FROM partnership p
      WHERE p.status = 'active' AND (p.last_verified_on IS NULL OR ${CHECKED_BY} < $1::date)
      ORDER BY ${CHECKED_BY} NULLS FIRST, p.name, p.slug
      LIMIT $2`,
    [cutoff, options.limit ?? 20],
  );
  return {
    total: rows[0]?.total ?? 0,
    entries: rows.map(({ slug, name, verifiedOn, verifiedPrecision }) => ({
      slug,
      name,
      lastVerified: verifiedOn === null ? null : lastVerifiedText(verifiedOn, verifiedPrecision ?? "day"),
    })),
  };
}
