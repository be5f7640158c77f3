// npm run db:seed [-- --dir <seed folder>] [-- --dry-run]
//
// Checks every row of the seed folder (seed-data/ by default) and, when there is no problem at all, loads it
// into DATABASE_URL (or the embedded database) in one transaction. Safe to run again: unchanged data writes
// nothing. Problems are listed as file:line: field: message and the database is left untouched.

import path from "node:path";
import { parseArgs } from "node:util";
import { databaseUrl } from "@/lib/db/config";
import { DEFAULT_SEED_DIR, formatProblem, loadSeed, SeedValidationError } from "@/lib/seed";

function usage(message: string): never {
  console.error(`${message}\nusage: npm run db:seed -- [--dir <seed folder>] [--dry-run]`);
  process.exit(2);
}

let options: { dir?: string; "dry-run"?: boolean };
try {
  ({ values: options } = parseArgs({
    options: { dir: { type: "string" }, "dry-run": { type: "boolean" } },
    allowPositionals: false,
  }));
} catch (error) {
  usage((error as Error).message);
}

const dir = path.resolve(options.dir ?? DEFAULT_SEED_DIR);
const dryRun = options["dry-run"] ?? false;

try {
  const report = await loadSeed({ dir, dryRun, connectionString: dryRun ? undefined : databaseUrl() });
  const seconds = (report.milliseconds / 1000).toFixed(1);
  console.log(
    [
      dryRun ? `${dir}: no problems found (dry run; the database was not touched)` : `loaded ${dir} in ${seconds}s`,
      `  councils      ${report.councils} (${report.currentCouncils} current, ${report.formerCouncils} abolished)`,
      `  partners      ${report.partners}`,
      `  partnerships  ${report.partnerships} (${report.memberships} memberships)`,
      `  savings       ${report.savingsClaims} claims, ${report.annualisedClaims} with an annualised estimate`,
      ...(dryRun
        ? []
        : [`  revisions     ${report.revisions} written (${report.created} new, ${report.updated} changed)`]),
    ].join("\n"),
  );
} catch (error) {
  if (error instanceof SeedValidationError) {
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.error(`\n${error.problems.length} problem(s) in ${dir}; nothing was loaded. Fix them and run again.`);
    process.exit(1);
  }
  console.error(`Loading the seed failed: ${(error as Error).message}`);
  process.exit(1);
}
