// Whether an entry may be out of date, said only where it tells something: an active partnership whose entry has
// not been checked against its sources for CHECK_DUE_YEARS (or ever). An ended one cannot go out of date; a
// planned or unknown one says so by its status already. Pure; the SQL twin is `latestCheckDaySql`.

import type { PartnershipStatus } from "@/lib/vocabulary";

/** An active entry not checked for this many years is marked "may be out of date" (docs/product.md). */
export const CHECK_DUE_YEARS = 3;

export type Checked = { status: PartnershipStatus; lastVerified: string | Date | null | undefined };

export function mayBeOutOfDate({ status, lastVerified }: Checked, now: Date = new Date()): boolean {
  if (status !== "active") return false;
  if (lastVerified === null || lastVerified === undefined || lastVerified === "") return true;
  const checked = latestCheckDay(lastVerified);
  return checked === null || checked.getTime() < checkDueCutoff(now).getTime();
}

/** The earliest check that still counts as recent: CHECK_DUE_YEARS before `now`, at midnight UTC. */
export function checkDueCutoff(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear() - CHECK_DUE_YEARS, now.getUTCMonth(), now.getUTCDate()));
}

/**
 * The latest day a check date can mean: a partial date counts from the end of the period it names, so "2020"
 * was checked at the latest on 31 December 2020. The "checked since" filter compares this day too.
 */
export function latestCheckDay(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[3]) return new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3])));
  if (match[2]) return new Date(Date.UTC(year, Number(match[2]), 0)); // last day of that month
  return new Date(Date.UTC(year, 11, 31));
}

/** `latestCheckDay` in SQL, over a partnership aliased `alias` (the date and its precision as the table keeps them). */
export function latestCheckDaySql(alias: string): string {
  return `CASE ${alias}.last_verified_precision
    WHEN 'year' THEN (date_trunc('year', ${alias}.last_verified_on) + interval '1 year - 1 day')::date
    WHEN 'month' THEN (date_trunc('month', ${alias}.last_verified_on) + interval '1 month - 1 day')::date
    ELSE ${alias}.last_verified_on END`;
}
