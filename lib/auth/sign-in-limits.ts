// The sign-in limits (docs/decisions/011-client-addresses-and-sign-in-limits.md). Guessing is slowed per account
// and per address, but failures elsewhere can never lock a moderator out of an address they have signed in from:
//
//   - one account from one address: 5 failures per 15 minutes;
//   - one address, whatever the account: 20 failures per 15 minutes;
//   - one account from addresses it has not signed in from in 90 days: 10 failures per 15 minutes, and after each
//     one the next such attempt waits 1 s, 2 s, 4 s … (at most 60 s).
//
// A successful sign-in clears that account's failures from that address. Enforced by sign-in-throttle.server.ts.

export const SIGN_IN_LIMITS = {
  accountAtAddress: { limit: 5, windowSeconds: 15 * 60 },
  address: { limit: 20, windowSeconds: 15 * 60 },
  accountFromNewAddresses: { limit: 10, windowSeconds: 15 * 60, firstDelaySeconds: 1, maxDelaySeconds: 60 },
  knownAddressDays: 90,
} as const;
