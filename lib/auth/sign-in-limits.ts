// The sign-in limits (docs/decisions/011-client-addresses-and-sign-in-limits.md). Guessing is slowed per account
// and per address, but failures elsewhere can never lock a moderator out of an address they have signed in from:
//
//   - one account from one address: 5 failures per 15 minutes;
//   - one address, whatever the account: 20 failures per 15 minutes;
//   - one account from addresses it has not signed in from in 90 days: 10 failures per 15 minutes, and after each
//     one the next such attempt waits 1 s, 2 s, 4 s … (at most 60 s).
//
// A successful sign-in clears that account's failures from that address. Enforced by sign-in-throttle.server.ts;
// the waits below are pure, unit-tested beside them.

export const SIGN_IN_LIMITS = {
  accountAtAddress: { limit: 5, windowSeconds: 15 * 60 },
  address: { limit: 20, windowSeconds: 15 * 60 },
  accountFromNewAddresses: { limit: 10, windowSeconds: 15 * 60, firstDelaySeconds: 1, maxDelaySeconds: 60 },
  knownAddressDays: 90,
} as const;

/** Failures counted in one limit's window. */
export type Window = {
  count: number;
  /** Seconds until the oldest failure leaves the window. */
  untilOldestLeaves: number;
  /** Seconds since the newest failure. */
  sinceNewest: number;
};

/** Seconds an attempt must still wait under a plain limit (0: it may go ahead). */
export function waitUnderLimit(window: Window, rule: { limit: number }): number {
  return window.count >= rule.limit ? Math.max(window.untilOldestLeaves, 1) : 0;
}

/** Seconds an attempt from an address new to the account must still wait: the limit, and the growing delay. */
export function waitForNewAddress(window: Window): number {
  const rule = SIGN_IN_LIMITS.accountFromNewAddresses;
  if (window.count >= rule.limit) return Math.max(window.untilOldestLeaves, 1);
  if (window.count === 0) return 0;
  const delay = Math.min(rule.firstDelaySeconds * 2 ** (window.count - 1), rule.maxDelaySeconds);
  return Math.max(delay - window.sinceNewest, 0);
}
