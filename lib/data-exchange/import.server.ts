// Applies a checked import file in ONE transaction, through the one writer (lib/partnerships/write.server.ts):
// new partnerships are added, existing slugs updated (their members, service areas, savings claims and sources
// made exactly those of the file), and every partnership whose entry changed gets a revision by the actor
// "import", with its snapshots before and after.
//
// Not marked `import "server-only"`: the import command runs it outside Next.js.

import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { resolveCouncilCodes } from "@/lib/councils/resolve.server";
import { databaseUrl } from "@/lib/db/config";
import { inTransaction } from "@/lib/db/pool.server";
import { writeEntries, type Author, type Written } from "@/lib/partnerships/write.server";
import { entryOf } from "@/lib/seed/entries";
import type { SeedProblem } from "@/lib/seed/problems";
import { diffSnapshots } from "@/lib/partnerships/diff";
import type { PartnershipSnapshot } from "@/lib/partnerships/snapshot";
import { type ImportReferences, type NewPartner, formatImportProblem, readImportFile } from "./import";

export const IMPORT_ACTOR = "import";
const IMPORT_AUTHOR: Author = {
  actor: IMPORT_ACTOR,
  created: "Added by a data import",
  updated: "Updated by a data import",
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
  /** The partners the file named that the directory did not hold: added (or, in a dry run, that would be). */
  newPartners: NewPartner[];
  /** Every partnership added or changed (or that would be), with the fields that change. */
  changes: ImportChange[];
};

export type ImportChange = { slug: string; change: "created" | "updated"; fields: string[] };

/** Thrown inside a dry run's transaction to undo everything it wrote. */
class DryRunRollback extends Error {
  constructor(readonly changes: ImportChange[]) {
    super("dry run");
  }
}

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

async function readReferences(client: pg.Pool): Promise<ImportReferences> {
  const { rows } = await client.query<{ slug: string; name: string; kind: string }>(
    "SELECT slug, name, kind FROM organisation",
  );
  const partnerSlugsByName = new Map(
    rows.filter((r) => r.kind !== "council").map((r) => [r.name.trim().replace(/\s+/g, " ").toLowerCase(), r.slug]),
  );
  const formerCodes = new Map<string, string>();
  for (const [code, council] of await resolveCouncilCodes(client)) {
    if (council.viaFormerCode) formerCodes.set(code, council.gss);
  }
  const { rows: partnerships } = await client.query<{ slug: string }>("SELECT slug FROM partnership");
  return {
    organisationSlugs: new Set(rows.map((r) => r.slug)),
    partnershipSlugs: new Set(partnerships.map((r) => r.slug)),
    partnerSlugsByName,
    formerCodes,
  };
}

/** Validates every row of the file, then (unless a dry run) applies all of it in one transaction. */
export async function importPartnerships(file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const started = Date.now();
  const bytes = await readFile(file);
  const pool = new pg.Pool({ connectionString: options.connectionString ?? databaseUrl(), max: 1 });
  try {
    const references = await readReferences(pool);
    const { partnerships, newPartners, problems } = readImportFile(
      path.basename(file),
      bytes,
      references,
      (done, total) => options.onProgress?.({ phase: "validate", done, total }),
    );
    if (problems.length > 0) throw new ImportValidationError(problems);
    // A dry run writes everything in a transaction, notes what changed, and rolls it back: what it lists is
    // exactly what the import would do.
    let changes: ImportChange[];
    try {
      changes = await inTransaction(pool, async (client) => {
        const all: Written[] = [];
        for (let from = 0; from < partnerships.length; from += BATCH) {
          const batch = partnerships.slice(from, from + BATCH);
          all.push(...(await writeEntries(client, batch.map(entryOf), IMPORT_AUTHOR)));
          options.onProgress?.({
            phase: "write",
            done: Math.min(from + BATCH, partnerships.length),
            total: partnerships.length,
          });
        }
        const found = await changedFields(client, all);
        if (options.dryRun) throw new DryRunRollback(found);
        return found;
      });
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
      changes = error.changes;
    }
    const created = changes.filter((entry) => entry.change === "created").length;
    const updated = changes.filter((entry) => entry.change === "updated").length;
    return {
      dryRun: options.dryRun ?? false,
      rows: partnerships.length,
      created,
      updated,
      unchanged: partnerships.length - created - updated,
      milliseconds: Date.now() - started,
      newPartners,
      changes,
    };
  } finally {
    await pool.end();
  }
}

/** The entries written with the fields each changed, read from the revisions the writer recorded. */
async function changedFields(client: pg.ClientBase, written: readonly Written[]): Promise<ImportChange[]> {
  const changed = written.filter((entry) => entry.change !== "unchanged");
  const { rows } = await client.query<{ id: number; before: PartnershipSnapshot | null; after: PartnershipSnapshot }>(
    "SELECT id, before, after FROM revision WHERE id = ANY($1::int[])",
    [changed.map((entry) => entry.revisionId).filter((id) => id !== null)],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return changed.map((entry) => {
    const revision = entry.revisionId === null ? undefined : byId.get(entry.revisionId);
    const fields = revision ? diffSnapshots(revision.before, revision.after).map((change) => change.label) : [];
    return { slug: entry.slug, change: entry.change as ImportChange["change"], fields };
  });
}
