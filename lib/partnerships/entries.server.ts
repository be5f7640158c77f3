import "server-only";

import type pg from "pg";
import type { SeedPartnership } from "@/lib/seed/read";

// Writes whole partnership entries — the entry, its members, service areas, savings claims and sources — as
// the seed loader and the importer both read them, so that afterwards the database holds exactly what they say.
// Rows that are already right are not touched (so an unchanged entry gets no new updated_at and no revision);
// members, areas, claims and sources they no longer list are removed. Revisions are the caller's
// (lib/partnerships/changes.server.ts), as they compare snapshots from before and after.

type Client = pg.ClientBase;

/** Rows travel to PostgreSQL as one JSON array per statement, unpacked with jsonb_to_recordset. */
const json = (rows: readonly object[]) => JSON.stringify(rows);

/** ON CONFLICT … DO UPDATE that writes (and bumps updated_at) only when one of `fields` differs. */
export const updateWhenChanged = (table: string, fields: readonly string[]) =>
  `SET ${fields.map((f) => `${f} = EXCLUDED.${f}`).join(", ")}, updated_at = now()
   WHERE (${fields.map((f) => `${table}.${f}`).join(", ")}) IS DISTINCT FROM (${fields.map((f) => `EXCLUDED.${f}`).join(", ")})`;

/** Upserts the entries and brings their members, service areas, claims and sources into line with them. */
export async function writeEntries(client: Client, partnerships: readonly SeedPartnership[]): Promise<void> {
  const partnershipIds = await upsertPartnerships(client, partnerships);
  const organisationIds = await organisationIdsBySlug(client, partnerships);
  await syncMemberships(client, partnerships, partnershipIds, organisationIds);
  await syncServiceAreas(client, partnerships, partnershipIds);
  await syncSavings(client, partnerships, partnershipIds);
  await syncSources(client, partnerships, partnershipIds);
}

const PARTNERSHIP_FIELDS = [
  "name",
  "summary",
  "model_type_id",
  "status",
  "start_year",
  "end_year",
  "contact_email",
  "contact_url",
  "source_notes",
  "last_verified_on",
  "last_verified_precision",
  "annualised_savings_gbp",
] as const;

async function upsertPartnerships(
  client: Client,
  partnerships: readonly SeedPartnership[],
): Promise<Map<string, number>> {
  const rows = partnerships.map((p) => ({
    slug: p.slug,
    name: p.name,
    summary: p.summary,
    model_type: p.model_type,
    status: p.status,
    start_year: p.start_year,
    end_year: p.end_year,
    contact_email: p.contact_email,
    contact_url: p.contact_url,
    source_notes: p.source_notes,
    last_verified_on: p.last_verified?.date ?? null,
    last_verified_precision: p.last_verified?.precision ?? null,
    annualised_savings_gbp: p.annualisedSavingsGbp,
  }));
  await client.query(
    `INSERT INTO partnership (slug, ${PARTNERSHIP_FIELDS.join(", ")}, updated_at)
     SELECT x.slug, x.name, x.summary, mt.id, x.status::partnership_status, x.start_year, x.end_year,
            x.contact_email, x.contact_url, x.source_notes, x.last_verified_on,
            x.last_verified_precision::date_precision, x.annualised_savings_gbp, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(
            slug text, name text, summary text, model_type text, status text, start_year int, end_year int,
            contact_email text, contact_url text, source_notes text, last_verified_on date,
            last_verified_precision text, annualised_savings_gbp bigint)
       JOIN model_type mt ON mt.slug = x.model_type
     ON CONFLICT (slug) DO UPDATE ${updateWhenChanged("partnership", PARTNERSHIP_FIELDS)}`,
    [json(rows)],
  );
  const { rows: ids } = await client.query<{ id: number; slug: string }>(
    "SELECT id, slug FROM partnership WHERE slug = ANY($1::text[])",
    [rows.map((row) => row.slug)],
  );
  return new Map(ids.map(({ id, slug }) => [slug, id]));
}

async function organisationIdsBySlug(
  client: Client,
  partnerships: readonly SeedPartnership[],
): Promise<Map<string, number>> {
  const slugs = [...new Set(partnerships.flatMap((p) => p.members.map((m) => m.slug)))];
  const { rows } = await client.query<{ id: number; slug: string }>(
    "SELECT id, slug FROM organisation WHERE slug = ANY($1::text[])",
    [slugs],
  );
  return new Map(rows.map(({ id, slug }) => [slug, id]));
}

function idOf(ids: ReadonlyMap<string, number>, key: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`an entry refers to ${key}, which is not in the database`);
  return id;
}

/** Deletes the rows of the given partnerships that their entries no longer list; `matches` relates a row `t` to input `x`. */
async function deleteMissing(
  client: Client,
  table: string,
  columns: string,
  matches: string,
  rows: readonly object[],
  partnershipIds: readonly number[],
) {
  await client.query(
    `DELETE FROM ${table} t
      WHERE t.partnership_id = ANY($2::int[])
        AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($1::jsonb) AS x(${columns}) WHERE ${matches})`,
    [json(rows), partnershipIds],
  );
}

async function syncMemberships(
  client: Client,
  partnerships: readonly SeedPartnership[],
  partnershipIds: ReadonlyMap<string, number>,
  organisationIds: ReadonlyMap<string, number>,
) {
  const rows = partnerships.flatMap((p) =>
    p.members.map((member, position) => ({
      partnership_id: idOf(partnershipIds, p.slug),
      organisation_id: idOf(organisationIds, member.slug),
      role: member.role,
      note: member.note,
      position,
    })),
  );
  await deleteMissing(
    client,
    "membership",
    "partnership_id int, organisation_id int",
    "x.partnership_id = t.partnership_id AND x.organisation_id = t.organisation_id",
    rows,
    [...partnershipIds.values()],
  );
  await client.query(
    `INSERT INTO membership (partnership_id, organisation_id, role, note, position)
     SELECT x.partnership_id, x.organisation_id, x.role::member_role, x.note, x.position
       FROM jsonb_to_recordset($1::jsonb) AS x(partnership_id int, organisation_id int, role text, note text, position int)
     ON CONFLICT (partnership_id, organisation_id) DO UPDATE
        SET role = EXCLUDED.role, note = EXCLUDED.note, position = EXCLUDED.position
      WHERE (membership.role, membership.note, membership.position)
            IS DISTINCT FROM (EXCLUDED.role, EXCLUDED.note, EXCLUDED.position)`,
    [json(rows)],
  );
}

async function syncServiceAreas(
  client: Client,
  partnerships: readonly SeedPartnership[],
  partnershipIds: ReadonlyMap<string, number>,
) {
  const rows = partnerships.flatMap((p) =>
    p.service_areas.map((slug) => ({ partnership_id: idOf(partnershipIds, p.slug), slug })),
  );
  await client.query(
    `DELETE FROM partnership_service_area t
      WHERE t.partnership_id = ANY($2::int[])
        AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($1::jsonb) AS x(partnership_id int, slug text)
                          JOIN service_area s ON s.slug = x.slug
                         WHERE x.partnership_id = t.partnership_id AND s.id = t.service_area_id)`,
    [json(rows), [...partnershipIds.values()]],
  );
  await client.query(
    `INSERT INTO partnership_service_area (partnership_id, service_area_id)
     SELECT x.partnership_id, s.id FROM jsonb_to_recordset($1::jsonb) AS x(partnership_id int, slug text)
       JOIN service_area s ON s.slug = x.slug
     ON CONFLICT DO NOTHING`,
    [json(rows)],
  );
}

async function syncSavings(
  client: Client,
  partnerships: readonly SeedPartnership[],
  partnershipIds: ReadonlyMap<string, number>,
) {
  // Claims have no natural key; a claim is identified by its position within its partnership.
  const rows = partnerships.flatMap((p) =>
    p.savings.map((claim, position) => ({
      partnership_id: idOf(partnershipIds, p.slug),
      position,
      amount_gbp: claim.amountGbp,
      basis: claim.basis,
      period_years: claim.periodYears,
      annualised_gbp: claim.annualisedGbp,
      note: claim.note,
      source_url: claim.sourceUrl,
    })),
  );
  const columns =
    "partnership_id int, position int, amount_gbp bigint, basis text, period_years float8, annualised_gbp bigint, note text, source_url text";
  await deleteMissing(
    client,
    "savings_claim",
    "partnership_id int, position int",
    "x.partnership_id = t.partnership_id AND x.position = t.position",
    rows,
    [...partnershipIds.values()],
  );
  await client.query(
    `UPDATE savings_claim t
        SET amount_gbp = x.amount_gbp, basis = x.basis::savings_basis, period_years = x.period_years,
            annualised_gbp = x.annualised_gbp, note = x.note, source_url = x.source_url
       FROM jsonb_to_recordset($1::jsonb) AS x(${columns})
      WHERE t.partnership_id = x.partnership_id AND t.position = x.position
        AND (t.amount_gbp, t.basis, t.period_years, t.annualised_gbp, t.note, t.source_url)
            IS DISTINCT FROM (x.amount_gbp, x.basis::savings_basis, x.period_years, x.annualised_gbp, x.note, x.source_url)`,
    [json(rows)],
  );
  await client.query(
    `INSERT INTO savings_claim (partnership_id, position, amount_gbp, basis, period_years, annualised_gbp, note, source_url)
     SELECT x.partnership_id, x.position, x.amount_gbp, x.basis::savings_basis, x.period_years, x.annualised_gbp, x.note, x.source_url
       FROM jsonb_to_recordset($1::jsonb) AS x(${columns})
      WHERE NOT EXISTS (SELECT 1 FROM savings_claim t WHERE t.partnership_id = x.partnership_id AND t.position = x.position)`,
    [json(rows)],
  );
}

async function syncSources(
  client: Client,
  partnerships: readonly SeedPartnership[],
  partnershipIds: ReadonlyMap<string, number>,
) {
  const rows = partnerships.flatMap((p) =>
    p.source_urls.map((url, position) => ({ partnership_id: idOf(partnershipIds, p.slug), url, position })),
  );
  await deleteMissing(
    client,
    "source",
    "partnership_id int, url text",
    "x.partnership_id = t.partnership_id AND x.url = t.url",
    rows,
    [...partnershipIds.values()],
  );
  // Entries carry no source titles (the seed and the export have none); a title recorded in the product is kept.
  await client.query(
    `INSERT INTO source (partnership_id, url, position)
     SELECT x.partnership_id, x.url, x.position FROM jsonb_to_recordset($1::jsonb) AS x(partnership_id int, url text, position int)
     ON CONFLICT (partnership_id, url) DO UPDATE SET position = EXCLUDED.position
      WHERE source.position IS DISTINCT FROM EXCLUDED.position`,
    [json(rows)],
  );
}
