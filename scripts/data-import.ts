// npm run data:import -- FILE.csv [--dry-run]
//
// Imports a file in the format of /api/partnerships.csv (either variant) into DATABASE_URL (or the embedded
// database). Every row is checked first; any problem is listed as "line N, column <name>: message" and nothing
// is written. Otherwise the whole file is applied in one transaction: new slugs added, existing ones updated,
// each change recorded as a revision by "import". Partners named in the members column that the directory does
// not hold yet are added (of the kind other_partner_kinds gives, else "other"). --dry-run lists exactly what would
// be added and changed — it makes the changes in a transaction and rolls them back — and writes nothing.

import path from "node:path";
import { parseArgs } from "node:util";
import { formatImportProblem } from "@/lib/data-exchange/import";
import { type ImportProgress, ImportValidationError, importPartnerships } from "@/lib/data-exchange/import.server";

function usage(message: string): never {
  console.error(`${message}\nusage: npm run data:import -- FILE.csv [--dry-run]`);
  process.exit(2);
}

let parsed: { values: { "dry-run"?: boolean }; positionals: string[] };
try {
  parsed = parseArgs({ options: { "dry-run": { type: "boolean" } }, allowPositionals: true });
} catch (error) {
  usage((error as Error).message);
}
if (parsed.positionals.length !== 1) usage("give exactly one CSV file");
const file = path.resolve(parsed.positionals[0]!);
const dryRun = parsed.values["dry-run"] ?? false;

/** A bar on a terminal; a line every ten per cent (or so) when the output is a file or a pipe. */
function progressReporter(stream: NodeJS.WriteStream) {
  const labels = { validate: "checking", write: "writing " } as const;
  let lastLogged = { phase: "", tenth: -1 };
  return {
    update({ phase, done, total }: ImportProgress) {
      if (total < 2000) return; // short imports finish before a bar helps
      const fraction = total === 0 ? 1 : done / total;
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round(fraction * width);
        stream.write(`\r${labels[phase]} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} rows`);
        if (done === total) stream.write("\n");
      } else {
        const tenth = Math.floor(fraction * 10);
        if (phase !== lastLogged.phase || tenth !== lastLogged.tenth) {
          stream.write(`${labels[phase].trim()}: ${done}/${total} rows (${Math.round(fraction * 100)}%)\n`);
          lastLogged = { phase, tenth };
        }
      }
    },
  };
}

const progress = progressReporter(process.stderr);
try {
  const report = await importPartnerships(file, { dryRun, onProgress: (p) => progress.update(p) });
  const seconds = (report.milliseconds / 1000).toFixed(1);
  const would = report.dryRun ? "would be " : "";
  for (const partner of report.newPartners) {
    console.log(
      `partner ${would}added: ${partner.name} (${partner.kind}, slug ${partner.slug}; first named on line ${partner.line})`,
    );
  }
  for (const change of report.changes) {
    const fields = change.change === "updated" ? `: ${change.fields.join(", ")}` : "";
    console.log(`partnership ${would}${change.change === "created" ? "added" : "changed"}: ${change.slug}${fields}`);
  }
  console.log(
    report.dryRun
      ? `${file}: ${report.rows} rows, no problems found — ${report.created} would be added, ${report.updated} changed, ${report.unchanged} unchanged, ${report.newPartners.length} new partners (dry run in ${seconds}s; nothing was written)`
      : `imported ${file} in ${seconds}s: ${report.rows} rows — ${report.created} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.newPartners.length} new partners`,
  );
} catch (error) {
  if (error instanceof ImportValidationError) {
    console.error(
      `${file}: ${error.problems.length} problem(s); nothing was imported. Fix them and run the import again:`,
    );
    for (const problem of error.problems) console.error(`  ${formatImportProblem(problem)}`);
    process.exit(1);
  }
  console.error(`The import failed and nothing was written: ${(error as Error).message}`);
  process.exit(1);
}
