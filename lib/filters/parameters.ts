// The filter's parameters, each defined once: how its values are parsed (a zod schema, or a vocabulary), what
// the directory's form calls it, the tag it shows when in force, its wording in page titles and in download
// file names, how its problems are worded, and its OpenAPI description. The parser (schema.ts), the selected-
// filter tags, the titles, the file names, the page's problem messages and the OpenAPI document all read this
// registry; the SQL condition of each parameter is in sql.ts.
//
// Adding a parameter: a field in PartnershipFilter, an entry below, and its condition in sql.ts.

import { z } from "zod";
import { formatDate, formatGbpExact } from "@/lib/format";
import { lastVerifiedDate } from "@/lib/partnerships/last-verified";
import { NAME } from "@/lib/query-params/read";
import { freeText, oneOf, partialDate, wholeNumber, year } from "@/lib/query-params/schemas";
import {
  COUNCIL_TYPES,
  COUNCIL_TYPE_LABELS,
  GSS_CODE_PATTERN,
  MODEL_TYPE_SLUGS,
  NATIONS,
  NATION_LABELS,
  PARTNERSHIP_STATUSES,
  REGIONS,
  REGION_LABELS,
  SERVICE_AREA_SLUGS,
  SORTS,
  SORT_LABELS,
  STATUS_LABELS,
  type CouncilType,
  type ModelTypeSlug,
  type Nation,
  type PartnershipStatus,
  type Region,
  type ServiceAreaSlug,
  type Sort,
} from "@/lib/vocabulary";

import type { FilterLabels } from "./labels";

export interface PartnershipFilter {
  q: string | null;
  service: ServiceAreaSlug[];
  model: ModelTypeSlug[];
  status: PartnershipStatus[];
  nation: Nation[];
  region: Region[];
  /** GSS codes, current or former. */
  council: string[];
  /** Whether an abolished council's partnerships count for its successors (null: they do). */
  predecessors: PredecessorsChoice | null;
  /** With `current`, a council counts as a member only until it left (null: every member, past ones too). */
  members: MembersChoice | null;
  councilType: CouncilType[];
  savingsMin: number | null;
  savingsMax: number | null;
  hasSavings: boolean | null;
  startFrom: number | null;
  startTo: number | null;
  near: string | null;
  withinKm: number | null;
  /** "2024", "2024-03" or "2024-03-05": entries checked against their sources on or after it. */
  checkedSince: string | null;
}

export const PREDECESSORS_CHOICES = ["include", "exclude"] as const;
export type PredecessorsChoice = (typeof PREDECESSORS_CHOICES)[number];
export const MEMBERS_CHOICES = ["all", "current"] as const;
export type MembersChoice = (typeof MEMBERS_CHOICES)[number];

export interface ListOptions {
  sort: Sort;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_WITHIN_KM = 50;
export const MAX_WITHIN_KM = 1000;

/** What a tag, a title or a file name is worded from: the filter, and the labels of its values. */
export type Wording = { filter: PartnershipFilter; labels: FilterLabels };

/** The OpenAPI description of a query parameter, without its name. */
export type OpenApiParameter = { description?: string; style?: "form"; explode?: boolean; schema: object };

interface Common<T> {
  /** What the directory's form calls the parameter; its problems on the page start with this. */
  label: string;
  /** The directory's filter panel has a control for it (`#filter-<name>`), which its problems link to. */
  field: boolean;
  /**
   * What the page says of any bad value, where the API's message would show the URL's own values (`true`, slugs)
   * that the page's control words differently.
   */
  pageMessage?: string;
  empty: T;
  openApi: OpenApiParameter;
  /**
   * The selected-filter tag (one per value of a repeatable parameter); `group` gathers several parameters under
   * one heading (by default the parameter's own, headed by its label); `clears` are parameters removed with it.
   */
  tag?: {
    group?: { key: string; heading: string };
    label: (value: Item<T>, wording: Wording) => string;
    clears?: (keyof PartnershipFilter)[];
  };
  /**
   * The parameter in a page title: the values of `subject` parameters say what ("Waste & environment"), a
   * `phrase` qualifies it ("in South West"); null when another parameter's phrase already says it.
   */
  title?:
    { subject: (values: string[]) => string } | { phrase: (value: NonNullable<T>, wording: Wording) => string | null };
  /** The parameter's parts of a download's file name (slugified with the rest). */
  filename?: (value: NonNullable<T>, filter: PartnershipFilter) => string[];
}

type Item<T> = T extends (infer U)[] ? U : NonNullable<T>;

/** A repeatable parameter whose values are a vocabulary's slugs. */
export interface ChoicesParameter<T extends string = string> extends Common<T[]> {
  kind: "choices";
  values: readonly T[];
  /** Labels known without the database; service areas and model types are labelled by the search result. */
  labels?: Readonly<Record<T, string>>;
}

/** A repeatable parameter of GSS codes. */
export interface CodesParameter extends Common<string[]> {
  kind: "codes";
}

/** A parameter given once, parsed by its schema; `allowed` lists its values where they are a fixed list. */
export interface SingleParameter<T> extends Common<T | null> {
  kind: "single";
  schema: z.ZodType<T | null>;
  allowed?: readonly string[];
}

export type Parameter<T> = [T] extends [(infer U extends string)[]]
  ? ChoicesParameter<U> | CodesParameter
  : SingleParameter<NonNullable<T>>;

/**
 * A repeatable parameter whose values are a vocabulary's slugs (a facet), described in OpenAPI by `description`;
 * its tags show each value's label, its file name part the values themselves.
 */
function choices<T extends string>(
  facet: keyof FilterLabels["facets"],
  spec: Omit<ChoicesParameter<T>, "kind" | "field" | "empty" | "openApi" | "tag" | "filename"> & {
    description: string;
  },
): ChoicesParameter<T> {
  const { description, ...rest } = spec;
  return {
    kind: "choices",
    field: true,
    empty: [],
    openApi: {
      ...repeatable(description),
      schema: { type: "array", items: { type: "string", enum: [...spec.values] } },
    },
    tag: { label: labelOf(facet) },
    filename: (values) => values,
    ...rest,
  };
}

function single<T>(spec: Omit<SingleParameter<T>, "kind" | "empty">): SingleParameter<T> {
  return { kind: "single", empty: null, ...spec };
}

function codes(spec: Omit<CodesParameter, "kind" | "empty">): CodesParameter {
  return { kind: "codes", empty: [], ...spec };
}

const either = (values: string[]) =>
  values.length <= 1 ? (values[0] ?? "") : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
const labelOf =
  (facet: keyof FilterLabels["facets"]) =>
  (value: string, { labels }: Wording) =>
    labels.facets[facet].get(value) ?? value;
const councilNameOf = (gss: string, { labels }: Wording) => labels.councils.get(gss) ?? gss;
const repeatable = (description: string): Pick<OpenApiParameter, "description" | "style" | "explode"> => ({
  description: `${description} Repeatable; values combine with OR.`,
  style: "form",
  explode: true,
});

/** near in words: "within 40 km of Cheltenham" (its tag, the page title, the results heading). */
export function withinPhrase(gss: string, wording: Wording): string {
  return `within ${wording.filter.withinKm ?? DEFAULT_WITHIN_KM} km of ${councilNameOf(gss, wording)}`;
}

const POUNDS = "a whole number of pounds";
const SAVINGS = { key: "savings", heading: "Savings" };
const START = { key: "start", heading: "Start year" };

/** Every filter parameter, in the order of the URL and the API. */
export const FILTER_PARAMETER_SPECS = {
  q: single<string>({
    label: "Search",
    field: true,
    schema: freeText(MAX_QUERY_LENGTH),
    openApi: {
      description:
        "Free text over names, summaries, partner names and service areas; forgives small typos, ignores case and accents. Every word or phrase must match. A place (a council's name or GSS code, current or former; a county, region or nation) also finds partnerships with a member there; a synonym (bins, IT, R&B, payroll, building control…) also finds its service area.",
      schema: { type: "string", maxLength: MAX_QUERY_LENGTH },
    },
    tag: { label: (q) => `“${q}”` },
    title: { phrase: (q) => `matching “${q}”` },
    filename: (q) => [q],
  }),
  service: choices("service", {
    label: "Service area",
    values: SERVICE_AREA_SLUGS,
    description: "Service area.",
    title: { subject: either },
  }),
  model: choices("model", {
    label: "Model",
    values: MODEL_TYPE_SLUGS,
    description: "Model type.",
    title: { subject: either },
  }),
  status: choices("status", {
    label: "Status",
    values: PARTNERSHIP_STATUSES,
    labels: STATUS_LABELS,
    description: "Status.",
    title: { subject: either },
  }),
  nation: choices("nation", {
    label: "Nation",
    values: NATIONS,
    labels: NATION_LABELS,
    description: "Nation of at least one member council.",
    // With regions, said with them: "in London or Wales".
    title: {
      phrase: (nations, wording) =>
        wording.filter.region.length > 0 ? null : `in ${either(nations.map((n) => labelOf("nation")(n, wording)))}`,
    },
  }),
  region: choices("region", {
    label: "Region",
    values: REGIONS,
    labels: REGION_LABELS,
    description: "English region of at least one member council.",
    title: {
      phrase: (regions, wording) =>
        `in ${either([
          ...regions.map((r) => labelOf("region")(r, wording)),
          ...wording.filter.nation.map((n) => labelOf("nation")(n, wording)),
        ])}`,
    },
  }),
  council: codes({
    label: "Council",
    field: true,
    openApi: {
      ...repeatable("GSS code of a member council (current or former code)."),
      schema: { type: "array", items: { type: "string", pattern: "^[ENSW][0-9]{8}$" } },
    },
    tag: { label: councilNameOf },
    title: { phrase: (gss, wording) => `involving ${either(gss.map((code) => councilNameOf(code, wording)))}` },
    filename: (gss) => gss.map((code) => code.toLowerCase()),
  }),
  predecessors: single<PredecessorsChoice>({
    label: "Councils they replaced",
    field: true,
    schema: oneOf(PREDECESSORS_CHOICES),
    allowed: PREDECESSORS_CHOICES,
    openApi: {
      description:
        "include (the default): a partnership of an abolished council counts for the councils that took over its area (through every reorganisation since), on the map and with council; exclude: councils count only their own partnerships.",
      schema: { type: "string", enum: [...PREDECESSORS_CHOICES] },
    },
    tag: {
      label: (choice) =>
        choice === "exclude" ? "Not counting the councils they replaced" : "Counting the councils they replaced",
    },
    title: { phrase: (choice) => (choice === "exclude" ? "not counting the councils they replaced" : null) },
    filename: (choice) => (choice === "exclude" ? ["without-predecessors"] : []),
  }),
  members: single<MembersChoice>({
    label: "Members",
    field: true,
    schema: oneOf(MEMBERS_CHOICES),
    allowed: MEMBERS_CHOICES,
    openApi: {
      description:
        "all (the default): a council counts for every partnership it has been a member of; current: only for those it has not left (members[].left), with council.",
      schema: { type: "string", enum: [...MEMBERS_CHOICES] },
    },
    tag: { label: (choice) => (choice === "current" ? "Current members only" : "Past and current members") },
    title: { phrase: (choice) => (choice === "current" ? "as current members" : null) },
    filename: (choice) => (choice === "current" ? ["current-members"] : []),
  }),
  councilType: choices("councilType", {
    label: "Council type",
    values: COUNCIL_TYPES,
    labels: COUNCIL_TYPE_LABELS,
    description: "Type of at least one member council.",
    title: {
      phrase: (types, wording) => `with a ${either(types.map((t) => labelOf("councilType")(t, wording)))}`,
    },
  }),
  savingsMin: single<number>({
    label: "Minimum savings",
    field: true,
    schema: wholeNumber(POUNDS, 0, 1e12),
    openApi: {
      description:
        "Minimum annualised savings estimate in whole pounds (inclusive); excludes partnerships without an estimate.",
      schema: { type: "integer", minimum: 0 },
    },
    tag: { group: SAVINGS, label: (min) => `At least ${formatGbpExact(min)} a year` },
    title: {
      phrase: (min, { filter }) =>
        filter.savingsMax === null
          ? `saving at least ${formatGbpExact(min)} a year`
          : `saving ${formatGbpExact(min)} to ${formatGbpExact(filter.savingsMax)} a year`,
    },
    filename: (min) => [`savings-from-${min}`],
  }),
  savingsMax: single<number>({
    label: "Maximum savings",
    field: true,
    schema: wholeNumber(POUNDS, 0, 1e12),
    openApi: {
      description:
        "Maximum annualised savings estimate in whole pounds (inclusive); excludes partnerships without an estimate.",
      schema: { type: "integer", minimum: 0 },
    },
    tag: { group: SAVINGS, label: (max) => `At most ${formatGbpExact(max)} a year` },
    // With a minimum, said with it: "saving £1,000 to £5,000 a year".
    title: {
      phrase: (max, { filter }) => (filter.savingsMin === null ? `saving at most ${formatGbpExact(max)} a year` : null),
    },
    filename: (max) => [`savings-to-${max}`],
  }),
  hasSavings: single<boolean>({
    label: "Savings",
    field: true,
    schema: oneOf(["true", "false"], `${NAME} must be true or false`).transform((value) => value === "true"),
    allowed: ["true", "false"],
    pageMessage: "Choose “Any”, “Reports savings” or “No savings reported” for savings",
    openApi: {
      description: "true: at least one savings claim is recorded; false: none.",
      schema: { type: "string", enum: ["true", "false"] },
    },
    tag: { group: SAVINGS, label: (has) => (has ? "Reports savings" : "No savings reported") },
    title: { phrase: (has) => (has ? "reporting savings" : "with no savings reported") },
    filename: (has) => [has ? "with-savings" : "without-savings"],
  }),
  startFrom: single<number>({
    label: "Earliest start year",
    field: true,
    schema: year(1800, 2100),
    openApi: {
      description: "Earliest start year (inclusive); excludes unknown start years.",
      schema: { type: "integer", minimum: 1800, maximum: 2100 },
    },
    tag: { group: START, label: (year) => `From ${year}` },
    title: {
      phrase: (from, { filter: { startTo: to } }) =>
        to === null ? `started in or after ${from}` : from === to ? `started in ${from}` : `started ${from} to ${to}`,
    },
    filename: (from) => [`from-${from}`],
  }),
  startTo: single<number>({
    label: "Latest start year",
    field: true,
    schema: year(1800, 2100),
    openApi: {
      description: "Latest start year (inclusive); excludes unknown start years.",
      schema: { type: "integer", minimum: 1800, maximum: 2100 },
    },
    tag: { group: START, label: (year) => `To ${year}` },
    // With an earliest year, said with it.
    title: { phrase: (to, { filter }) => (filter.startFrom === null ? `started in or before ${to}` : null) },
    filename: (to) => [`to-${to}`],
  }),
  near: single<string>({
    label: "Near a council",
    field: true,
    schema: z
      .string()
      .trim()
      .toUpperCase()
      .regex(GSS_CODE_PATTERN, `${NAME} must be a council's GSS code, such as E07000078`),
    openApi: {
      description: "GSS code of a council: partnerships with a member council within withinKm of its point.",
      schema: { type: "string", pattern: "^[ENSW][0-9]{8}$" },
    },
    tag: {
      label: (gss, wording) => {
        const phrase = withinPhrase(gss, wording);
        return phrase.charAt(0).toUpperCase() + phrase.slice(1);
      },
      clears: ["withinKm"],
    },
    title: { phrase: withinPhrase },
    filename: (gss, filter) => [`within-${filter.withinKm ?? ""}km-of-${gss.toLowerCase()}`],
  }),
  // Its tag, title and file name are near's.
  withinKm: single<number>({
    label: "Distance",
    field: true,
    schema: wholeNumber("a whole number of kilometres", 1, MAX_WITHIN_KM),
    openApi: {
      description: `Distance for near, in whole kilometres (default ${DEFAULT_WITHIN_KM}).`,
      schema: { type: "integer", minimum: 1, maximum: MAX_WITHIN_KM },
    },
  }),
  checkedSince: single<string>({
    label: "Checked since",
    field: true,
    schema: partialDate(1900, 2100),
    openApi: {
      description:
        "Entries last checked against their sources on or after this year, month or day (YYYY, YYYY-MM or YYYY-MM-DD); a check known only to the year or month counts from the end of it. Excludes entries never checked.",
      schema: { type: "string", pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" },
    },
    tag: { label: (since) => `Checked since ${formatDate(since, lastVerifiedDate(since).precision)}` },
    title: { phrase: (since) => `checked since ${formatDate(since, lastVerifiedDate(since).precision)}` },
    filename: (since) => [`checked-since-${since}`],
  }),
} satisfies { [K in keyof PartnershipFilter]: Parameter<PartnershipFilter[K]> };

export type FilterParameter = keyof PartnershipFilter;
export const FILTER_PARAMETERS = Object.keys(FILTER_PARAMETER_SPECS) as FilterParameter[];

/** The order a list takes when none is chosen: nearest first near a council, best match for a search, else name. */
export function defaultSort(filter: Pick<PartnershipFilter, "q" | "near">): Sort {
  return filter.near ? "distance" : filter.q ? "relevance" : "name";
}

/** The list's own parameters: its order and pages. */
export const LIST_PARAMETER_SPECS = {
  sort: single<Sort>({
    label: "Sort by",
    field: true,
    schema: oneOf(SORTS),
    allowed: SORTS,
    pageMessage: `Choose how to sort the results: ${either(SORTS.map((sort) => `“${SORT_LABELS[sort]}”`))}`,
    openApi: {
      description:
        "Order of results: distance (nearest member first) needs near, and is then the default; relevance applies with q (and is then the default); otherwise name.",
      schema: { type: "string", enum: [...SORTS] },
    },
  }),
  page: single<number>({
    label: "Page",
    field: false,
    schema: wholeNumber("a whole number", 1, 1_000_000),
    openApi: { schema: { type: "integer", minimum: 1, default: 1 } },
  }),
  pageSize: single<number>({
    label: "Page size",
    field: false,
    schema: wholeNumber("a whole number", 1, MAX_PAGE_SIZE),
    openApi: { schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE } },
  }),
} satisfies { [K in keyof ListOptions]: SingleParameter<ListOptions[K]> };

export type ListParameter = keyof ListOptions;
export const LIST_PARAMETERS = Object.keys(LIST_PARAMETER_SPECS) as ListParameter[];

/** The facets counted for every result: the repeatable vocabulary parameters. */
export const FACETS = ["service", "model", "status", "region", "nation", "councilType"] as const;
export type Facet = (typeof FACETS)[number];

/** Any parameter of the filter or the list, by name. */
export function parameterSpec(name: string): Common<unknown> | undefined {
  for (const specs of [FILTER_PARAMETER_SPECS, LIST_PARAMETER_SPECS]) {
    if (Object.hasOwn(specs, name)) return (specs as unknown as Record<string, Common<unknown>>)[name];
  }
  return undefined;
}

/**
 * The order in which the selected-filter tags, a title's phrases and a file name's parts say the parameters
 * (a parameter missing from a list comes last in it, in the registry's order).
 */
export const TAG_ORDER: readonly FilterParameter[] = [
  "q",
  "service",
  "model",
  "status",
  "council",
  "councilType",
  "nation",
  "region",
  "near",
  "hasSavings",
  "savingsMin",
  "savingsMax",
  "startFrom",
  "startTo",
];
export const TITLE_ORDER: readonly FilterParameter[] = [
  "service",
  "model",
  "status",
  "region",
  "nation",
  "councilType",
  "council",
  "near",
  "q",
  "hasSavings",
  "savingsMin",
  "savingsMax",
  "startFrom",
  "startTo",
];
export const FILENAME_ORDER: readonly FilterParameter[] = [
  "q",
  "nation",
  "region",
  "service",
  "model",
  "status",
  "councilType",
  "council",
  "savingsMin",
  "savingsMax",
  "hasSavings",
  "startFrom",
  "startTo",
  "near",
];

/** The parameters in one of the orders above, then any the order does not name. */
export function inOrder(order: readonly FilterParameter[]): FilterParameter[] {
  return [...order, ...FILTER_PARAMETERS.filter((name) => !order.includes(name))];
}
