import "server-only";

import type pg from "pg";
import { type PartnershipSnapshot, sameSnapshot } from "./snapshot";
import { readSnapshots } from "./read.server";

/** Who made a bulk change, and how its revisions describe an added and an updated entry. */
export type ChangeAuthor = { actor: string; createdSummary: string; updatedSummary: string };

/**
 * Records a revision for each of `slugs` that a bulk write (the seed loader, the importer) added or changed:
 * `before` is what they held before the write, the "after" is read back from the database, so the revision is
 * exactly what was stored. Entries that changed only in their members, service areas, claims or sources get a
 * new `updated_at` too. Unchanged entries get nothing.
 */
export async function recordChanges(
  client: pg.ClientBase,
  slugs: readonly string[],
  before: ReadonlyMap<string, PartnershipSnapshot>,
  author: ChangeAuthor,
): Promise<{ created: number; updated: number }> {
  const after = await readSnapshots(client, slugs);
  const revisions: {
    slug: string;
    action: "create" | "update";
    summary: string;
    before: PartnershipSnapshot | null;
    after: PartnershipSnapshot;
  }[] = [];
  for (const slug of slugs) {
    const now = after.get(slug)!;
    const then = before.get(slug);
    if (then === undefined)
      revisions.push({ slug, action: "create", summary: author.createdSummary, before: null, after: now });
    else if (!sameSnapshot(then, now))
      revisions.push({ slug, action: "update", summary: author.updatedSummary, before: then, after: now });
  }
  const updated = revisions.filter((r) => r.action === "update").map((r) => r.slug);
  if (revisions.length > 0) {
    await client.query(
      `INSERT INTO revision (partnership_id, partnership_slug, action, actor, summary, before, after)
       SELECT p.id, x.slug, x.action::revision_action, $2, x.summary, x.before, x.after
         FROM jsonb_to_recordset($1::jsonb) AS x(slug text, action text, summary text, before jsonb, after jsonb)
         JOIN partnership p ON p.slug = x.slug`,
      [JSON.stringify(revisions), author.actor],
    );
    await client.query(
      "UPDATE partnership SET updated_at = now() WHERE slug = ANY($1::text[]) AND updated_at < now()",
      [updated],
    );
  }
  return { created: revisions.length - updated.length, updated: updated.length };
}
