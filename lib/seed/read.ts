// Reads a seed folder and checks all of it: every row against its schema, then the references between files.
// Pure apart from reading the files; nothing here touches the database.

import { stat } from "node:fs/promises";
import type { z } from "zod";
import { partnershipAnnualisedSavings } from "@/lib/savings";
import { MODEL_TYPE_SLUGS, type MemberRole, type PartnerKind, SERVICE_AREA_SLUGS } from "@/lib/vocabulary";
import { type SeedSavingsClaim, savingsClaimsOf } from "./claims";
import { type CsvFile, readCsv } from "./csv";
import { memberDatesOf } from "./member-dates";
import { councilSlug, isCouncilReference } from "./members";
import type { SeedProblem } from "./problems";
import {
  COUNCIL_COLUMNS,
  type CouncilRow,
  councilRow,
  LABELLED_COLUMNS,
  type LabelledRow,
  labelledRow,
  PARTNER_COLUMNS,
  PARTNERSHIP_COLUMNS,
  type PartnerRow,
  type PartnershipRow,
  partnerRow,
  partnershipRow,
} from "./schemas";

export const SEED_FILES = {
  serviceAreas: "service-areas.csv",
  modelTypes: "model-types.csv",
  councils: "councils.csv",
  partners: "partners.csv",
  partnerships: "partnerships.csv",
} as const;

type Lined<T> = T & { line: number };

export type SeedMember = {
  ref: string;
  gss: string | null;
  slug: string;
  role: MemberRole;
  note: string | null;
  /** When the member joined and left: "2015", "2019-03"; null when not known. */
  joined: string | null;
  left: string | null;
  /** A partner an import names that the directory does not hold yet: the writer adds it. */
  partner?: { name: string; kind: PartnerKind };
};

export type SeedPartnership = Omit<PartnershipRow, "members" | "member_notes" | "member_dates"> & {
  line: number;
  members: SeedMember[];
  savings: SeedSavingsClaim[];
  /** The partnership-level annualised estimate (lib/savings); null when there is none. */
  annualisedSavingsGbp: number | null;
};

export type SeedData = {
  serviceAreas: Lined<LabelledRow>[];
  modelTypes: Lined<LabelledRow>[];
  councils: Lined<CouncilRow>[];
  partners: Lined<PartnerRow>[];
  partnerships: SeedPartnership[];
};

export type SeedReading = { seed: SeedData; problems: SeedProblem[] };

function validateRows<Schema extends z.ZodType<unknown, Record<string, string>>>(
  csv: CsvFile,
  schema: Schema,
  problems: SeedProblem[],
): Lined<z.output<Schema>>[] {
  problems.push(...csv.problems);
  const valid: Lined<z.output<Schema>>[] = [];
  for (const { line, values } of csv.rows) {
    const result = schema.safeParse(values);
    if (result.success) {
      valid.push({ ...(result.data as object), line } as Lined<z.output<Schema>>);
      continue;
    }
    for (const issue of result.error.issues) {
      const field = issue.path.length > 0 ? String(issue.path[0]) : null;
      problems.push({ file: csv.file, line, field, message: issue.message });
    }
  }
  return valid;
}

/** Reports every value of `key` seen before on an earlier line. */
function checkUnique<T extends { line: number }>(
  file: string,
  rows: readonly T[],
  field: string,
  key: (row: T) => string | null,
  problems: SeedProblem[],
) {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const value = key(row);
    if (value === null) continue;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, row.line);
    else problems.push({ file, line: row.line, field, message: `"${value}" is already used on line ${first}` });
  }
}

/** A vocabulary file must hold exactly the product's slugs (lib/vocabulary.ts); its labels are its own. */
function checkVocabulary(
  csv: CsvFile,
  rows: readonly Lined<LabelledRow>[],
  slugs: readonly string[],
  problems: SeedProblem[],
) {
  const { file } = csv;
  checkUnique(file, rows, "slug", (row) => row.slug, problems);
  checkUnique(file, rows, "label", (row) => row.label, problems);
  for (const row of rows) {
    if (!slugs.includes(row.slug)) {
      problems.push({
        file,
        line: row.line,
        field: "slug",
        message: `"${row.slug}" is not one of ${slugs.join(", ")}`,
      });
    }
  }
  // A file that could not be read at all is reported once, not once per slug.
  if (csv.problems.some((problem) => problem.line === null || problem.line === 1)) return;
  const present = keysOf(csv, "slug");
  for (const slug of slugs) {
    if (!present.has(slug)) problems.push({ file, line: null, field: "slug", message: `"${slug}" is missing` });
  }
}

function checkCouncils(councils: readonly Lined<CouncilRow>[], problems: SeedProblem[]) {
  const file = SEED_FILES.councils;
  checkUnique(file, councils, "gss", (row) => row.gss, problems);
  checkUnique(file, councils, "registry_code", (row) => row.registry_code, problems);
  const byGss = new Map(councils.map((council) => [council.gss, council]));
  const formerOwner = new Map<string, Lined<CouncilRow>>();
  for (const council of councils) {
    for (const code of council.former_gss_codes) {
      const current = byGss.get(code);
      if (current) {
        problems.push({
          file,
          line: council.line,
          field: "former_gss_codes",
          message: `${code} is the current code of ${current.name} (line ${current.line})`,
        });
      }
      const owner = formerOwner.get(code);
      if (owner && owner.gss !== council.gss) {
        problems.push({
          file,
          line: council.line,
          field: "former_gss_codes",
          message: `${code} is also a former code of ${owner.name} (line ${owner.line})`,
        });
      }
      formerOwner.set(code, council);
    }
    if (council.county_gss !== null) {
      const county = byGss.get(council.county_gss);
      if (!county)
        problems.push({
          file,
          line: council.line,
          field: "county_gss",
          message: `${council.county_gss} is not in ${file}`,
        });
      else if (county.council_type !== "county") {
        problems.push({
          file,
          line: council.line,
          field: "county_gss",
          message: `${council.county_gss} (${county.name}) is not a county`,
        });
      }
    }
    for (const successor of council.successor_gss) {
      if (!byGss.has(successor))
        problems.push({ file, line: council.line, field: "successor_gss", message: `${successor} is not in ${file}` });
    }
  }
  return { byGss, formerOwner };
}

function checkPartnerships(
  rows: readonly Lined<PartnershipRow>[],
  lookups: {
    councils: ReadonlySet<string>;
    formerOwner: ReadonlyMap<string, Lined<CouncilRow>>;
    partners: ReadonlySet<string>;
    serviceAreas: ReadonlySet<string>;
    modelTypes: ReadonlySet<string>;
  },
  problems: SeedProblem[],
): SeedPartnership[] {
  const file = SEED_FILES.partnerships;
  checkUnique(file, rows, "slug", (row) => row.slug, problems);
  const slugs = new Set(rows.map((row) => row.slug));
  return rows.map(({ members: references, member_notes: notes, member_dates: dates, ...row }) => {
    const datesOf = (ref: string) => memberDatesOf(dates, ref);
    const problem = (field: string, message: string) => problems.push({ file, line: row.line, field, message });
    for (const field of ["predecessors", "part_of"] as const) {
      for (const slug of row[field]) if (!slugs.has(slug)) problem(field, `"${slug}" is not a partnership in ${file}`);
    }
    if (!lookups.modelTypes.has(row.model_type))
      problem("model_type", `"${row.model_type}" is not in ${SEED_FILES.modelTypes}`);
    for (const slug of row.service_areas) {
      if (!lookups.serviceAreas.has(slug)) problem("service_areas", `"${slug}" is not in ${SEED_FILES.serviceAreas}`);
    }
    const members = references.map(({ ref, role }): SeedMember => {
      if (isCouncilReference(ref)) {
        if (!lookups.councils.has(ref)) {
          const owner = lookups.formerOwner.get(ref);
          problem(
            "members",
            owner
              ? `${ref} is a former code of ${owner.name}; use its code ${owner.gss}`
              : `${ref} is not a council in ${SEED_FILES.councils}`,
          );
        }
        return { ref, gss: ref, slug: councilSlug(ref), role, note: notes.get(ref) ?? null, ...datesOf(ref) };
      }
      if (!lookups.partners.has(ref)) problem("members", `"${ref}" is not a partner in ${SEED_FILES.partners}`);
      return { ref, gss: null, slug: ref, role, note: notes.get(ref) ?? null, ...datesOf(ref) };
    });
    const savings = savingsClaimsOf(row);
    return { ...row, members, savings, annualisedSavingsGbp: partnershipAnnualisedSavings(savings) };
  });
}

async function isFolder(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** The keys a file defines, invalid rows included, so that one bad row is reported once, not again by every reference. */
function keysOf(csv: CsvFile, column: string): Set<string> {
  return new Set(csv.rows.map((row) => (row.values[column] ?? "").trim()));
}

/** Reads and checks a whole seed folder. The data is only fit to load when `problems` is empty. */
export async function readSeedFolder(dir: string): Promise<SeedReading> {
  const problems: SeedProblem[] = [];
  if (!(await isFolder(dir))) {
    const empty = { serviceAreas: [], modelTypes: [], councils: [], partners: [], partnerships: [] };
    return { seed: empty, problems: [{ file: dir, line: null, field: null, message: "is not a folder" }] };
  }
  const [serviceAreaCsv, modelTypeCsv, councilCsv, partnerCsv, partnershipCsv] = await Promise.all([
    readCsv(dir, SEED_FILES.serviceAreas, LABELLED_COLUMNS),
    readCsv(dir, SEED_FILES.modelTypes, LABELLED_COLUMNS),
    readCsv(dir, SEED_FILES.councils, COUNCIL_COLUMNS),
    readCsv(dir, SEED_FILES.partners, PARTNER_COLUMNS),
    readCsv(dir, SEED_FILES.partnerships, PARTNERSHIP_COLUMNS),
  ]);

  const serviceAreas = validateRows(serviceAreaCsv, labelledRow, problems);
  checkVocabulary(serviceAreaCsv, serviceAreas, SERVICE_AREA_SLUGS, problems);
  const modelTypes = validateRows(modelTypeCsv, labelledRow, problems);
  checkVocabulary(modelTypeCsv, modelTypes, MODEL_TYPE_SLUGS, problems);

  const councils = validateRows(councilCsv, councilRow, problems);
  const { formerOwner } = checkCouncils(councils, problems);

  const partners = validateRows(partnerCsv, partnerRow, problems);
  checkUnique(SEED_FILES.partners, partners, "slug", (row) => row.slug, problems);
  const councilSlugs = new Map(councils.map((council) => [councilSlug(council.gss), council]));
  for (const partner of partners) {
    const council = councilSlugs.get(partner.slug);
    if (council) {
      problems.push({
        file: SEED_FILES.partners,
        line: partner.line,
        field: "slug",
        message: `"${partner.slug}" is taken by the council ${council.name}`,
      });
    }
  }

  const partnershipRows = validateRows(partnershipCsv, partnershipRow, problems);
  const partnerships = checkPartnerships(
    partnershipRows,
    {
      councils: keysOf(councilCsv, "gss"),
      formerOwner,
      partners: keysOf(partnerCsv, "slug"),
      serviceAreas: keysOf(serviceAreaCsv, "slug"),
      modelTypes: keysOf(modelTypeCsv, "slug"),
    },
    problems,
  );

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { seed: { serviceAreas, modelTypes, councils, partners, partnerships }, problems };
}
