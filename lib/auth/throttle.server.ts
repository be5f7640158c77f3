import "server-only";

import type { Queryable } from "@/lib/db/pool.server";
import { sha256 } from "./tokens";

// Throttling kept in the database, so limits survive restarts and hold across server processes.
// Buckets name what is counted and a hash of whose it is (an address or an email), never the value itself.

export type ThrottleRule = { limit: number; windowSeconds: number };

export const THROTTLE_RULES = {
  /** Public submissions per client address (sign-in has its own rules: sign-in-throttle.server.ts). */
  submitPerAddress: { limit: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, ThrottleRule>;

export function bucketFor(kind: string, who: string): string {
  return `${kind}:${sha256(who.toLowerCase())}`;
}

export async function countEvents(db: Queryable, bucket: string, rule: ThrottleRule): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM throttle_event
      WHERE bucket = $1 AND created_at > now() - make_interval(secs => $2)`,
    [bucket, rule.windowSeconds],
  );
  return rows[0]!.n;
}

export async function isThrottled(db: Queryable, bucket: string, rule: ThrottleRule): Promise<boolean> {
  return (await countEvents(db, bucket, rule)) >= rule.limit;
}

export async function recordEvent(db: Queryable, bucket: string): Promise<void> {
  await db.query("INSERT INTO throttle_event (bucket) VALUES ($1)", [bucket]);
  // Events older than a day count towards nothing any more.
  await db.query("DELETE FROM throttle_event WHERE bucket = $1 AND created_at < now() - interval '1 day'", [bucket]);
}

/**
 * Takes one slot in the bucket if any is free; false when the limit is reached. Run inside a transaction:
 * the advisory lock makes concurrent requests from one address count one after another.
 */
export async function takeSlot(db: Queryable, bucket: string, rule: ThrottleRule): Promise<boolean> {
  await db.query("SELECT pg_advisory_xact_lock(hashtext($1))", [bucket]);
  if (await isThrottled(db, bucket, rule)) return false;
  await recordEvent(db, bucket);
  return true;
}
