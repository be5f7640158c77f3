import "server-only";

import type pg from "pg";
import { THROTTLE_RULES, bucketFor, takeSlot } from "@/lib/auth/throttle.server";
import { readSnapshots } from "@/lib/partnerships/read.server";
import { entryFromSnapshot, type PartnershipSnapshot, sameSnapshot } from "@/lib/partnerships/snapshot";
import { freeSlug, writeEntries } from "@/lib/partnerships/write.server";
import type { FieldErrors } from "@/lib/validations/fields";
import { type PartnershipFormValues, parseProposal, parseSubmission } from "@/lib/validations/partnership";
import { inTransaction, type Queryable } from "@/lib/db/pool.server";
import { addressKey } from "@/lib/http/forwarded";
import { resolveProposal } from "./proposal.server";
import { eraseExpiredPersonalData } from "./retention.server";

// Public submissions and what moderators do with them. Nothing a submitter sends is public until a moderator
// approves it; approving writes the entry and its revision in one transaction, and only once.

export type SubmitResult =
  { ok: true; id: number | null } | { ok: false; errors: FieldErrors } | { ok: false; throttled: true };

export async function currentSnapshot(db: Queryable, slug: string): Promise<PartnershipSnapshot | null> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) return null;
  return (await readSnapshots(db as pg.ClientBase, [slug])).get(slug) ?? null;
}

/** Checks a proposal as a form sends it and resolves it to the snapshot it proposes. */
export async function proposalFromForm(
  db: Queryable,
  values: PartnershipFormValues,
  options: { requireSubmitter: boolean },
): Promise<
  | { ok: true; snapshot: PartnershipSnapshot; current: PartnershipSnapshot | null; submitterEmail: string }
  | { ok: false; errors: FieldErrors }
> {
  const parsed = options.requireSubmitter ? parseSubmission(values) : parseProposal(values);
  if (!parsed.ok) return parsed;
  const current = parsed.value.slug === "" ? null : await currentSnapshot(db, parsed.value.slug);
  if (parsed.value.slug !== "" && current === null) {
    return { ok: false, errors: { name: "The entry you are correcting is no longer in the directory" } };
  }
  const resolved = await resolveProposal(db, parsed.value, current);
  if (!resolved.ok) return resolved;
  if (current && sameSnapshot(current, resolved.snapshot)) {
    return { ok: false, errors: { name: "Nothing has changed: correct at least one thing before sending" } };
  }
  const submitterEmail = "submitterEmail" in parsed.value ? (parsed.value.submitterEmail as string) : "";
  return { ok: true, snapshot: resolved.snapshot, current, submitterEmail };
}

export async function submitPartnership(
  pool: pg.Pool,
  values: PartnershipFormValues,
  clientAddress: string,
): Promise<SubmitResult> {
  // Something filled in the hidden field: answer as if all were well, keep nothing.
  if (values.website.trim() !== "") return { ok: true, id: null };
  const proposal = await proposalFromForm(pool, values, { requireSubmitter: true });
  if (!proposal.ok) return proposal;
  return inTransaction(pool, async (client): Promise<SubmitResult> => {
    if (
      !(await takeSlot(client, bucketFor("submit:address", addressKey(clientAddress)), THROTTLE_RULES.submitPerAddress))
    ) {
      return { ok: false, throttled: true };
    }
    const { current, snapshot } = proposal;
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO submission (kind, partnership_id, partnership_slug, proposal, base_snapshot, submitter_email)
       VALUES ($1::submission_kind, (SELECT id FROM partnership WHERE slug = $2), $2, $3::jsonb, $4::jsonb, $5)
       RETURNING id`,
      [
        current ? "update" : "create",
        current?.slug ?? null,
        JSON.stringify(snapshot),
        current ? JSON.stringify(current) : null,
        proposal.submitterEmail,
      ],
    );
    await eraseExpiredPersonalData(client);
    return { ok: true, id: rows[0]!.id };
  });
}

export type PendingSubmission = {
  id: number;
  kind: "create" | "update";
  createdAt: Date;
  /** Private: for the moderators only. */
  submitterEmail: string;
  proposal: PartnershipSnapshot;
  /** The entry as it is now (null for a new partnership, or if it has gone). */
  current: PartnershipSnapshot | null;
};

type SubmissionRow = {
  id: number;
  kind: "create" | "update";
  status: "pending" | "approved" | "rejected";
  partnership_slug: string | null;
  proposal: PartnershipSnapshot;
  submitter_email: string;
  created_at: Date;
};

async function withCurrent(db: Queryable, rows: SubmissionRow[]): Promise<PendingSubmission[]> {
  const slugs = rows.flatMap((row) => (row.kind === "update" && row.partnership_slug ? [row.partnership_slug] : []));
  const current = slugs.length > 0 ? await readSnapshots(db as pg.ClientBase, slugs) : new Map();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    createdAt: row.created_at,
    submitterEmail: row.submitter_email,
    proposal: row.proposal,
    current: row.partnership_slug ? (current.get(row.partnership_slug) ?? null) : null,
  }));
}

export async function pendingSubmissions(db: Queryable, limit = 50): Promise<PendingSubmission[]> {
  const { rows } = await db.query<SubmissionRow>(
    `SELECT id, kind, status, partnership_slug, proposal, submitter_email, created_at FROM submission
      WHERE status = 'pending' ORDER BY created_at, id LIMIT $1`,
    [limit],
  );
  return withCurrent(db, rows);
}

export async function pendingSubmission(db: Queryable, id: number): Promise<PendingSubmission | null> {
  const { rows } = await db.query<SubmissionRow>(
    `SELECT id, kind, status, partnership_slug, proposal, submitter_email, created_at FROM submission
      WHERE id = $1 AND status = 'pending'`,
    [id],
  );
  return (await withCurrent(db, rows))[0] ?? null;
}

export type DecisionResult =
  { ok: true; slug: string | null } | { ok: false; reason: "already-decided" | "not-found" | "entry-gone" };

class EntryGone extends Error {}

export function moderatorActor(moderatorId: number): string {
  return `moderator:${moderatorId}`;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

async function whyNotPending(db: Queryable, id: number): Promise<DecisionResult> {
  const { rowCount } = await db.query("SELECT 1 FROM submission WHERE id = $1", [id]);
  return { ok: false, reason: rowCount ? "already-decided" : "not-found" };
}

/**
 * Applies a pending submission — as sent, or as the moderator edited it — in one transaction: claims it (only
 * one approval can move it out of "pending"), writes the entry, and records a revision with both snapshots.
 * Approval counts as verification: the entry's "last verified" becomes today.
 */
export async function approveSubmission(
  pool: pg.Pool,
  { submissionId, moderatorId, edited }: { submissionId: number; moderatorId: number; edited?: PartnershipSnapshot },
): Promise<DecisionResult> {
  try {
    return await inTransaction(pool, async (client): Promise<DecisionResult> => {
      const { rows } = await client.query<{
        kind: "create" | "update";
        partnership_id: number | null;
        proposal: PartnershipSnapshot;
      }>(
        `UPDATE submission SET status = 'approved', decided_at = now(), decided_by_id = $2
          WHERE id = $1 AND status = 'pending' RETURNING kind, partnership_id, proposal`,
        [submissionId, moderatorId],
      );
      const claimed = rows[0];
      if (!claimed) return whyNotPending(client, submissionId);
      const proposal = { ...(edited ?? claimed.proposal), lastVerified: today() };

      let slug: string;
      if (claimed.kind === "update") {
        const { rows: locked } = await client.query<{ slug: string }>(
          "SELECT slug FROM partnership WHERE id = $1 FOR UPDATE",
          [claimed.partnership_id],
        );
        if (!locked[0]) throw new EntryGone();
        slug = locked[0].slug;
      } else {
        slug = await freeSlug(client, proposal.slug);
      }
      const edits = edited ? ", edited by a moderator" : "";
      const [written] = await writeEntries(client, [entryFromSnapshot({ ...proposal, slug })], {
        actor: moderatorActor(moderatorId),
        created: `Added from a submission${edits}`,
        updated: `Corrected from a submission${edits}`,
        everyEntry: true,
      });
      await client.query(
        "UPDATE submission SET revision_id = $2, partnership_id = $3, partnership_slug = $4 WHERE id = $1",
        [submissionId, written!.revisionId, written!.id, slug],
      );
      return { ok: true, slug };
    });
  } catch (error) {
    if (error instanceof EntryGone) return { ok: false, reason: "entry-gone" };
    throw error;
  }
}

export async function rejectSubmission(
  pool: pg.Pool,
  { submissionId, moderatorId, reason }: { submissionId: number; moderatorId: number; reason: string },
): Promise<DecisionResult> {
  const { rows } = await pool.query<{ partnership_slug: string | null }>(
    `UPDATE submission SET status = 'rejected', decided_at = now(), decided_by_id = $2, rejection_reason = $3
      WHERE id = $1 AND status = 'pending' RETURNING partnership_slug`,
    [submissionId, moderatorId, reason],
  );
  return rows[0] ? { ok: true, slug: rows[0].partnership_slug } : whyNotPending(pool, submissionId);
}

/** Marks an entry verified today, with a revision saying so. */
export async function verifyPartnership(
  pool: pg.Pool,
  { slug, moderatorId }: { slug: string; moderatorId: number },
): Promise<DecisionResult> {
  return inTransaction(pool, async (client): Promise<DecisionResult> => {
    const { rows } = await client.query<{ id: number }>("SELECT id FROM partnership WHERE slug = $1 FOR UPDATE", [
      slug,
    ]);
    if (!rows[0]) return { ok: false, reason: "not-found" };
    const current = (await readSnapshots(client, [slug])).get(slug)!;
    await writeEntries(client, [entryFromSnapshot({ ...current, lastVerified: today() })], {
      actor: moderatorActor(moderatorId),
      created: "Checked and marked as verified by a moderator",
      updated: "Checked and marked as verified by a moderator",
      action: "verify",
      everyEntry: true,
    });
    return { ok: true, slug };
  });
}
