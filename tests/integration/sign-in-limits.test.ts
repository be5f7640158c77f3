// Sign-in limits against a real PostgreSQL: concurrent guesses never get more password checks than the limits
// allow, and nobody else's failures lock a moderator out of the address they usually sign in from.

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModerator, signIn, type SignInResult } from "@/lib/auth/sessions.server";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let pool: pg.Pool;

const PASSWORD = "a long moderator password";
const WRONG = "not the moderator password";

beforeAll(async () => {
  database = await createThrowawayDatabase("signin");
  // Enough connections for the attempts to really race one another.
  pool = new pg.Pool({ connectionString: database.url, max: 24 });
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

let counter = 0;
const address = () => {
  counter += 1;
  return `198.51.${Math.floor(counter / 250)}.${(counter % 250) + 1}`;
};

/** A moderator who has signed in once from `usual`, as a real one has. */
async function moderatorAt(usual: string): Promise<string> {
  const email = `moderator${++counter}@example.gov.uk`;
  await createModerator(pool, email, PASSWORD);
  expect((await signIn(pool, { email, password: PASSWORD, address: usual })).ok).toBe(true);
  return email;
}

const checked = (results: SignInResult[]) => results.filter((r) => !r.ok && r.reason === "invalid").length;
const throttled = (results: SignInResult[]) => results.filter((r) => !r.ok && r.reason === "throttled").length;

/** As if `seconds` had passed for every counted failure. */
async function passTime(seconds: number): Promise<void> {
  await pool.query("UPDATE throttle_event SET created_at = created_at - make_interval(secs => $1)", [seconds]);
}

describe("sign-in limits", () => {
  it("checks at most the limit's worth of 100 concurrent wrong guesses; the right password gets in after the documented wait", async () => {
    const usual = address();
    const email = await moderatorAt(usual);

    // Guesses from the moderator's own address (someone behind the same address, say): only its limits apply.
    const results = await Promise.all(
      Array.from({ length: 100 }, () => signIn(pool, { email, password: WRONG, address: usual })),
    );
    expect(checked(results)).toBeGreaterThan(0);
    expect(checked(results)).toBeLessThanOrEqual(SIGN_IN_LIMITS.accountAtAddress.limit);
    expect(checked(results) + throttled(results)).toBe(100);

    const refused = await signIn(pool, { email, password: PASSWORD, address: usual });
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(
      SIGN_IN_LIMITS.accountAtAddress.windowSeconds,
    );
    await passTime(SIGN_IN_LIMITS.accountAtAddress.windowSeconds);
    expect((await signIn(pool, { email, password: PASSWORD, address: usual })).ok).toBe(true);
  });

  it("lets the moderator in from their usual address at once while 100 guesses arrive from another", async () => {
    const usual = address();
    const email = await moderatorAt(usual);
    const attacker = address();
    const results = await Promise.all(
      Array.from({ length: 100 }, () => signIn(pool, { email, password: WRONG, address: attacker })),
    );
    expect(checked(results)).toBeGreaterThan(0);
    expect(checked(results)).toBeLessThanOrEqual(SIGN_IN_LIMITS.accountAtAddress.limit);
    expect((await signIn(pool, { email, password: PASSWORD, address: usual })).ok).toBe(true);
  });

  it("holds an account's limit against guesses from 100 addresses, without locking out its usual address", async () => {
    const usual = address();
    const email = await moderatorAt(usual);
    const attackers = Array.from({ length: 100 }, address);

    const results = await Promise.all(attackers.map((from) => signIn(pool, { email, password: WRONG, address: from })));
    expect(checked(results)).toBeGreaterThan(0);
    expect(checked(results)).toBeLessThanOrEqual(SIGN_IN_LIMITS.accountFromNewAddresses.limit);

    expect((await signIn(pool, { email, password: PASSWORD, address: usual })).ok).toBe(true);

    // Guesses that wait out each delay still stop at the limit; the usual address is still let in.
    const { limit, maxDelaySeconds } = SIGN_IN_LIMITS.accountFromNewAddresses;
    for (let done = checked(results); done < limit; done++) {
      await passTime(maxDelaySeconds);
      expect(await signIn(pool, { email, password: WRONG, address: address() })).toMatchObject({ reason: "invalid" });
    }
    await passTime(maxDelaySeconds);
    expect(await signIn(pool, { email, password: WRONG, address: address() })).toMatchObject({ reason: "throttled" });
    expect((await signIn(pool, { email, password: PASSWORD, address: usual })).ok).toBe(true);

    // A new address waits until the guesses leave the window, then gets in.
    const newcomer = address();
    expect(await signIn(pool, { email, password: PASSWORD, address: newcomer })).toMatchObject({ reason: "throttled" });
    await passTime(SIGN_IN_LIMITS.accountFromNewAddresses.windowSeconds);
    expect((await signIn(pool, { email, password: PASSWORD, address: newcomer })).ok).toBe(true);
  });

  it("limits one address trying many accounts", async () => {
    const scanner = address();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signIn(pool, { email: `nobody${counter}-${i}@example.gov.uk`, password: WRONG, address: scanner }),
      ),
    );
    expect(checked(results)).toBeLessThanOrEqual(SIGN_IN_LIMITS.address.limit);
    expect(throttled(results)).toBeGreaterThanOrEqual(30 - SIGN_IN_LIMITS.address.limit);
  });

  it("forgives an account's failures from an address once the right password is given there", async () => {
    const usual = address();
    const email = await moderatorAt(usual);
    const almost = SIGN_IN_LIMITS.accountAtAddress.limit - 1;
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < almost; i++)
        expect(await signIn(pool, { email, password: WRONG, address: usual })).toMatchObject({ reason: "invalid" });
      expect((await signIn(pool, { email, password: PASSWORD, address: usual })).ok).toBe(true);
    }
  });

  it("counts an IPv6 client by its /64, however many addresses it uses", async () => {
    const email = await moderatorAt(address());
    const network = `2001:db8:${(counter % 9000) + 1}:7`;
    const { limit } = SIGN_IN_LIMITS.accountAtAddress;
    // One at a time, so the growing delay for new addresses does not decide instead.
    for (let i = 1; i <= limit + 1; i++) {
      await passTime(SIGN_IN_LIMITS.accountFromNewAddresses.maxDelaySeconds);
      const result = await signIn(pool, { email, password: WRONG, address: `${network}::${i.toString(16)}` });
      expect(result).toMatchObject({ reason: i <= limit ? "invalid" : "throttled" });
    }
  });
});
