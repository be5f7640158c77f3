import "server-only";

import type { Queryable } from "@/lib/db/pool.server";
import { SUBMITTER_EMAIL_DAYS_AFTER_DECISION, THROTTLE_EVENT_HOURS } from "./retention";

/**
 * Erases what the privacy notice says is kept only for a while: submitters' email addresses once their submission
 * has been decided for long enough, and old throttling events. Run whenever a submission is sent or decided and
 * when the moderation queue is opened, so it happens as long as the directory is in use.
 */
export async function eraseExpiredPersonalData(db: Queryable): Promise<void> {
  await db.query(
    `UPDATE submission SET submitter_email = ''
      WHERE status <> 'pending' AND submitter_email <> ''
        AND decided_at < now() - make_interval(days => $1)`,
    [SUBMITTER_EMAIL_DAYS_AFTER_DECISION],
  );
  await db.query("DELETE FROM throttle_event WHERE created_at < now() - make_interval(hours => $1)", [
    THROTTLE_EVENT_HOURS,
  ]);
}
