// How long moderation keeps personal data, as the privacy notice (/privacy) states it. The sweep that applies
// these is eraseExpiredPersonalData (retention.server.ts).

/** A submitter's email address is erased this many days after a moderator decides on the submission. */
export const SUBMITTER_EMAIL_DAYS_AFTER_DECISION = 90;

/** Throttling events (a hash of an address or an email, never the value) are deleted after this many hours. */
export const THROTTLE_EVENT_HOURS = 24;
