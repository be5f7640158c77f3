// Loads a checked seed folder into the database in one transaction, with set-based statements (one per table
// and kind of change, not one per row). Idempotent: rows are only written when they differ, child rows of the
// seeded partnerships that left the seed are deleted, and a revision is written only for a partnership that is
// new or whose snapshot changed.
//
// Not marked with `import "server-only"`: the command-line seed and the tests run it outside Next.js.

import { fileURLToPath } from "node:url";
import pg from "pg";
import { databaseUrl } from "@/lib/db/config";
import { inTransaction } from "@/lib/db/pool.server";
import { readSnapshots } from "@/lib/partnerships/read.server";
import {
  json,
  takeWritersTurn,
  updateWhenChanged,
  writeEntries,
  type Author,
  type Written,
} from "@/lib/partnerships/write.server";
import { entryOf } from "./entries";
import { councilSlug } from "./members";
import { SeedValidationError } from "./problems";
import { readSeedFolder, type SeedData } from "./read";
import { COUNCIL_COLUMNS } from "./schemas";

export const SEED_ACTOR = "seed";
const SEED_AUTHOR: Author = {
  actor: SEED_ACTOR,
  created: "Loaded from the curated data set",
  updated: "Updated from the curated data set",
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

  const pool = new pg.Pool({ connectionString: options.connectionString ?? databaseUrl(), max: 1 });
  try {
    const written = await inTransaction(pool, (client) => writeSeed(client, seed));
    const created = written.filter((entry) => entry.change === "created").length;
    const updated = written.filter((entry) => entry.change === "updated").length;
    return {
      dryRun: false,
      ...counts,
      revisions: created + updated,
      created,
      updated,
      milliseconds: Date.now() - started,
    };
  } finally {
    await pool.end();
  }
}

// ---------------------------------------------------------------------------------------------------------

type Client = pg.ClientBase;

async function writeSeed(client: Client, seed: SeedData): Promise<Written[]> {
  await takeWritersTurn(client);
  // A council renamed in the data set changes the entries it is a member of: they are compared with before.
  const before = await readSnapshots(
    client,
    seed.partnerships.map((p) => p.slug),
  );
  await upsertVocabulary(client, "service_area", seed.serviceAreas);
  await upsertVocabulary(client, "model_type", seed.modelTypes);
  await upsertCouncils(client, seed);
  await upsertPartners(client, seed);
  return writeEntries(client, seed.partnerships.map(entryOf), SEED_AUTHOR, { before });
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

/** The organisation columns a seeded council fills: its kind and slug, and the council file's own columns
 * (lib/seed/schemas) but those naming other councils, in that file's order. */
const ORGANISATION_FIELDS = [
  "kind",
  "slug",
  ...COUNCIL_COLUMNS.filter((column) => column !== "gss" && column !== "county_gss" && column !== "successor_gss"),
];

async function upsertCouncils(client: Client, seed: SeedData) {
  const councils = seed.councils.map((council) => ({ ...council, slug: councilSlug(council.gss) }));
  await client.query(
    `INSERT INTO organisation (gss, ${ORGANISATION_FIELDS.join(", ")}, updated_at)
     SELECT x.gss, 'council', x.slug, x.registry_code, x.name, x.official_name,
            x.council_type::council_type, x.tier::council_tier, x.nation::nation, x.region::region,
            x.latitude, x.longitude, x.population, x.area_km2, x.homepage_url, x.former_gss_codes,
            x.start_date, x.end_date, now()
       FROM jsonb_to_recordset($1::jsonb) AS x(
            gss text, slug text, registry_code text, name text, official_name text, council_type text, tier text,
            nation text, region text, latitude float8, longitude float8, population int, area_km2 float8,
            homepage_url text, former_gss_codes text[], start_date date, end_date date)
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
