// One zod schema per seed file row: every cell arrives as text and leaves as a typed value, or as an issue
// naming its column. Cross-file checks (does this member exist?) are in validate.ts.

import { z } from "zod";
import {
  COUNCIL_TIERS,
  COUNCIL_TYPES,
  type DatePrecision,
  GSS_CODE_PATTERN,
  NATIONS,
  PARTNER_KINDS,
  PARTNERSHIP_STATUSES,
  REGIONS,
  SAVINGS_BASIS_SLUGS,
  SLUG_PATTERN,
} from "@/lib/vocabulary";
import { isEmail, isHttpUrl, PARTNERSHIP_LIMITS as LIMITS } from "@/lib/validations/limits";
import { type MemberDates, parseMemberDates } from "./member-dates";
import { type MemberReference, parseMemberNotes, parseMemberReference, splitList } from "./members";

// ---- cells ----------------------------------------------------------------------------------------------

const cell = z.string().trim();

const requiredText = cell.min(1, "is required");

const optionalText = cell.transform((value) => (value === "" ? null : value));

const slug = cell.regex(SLUG_PATTERN, "must be lower-case words joined by hyphens, e.g. waste-environment");

const gss = cell.regex(GSS_CODE_PATTERN, "must be a GSS code: a nation letter and eight digits, e.g. E07000078");

function oneOf<const T extends readonly string[]>(values: T) {
  return cell.transform((value, ctx): T[number] => {
    if ((values as readonly string[]).includes(value)) return value as T[number];
    ctx.addIssue(
      value === "" ? `is required (one of ${values.join(", ")})` : `"${value}" is not one of ${values.join(", ")}`,
    );
    return z.NEVER;
  });
}

function optionalOneOf<const T extends readonly string[]>(values: T) {
  return cell.transform((value, ctx): T[number] | null => {
    if (value === "") return null;
    if ((values as readonly string[]).includes(value)) return value as T[number];
    ctx.addIssue(`"${value}" is not one of ${values.join(", ")}`);
    return z.NEVER;
  });
}

const optionalGss = cell.transform((value, ctx): string | null => {
  if (value === "") return null;
  if (GSS_CODE_PATTERN.test(value)) return value;
  ctx.addIssue(`"${value}" is not a GSS code (a nation letter and eight digits, e.g. E07000078)`);
  return z.NEVER;
});

function optionalInteger(what: string, min: number, max: number) {
  return cell.transform((value, ctx): number | null => {
    if (value === "") return null;
    if (!/^-?\d+$/.test(value)) {
      ctx.addIssue(`"${value}" is not ${what}`);
      return z.NEVER;
    }
    const number = Number(value);
    if (number < min || number > max) {
      ctx.addIssue(`${value} is out of range (${min} to ${max})`);
      return z.NEVER;
    }
    return number;
  });
}

function optionalNumber(what: string, min: number, max: number) {
  return cell.transform((value, ctx): number | null => {
    if (value === "") return null;
    const number = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isNaN(number)) {
      ctx.addIssue(`"${value}" is not ${what}`);
      return z.NEVER;
    }
    if (number < min || number > max) {
      ctx.addIssue(`${value} is out of range (${min} to ${max})`);
      return z.NEVER;
    }
    return number;
  });
}

const optionalUrl = cell.transform((value, ctx): string | null => {
  if (value === "") return null;
  if (isHttpUrl(value)) return value;
  ctx.addIssue(`${quoted(value)} is not an http(s) address of at most ${LIMITS.url.max} characters`);
  return z.NEVER;
});

/** A value quoted in a problem, cut short: a 100,000-character cell should not make a 100,000-character message. */
function quoted(value: string): string {
  return value.length > 60 ? `"${value.slice(0, 60)}…" (${value.length} characters)` : `"${value}"`;
}

/** Required text of `min` to `max` characters (the form's own limits, lib/validations/limits.ts). */
function boundedText({ min, max }: { min: number; max: number }) {
  return cell
    .min(1, "is required")
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);
}

function optionalBoundedText(max: number) {
  return cell.max(max, `must be at most ${max} characters`).transform((value) => (value === "" ? null : value));
}

/** An ISO date that exists: 2019-03-31. */
function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const optionalDate = cell.transform((value, ctx): string | null => {
  if (value === "") return null;
  if (isIsoDate(value)) return value;
  ctx.addIssue(`"${value}" is not a date (YYYY-MM-DD)`);
  return z.NEVER;
});

export type DatedValue = { date: string; precision: DatePrecision };

/** "2020" -> 2020-01-01 (year); "2020-02" -> 2020-02-01 (month); "2020-02-20" (day). */
const optionalVerifiedDate = cell.transform((value, ctx): DatedValue | null => {
  if (value === "") return null;
  const candidates: [RegExp, string, DatePrecision][] = [
    [/^\d{4}$/, `${value}-01-01`, "year"],
    [/^\d{4}-\d{2}$/, `${value}-01`, "month"],
    [/^\d{4}-\d{2}-\d{2}$/, value, "day"],
  ];
  for (const [pattern, date, precision] of candidates) {
    if (pattern.test(value) && isIsoDate(date)) return { date, precision };
  }
  ctx.addIssue(`"${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return z.NEVER;
});

/** A "; "-joined list whose items each pass the given check. */
function listOf(check: (item: string) => string | null) {
  return z.string().transform((value, ctx): string[] => {
    const items = splitList(value);
    for (const item of items) {
      const message = check(item);
      if (message !== null) ctx.addIssue(message);
    }
    const duplicates = items.filter((item, i) => items.indexOf(item) !== i);
    if (duplicates.length > 0) ctx.addIssue(`${[...new Set(duplicates)].join(", ")} listed more than once`);
    return items;
  });
}

const gssList = listOf((item) => (GSS_CODE_PATTERN.test(item) ? null : `"${item}" is not a GSS code`));
const slugList = listOf((item) => (SLUG_PATTERN.test(item) ? null : `"${item}" is not a slug`));
const urlList = listOf((item) =>
  isHttpUrl(item) ? null : `${quoted(item)} is not an http(s) address of at most ${LIMITS.url.max} characters`,
);

// ---- rows -----------------------------------------------------------------------------------------------

export const COUNCIL_COLUMNS = [
  "gss",
  "registry_code",
  "name",
  "official_name",
  "council_type",
  "tier",
  "nation",
  "region",
  "latitude",
  "longitude",
  "population",
  "area_km2",
  "homepage_url",
  "former_gss_codes",
  "county_gss",
  "start_date",
  "end_date",
  "successor_gss",
] as const;

export const councilRow = z
  .object({
    gss,
    registry_code: cell.regex(/^[A-Z]{3}$/, "must be mySociety's three-letter code, e.g. HPL"),
    name: requiredText,
    official_name: optionalText,
    council_type: oneOf(COUNCIL_TYPES),
    tier: oneOf(COUNCIL_TIERS),
    nation: oneOf(NATIONS),
    region: optionalOneOf(REGIONS),
    latitude: optionalNumber("a latitude", -90, 90),
    longitude: optionalNumber("a longitude", -180, 180),
    population: optionalInteger("a whole number of people", 0, 100_000_000),
    area_km2: optionalNumber("an area in km²", 0, 1_000_000),
    homepage_url: optionalUrl,
    former_gss_codes: gssList,
    county_gss: optionalGss,
    start_date: optionalDate,
    end_date: optionalDate,
    successor_gss: gssList,
  })
  .superRefine((row, ctx) => {
    if (row.nation === "england" && row.region === null) {
      ctx.addIssue({ code: "custom", path: ["region"], message: "is required for a council in England" });
    }
    if (row.nation !== "england" && row.region !== null) {
      ctx.addIssue({ code: "custom", path: ["region"], message: "must be blank outside England" });
    }
    if ((row.latitude === null) !== (row.longitude === null)) {
      ctx.addIssue({ code: "custom", path: ["longitude"], message: "latitude and longitude go together" });
    }
    if (row.start_date && row.end_date && row.end_date < row.start_date) {
      ctx.addIssue({ code: "custom", path: ["end_date"], message: "is before start_date" });
    }
    if (row.successor_gss.length > 0 && row.end_date === null) {
      ctx.addIssue({
        code: "custom",
        path: ["successor_gss"],
        message: "only an abolished council (with an end_date) has successors",
      });
    }
    if (row.successor_gss.includes(row.gss)) {
      ctx.addIssue({ code: "custom", path: ["successor_gss"], message: "a council cannot succeed itself" });
    }
    if (row.county_gss !== null && row.tier !== "lower") {
      ctx.addIssue({ code: "custom", path: ["county_gss"], message: "only a lower-tier district sits in a county" });
    }
  });
export type CouncilRow = z.output<typeof councilRow>;

export const PARTNER_COLUMNS = ["slug", "name", "kind"] as const;

export const partnerRow = z.object({
  slug,
  name: requiredText,
  kind: oneOf(PARTNER_KINDS),
});
export type PartnerRow = z.output<typeof partnerRow>;

export const LABELLED_COLUMNS = ["slug", "label", "sort_order"] as const;

export const labelledRow = z.object({
  slug,
  label: requiredText,
  sort_order: optionalInteger("a whole number", 0, 1_000_000).transform((value, ctx): number => {
    if (value !== null) return value;
    ctx.addIssue("is required");
    return z.NEVER;
  }),
});
export type LabelledRow = z.output<typeof labelledRow>;

export const PARTNERSHIP_COLUMNS = [
  "slug",
  "name",
  "summary",
  "model_type",
  "status",
  "start_year",
  "end_year",
  "service_areas",
  "members",
  "member_notes",
  "member_dates",
  "savings_gbp",
  "savings_basis",
  "savings_period_years",
  "savings_period_note",
  "savings_source_url",
  "savings_credited_to",
  "savings_reported_year",
  "source_urls",
  "source_notes",
  "last_verified",
  "contact_email",
  "contact_url",
  "predecessors",
  "part_of",
] as const;

const members = z.string().transform((value, ctx): MemberReference[] => {
  const references: MemberReference[] = [];
  let valid = true;
  for (const item of splitList(value)) {
    const parsed = parseMemberReference(item);
    if (parsed.ok) references.push(parsed.value);
    else {
      valid = false;
      ctx.addIssue(parsed.message);
    }
  }
  const refs = references.map((member) => member.ref);
  const duplicates = refs.filter((ref, i) => refs.indexOf(ref) !== i);
  if (duplicates.length > 0) ctx.addIssue(`${[...new Set(duplicates)].join(", ")} listed more than once`);
  if (references.length < 2 && valid) ctx.addIssue("a partnership needs at least two members");
  if (references.length > LIMITS.members.max) ctx.addIssue(`at most ${LIMITS.members.max} members`);
  return references;
});

const memberNotes = z.string().transform((value, ctx): Map<string, string> => {
  const parsed = parseMemberNotes(value);
  if (parsed.ok) return parsed.value;
  ctx.addIssue(parsed.message);
  return z.NEVER;
});

const memberDates = z.string().transform((value, ctx): Map<string, MemberDates> => {
  const parsed = parseMemberDates(value);
  if (parsed.ok) return parsed.value;
  ctx.addIssue(parsed.message);
  return z.NEVER;
});

// Whole pounds; "0" is a claim of £0, blank is "not reported".
const savingsAmount = cell.transform((value, ctx): number | null => {
  if (value === "") return null;
  if (!/^\d+$/.test(value)) {
    ctx.addIssue(`"${value}" is not a whole number of pounds (digits only, e.g. 1500000)`);
    return z.NEVER;
  }
  const amount = Number(value);
  if (!Number.isSafeInteger(amount)) {
    ctx.addIssue(`${value} is too large`);
    return z.NEVER;
  }
  return amount;
});

// Whose saving a claim is: blank for the whole partnership, else member councils' GSS codes joined by " + ".
const creditedTo = cell.transform((value, ctx): string[] => {
  const codes = value
    .split("+")
    .map((code) => code.trim())
    .filter(Boolean);
  const bad = codes.filter((code) => !GSS_CODE_PATTERN.test(code));
  if (bad.length > 0) {
    ctx.addIssue(
      `${bad.map((code) => `"${code}"`).join(", ")} is not a GSS code; write member councils as E07000078 + E07000079`,
    );
    return z.NEVER;
  }
  return codes;
});

const email = cell.transform((value, ctx): string | null => {
  if (value === "") return null;
  if (isEmail(value)) return value;
  ctx.addIssue(`${quoted(value)} is not an email address of at most ${LIMITS.email.max} characters`);
  return z.NEVER;
});

export const partnershipRow = z
  .object({
    slug,
    name: boundedText(LIMITS.name),
    summary: boundedText(LIMITS.summary),
    model_type: slug,
    status: oneOf(PARTNERSHIP_STATUSES),
    start_year: optionalInteger("a year", LIMITS.year.min, LIMITS.year.max),
    end_year: optionalInteger("a year", LIMITS.year.min, LIMITS.year.max),
    service_areas: slugList.refine((items) => items.length > 0, "at least one service area is required"),
    members,
    member_notes: memberNotes,
    member_dates: memberDates,
    savings_gbp: savingsAmount,
    savings_basis: optionalOneOf(SAVINGS_BASIS_SLUGS),
    savings_period_years: optionalNumber("a number of years", 0, 200),
    savings_period_note: optionalBoundedText(LIMITS.note.max),
    savings_source_url: optionalUrl,
    savings_credited_to: creditedTo,
    savings_reported_year: optionalInteger("a year", 1900, 2100),
    source_urls: urlList.refine(
      (urls) => urls.length >= LIMITS.sources.min && urls.length <= LIMITS.sources.max,
      `must list ${LIMITS.sources.min} to ${LIMITS.sources.max} sources`,
    ),
    source_notes: optionalBoundedText(LIMITS.sourceNotes.max),
    last_verified: optionalVerifiedDate,
    contact_email: email,
    contact_url: optionalUrl,
    predecessors: slugList,
    part_of: slugList,
  })
  .superRefine((row, ctx) => {
    const issue = (field: string, message: string) => ctx.addIssue({ code: "custom", path: [field], message });
    if (row.start_year !== null && row.end_year !== null && row.end_year < row.start_year) {
      issue("end_year", "is before start_year");
    }
    if (row.savings_gbp !== null && row.savings_basis === null) issue("savings_basis", "is required with savings_gbp");
    if (row.savings_gbp === null) {
      if (row.savings_basis !== null) issue("savings_basis", "is given without savings_gbp");
      if (row.savings_period_years !== null) issue("savings_period_years", "is given without savings_gbp");
      if (row.savings_period_note !== null) issue("savings_period_note", "is given without savings_gbp");
      if (row.savings_source_url !== null) issue("savings_source_url", "is given without savings_gbp");
      if (row.savings_credited_to.length > 0) issue("savings_credited_to", "is given without savings_gbp");
      if (row.savings_reported_year !== null) issue("savings_reported_year", "is given without savings_gbp");
    }
    if (row.savings_period_years === 0) issue("savings_period_years", "must be more than 0");
    for (const field of ["predecessors", "part_of"] as const) {
      if (row[field].includes(row.slug)) issue(field, "names the partnership itself");
    }
    const refs = new Set(row.members.map((member) => member.ref));
    for (const gss of row.savings_credited_to) {
      if (!refs.has(gss)) issue("savings_credited_to", `${gss} is not one of the member councils`);
    }
    for (const field of ["member_notes", "member_dates"] as const) {
      for (const ref of row[field].keys()) if (!refs.has(ref)) issue(field, `${ref} is not one of the members`);
    }
  });
export type PartnershipRow = z.output<typeof partnershipRow>;
