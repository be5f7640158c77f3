import "server-only";

import type pg from "pg";
import { inTransaction, type Queryable } from "@/lib/db/pool.server";
import { addressKey } from "@/lib/http/forwarded";
import { SIGN_IN_LIMITS, waitForNewAddress, waitUnderLimit, type Window } from "./sign-in-limits";
import { bucketFor, type ThrottleRule } from "./throttle.server";
import { sha256 } from "./tokens";

// Enforces the sign-in limits (sign-in-limits.ts). An attempt takes its place in every limit that applies to it,
// under a lock, BEFORE the password is checked, so however many attempts arrive at once no more than a limit's
// worth are ever checked. A successful sign-in takes its own places back, clears the failures of that account from
// that address, and makes the address known. An IPv6 client counts by its /64 (lib/http/forwarded.ts).

export type SignInAttempt =
  | { allowed: true; places: string[]; pairBucket: string; addressHash: string }
  | { allowed: false; retryAfterSeconds: number };

/** Failures in `bucket` within the rule's window, and seconds until the oldest of them leaves it. */
async function windowOf(db: Queryable, bucket: string, rule: ThrottleRule): Promise<Window> {
  const { rows } = await db.query<{ count: number; until_oldest_leaves: number | null; since_newest: number | null }>(
    `SELECT count(*)::int AS count,
            extract(epoch FROM min(created_at) + make_interval(secs => $2) - now())::float8 AS until_oldest_leaves,
            extract(epoch FROM now() - max(created_at))::float8 AS since_newest
       FROM throttle_event
      WHERE bucket = $1 AND created_at > now() - make_interval(secs => $2)`,
    [bucket, rule.windowSeconds],
  );
  const row = rows[0]!;
  return { count: row.count, untilOldestLeaves: row.until_oldest_leaves ?? 0, sinceNewest: row.since_newest ?? 0 };
}

/**
 * Asks to check a password for `account` from `address`. Allowed attempts are counted as failures at once; call
 * `signInSucceeded` when the password was right.
 */
export async function beginSignInAttempt(
  pool: pg.Pool,
  { account, address }: { account: string; address: string },
): Promise<SignInAttempt> {
  const key = addressKey(address);
  const addressHash = sha256(key);
  const pairBucket = bucketFor("sign-in:account-at-address", `${account}\n${key}`);
  const addressBucket = bucketFor("sign-in:address", key);
  const accountBucket = bucketFor("sign-in:account-from-new-addresses", account);

  return inTransaction(pool, async (client) => {
    // One account's and one address's attempts are counted one at a time (always locked in the same order).
    for (const lock of [accountBucket, addressBucket].sort())
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [lock]);

    const { rows } = await client.query<{ known: boolean }>(
      `SELECT EXISTS (
         SELECT 1 FROM moderator_known_address k JOIN moderator m ON m.id = k.moderator_id
          WHERE m.email = $1 AND k.address_hash = $2 AND k.last_signed_in_at > now() - make_interval(days => $3)
       ) AS known`,
      [account, addressHash, SIGN_IN_LIMITS.knownAddressDays],
    );
    const known = rows[0]!.known;

    const waits = [
      waitUnderLimit(
        await windowOf(client, pairBucket, SIGN_IN_LIMITS.accountAtAddress),
        SIGN_IN_LIMITS.accountAtAddress,
      ),
      waitUnderLimit(await windowOf(client, addressBucket, SIGN_IN_LIMITS.address), SIGN_IN_LIMITS.address),
      known ? 0 : waitForNewAddress(await windowOf(client, accountBucket, SIGN_IN_LIMITS.accountFromNewAddresses)),
    ];
    const wait = Math.max(...waits);
    if (wait > 0) return { allowed: false, retryAfterSeconds: Math.ceil(wait) };

    const buckets = known ? [pairBucket, addressBucket] : [pairBucket, addressBucket, accountBucket];
    const { rows: placed } = await client.query<{ id: string }>(
      "INSERT INTO throttle_event (bucket) SELECT unnest($1::text[]) RETURNING id::text",
      [buckets],
    );
    // Events older than a day count towards nothing any more.
    await client.query("DELETE FROM throttle_event WHERE bucket = ANY($1) AND created_at < now() - interval '1 day'", [
      buckets,
    ]);
    return { allowed: true, places: placed.map((row) => row.id), pairBucket, addressHash };
  });
}

/** The password was right: the attempt was no failure, the account's failures from here are forgiven. */
export async function signInSucceeded(
  db: Queryable,
  attempt: SignInAttempt & { allowed: true },
  moderatorId: number,
): Promise<void> {
  await db.query("DELETE FROM throttle_event WHERE id = ANY($1::bigint[]) OR bucket = $2", [
    attempt.places,
    attempt.pairBucket,
  ]);
  await db.query(
    `INSERT INTO moderator_known_address (moderator_id, address_hash) VALUES ($1, $2)
     ON CONFLICT (moderator_id, address_hash) DO UPDATE SET last_signed_in_at = now()`,
    [moderatorId, attempt.addressHash],
  );
}
