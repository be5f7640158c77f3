// The one filter vocabulary of PRODUCT.md, parsed in one place for the directory page, the JSON API, the map and
// every export. Each parameter has its own zod schema so that a bad value is reported against its parameter,
// with the allowed values, while the rest of the filter still applies.

import { z } from "zod";
import {
  COUNCIL_TYPES,
  GSS_CODE_PATTERN,
  MODEL_TYPE_SLUGS,
  NATIONS,
  PARTNERSHIP_STATUSES,
  REGIONS,
  SERVICE_AREA_SLUGS,
  type CouncilType,
  type ModelTypeSlug,
  type Nation,
  type PartnershipStatus,
  type Region,
  type ServiceAreaSlug,
} from "@/lib/vocabulary";

export const SORTS = ["relevance", "savings", "newest", "name"] as const;
export type Sort = (typeof SORTS)[number];

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_WITHIN_KM = 50;
export const MAX_WITHIN_KM = 1000;
/** More values than any vocabulary has: a longer list is a malformed URL, not a filter. */
const MAX_REPEATS = 50;

export interface PartnershipFilter {
  q: string | null;
  service: ServiceAreaSlug[];
  model: ModelTypeSlug[];
  status: PartnershipStatus[];
  nation: Nation[];
  region: Region[];
  /** GSS codes, current or former. */
  council: string[];
  councilType: CouncilType[];
  savingsMin: number | null;
  savingsMax: number | null;
  hasSavings: boolean | null;
  startFrom: number | null;
  startTo: number | null;
  near: string | null;
  withinKm: number | null;
}

export interface ListOptions {
  sort: Sort;
  page: number;
  pageSize: number;
}

/** One problem with one parameter, in the shape of the API's error body. */
export interface FilterProblem {
  parameter: string;
  message: string;
  allowed?: readonly string[];
}

export const FILTER_PARAMETERS = [
  "q",
  "service",
  "model",
  "status",
  "nation",
  "region",
  "council",
  "councilType",
  "savingsMin",
  "savingsMax",
  "hasSavings",
  "startFrom",
  "startTo",
  "near",
  "withinKm",
] as const;
export const LIST_PARAMETERS = ["sort", "page", "pageSize"] as const;
export type FilterParameter = (typeof FILTER_PARAMETERS)[number];
/** The facets counted for every result: the repeatable vocabulary parameters. */
export const FACETS = ["service", "model", "status", "region", "nation", "councilType"] as const;
export type Facet = (typeof FACETS)[number];

export const EMPTY_FILTER: PartnershipFilter = {
  q: null,
  service: [],
  model: [],
  status: [],
  nation: [],
  region: [],
  council: [],
  councilType: [],
  savingsMin: null,
  savingsMax: null,
  hasSavings: null,
  startFrom: null,
  startTo: null,
  near: null,
  withinKm: null,
};

export const DEFAULT_LIST_OPTIONS: ListOptions = { sort: "name", page: 1, pageSize: DEFAULT_PAGE_SIZE };

/** Raw query parameters however they arrive: URLSearchParams (API) or Next's searchParams object (pages). */
export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(params: RawParams, name: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const value = params[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function namesOf(params: RawParams): string[] {
  return params instanceof URLSearchParams ? [...new Set(params.keys())] : Object.keys(params);
}

const wholeNumber = (parameter: string, what: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, `${parameter} must be ${what}`)
    .transform(Number)
    .refine(
      (n) => n >= min && n <= max,
      `${parameter} must be ${what} from ${min.toLocaleString("en-GB")} to ${max.toLocaleString("en-GB")}`,
    );

const POUNDS = "a whole number of pounds";
const YEAR = "a year";

const single = {
  q: z
    .string()
    // Control characters (NUL above all, which PostgreSQL text cannot hold) are dropped before anything else.
    .transform((value) =>
      value
        .replace(/[\u0000-\u001f\u007f]/g, " ")
        .normalize("NFC")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .refine((value) => value.length <= MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`),
  savingsMin: wholeNumber("savingsMin", POUNDS, 0, 1e12),
  savingsMax: wholeNumber("savingsMax", POUNDS, 0, 1e12),
  hasSavings: z.enum(["true", "false"], { error: "hasSavings must be true or false" }).transform((v) => v === "true"),
  startFrom: wholeNumber("startFrom", YEAR, 1800, 2100),
  startTo: wholeNumber("startTo", YEAR, 1800, 2100),
  near: z.string().trim().toUpperCase().regex(GSS_CODE_PATTERN, "near must be a council's GSS code, such as E07000078"),
  withinKm: wholeNumber("withinKm", "a whole number of kilometres", 1, MAX_WITHIN_KM),
  sort: z.enum(SORTS, { error: `sort must be one of: ${SORTS.join(", ")}` }),
  page: wholeNumber("page", "a whole number", 1, 1_000_000),
  pageSize: wholeNumber("pageSize", "a whole number", 1, MAX_PAGE_SIZE),
} as const;

const repeatable = {
  service: SERVICE_AREA_SLUGS,
  model: MODEL_TYPE_SLUGS,
  status: PARTNERSHIP_STATUSES,
  nation: NATIONS,
  region: REGIONS,
  councilType: COUNCIL_TYPES,
} as const;

export interface ParsedParams {
  filter: PartnershipFilter;
  options: ListOptions;
  /** Every problem found; the filter and options hold only the parameters that were valid. */
  problems: FilterProblem[];
}

/**
 * Parses page or API parameters into a typed filter and list options. Never throws on user input: problems are
 * collected (one per bad parameter) and the valid parameters still apply. Empty values (`?q=`) mean "not set",
 * as a GET form sends them.
 */
export function parseParams(params: RawParams, { listParameters = true } = {}): ParsedParams {
  const filter: PartnershipFilter = { ...EMPTY_FILTER };
  const options: ListOptions = { ...DEFAULT_LIST_OPTIONS };
  const problems: FilterProblem[] = [];
  const known = new Set<string>([...FILTER_PARAMETERS, ...(listParameters ? LIST_PARAMETERS : [])]);

  for (const name of namesOf(params)) {
    if (!known.has(name)) {
      problems.push({ parameter: name, message: `${name} is not a filter parameter`, allowed: [...known] });
    }
  }

  for (const [name, allowed] of Object.entries(repeatable) as [keyof typeof repeatable, readonly string[]][]) {
    const values = valuesOf(params, name)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length > MAX_REPEATS) {
      problems.push({ parameter: name, message: `${name} is repeated too many times (at most ${MAX_REPEATS})` });
      continue;
    }
    const unknown = values.filter((v) => !allowed.includes(v));
    if (unknown.length > 0) {
      problems.push({
        parameter: name,
        message: `${name} has an unknown value "${truncate(unknown[0]!)}"; allowed values are: ${allowed.join(", ")}`,
        allowed,
      });
    }
    (filter[name] as string[]) = [...new Set(values.filter((v) => allowed.includes(v)))];
  }

  const councils = valuesOf(params, "council")
    .flatMap((v) => v.split(","))
    .map((v) => v.trim().toUpperCase())
    .filter(Boolean);
  const badCouncil = councils.find((code) => !GSS_CODE_PATTERN.test(code));
  if (councils.length > MAX_REPEATS) {
    problems.push({ parameter: "council", message: `council is repeated too many times (at most ${MAX_REPEATS})` });
  } else if (badCouncil !== undefined) {
    problems.push({
      parameter: "council",
      message: `council must be a GSS code such as E07000078, not "${truncate(badCouncil)}"`,
    });
  } else {
    filter.council = [...new Set(councils)];
  }

  const singles = listParameters
    ? Object.keys(single)
    : Object.keys(single).filter((k) => !(LIST_PARAMETERS as readonly string[]).includes(k));
  for (const name of singles as (keyof typeof single)[]) {
    const values = valuesOf(params, name).filter((v) => v.trim() !== "");
    if (values.length === 0) continue;
    if (values.length > 1) {
      problems.push({ parameter: name, message: `${name} can be given only once` });
      continue;
    }
    const result = single[name].safeParse(values[0]);
    if (!result.success) {
      const problem: FilterProblem = {
        parameter: name,
        message: result.error.issues[0]?.message ?? `${name} is not valid`,
      };
      if (name === "sort") problem.allowed = SORTS;
      if (name === "hasSavings") problem.allowed = ["true", "false"];
      problems.push(problem);
      continue;
    }
    if (name === "sort" || name === "page" || name === "pageSize")
      (options as unknown as Record<string, unknown>)[name] = result.data;
    else (filter as unknown as Record<string, unknown>)[name] = result.data === "" ? null : result.data;
  }

  crossCheck(filter, problems);
  if (!valuesOf(params, "sort").some((v) => v.trim() !== "")) options.sort = filter.q ? "relevance" : "name";
  return { filter, options, problems };
}

/** Rules between parameters; the offending parameter is dropped so the rest still applies. */
function crossCheck(filter: PartnershipFilter, problems: FilterProblem[]): void {
  if (filter.savingsMin !== null && filter.savingsMax !== null && filter.savingsMin > filter.savingsMax) {
    problems.push({ parameter: "savingsMax", message: "savingsMax must not be less than savingsMin" });
    filter.savingsMax = null;
  }
  if (filter.startFrom !== null && filter.startTo !== null && filter.startFrom > filter.startTo) {
    problems.push({ parameter: "startTo", message: "startTo must not be earlier than startFrom" });
    filter.startTo = null;
  }
  if (filter.withinKm !== null && filter.near === null) {
    problems.push({ parameter: "withinKm", message: "withinKm needs near (the council to measure from)" });
    filter.withinKm = null;
  }
  if (filter.q === "") filter.q = null;
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** Turns a filter (and list options) back into query parameters, in a stable order: the shareable URL. */
export function toSearchParams(filter: PartnershipFilter, options?: Partial<ListOptions>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMETERS) {
    const value = filter[name];
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) params.append(name, item);
    else params.set(name, String(value));
  }
  if (filter.near !== null && filter.withinKm === null) params.set("withinKm", String(DEFAULT_WITHIN_KM));
  if (options?.sort && options.sort !== (filter.q ? "relevance" : "name")) params.set("sort", options.sort);
  if (options?.page && options.page !== 1) params.set("page", String(options.page));
  if (options?.pageSize && options.pageSize !== DEFAULT_PAGE_SIZE) params.set("pageSize", String(options.pageSize));
  return params;
}

export function isEmptyFilter(filter: PartnershipFilter): boolean {
  return toSearchParams(filter).size === 0;
}
