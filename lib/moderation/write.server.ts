import "server-only";

import type pg from "pg";
import type { PartnershipSnapshot } from "@/lib/partnerships/snapshot";
import { annualisedSavings, partnershipAnnualisedSavings } from "@/lib/savings";
import type { SavingsBasis } from "@/lib/vocabulary";
import { lastVerifiedDate } from "@/lib/partnerships/last-verified";
import { readSnapshots } from "@/lib/partnerships/read.server";

// Writes a partnership snapshot to the database: the partnership row and its members, service areas, savings
// claims and sources, replaced as a whole. Runs inside the caller's transaction; the caller writes the revision.

export { readSnapshots };

export type RevisionInput = {
  partnershipId: number;
  slug: string;
  action: "create" | "update" | "verify";
  actor: string;
  summary: string;
  before: PartnershipSnapshot | null;
  after: PartnershipSnapshot;
};

/** A slug not yet taken: the name's slug, or it with -2, -3 … */
export async function freeSlug(client: pg.ClientBase, wanted: string): Promise<string> {
  const { rows } = await client.query<{ slug: string }>(
    "SELECT slug FROM partnership WHERE slug = $1 OR slug LIKE $1 || '-%'",
    [wanted],
  );
  const taken = new Set(rows.map((row) => row.slug));
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

/** Writes the snapshot as the entry `id` (or a new entry when null); returns the entry's id. */
export async function writePartnership(
  client: pg.ClientBase,
  snapshot: PartnershipSnapshot,
  id: number | null,
): Promise<number> {
  const claims = snapshot.savings.map((claim) => ({
    ...claim,
    annualisedGbp: annualisedSavings({
      amountGbp: claim.amountGbp,
      basis: claim.basis as SavingsBasis,
      periodYears: claim.periodYears,
    }),
  }));
  const annualised = partnershipAnnualisedSavings(
    claims.map((claim) => ({
      amountGbp: claim.amountGbp,
      basis: claim.basis as SavingsBasis,
      periodYears: claim.periodYears,
    })),
  );
  const verified =
    snapshot.lastVerified === null ? { date: null, precision: null } : lastVerifiedDate(snapshot.lastVerified);
  const values = [
    snapshot.name,
    snapshot.summary,
    snapshot.modelType,
    snapshot.status,
    snapshot.years.start,
    snapshot.years.end,
    snapshot.contact.email,
    snapshot.contact.url,
    snapshot.sourceNotes,
    verified.date,
    verified.precision,
    annualised,
  ];
  let partnershipId: number;
  if (id === null) {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO partnership (slug, name, summary, model_type_id, status, start_year, end_year, contact_email,
              contact_url, source_notes, last_verified_on, last_verified_precision, annualised_savings_gbp, updated_at)
       SELECT $13, $1, $2, mt.id, $4::partnership_status, $5, $6, $7, $8, $9, $10::date, $11::date_precision, $12, now()
         FROM model_type mt WHERE mt.slug = $3
       RETURNING id`,
      [...values, snapshot.slug],
    );
    if (!rows[0]) throw new Error(`unknown model type ${snapshot.modelType}`);
    partnershipId = rows[0].id;
  } else {
    const { rowCount } = await client.query(
      `UPDATE partnership p SET name = $1, summary = $2, model_type_id = mt.id, status = $4::partnership_status,
              start_year = $5, end_year = $6, contact_email = $7, contact_url = $8, source_notes = $9,
              last_verified_on = $10::date, last_verified_precision = $11::date_precision,
              annualised_savings_gbp = $12, updated_at = now()
         FROM model_type mt WHERE mt.slug = $3 AND p.id = $13`,
      [...values, id],
    );
    if (rowCount !== 1) throw new Error(`partnership ${id} or model type ${snapshot.modelType} not found`);
    partnershipId = id;
  }

  // Partners new to the directory are added as organisations of kind "other".
  await client.query(
    `INSERT INTO organisation (slug, kind, name, updated_at)
     SELECT x.slug, 'other', x.name, now() FROM jsonb_to_recordset($1::jsonb) AS x(slug text, name text)
     ON CONFLICT (slug) DO NOTHING`,
    [JSON.stringify(snapshot.members.filter((m) => m.gss === null).map(({ slug, name }) => ({ slug, name })))],
  );
  await client.query("DELETE FROM membership WHERE partnership_id = $1", [partnershipId]);
  await client.query(
    `INSERT INTO membership (partnership_id, organisation_id, role, note, position)
     SELECT $1, o.id, x.role::member_role, x.note, x.position
       FROM jsonb_to_recordset($2::jsonb) AS x(slug text, role text, note text, position int)
       JOIN organisation o ON o.slug = x.slug`,
    [
      partnershipId,
      JSON.stringify(snapshot.members.map(({ slug, role, note }, position) => ({ slug, role, note, position }))),
    ],
  );
  await client.query("DELETE FROM partnership_service_area WHERE partnership_id = $1", [partnershipId]);
  await client.query(
    `INSERT INTO partnership_service_area (partnership_id, service_area_id)
     SELECT $1, s.id FROM service_area s WHERE s.slug = ANY($2::text[])`,
    [partnershipId, snapshot.serviceAreas],
  );
  await client.query("DELETE FROM savings_claim WHERE partnership_id = $1", [partnershipId]);
  await client.query(
    `INSERT INTO savings_claim (partnership_id, position, amount_gbp, basis, period_years, annualised_gbp, note, source_url)
     SELECT $1, x.position, x.amount_gbp, x.basis::savings_basis, x.period_years, x.annualised_gbp, x.note, x.source_url
       FROM jsonb_to_recordset($2::jsonb) AS x(position int, amount_gbp bigint, basis text, period_years float8,
            annualised_gbp bigint, note text, source_url text)`,
    [
      partnershipId,
      JSON.stringify(
        claims.map((claim, position) => ({
          position,
          amount_gbp: claim.amountGbp,
          basis: claim.basis,
          period_years: claim.periodYears,
          annualised_gbp: claim.annualisedGbp,
          note: claim.note,
          source_url: claim.sourceUrl,
        })),
      ),
    ],
  );
  await client.query("DELETE FROM source WHERE partnership_id = $1", [partnershipId]);
  await client.query(
    `INSERT INTO source (partnership_id, url, title, position)
     SELECT $1, x.url, x.title, x.position FROM jsonb_to_recordset($2::jsonb) AS x(url text, title text, position int)`,
    [partnershipId, JSON.stringify(snapshot.sources.map(({ url, title }, position) => ({ url, title, position })))],
  );
  return partnershipId;
}

export async function writeRevision(client: pg.ClientBase, revision: RevisionInput): Promise<number> {
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO revision (partnership_id, partnership_slug, action, actor, summary, before, after)
     VALUES ($1, $2, $3::revision_action, $4, $5, $6::jsonb, $7::jsonb) RETURNING id`,
    [
      revision.partnershipId,
      revision.slug,
      revision.action,
      revision.actor,
      revision.summary,
      revision.before === null ? null : JSON.stringify(revision.before),
      JSON.stringify(revision.after),
    ],
  );
  return rows[0]!.id;
}
