// Loads a checked seed folder into the database in one transaction, with set-based statements (one per table
// and kind of change, not one per row). Idempotent: rows are only written when they differ, child rows of the
// seeded partnerships that left the seed are deleted, and a revision is written only for a partnership that is
// new or whose snapshot changed.
//
// Not marked with `import "server-only"`: the command-line seed and the tests run it outside Next.js.

import { fileURLToPath } from "node:url";
import pg from "pg";
import { databaseUrl } from "@/lib/db/config";
import { recordChanges } from "@/lib/partnerships/changes.server";
import { readSnapshots } from "@/lib/partnerships/snapshots.server";
import { councilSlug } from "./members";
import { SeedValidationError } from "./problems";
import { readSeedFolder, type SeedData, type SeedPartnership } from "./read";

export const SEED_ACTOR = "seed";
const SEED_AUTHOR = {
  actor: SEED_ACTOR,
  createdSummary: "Loaded from the curated data set",
  updatedSummary: "Updated from the curated data set",
};

export type LoadSeedOptions = {
  /** The database to load; DATABASE_URL (or the embedded database) when not given. */
  connectionString?: string;
  /** The seed folder; seed-data/ in the project when not given. */
  dir?: string;
  /** Only read and check the folder; never connect to the database. */
  dryRun?: boolean;
};

export type SeedReport = {
  dryRun: boolean;
  councils: number;
  currentCouncils: number;
  formerCouncils: number;
  partners: number;
  partnerships: number;
  memberships: number;
  savingsClaims: number;
  /** Claims that have an annualised estimate. */
  annualisedClaims: number;
  /** Revisions written by this run (create + update); 0 on a dry run. */
  revisions: number;
  created: number;
  updated: number;
  milliseconds: number;
};

export const DEFAULT_SEED_DIR = fileURLToPath(new URL("../../seed-data", import.meta.url));

function countsOf(seed: SeedData) {
  const claims = seed.partnerships.flatMap((p) => p.savings);
  const formerCouncils = seed.councils.filter((c) => c.end_date !== null).length;
  return {
    councils: seed.councils.length,
    currentCouncils: seed.councils.length - formerCouncils,
    formerCouncils,
    partners: seed.partners.length,
    partnerships: seed.partnerships.length,
    memberships: seed.partnerships.reduce((sum, p) => sum + p.members.length, 0),
    savingsClaims: claims.length,
    annualisedClaims: claims.filter((claim) => claim.annualisedGbp !== null).length,
  };
}

/** Validates the seed folder, then (unless a dry run) loads it. Throws SeedValidationError on any problem. */
export async function loadSeed(options: LoadSeedOptions = {}): Promise<SeedReport> {
  const started = Date.now();
  const { seed, problems } = await readSeedFolder(options.dir ?? DEFAULT_SEED_DIR);
  if (problems.length > 0) throw new SeedValidationError(problems);
  const counts = countsOf(seed);
  if (options.dryRun) {
    return { dryRun: true, ...counts, revisions: 0, created: 0, updated: 0, milliseconds: Date.now() - started };
  }

  const client = new pg.Client({ connectionString: options.connectionString ?? databaseUrl() });
  await client.connect();
  try {
    await client.query("BEGIN");
    const { created, updated } = await writeSeed(client, seed);
    await client.query("COMMIT");
    return {
      dryRun: false,
      ...counts,
      revisions: created + updated,
      created,
      updated,
      milliseconds: Date.now() - started,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------------------

type Client = pg.ClientBase;

/** Rows travel to PostgreSQL as one JSON array per statement, unpacked with jsonb_to_recordset. */
function json(rows: readonly object[]): string {
  return JSON.stringify(rows);
}

async function writeSeed(client: Client, seed: SeedData): Promise<{ created: number; updated: number }> {
  // One loader at a time: a second concurrent run waits rather than failing on unique keys.
  await client.query("SELECT pg_advisory_xact_lock(hashtext('directory seed'))");

  const slugs = seed.partnerships.map((p) => p.slug);
  const before = await readSnapshots(client, slugs);

  await upsertVocabulary(client, "service_area", seed.serviceAreas);
  await upsertVocabulary(client, "model_type", seed.modelTypes);
  await upsertCouncils(client, seed);
  await upsertPartners(client, seed);
  const partnershipIds = await upsertPartnerships(client, seed.partnerships);
  const organisationIds = await organisationIdsBySlug(client, seed);
  await syncMemberships(client, seed.partnerships, partnershipIds, organisationIds);
  await syncServiceAreas(client, seed.partnerships, partnershipIds);
  await syncSavings(client, seed.partnerships, partnershipIds);
  await syncSources(client, seed.partnerships, partnershipIds);
  return recordChanges(client, slugs, before, SEED_AUTHOR);
}

async function upsertVocabulary(
  client: Client,
  table: "service_area" | "model_type",
  rows: readonly { slug: string; label: string; sort_order: number }[],
) {
  await client.query(
    `INSERT INTO ${table} (slug, label, sort_order)
     SELECT x.slug, x.label, x.sort_order FROM jsonb_to_recordset($1::jsonb) AS x(slug text, label text, sort_order int)
     ON CONFLICT (slug) DO UPDATE SET label = EXCLUDED.label, sort_order = EXCLUDED.sort_order
     WHERE (${table}.label, ${table}.sort_order) IS DISTINCT FROM (EXCLUDED.label, EXCLUDED.sort_order)`,
    [json(rows.map(({ slug, label, sort_order }) => ({ slug, label, sort_order })))],
  );
}

const ORGANISATION_FIELDS = [
  "kind",
  "slug",
  "name",
  "official_name",
  "former_gss_codes",
  "registry_code",
  "council_type",
  "tier",
  "nation",
  "region",
  "latitude",
  "longitude",
  "population",
  "area_km2",
  "homepage_url",
  "start_date",
  "end_date",
] as const;

const updateWhenChanged = (table: string, fields: readonly string[]) =>
  `SET ${fields.map((f) => `${f} = EXCLUDED.${f}`).join(", ")}, updated_at = now()
   WHERE (${fields.map((f) => `${table}.${f}`).join(", ")}) IS DISTINCT FROM (${fields.map((f) => `EXCLUDED.${f}`).join(", ")})`;

async function upsertCouncils(client: Client, seed: SeedData) {
  const councils = seed.councils.map((c) => ({
    gss: c.gss,
    slug: councilSlug(c.gss),
    name: c.name,
    official_name: c.official_name,
    former_gss_codes: c.former_gss_codes,
    registry_code: c.registry_code,
    council_type: c.council_type,
    tier: c.tier,
    nation: c.nation,
    region: c.region,
    latitude: c.latitude,
    longitude: c.longitude,
    population: c.population,
    area_km2: c.area_km2,
    homepage_url: c.homepage_url,
    start_date: c.start_date,
    end_date: c.end_date,
    county_gss: c.county_gss,
    successor_gss: c.successor_gss,
  }));
  await client.query(
    `INSERT INTO organisation (gss, ${ORGANISATION_FIELDS.join(", ")}, updated_at)
     SELECT x.gss, 'council', x.slug, x.name, x.official_name, x.former_gss_codes, x.registry_code,
            x.council_type::council_type, x.tier::council_tier, x.nation::nation, x.region::region,
            x.latitude, x.longitude, x.population, x.area_km2, x.homepage_url, x.start_date, x.end_date, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(
            gss text, slug text, name text, official_name text, former_gss_codes text[], registry_code text,
            council_type text, tier text, nation text, region text, latitude float8, longitude float8,
            population int, area_km2 float8, homepage_url text, start_date date, end_date date)
     ON CONFLICT (gss) DO UPDATE ${updateWhenChanged("organisation", ORGANISATION_FIELDS)}`,
    [json(councils)],
  );
  // County links, once every council has an id.
  await client.query(
    `UPDATE organisation o SET county_id = c.id, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS x(gss text, county_gss text)
       LEFT JOIN organisation c ON c.gss = x.county_gss
      WHERE o.gss = x.gss AND o.county_id IS DISTINCT FROM c.id`,
    [json(councils.map(({ gss, county_gss }) => ({ gss, county_gss })))],
  );
  // Successions of the seeded councils: exactly those in the seed.
  const pairs = councils.flatMap(({ gss, successor_gss }) => successor_gss.map((successor) => ({ gss, successor })));
  await client.query(
    `WITH wanted AS (
       SELECT p.id AS predecessor_id, s.id AS successor_id
         FROM jsonb_to_recordset($1::jsonb) AS x(gss text, successor text)
         JOIN organisation p ON p.gss = x.gss JOIN organisation s ON s.gss = x.successor)
     DELETE FROM succession su
      USING organisation p
      WHERE p.id = su.predecessor_id AND p.gss = ANY($2::text[])
        AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.predecessor_id = su.predecessor_id AND w.successor_id = su.successor_id)`,
    [json(pairs), councils.map((c) => c.gss)],
  );
  await client.query(
    `INSERT INTO succession (predecessor_id, successor_id)
     SELECT p.id, s.id FROM jsonb_to_recordset($1::jsonb) AS x(gss text, successor text)
       JOIN organisation p ON p.gss = x.gss JOIN organisation s ON s.gss = x.successor
     ON CONFLICT DO NOTHING`,
    [json(pairs)],
  );
}

async function upsertPartners(client: Client, seed: SeedData) {
  await client.query(
    `INSERT INTO organisation (slug, kind, name, updated_at)
     SELECT x.slug, x.kind::organisation_kind, x.name, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(slug text, kind text, name text)
     ON CONFLICT (slug) DO UPDATE ${updateWhenChanged("organisation", ["kind", "name"])}`,
    [json(seed.partners.map(({ slug, kind, name }) => ({ slug, kind, name })))],
  );
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

async function organisationIdsBySlug(client: Client, seed: SeedData): Promise<Map<string, number>> {
  const slugs = [...new Set(seed.partnerships.flatMap((p) => p.members.map((m) => m.slug)))];
  const { rows } = await client.query<{ id: number; slug: string }>(
    "SELECT id, slug FROM organisation WHERE slug = ANY($1::text[])",
    [slugs],
  );
  return new Map(rows.map(({ id, slug }) => [slug, id]));
}

function idOf(ids: ReadonlyMap<string, number>, key: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`the seed refers to ${key}, which is not in the database after loading`);
  return id;
}

/** Deletes the rows of seeded partnerships that the seed no longer has; `matches` relates a row `t` to input `x`. */
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
  // The seed has no source titles; a title added later in the product is kept.
  await client.query(
    `INSERT INTO source (partnership_id, url, position)
     SELECT x.partnership_id, x.url, x.position FROM jsonb_to_recordset($1::jsonb) AS x(partnership_id int, url text, position int)
     ON CONFLICT (partnership_id, url) DO UPDATE SET position = EXCLUDED.position
      WHERE source.position IS DISTINCT FROM EXCLUDED.position`,
    [json(rows)],
  );
}
