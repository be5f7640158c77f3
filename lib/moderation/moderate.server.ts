import "server-only";

import type pg from "pg";
import { requireModerator, type RequestContext } from "@/lib/auth/guard.server";
import type { PartnershipSnapshot } from "@/lib/partnerships/snapshot";
import { approveSubmission, type DecisionResult, rejectSubmission, verifyPartnership } from "./submissions.server";

// The one door for moderators' changes: every server action goes through here, so the same checks (same
// origin, a live session, the session's CSRF token) guard approve, reject and verify alike.

export type ModerationAction =
  | { type: "approve"; submissionId: number; edited?: PartnershipSnapshot }
  | { type: "reject"; submissionId: number; reason: string }
  | { type: "verify"; slug: string };

/** Throws RequestRefused when the request may not change anything. */
export async function moderate(
  pool: pg.Pool,
  request: RequestContext,
  action: ModerationAction,
): Promise<DecisionResult> {
  const { moderatorId } = await requireModerator(pool, request);
  switch (action.type) {
    case "approve":
      return approveSubmission(pool, { submissionId: action.submissionId, moderatorId, edited: action.edited });
    case "reject":
      return rejectSubmission(pool, { submissionId: action.submissionId, moderatorId, reason: action.reason });
    case "verify":
      return verifyPartnership(pool, { slug: action.slug, moderatorId });
  }
}
