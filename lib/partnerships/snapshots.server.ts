import "server-only";

import type pg from "pg";
import { partnershipSnapshot, type PartnershipSnapshot, type SnapshotInput } from "@/lib/partnerships/snapshot";

// The current snapshots of partnerships, read in one query: the "before" and "after" of every revision the
// seed loader, the importer and moderation write.

type SnapshotRow = Omit<SnapshotInput, "lastVerified"> & {
  lastVerifiedOn: string | null;
  lastVerifiedPrecision: "year" | "month" | "day" | null;
};

/** The current snapshots of the given partnerships, read in one query. */
export async function readSnapshots(
  client: Pick<pg.ClientBase, "query">,
  slugs: readonly string[],
): Promise<Map<string, PartnershipSnapshot>> {
  const { rows } = await client.query<{ entity: SnapshotRow }>(
    `SELECT json_build_object(
        'slug', p.slug, 'name', p.name, 'summary', p.summary, 'modelType', mt.slug, 'status', p.status,
        'startYear', p.start_year, 'endYear', p.end_year, 'sourceNotes', p.source_notes,
        'contactEmail', p.contact_email, 'contactUrl', p.contact_url,
        'lastVerifiedOn', p.last_verified_on::text, 'lastVerifiedPrecision', p.last_verified_precision,
        'serviceAreas', coalesce((SELECT json_agg(s.slug ORDER BY s.sort_order)
            FROM partnership_service_area ps JOIN service_area s ON s.id = ps.service_area_id
           WHERE ps.partnership_id = p.id), '[]'),
        'members', coalesce((SELECT json_agg(json_build_object(
              'gss', o.gss, 'slug', o.slug, 'name', o.name, 'role', m.role, 'note', m.note) ORDER BY m.position)
            FROM membership m JOIN organisation o ON o.id = m.organisation_id WHERE m.partnership_id = p.id), '[]'),
        'savings', coalesce((SELECT json_agg(json_build_object(
              'amountGbp', c.amount_gbp, 'basis', c.basis, 'periodYears', c.period_years, 'note', c.note,
              'sourceUrl', c.source_url) ORDER BY c.position)
            FROM savings_claim c WHERE c.partnership_id = p.id), '[]'),
        'sources', coalesce((SELECT json_agg(json_build_object('url', s.url, 'title', s.title) ORDER BY s.position)
            FROM source s WHERE s.partnership_id = p.id), '[]')
      ) AS entity
       FROM partnership p JOIN model_type mt ON mt.id = p.model_type_id
      WHERE p.slug = ANY($1::text[])`,
    [slugs],
  );
  return new Map(
    rows.map(({ entity: { lastVerifiedOn, lastVerifiedPrecision, ...rest } }) => [
      rest.slug,
      partnershipSnapshot({
        ...rest,
        lastVerified:
          lastVerifiedOn && lastVerifiedPrecision ? { date: lastVerifiedOn, precision: lastVerifiedPrecision } : null,
      }),
    ]),
  );
}
