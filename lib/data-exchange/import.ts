// Reading an exported CSV back: either variant (with or without a byte-order mark), neutralised cells restored,
// every row checked with the seed's own row schema (the columns the seed file shares mean the same and use
// the same syntax) before anything is written. Pure: the database facts it needs are passed in.

import { partnershipAnnualisedSavings } from "@/lib/savings";
import { savingsClaimsOf } from "@/lib/seed/claims";
import { parseCsv } from "@/lib/seed/csv";
import { councilSlug, isCouncilReference, joinList, splitList } from "@/lib/seed/members";
import { memberDatesOf } from "@/lib/seed/member-dates";
import type { SeedProblem } from "@/lib/seed/problems";
import type { SeedPartnership } from "@/lib/seed/read";
import { PARTNERSHIP_COLUMNS, partnershipRow } from "@/lib/seed/schemas";
import {
  MODEL_TYPE_SLUGS,
  PARTNER_KINDS,
  type PartnerKind,
  SERVICE_AREA_SLUGS,
  SLUG_PATTERN,
  isOneOf,
  slugify,
} from "@/lib/vocabulary";
import { EXPORT_COLUMNS } from "./columns";
import { unneutralise } from "./csv";

/** What the database holds that rows refer to: organisations by slug (councils' slugs are their GSS codes in lower case). */
export type ImportReferences = {
  organisationSlugs: ReadonlySet<string>;
  /** Partnerships the directory holds, for lineage links. */
  partnershipSlugs: ReadonlySet<string>;
  /** Partners (not councils) by their name in lower case, so that a file may name a partner instead of giving its slug. */
  partnerSlugsByName: ReadonlyMap<string, string>;
  /** Former GSS code -> the council's current code, to say which code to use. */
  formerCodes: ReadonlyMap<string, string>;
};

/** A partner the file names that the directory does not hold: the import adds it. */
export type NewPartner = { slug: string; name: string; kind: PartnerKind; line: number };

export type ImportReading = { partnerships: SeedPartnership[]; newPartners: NewPartner[]; problems: SeedProblem[] };

const INPUT_COLUMNS = new Set<string>(PARTNERSHIP_COLUMNS);
/** Columns a file prepared by hand may leave out. */
// Member dates may be left out too: a file made before they were recorded gives none.
const OPTIONAL_COLUMNS = new Set<string>([
  ...EXPORT_COLUMNS.filter((c) => c.use !== "input").map((c) => c.name),
  "member_dates",
]);

const MEMBER_ITEM = /^(.*?)\s*(?:\[([^\]]*)\])?$/;
const nameKey = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * A member written as a name ("Capita plc [provider]") rather than a GSS code or slug becomes the slug of the
 * partner of that name, or of a new partner. A slug-shaped reference (lower case, hyphens) is never read as a
 * name, so a misspelt slug is refused rather than added.
 */
function readMemberNames(
  members: string,
  notes: string,
  kinds: ReadonlyMap<string, string>,
  references: ImportReferences,
  newPartners: Map<string, NewPartner>,
  line: number,
  problem: (field: string, message: string) => void,
): { members: string; notes: string; added: Map<string, NewPartner> } {
  const bySlug = new Map<string, string>();
  const added = new Map<string, NewPartner>();
  const items = splitList(members).map((item) => {
    const [, ref = "", role] = MEMBER_ITEM.exec(item)!;
    if (isCouncilReference(ref) || SLUG_PATTERN.test(ref)) return item;
    const name = ref.replace(/\s+/g, " ").trim();
    const slug = references.partnerSlugsByName.get(nameKey(name)) ?? slugify(name, 80);
    if (slug === "") {
      problem("members", `"${name}" is neither a GSS code, a partner's slug nor a name`);
      return item;
    }
    bySlug.set(nameKey(name), slug);
    if (!references.organisationSlugs.has(slug)) {
      const kind = kinds.get(nameKey(name)) ?? kinds.get(slug) ?? "other";
      if (!isOneOf(PARTNER_KINDS, kind)) {
        problem("other_partner_kinds", `"${kind}" (for ${name}) is not one of ${PARTNER_KINDS.join(", ")}`);
      } else {
        const partner = newPartners.get(slug) ?? { slug, name, kind, line };
        newPartners.set(slug, partner);
        added.set(slug, partner);
      }
    }
    return role === undefined ? slug : `${slug} [${role}]`;
  });
  // Notes may name the member as the file does.
  const noteItems = splitList(notes).map((item) => {
    const colon = item.indexOf(":");
    const slug = colon > 0 ? bySlug.get(nameKey(item.slice(0, colon))) : undefined;
    return slug ? `${slug}:${item.slice(colon + 1)}` : item;
  });
  return { members: joinList(items), notes: joinList(noteItems), added };
}

/** "Capita plc: company; BT: company" -> name (or slug) in lower case -> kind. */
function readKinds(text: string): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const item of splitList(text)) {
    const colon = item.lastIndexOf(":");
    if (colon > 0) kinds.set(nameKey(item.slice(0, colon)), item.slice(colon + 1).trim());
  }
  return kinds;
}

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
    (p) => !(p.line === 1 && p.message === "column is missing" && p.field !== null && OPTIONAL_COLUMNS.has(p.field)),
  );
  const partnerships: SeedPartnership[] = [];
  const newPartners = new Map<string, NewPartner>();
  const firstLine = new Map<string, number>();
  csv.rows.forEach(({ line, values }, index) => {
    if (index % 1000 === 0) onProgress?.(index, csv.rows.length);
    const problem = (field: string | null, message: string) => problems.push({ file, line, field, message });
    const input = Object.fromEntries([...INPUT_COLUMNS].map((name) => [name, unneutralise(values[name] ?? "")]));
    const named = readMemberNames(
      input.members!,
      input.member_notes!,
      readKinds(unneutralise(values.other_partner_kinds ?? "")),
      references,
      newPartners,
      line,
      problem,
    );
    input.members = named.members;
    input.member_notes = named.notes;
    const result = partnershipRow.safeParse(input);
    if (!result.success) {
      for (const issue of result.error.issues) problem(issue.path.length ? String(issue.path[0]) : null, issue.message);
      return;
    }
    const { members: memberRefs, member_notes: notes, member_dates: dates, ...row } = result.data;
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
      const partner = named.added.get(slug);
      const dated = memberDatesOf(dates, ref);
      if (partner) return { ref, gss: null, slug, role, note: notes.get(ref) ?? null, ...dated, partner };
      if (!references.organisationSlugs.has(slug)) {
        const current = council ? references.formerCodes.get(ref) : undefined;
        problem(
          "members",
          current
            ? `${ref} is a former code; use the council's code ${current}`
            : council
              ? `${ref} is not a council in the directory`
              : `"${ref}" is not a partner in the directory; to add a new partner, write its name (for example "Capita plc") rather than a slug`,
        );
      }
      return { ref, gss: council ? ref : null, slug, role, note: notes.get(ref) ?? null, ...dated };
    });
    const savings = savingsClaimsOf(row);
    partnerships.push({ ...row, line, members, savings, annualisedSavingsGbp: partnershipAnnualisedSavings(savings) });
  });
  // Lineage may name a partnership the directory holds or one the file adds.
  const fileSlugs = new Set(partnerships.map((p) => p.slug));
  for (const partnership of partnerships) {
    for (const field of ["predecessors", "part_of"] as const) {
      for (const slug of partnership[field]) {
        if (!references.partnershipSlugs.has(slug) && !fileSlugs.has(slug))
          problems.push({
            file,
            line: partnership.line,
            field,
            message: `"${slug}" is not a partnership in the directory or the file`,
          });
      }
    }
  }
  onProgress?.(csv.rows.length, csv.rows.length);
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { partnerships, newPartners: [...newPartners.values()], problems };
}
