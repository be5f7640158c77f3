// Reading an exported CSV back: either variant (with or without a byte-order mark), neutralised cells restored,
// every row checked with the seed's own row schema (the columns the seed file shares mean the same and use
// the same syntax) before anything is written. Pure: the database facts it needs are passed in.

import { partnershipAnnualisedSavings } from "@/lib/savings";
import { savingsClaimsOf } from "@/lib/seed/claims";
import { parseCsv } from "@/lib/seed/csv";
import { councilSlug, isCouncilReference } from "@/lib/seed/members";
import type { SeedProblem } from "@/lib/seed/problems";
import type { SeedPartnership } from "@/lib/seed/read";
import { PARTNERSHIP_COLUMNS, partnershipRow } from "@/lib/seed/schemas";
import { MODEL_TYPE_SLUGS, SERVICE_AREA_SLUGS } from "@/lib/vocabulary";
import { EXPORT_COLUMNS } from "./columns";
import { unneutralise } from "./csv";

/** What the database holds that rows refer to: organisations by slug (councils' slugs are their GSS codes in lower case). */
export type ImportReferences = {
  organisationSlugs: ReadonlySet<string>;
  /** Former GSS code -> the council's current code, to say which code to use. */
  formerCodes: ReadonlyMap<string, string>;
};

export type ImportReading = { partnerships: SeedPartnership[]; problems: SeedProblem[] };

const INPUT_COLUMNS = new Set<string>(PARTNERSHIP_COLUMNS);
const DERIVED_COLUMNS = new Set<string>(EXPORT_COLUMNS.filter((c) => c.use === "derived").map((c) => c.name));

/** "line 12, column savings_gbp: ..." (or "line 1: ..." for a whole line, "FILE: ..." for the whole file). */
export function formatImportProblem({ file, line, field, message }: SeedProblem): string {
  if (line === null) return `${file}: ${message}`;
  return field === null ? `line ${line}: ${message}` : `line ${line}, column ${field}: ${message}`;
}

/** Every EXPORT_COLUMNS input column is one of the seed file's columns: the importer relies on it. */
export function importColumnsMatchSeed(): boolean {
  const inputs = EXPORT_COLUMNS.filter((c) => c.use === "input").map((c) => c.name);
  return inputs.length === INPUT_COLUMNS.size && inputs.every((name) => INPUT_COLUMNS.has(name));
}

/** Reads and checks a whole file; the rows are fit to apply only when `problems` is empty. */
export function readImportFile(
  file: string,
  bytes: Buffer,
  references: ImportReferences,
  onProgress?: (done: number, total: number) => void,
): ImportReading {
  const csv = parseCsv(
    file,
    bytes,
    EXPORT_COLUMNS.map((c) => c.name),
  );
  // Derived columns may be left out of a file prepared by hand; input columns may not.
  const problems = csv.problems.filter(
    (p) => !(p.line === 1 && p.message === "column is missing" && p.field !== null && DERIVED_COLUMNS.has(p.field)),
  );
  const partnerships: SeedPartnership[] = [];
  const firstLine = new Map<string, number>();
  csv.rows.forEach(({ line, values }, index) => {
    if (index % 1000 === 0) onProgress?.(index, csv.rows.length);
    const problem = (field: string | null, message: string) => problems.push({ file, line, field, message });
    const input = Object.fromEntries([...INPUT_COLUMNS].map((name) => [name, unneutralise(values[name] ?? "")]));
    const result = partnershipRow.safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) problem(issue.path.length ? String(issue.path[0]) : null, issue.message);
      return;
    }
    const { members: memberRefs, member_notes: notes, ...row } = result.data;
    const earlier = firstLine.get(row.slug);
    if (earlier !== undefined) problem("slug", `"${row.slug}" is already used on line ${earlier}`);
    else firstLine.set(row.slug, line);
    if (!(MODEL_TYPE_SLUGS as readonly string[]).includes(row.model_type)) {
      problem("model_type", `"${row.model_type}" is not one of ${MODEL_TYPE_SLUGS.join(", ")}`);
    }
    for (const slug of row.service_areas) {
      if (!(SERVICE_AREA_SLUGS as readonly string[]).includes(slug))
        problem("service_areas", `"${slug}" is not a service area`);
    }
    const members = memberRefs.map(({ ref, role }) => {
      const council = isCouncilReference(ref);
      const slug = council ? councilSlug(ref) : ref;
      if (!references.organisationSlugs.has(slug)) {
        const current = council ? references.formerCodes.get(ref) : undefined;
        problem(
          "members",
          current
            ? `${ref} is a former code; use the council's code ${current}`
            : council
              ? `${ref} is not a council in the directory`
              : `"${ref}" is not a partner in the directory`,
        );
      }
      return { ref, gss: council ? ref : null, slug, role, note: notes.get(ref) ?? null };
    });
    const savings = savingsClaimsOf(row);
    partnerships.push({ ...row, line, members, savings, annualisedSavingsGbp: partnershipAnnualisedSavings(savings) });
  });
  onProgress?.(csv.rows.length, csv.rows.length);
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { partnerships, problems };
}
