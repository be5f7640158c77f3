// npm run db:synthetic -- --partnerships N [--seed S] [--database NAME] [--batch-size B]
//
// Fills a separate database (directory_synthetic_<N> by default) on the directory's database server with the
// real councils, partners and vocabularies and N generated partnerships, for measuring the directory at scale.
// The server is DATABASE_URL's, or else the embedded PostgreSQL (started for the run when it is not running).
// The directory's own database, and any database holding real partnerships, is refused.

import { parseArgs } from "node:util";
import { StartupError } from "@/lib/db/embedded.server";
import { formatProblem, SeedValidationError } from "@/lib/seed";
import {
  DEFAULT_BATCH_SIZE,
  defaultSyntheticDatabase,
  generateSyntheticDatabase,
  SyntheticTargetError,
} from "@/tools/synthetic/load";
import { type DatabaseServer, openDatabaseServer } from "@/tools/database-server";

const USAGE = "usage: npm run db:synthetic -- --partnerships N [--seed S] [--database NAME] [--batch-size B]";

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const say = (line: string) => process.stdout.write(`[synthetic] ${line}\n`);

let values: { partnerships?: string; seed?: string; database?: string; "batch-size"?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      partnerships: { type: "string", short: "n" },
      seed: { type: "string" },
      database: { type: "string" },
      "batch-size": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: false,
  }));
} catch (error) {
  usage((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const wholeNumber = (name: string, raw: string | undefined, fallback?: number): number => {
  if (raw === undefined) {
    if (fallback !== undefined) return fallback;
    usage(`--${name} is required`);
  }
  const value = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(value) || value < 1) usage(`--${name} must be a whole number of at least 1, not "${raw}"`);
  return value;
};
const partnerships = wholeNumber("partnerships", values.partnerships);
const batchSize = wholeNumber("batch-size", values["batch-size"], DEFAULT_BATCH_SIZE);
const seed = values.seed ?? "1";
const database = values.database ?? defaultSyntheticDatabase(partnerships);

let server: DatabaseServer | null = null;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString("en-GB", { maximumFractionDigits: 0 })} MB`;

try {
  server = await openDatabaseServer(say);
  say(`${partnerships.toLocaleString("en-GB")} partnerships, seed "${seed}", into the database ${database}`);
  const report = await generateSyntheticDatabase({
    partnerships,
    seed,
    database,
    adminUrl: server.adminUrl,
    protectedDatabases: [server.directoryDatabase],
    batchSize,
    log: say,
  });
  const safeUrl = new URL(report.url);
  if (safeUrl.password) safeUrl.password = "***";
  console.log(
    [
      "",
      `done in ${report.seconds.toFixed(1)}s: ${report.database}`,
      `  partnerships   ${report.partnerships.toLocaleString("en-GB")}`,
      `  memberships    ${report.memberships.toLocaleString("en-GB")}`,
      `  service areas  ${report.serviceAreas.toLocaleString("en-GB")}`,
      `  savings claims ${report.savingsClaims.toLocaleString("en-GB")}`,
      `  sources        ${report.sources.toLocaleString("en-GB")}`,
      "",
      ...report.steps.map(({ step, seconds }) => `  ${seconds.toFixed(1).padStart(8)}s  ${step}`),
      "",
      `  database size  ${mb(report.databaseBytes)} (${Object.entries(report.tableBytes)
        .map(([table, bytes]) => `${table} ${mb(bytes)}`)
        .join(", ")})`,
      "",
      `Serve it:  DATABASE_URL=${safeUrl.toString()} PORT=3400 npm start`,
      `Measure:   npm run bench:search -- --database ${report.database}`,
    ].join("\n"),
  );
} catch (error) {
  if (error instanceof SeedValidationError) {
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.error("\nThe real data set has problems; nothing was generated.");
  } else if (error instanceof SyntheticTargetError || error instanceof StartupError) {
    console.error(`\n[synthetic] ${error.message}`);
  } else {
    console.error(`\n[synthetic] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  process.exitCode = 1;
} finally {
  await server?.stop();
}
