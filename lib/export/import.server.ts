// Applies a checked import file in ONE transaction: new partnerships are added, existing slugs updated (their
// members, service areas, savings claims and sources made exactly those of the file), and every partnership
// whose entry changed gets a Revision by the actor "import", with before/after snapshots read the same way
// the seed loader reads them (lib/seed readSnapshots, lib/partnerships/snapshot).
//
// Not marked `import "server-only"`: the import command runs it outside Next.js.

import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { databaseUrl } from "@/lib/db/config";
import { recordChanges } from "@/lib/partnerships/changes.server";
import { readSnapshots } from "@/lib/partnerships/snapshots.server";
import type { SeedProblem } from "@/lib/seed/problems";
import type { SeedPartnership } from "@/lib/seed/read";
import { type ImportReferences, formatImportProblem, readImportFile } from "./import";

export const IMPORT_ACTOR = "import";
const IMPORT_AUTHOR = {
  actor: IMPORT_ACTOR,
  createdSummary: "Added by a data import",
  updatedSummary: "Updated by a data import",
};
/** Partnerships written per set of statements; progress is reported after each. */
const BATCH = 1000;

export type ImportProgress = { phase: "validate" | "write"; done: number; total: number };

export type ImportOptions = {
  connectionString?: string;
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
};

export type ImportReport = {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  milliseconds: number;
};

/** Thrown when the file has problems; nothing has been written. */
export class ImportValidationError extends Error {
  readonly problems: readonly SeedProblem[];
  constructor(problems: readonly SeedProblem[]) {
    const shown = problems.slice(0, 50).map(formatImportProblem);
    const more = problems.length > shown.length ? [`... and ${problems.length - shown.length} more`] : [];
    super(`The file has ${problems.length} problem(s); nothing was imported:\n${[...shown, ...more].join("\n")}`);
    this.name = "ImportValidationError";
    this.problems = problems;
  }
}

async function readReferences(client: pg.ClientBase): Promise<ImportReferences> {
  const { rows } = await client.query<{ slug: string; gss: string | null; former: string[] }>(
    "SELECT slug, gss, former_gss_codes AS former FROM organisation",
  );
  const formerCodes = new Map<string, string>();
  for (const row of rows) if (row.gss) for (const code of row.former) formerCodes.set(code, row.gss);
  return { organisationSlugs: new Set(rows.map((r) => r.slug)), formerCodes };
}

/** Validates every row of the file, then (unless a dry run) applies all of it in one transaction. */
export async function importPartnerships(file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const started = Date.now();
  const bytes = await readFile(file);
  const client = new pg.Client({ connectionString: options.connectionString ?? databaseUrl() });
  await client.connect();
  try {
    const references = await readReferences(client);
    const { partnerships, problems } = readImportFile(path.basename(file), bytes, references, (done, total) =>
      options.onProgress?.({ phase: "validate", done, total }),
    );
    if (problems.length > 0) throw new ImportValidationError(problems);
    if (options.dryRun) {
      return {
        dryRun: true,
        rows: partnerships.length,
        created: 0,
        updated: 0,
        unchanged: 0,
        milliseconds: Date.now() - started,
      };
    }
    await client.query("BEGIN");
    try {
      await client.query("SELECT pg_advisory_xact_lock(hashtext('directory seed'))");
      let created = 0;
      let updated = 0;
      for (let from = 0; from < partnerships.length; from += BATCH) {
        const batch = partnerships.slice(from, from + BATCH);
        const counts = await writeBatch(client, batch);
        created += counts.created;
        updated += counts.updated;
        options.onProgress?.({
          phase: "write",
          done: Math.min(from + BATCH, partnerships.length),
          total: partnerships.length,
        });
      }
      await client.query("COMMIT");
      return {
        dryRun: false,
        rows: partnerships.length,
        created,
        updated,
        unchanged: partnerships.length - created - updated,
        milliseconds: Date.now() - started,
      };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  } finally {
    await client.end();
  }
}

const json = (rows: readonly object[]) => JSON.stringify(rows);

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

async function writeBatch(
  client: pg.ClientBase,
  batch: readonly SeedPartnership[],
): Promise<{ created: number; updated: number }> {
  const slugs = batch.map((p) => p.slug);
  const before = await readSnapshots(client, slugs);

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
     ON CONFLICT (slug) DO UPDATE SET ${PARTNERSHIP_FIELDS.map((f) => `${f} = EXCLUDED.${f}`).join(", ")}, updated_at = now()
      WHERE (${PARTNERSHIP_FIELDS.map((f) => `partnership.${f}`).join(", ")})
            IS DISTINCT FROM (${PARTNERSHIP_FIELDS.map((f) => `EXCLUDED.${f}`).join(", ")})`,
    [
      json(
        batch.map((p) => ({
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
        })),
      ),
    ],
  );
  const { rows: idRows } = await client.query<{ id: number; slug: string }>(
    "SELECT id, slug FROM partnership WHERE slug = ANY($1::text[])",
    [slugs],
  );
  const ids = new Map(idRows.map(({ id, slug }) => [slug, id]));
  const idList = [...ids.values()];
  const idOf = (slug: string) => ids.get(slug)!;

  // Members: exactly the file's, in its order.
  const members = batch.flatMap((p) =>
    p.members.map((m, position) => ({
      partnership_id: idOf(p.slug),
      slug: m.slug,
      role: m.role,
      note: m.note,
      position,
    })),
  );
  await client.query(
    `WITH wanted AS (SELECT x.partnership_id, o.id AS organisation_id
                       FROM jsonb_to_recordset($1::jsonb) AS x(partnership_id int, slug text) JOIN organisation o ON o.slug = x.slug)
     DELETE FROM membership t WHERE t.partnership_id = ANY($2::int[])
        AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.partnership_id = t.partnership_id AND w.organisation_id = t.organisation_id)`,
    [json(members), idList],
  );
  await client.query(
    `INSERT INTO membership (partnership_id, organisation_id, role, note, position)
     SELECT x.partnership_id, o.id, x.role::member_role, x.note, x.position
       FROM jsonb_to_recordset($1::jsonb) AS x(partnership_id int, slug text, role text, note text, position int)
       JOIN organisation o ON o.slug = x.slug
     ON CONFLICT (partnership_id, organisation_id) DO UPDATE
        SET role = EXCLUDED.role, note = EXCLUDED.note, position = EXCLUDED.position
      WHERE (membership.role, membership.note, membership.position)
            IS DISTINCT FROM (EXCLUDED.role, EXCLUDED.note, EXCLUDED.position)`,
    [json(members)],
  );

  const areas = batch.flatMap((p) => p.service_areas.map((slug) => ({ partnership_id: idOf(p.slug), slug })));
  await client.query(
    `DELETE FROM partnership_service_area t WHERE t.partnership_id = ANY($2::int[])
        AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($1::jsonb) AS x(partnership_id int, slug text)
                          JOIN service_area s ON s.slug = x.slug
                         WHERE x.partnership_id = t.partnership_id AND s.id = t.service_area_id)`,
    [json(areas), idList],
  );
  await client.query(
    `INSERT INTO partnership_service_area (partnership_id, service_area_id)
     SELECT x.partnership_id, s.id FROM jsonb_to_recordset($1::jsonb) AS x(partnership_id int, slug text)
       JOIN service_area s ON s.slug = x.slug
     ON CONFLICT DO NOTHING`,
    [json(areas)],
  );

  // Claims have no natural key: identified by position, as the seed loader does.
  const claims = batch.flatMap((p) =>
    p.savings.map((c, position) => ({
      partnership_id: idOf(p.slug),
      position,
      amount_gbp: c.amountGbp,
      basis: c.basis,
      period_years: c.periodYears,
      annualised_gbp: c.annualisedGbp,
      note: c.note,
      source_url: c.sourceUrl,
    })),
  );
  const claimColumns =
    "partnership_id int, position int, amount_gbp bigint, basis text, period_years float8, annualised_gbp bigint, note text, source_url text";
  await client.query(
    `DELETE FROM savings_claim t WHERE t.partnership_id = ANY($2::int[])
        AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($1::jsonb) AS x(partnership_id int, position int)
                         WHERE x.partnership_id = t.partnership_id AND x.position = t.position)`,
    [json(claims), idList],
  );
  await client.query(
    `UPDATE savings_claim t
        SET amount_gbp = x.amount_gbp, basis = x.basis::savings_basis, period_years = x.period_years,
            annualised_gbp = x.annualised_gbp, note = x.note, source_url = x.source_url
       FROM jsonb_to_recordset($1::jsonb) AS x(${claimColumns})
      WHERE t.partnership_id = x.partnership_id AND t.position = x.position
        AND (t.amount_gbp, t.basis, t.period_years, t.annualised_gbp, t.note, t.source_url)
            IS DISTINCT FROM (x.amount_gbp, x.basis::savings_basis, x.period_years, x.annualised_gbp, x.note, x.source_url)`,
    [json(claims)],
  );
  await client.query(
    `INSERT INTO savings_claim (partnership_id, position, amount_gbp, basis, period_years, annualised_gbp, note, source_url)
     SELECT x.partnership_id, x.position, x.amount_gbp, x.basis::savings_basis, x.period_years, x.annualised_gbp, x.note, x.source_url
       FROM jsonb_to_recordset($1::jsonb) AS x(${claimColumns})
      WHERE NOT EXISTS (SELECT 1 FROM savings_claim t WHERE t.partnership_id = x.partnership_id AND t.position = x.position)`,
    [json(claims)],
  );

  const sources = batch.flatMap((p) =>
    p.source_urls.map((url, position) => ({ partnership_id: idOf(p.slug), url, position })),
  );
  await client.query(
    `DELETE FROM source t WHERE t.partnership_id = ANY($2::int[])
        AND NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($1::jsonb) AS x(partnership_id int, url text)
                         WHERE x.partnership_id = t.partnership_id AND x.url = t.url)`,
    [json(sources), idList],
  );
  // The export has no source titles; a title already recorded is kept.
  await client.query(
    `INSERT INTO source (partnership_id, url, position)
     SELECT x.partnership_id, x.url, x.position FROM jsonb_to_recordset($1::jsonb) AS x(partnership_id int, url text, position int)
     ON CONFLICT (partnership_id, url) DO UPDATE SET position = EXCLUDED.position
      WHERE source.position IS DISTINCT FROM EXCLUDED.position`,
    [json(sources)],
  );

  return recordChanges(client, slugs, before, IMPORT_AUTHOR);
}
