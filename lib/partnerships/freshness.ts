// Whether an entry may be out of date: not verified for 18 months (or never). Pure.

export const FRESHNESS_MONTHS = 18;

/**
 * `lastVerified` is an ISO date or a partial one ("2020", "2020-02", "2020-02-20") or a Date; a partial date counts
 * from the end of the period it names, so "2020" was verified at the latest at the end of 2020.
 */
export function isPossiblyOutOfDate(lastVerified: string | Date | null | undefined, now: Date = new Date()): boolean {
  if (lastVerified === null || lastVerified === undefined || lastVerified === "") return true;
  const verified = latestMoment(lastVerified);
  if (verified === null) return true;
  return verified.getTime() < freshnessCutoff(now).getTime();
}

/** The earliest verification that still counts as current: FRESHNESS_MONTHS before `now`, at midnight UTC. */
export function freshnessCutoff(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - FRESHNESS_MONTHS, now.getUTCDate()));
}

function latestMoment(value: string | Date): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[3]) return new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3])));
  if (match[2]) return new Date(Date.UTC(year, Number(match[2]), 0)); // last day of that month
  return new Date(Date.UTC(year, 11, 31));
}
