import "server-only";

import type pg from "pg";
import type { Queryable } from "@/lib/db/pool.server";
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from "./password";
import { beginSignInAttempt, signInSucceeded } from "./sign-in-throttle.server";
import { randomToken, sha256 } from "./tokens";

export const SESSION_COOKIE = "moderator_session";
export const SESSION_HOURS = 8;

export type ModeratorSession = {
  moderatorId: number;
  /** Shown only to the moderator themself ("Signed in as …"); never public. */
  email: string;
  csrfToken: string;
  expiresAt: Date;
};

export type SignInResult =
  | { ok: true; token: string; session: ModeratorSession }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export class ModeratorAccountError extends Error {}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function createModerator(
  db: Queryable,
  email: string,
  password: string,
): Promise<{ id: number; created: boolean }> {
  const address = normaliseEmail(email);
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address))
    throw new ModeratorAccountError(`"${email}" is not an email address`);
  const problem = passwordProblem(password);
  if (problem) throw new ModeratorAccountError(problem);
  const passwordHash = await hashPassword(password);
  // An existing account gets the new password (how a forgotten password is reset) and is enabled again.
  const { rows } = await db.query<{ id: number; created: boolean }>(
    `INSERT INTO moderator (email, password_hash) VALUES ($1, $2)
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, disabled_at = NULL
     RETURNING id, (xmax = 0) AS created`,
    [address, passwordHash],
  );
  if (!rows[0]!.created) await db.query("DELETE FROM moderator_session WHERE moderator_id = $1", [rows[0]!.id]);
  return rows[0]!;
}

export async function signIn(
  db: pg.Pool,
  { email, password, address }: { email: string; password: string; address: string },
): Promise<SignInResult> {
  const account = normaliseEmail(email);
  // Counted before the password is checked, so concurrent guesses cannot get past the limits.
  const attempt = await beginSignInAttempt(db, { account, address });
  if (!attempt.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: attempt.retryAfterSeconds };
  const { rows } = await db.query<{ id: number; password_hash: string }>(
    "SELECT id, password_hash FROM moderator WHERE email = $1 AND disabled_at IS NULL",
    [account],
  );
  const moderator = rows[0];
  // An unknown email costs as much time as a wrong password, so timing tells nothing about accounts.
  const valid = await verifyPassword(password, moderator?.password_hash ?? (await decoyHash()));
  if (!moderator || !valid) return { ok: false, reason: "invalid" };
  await signInSucceeded(db, attempt, moderator.id);
  const token = randomToken();
  const csrfToken = randomToken();
  const { rows: created } = await db.query<{ expires_at: Date }>(
    `INSERT INTO moderator_session (token_hash, csrf_token, moderator_id, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at`,
    [sha256(token), csrfToken, moderator.id, SESSION_HOURS],
  );
  await db.query("DELETE FROM moderator_session WHERE expires_at < now()");
  return {
    ok: true,
    token,
    session: { moderatorId: moderator.id, email: account, csrfToken, expiresAt: created[0]!.expires_at },
  };
}

export async function findSession(db: Queryable, token: string | undefined | null): Promise<ModeratorSession | null> {
  if (!token || token.length > 200) return null;
  const { rows } = await db.query<{ moderator_id: number; email: string; csrf_token: string; expires_at: Date }>(
    `SELECT s.moderator_id, m.email, s.csrf_token, s.expires_at
       FROM moderator_session s JOIN moderator m ON m.id = s.moderator_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND m.disabled_at IS NULL`,
    [sha256(token)],
  );
  const row = rows[0];
  return row
    ? { moderatorId: row.moderator_id, email: row.email, csrfToken: row.csrf_token, expiresAt: row.expires_at }
    : null;
}

export async function endSession(db: Queryable, token: string | undefined | null): Promise<void> {
  if (token) await db.query("DELETE FROM moderator_session WHERE token_hash = $1", [sha256(token)]);
}
