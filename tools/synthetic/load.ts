// Fills a separate database with synthetic partnerships over the real councils, for measuring the directory at
// 100k–1M partnerships. Never the directory's own database, never one that holds real partnerships.
//
// Steps: create (or check) the database and mark it synthetic; apply the migrations; load the real reference
// data (councils, partners, service areas, model types) with the seed loader; then, in one transaction, load
// N generated partnerships with COPY, in batches.
//
// Why the bulk load looks the way it does (PostgreSQL's "populating a database" advice, applied to our schema):
// - Secondary indexes and foreign keys of the loaded tables are dropped first and re-created at the end from
//   their own definitions (pg_get_indexdef / pg_get_constraintdef): one sorted build beats a million inserts.
// - The search document (partnership.search_text / search_vector) is written by the migration's own trigger,
//   partnership_search_refresh, the one place its expression lives. Members and service areas are copied in
//   first, with their statement-level "touch" triggers disabled (ALTER TABLE … DISABLE TRIGGER USER), so that
//   when the partnership rows follow, the row trigger finds them and each partnership is written exactly once,
//   already searchable, instead of being inserted and then rewritten by the touch triggers.
// Everything after the reference data happens in one transaction: a failed run leaves the tables as they were.
//

import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { applyMigrations } from "@/lib/db/migrate.server";
import { databaseUrlOn } from "@/tools/database-server";
import { DEFAULT_SEED_DIR, loadSeed, readSeedFolder, SEED_FILES, SeedValidationError } from "@/lib/seed";
import { councilSlug } from "@/lib/seed/members";
import {
  childRows,
  columnsOf,
  partnershipRow,
  type EntryRow,
  type EntryTable,
  type PartnershipEntry,
  type ReferenceIds,
} from "@/lib/partnerships/write.server";
import { copyLine, type CopyField } from "./copy";
import { createGenerator, type SyntheticPartnership } from "./generate";
import { SYNTHETIC_SLUG_PREFIX } from "./wording";

export class SyntheticTargetError extends Error {}

/** Every synthetic database's comment starts with this; it is how a later run knows it may replace the data. */
export const SYNTHETIC_MARK = "Synthetic Shared Services Directory data";

/** Every synthetic partnership says so on its page. */
export const SYNTHETIC_SOURCE_NOTE =
  "Synthetic entry, generated from the real councils for performance measurement; not a real partnership.";

export const DEFAULT_BATCH_SIZE = 20_000;

export function defaultSyntheticDatabase(partnerships: number): string {
  return `directory_synthetic_${partnerships}`;
}

export interface SyntheticOptions {
  partnerships: number;
  seed: string;
  /** Database to fill; created on the server when missing. */
  database: string;
  /** A connection string to the server's maintenance database (used to create the database). */
  adminUrl: string;
  /** Databases on that server that must never be written (the directory's own). */
  protectedDatabases?: readonly string[];
  /** The real data set; seed-data/ when not given. */
  seedDir?: string;
  batchSize?: number;
  log?: (line: string) => void;
}

export interface SyntheticReport {
  database: string;
  url: string;
  partnerships: number;
  memberships: number;
  serviceAreas: number;
  savingsClaims: number;
  sources: number;
  /** Seconds per step, in order. */
  steps: { step: string; seconds: number }[];
  seconds: number;
  databaseBytes: number;
  tableBytes: Record<string, number>;
}

/** The tables the load writes; the reference tables (organisation, vocabulary) come from the seed loader. */
const LOADED_TABLES = ["partnership", "membership", "partnership_service_area", "savings_claim", "source"] as const;
/** Child tables whose statement-level triggers would rewrite partnerships' search documents. */
const TOUCHING_TABLES = ["membership", "partnership_service_area"] as const;

// ---- the target database ----------------------------------------------------------------------------------

async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function commentOf(admin: pg.Client, database: string): Promise<string | null> {
  const { rows } = await admin.query<{ comment: string | null }>(
    "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
    [database],
  );
  return rows[0]?.comment ?? null;
}

/**
 * Throws SyntheticTargetError unless the database may receive synthetic data: it holds no partnership that is
 * not synthetic, and it is either marked synthetic or holds no data at all.
 */
export async function checkSyntheticTarget(client: pg.ClientBase, comment: string | null): Promise<void> {
  const { rows } = await client.query<{ database: string; migrated: boolean }>(
    "SELECT current_database() AS database, to_regclass('public.partnership') IS NOT NULL AND to_regclass('public.organisation') IS NOT NULL AS migrated",
  );
  const { database, migrated } = rows[0]!;
  if (!migrated) return;
  const count = async (sql: string, values: unknown[] = []) =>
    Number((await client.query<{ n: string }>(sql, values)).rows[0]!.n);
  const real = await count("SELECT count(*) AS n FROM partnership WHERE slug NOT LIKE $1", [
    `${SYNTHETIC_SLUG_PREFIX}%`,
  ]);
  if (real > 0) {
    throw new SyntheticTargetError(
      `The database "${database}" holds ${real} real partnership(s); synthetic data is only ever written to a separate database. ` +
        `Choose another name with --database (e.g. directory_synthetic_100000).`,
    );
  }
  const rowsHeld = await count("SELECT (SELECT count(*) FROM organisation) + (SELECT count(*) FROM partnership) AS n");
  if (rowsHeld > 0 && !(comment ?? "").startsWith(SYNTHETIC_MARK)) {
    throw new SyntheticTargetError(
      `The database "${database}" already holds data and is not marked as synthetic, so it is left alone. ` +
        `Choose another name with --database, or drop it yourself if it is disposable.`,
    );
  }
}

async function prepareTarget(options: SyntheticOptions, url: string): Promise<void> {
  const { database } = options;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(database)) {
    throw new SyntheticTargetError(`"${database}" is not a plain database name (lower-case letters, digits and _).`);
  }
  if (options.protectedDatabases?.includes(database)) {
    throw new SyntheticTargetError(
      `"${database}" is the directory's own database; synthetic data goes to a separate one (e.g. ${defaultSyntheticDatabase(options.partnerships)}).`,
    );
  }
  await withClient(options.adminUrl, async (admin) => {
    const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])).rowCount! > 0;
    if (exists) {
      const comment = await commentOf(admin, database);
      await withClient(url, (client) => checkSyntheticTarget(client, comment));
    } else {
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
    }
    await admin.query(
      `COMMENT ON DATABASE ${pg.escapeIdentifier(database)} IS ${pg.escapeLiteral(
        `${SYNTHETIC_MARK} (being generated: ${options.partnerships} partnerships, seed ${options.seed}); not real data.`,
      )}`,
    );
  });
}

/** The real reference data through the seed loader: every file of the data set but its partnerships. */
async function loadReferenceData(url: string, seedDir: string): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "synthetic-reference-"));
  try {
    for (const file of Object.values(SEED_FILES)) {
      if (file === SEED_FILES.partnerships) {
        const header = readFileSync(path.join(seedDir, file), "utf8").split(/\r?\n/, 1)[0]!;
        writeFileSync(path.join(dir, file), `${header}\n`);
      } else {
        symlinkSync(path.join(seedDir, file), path.join(dir, file));
      }
    }
    await loadSeed({ connectionString: url, dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- COPY -----------------------------------------------------------------------------------------------

async function copyInto(client: pg.ClientBase, table: string, columns: readonly string[], text: string) {
  if (text.length === 0) return;
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`));
  await pipeline(Readable.from([Buffer.from(text, "utf8")]), stream);
}

/** One synthetic partnership as the entry the writer would store (lib/partnerships/write.server.ts). */
function entryOf(partnership: SyntheticPartnership, councilSlugs: readonly string[]): PartnershipEntry {
  return {
    slug: partnership.slug,
    name: partnership.name,
    summary: partnership.summary,
    modelType: partnership.modelType,
    status: partnership.status,
    startYear: partnership.startYear,
    endYear: partnership.endYear,
    serviceAreas: partnership.serviceAreas,
    members: partnership.members.map((member) => ({
      slug: member.council !== null ? councilSlugs[member.council]! : member.partner!,
      role: member.role,
      note: null,
    })),
    savings: partnership.savings,
    sources: partnership.sources.map((url) => ({ url })),
    sourceNotes: SYNTHETIC_SOURCE_NOTE,
    contactEmail: null,
    contactUrl: null,
    lastVerified: partnership.lastVerified,
  };
}

/** The tables copied, each with its columns: the writer's rows (ENTRY_TABLES), with the ids the load assigns. */
const COPIED = {
  membership: columnsOf("membership"),
  partnership_service_area: columnsOf("partnership_service_area"),
  partnership: ["id", ...columnsOf("partnership"), "created_at", "updated_at"],
  savings_claim: ["id", ...columnsOf("savings_claim")],
  source: ["id", ...columnsOf("source")],
} as const;

type Batch = {
  text: Record<keyof typeof COPIED, string>;
  counts: { memberships: number; serviceAreas: number; savingsClaims: number; sources: number };
};

function batchOf(
  items: readonly SyntheticPartnership[],
  ids: ReferenceIds,
  councilSlugs: readonly string[],
  next: { claim: number; source: number },
  now: string,
): Batch {
  const lines: Record<keyof typeof COPIED, string[]> = {
    membership: [],
    partnership_service_area: [],
    partnership: [],
    savings_claim: [],
    source: [],
  };
  const line = <T extends EntryTable>(table: T, row: EntryRow<T>, first: CopyField[] = [], last: CopyField[] = []) =>
    copyLine([...first, ...columnsOf(table).map((column) => row[column]), ...last]);
  for (const item of items) {
    const entry = entryOf(item, councilSlugs);
    const rows = childRows(entry, item.number, ids);
    for (const row of rows.membership) lines.membership.push(line("membership", row));
    for (const row of rows.partnership_service_area)
      lines.partnership_service_area.push(line("partnership_service_area", row));
    lines.partnership.push(line("partnership", partnershipRow(entry, ids), [item.number], [now, now]));
    for (const row of rows.savings_claim) lines.savings_claim.push(line("savings_claim", row, [next.claim++]));
    for (const row of rows.source) lines.source.push(line("source", row, [next.source++]));
  }
  return {
    text: Object.fromEntries(Object.entries(lines).map(([table, text]) => [table, text.join("")])) as Batch["text"],
    counts: {
      memberships: lines.membership.length,
      serviceAreas: lines.partnership_service_area.length,
      savingsClaims: lines.savings_claim.length,
      sources: lines.source.length,
    },
  };
}

// ---- the load -------------------------------------------------------------------------------------------

const seconds = (since: number) => (Date.now() - since) / 1000;

function formatDuration(totalSeconds: number): string {
  if (totalSeconds < 60) return `${totalSeconds.toFixed(1)}s`;
  const minutes = Math.floor(totalSeconds / 60);
  return `${minutes}m ${String(Math.round(totalSeconds - minutes * 60)).padStart(2, "0")}s`;
}

async function idsOf(client: pg.ClientBase, councilGss: readonly string[]): Promise<ReferenceIds> {
  const organisations = await client.query<{ id: number; gss: string | null; slug: string }>(
    "SELECT id, gss, slug FROM organisation",
  );
  const known = new Set(organisations.rows.map((o) => o.gss));
  for (const gss of councilGss) {
    if (!known.has(gss)) throw new Error(`council ${gss} is missing after loading the reference data`);
  }
  const vocabulary = async (table: string) =>
    new Map(
      (await client.query<{ id: number; slug: string }>(`SELECT id, slug FROM ${table}`)).rows.map((r) => [
        r.slug,
        r.id,
      ]),
    );
  return {
    organisations: new Map(organisations.rows.map((o) => [o.slug, o.id])),
    serviceAreas: await vocabulary("service_area"),
    modelTypes: await vocabulary("model_type"),
  };
}

export async function generateSyntheticDatabase(options: SyntheticOptions): Promise<SyntheticReport> {
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const seedDir = options.seedDir ?? DEFAULT_SEED_DIR;
  const total = options.partnerships;
  if (!Number.isInteger(total) || total < 1)
    throw new SyntheticTargetError("the number of partnerships must be a whole number of at least 1");
  const url = databaseUrlOn(options.adminUrl, options.database);
  const steps: SyntheticReport["steps"] = [];
  const started = Date.now();
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const since = Date.now();
    log(`${name}…`);
    const result = await work();
    steps.push({ step: name, seconds: seconds(since) });
    log(`${name}: ${formatDuration(seconds(since))}`);
    return result;
  };

  const { seed: seedData, problems } = await readSeedFolder(seedDir);
  if (problems.length > 0) throw new SeedValidationError(problems);
  const generator = createGenerator(seedData, options.seed);

  await step(`preparing the database ${options.database}`, () => prepareTarget(options, url));
  await step("applying the migrations", () => applyMigrations(url));
  await step("loading the real councils, partners and vocabularies", () => loadReferenceData(url, seedDir));

  const counts = { memberships: 0, serviceAreas: 0, savingsClaims: 0, sources: 0 };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ids = await idsOf(
      client,
      generator.geography.councils.map((c) => c.gss),
    );
    const councilSlugs = generator.geography.councils.map((c) => councilSlug(c.gss));
    await client.query("BEGIN");
    await client.query("SET LOCAL maintenance_work_mem = '1GB'");
    await client.query("SET LOCAL work_mem = '256MB'");

    const { indexes, foreignKeys } = await step(
      "dropping secondary indexes and foreign keys for the load",
      async () => {
        // CASCADE: whatever else refers to partnerships (revisions, submissions) only ever refers to synthetic ones here.
        await client.query(`TRUNCATE ${LOADED_TABLES.join(", ")} RESTART IDENTITY CASCADE`);
        const indexes = (
          await client.query<{ name: string; definition: string }>(
            `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
             FROM pg_index i
            WHERE i.indrelid = ANY($1::regclass[])
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY 1`,
            [LOADED_TABLES],
          )
        ).rows;
        const foreignKeys = (
          await client.query<{ table: string; name: string; definition: string }>(
            `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
             FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[]) ORDER BY 1, 2`,
            [LOADED_TABLES],
          )
        ).rows;
        for (const fk of foreignKeys)
          await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${pg.escapeIdentifier(fk.name)}`);
        for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
        for (const table of TOUCHING_TABLES) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
        return { indexes, foreignKeys };
      },
    );

    await step(`generating and copying ${total.toLocaleString("en-GB")} partnerships`, async () => {
      const since = Date.now();
      const next = { claim: 1, source: 1 };
      const now = new Date().toISOString();
      // Where the time goes: generating in JavaScript, and waiting for each table's COPY (the partnership rows
      // include the search-document trigger). The two overlap: the next batch is generated during this one's COPY.
      const spent = new Map<string, number>();
      const timed = async (what: string, work: () => unknown) => {
        const since = Date.now();
        await work();
        spent.set(what, (spent.get(what) ?? 0) + Date.now() - since);
      };
      /** Generates a batch in slices, yielding between them so that the previous batch's COPY keeps flowing. */
      const generate = async (from: number, to: number): Promise<Batch> => {
        const items: SyntheticPartnership[] = [];
        for (let start = from; start <= to; start += 1_000) {
          const since = Date.now();
          for (let number = start; number <= Math.min(to, start + 999); number += 1)
            items.push(generator.partnership(number));
          spent.set("generating", (spent.get("generating") ?? 0) + Date.now() - since);
          await new Promise((resolve) => setImmediate(resolve));
        }
        const since = Date.now();
        const batch = batchOf(items, ids, councilSlugs, next, now);
        spent.set("generating", (spent.get("generating") ?? 0) + Date.now() - since);
        return batch;
      };
      let upcoming = generate(1, Math.min(total, batchSize));
      for (let from = 1; from <= total; from += batchSize) {
        const to = Math.min(total, from + batchSize - 1);
        const batch = await upcoming;
        // The next batch is generated in JavaScript while PostgreSQL works through this one.
        upcoming = to < total ? generate(to + 1, Math.min(total, to + batchSize)) : Promise.resolve(batch);
        // Members and service areas first: the partnership rows' trigger reads them to build the search document.
        const copy = (table: keyof typeof COPIED) => copyInto(client, table, COPIED[table], batch.text[table]);
        await timed("membership", () => copy("membership"));
        await timed("partnership_service_area", () => copy("partnership_service_area"));
        if (from === 1) await client.query("ANALYZE membership, partnership_service_area");
        await timed("partnership (with its search trigger)", () => copy("partnership"));
        await timed("savings_claim", () => copy("savings_claim"));
        await timed("source", () => copy("source"));
        for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += batch.counts[key];
        const elapsed = seconds(since);
        const rate = to / elapsed;
        log(
          `  ${to.toLocaleString("en-GB")} / ${total.toLocaleString("en-GB")} partnerships (${Math.round((100 * to) / total)}%), ` +
            `${Math.round(rate).toLocaleString("en-GB")}/s, ${formatDuration(elapsed)} so far` +
            (to < total ? `, about ${formatDuration((total - to) / rate)} to go` : ""),
        );
      }
      log(
        `  time spent (overlapping): ${[...spent].map(([what, ms]) => `${what} ${formatDuration(ms / 1000)}`).join(", ")}`,
      );
    });

    await step(`re-creating ${indexes.length} indexes`, async () => {
      for (const index of indexes) {
        const since = Date.now();
        await client.query(index.definition);
        log(`  ${index.name}: ${formatDuration(seconds(since))}`);
      }
    });
    await step(`re-adding ${foreignKeys.length} foreign keys (each checks every row)`, async () => {
      for (const fk of foreignKeys) {
        await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${pg.escapeIdentifier(fk.name)} ${fk.definition}`);
      }
      for (const table of TOUCHING_TABLES) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
      for (const table of ["partnership", "savings_claim", "source"]) {
        await client.query(
          `SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce((SELECT max(id) FROM ${table}), 0) + 1, false)`,
          [table],
        );
      }
    });
    await step("committing", () => client.query("COMMIT"));
    await step("VACUUM ANALYZE", () =>
      client.query(`VACUUM (ANALYZE) ${[...LOADED_TABLES, "organisation"].join(", ")}`),
    );
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }

  const sizes = await withClient(url, async (client) => {
    const database = await client.query<{ bytes: string }>("SELECT pg_database_size(current_database()) AS bytes");
    const tables = await client.query<{ name: string; bytes: string }>(
      "SELECT relname AS name, pg_total_relation_size(oid) AS bytes FROM pg_class WHERE oid = ANY($1::regclass[])",
      [LOADED_TABLES],
    );
    return {
      databaseBytes: Number(database.rows[0]!.bytes),
      tableBytes: Object.fromEntries(tables.rows.map((r) => [r.name, Number(r.bytes)])),
    };
  });
  await withClient(options.adminUrl, (admin) =>
    admin.query(
      `COMMENT ON DATABASE ${pg.escapeIdentifier(options.database)} IS ${pg.escapeLiteral(
        `${SYNTHETIC_MARK}: ${total} generated partnerships (seed ${options.seed}) over the real councils; not real data. ` +
          `Made by npm run db:synthetic on ${new Date().toISOString().slice(0, 10)}.`,
      )}`,
    ),
  );

  return {
    database: options.database,
    url,
    partnerships: total,
    ...counts,
    steps,
    seconds: seconds(started),
    ...sizes,
  };
}
