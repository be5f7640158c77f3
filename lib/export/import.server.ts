// Applies a checked import file in ONE transaction: new partnerships are added, existing slugs updated (their
// members, service areas, savings claims and sources made exactly those of the file), and every partnership
// whose entry changed gets a Revision by the actor "import", with before/after snapshots read the same way
// the seed loader reads them (lib/seed readSnapshots, lib/partnerships/snapshot).
//
// Not marked `import "server-only"`: the import command runs it outside Next.js.

import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { resolveCouncilCodes } from "@/lib/councils/resolve.server";
import { databaseUrl } from "@/lib/db/config";
import { recordChanges } from "@/lib/partnerships/changes.server";
import { writeEntries } from "@/lib/partnerships/entries.server";
import { readSnapshots } from "@/lib/partnerships/read.server";
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
  const { rows } = await client.query<{ slug: string }>("SELECT slug FROM organisation");
  const formerCodes = new Map<string, string>();
  for (const [code, council] of await resolveCouncilCodes(client)) {
    if (council.viaFormerCode) formerCodes.set(code, council.gss);
  }
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

/** Writes one batch of entries and records a revision for each one added or changed. */
async function writeBatch(
  client: pg.ClientBase,
  batch: readonly SeedPartnership[],
): Promise<{ created: number; updated: number }> {
  const slugs = batch.map((p) => p.slug);
  const before = await readSnapshots(client, slugs);
  await writeEntries(client, batch);
  return recordChanges(client, slugs, before, IMPORT_AUTHOR);
}
