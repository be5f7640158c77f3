// The council search's parameters — one zod schema, shared by the /councils page and GET /api/councils.
// Each parameter is parsed on its own so that a bad value is reported against its parameter, with the allowed
// values, while the other parameters still apply (the page shows the rest of the results under its error summary).

import { z } from "zod";
import type { FilterProblem } from "@/lib/filters/schema";
import {
  COUNCIL_STATUSES,
  COUNCIL_TYPES,
  NATIONS,
  REGIONS,
  type CouncilStatus,
  type CouncilType,
  type Nation,
  type Region,
} from "@/lib/vocabulary";

export const COUNCIL_QUERY_MAX_LENGTH = 200;
export const COUNCIL_DEFAULT_PAGE_SIZE = 20;
export const COUNCIL_MAX_PAGE_SIZE = 100;
/** More values than any vocabulary has: a longer list is a malformed URL, not a filter. */
const MAX_REPEATS = 50;

export type CouncilQuery = {
  /** Free text: a name (typos forgiven), an official name, a GSS code (current or former) or a three-letter code. */
  q: string | null;
  type: CouncilType[];
  region: Region[];
  nation: Nation[];
  status: CouncilStatus;
  page: number;
  pageSize: number;
};

export const EMPTY_COUNCIL_QUERY: CouncilQuery = {
  q: null,
  type: [],
  region: [],
  nation: [],
  status: "all",
  page: 1,
  pageSize: COUNCIL_DEFAULT_PAGE_SIZE,
};

/**
 * Free text as the search uses it: NFC, control characters (which PostgreSQL text cannot hold, such as NUL) and
 * runs of white space turned into single spaces, trimmed.
 */
export function normaliseQueryText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f\s]+/g, " ")
    .trim();
}

/** Values of one parameter as the query string gives them (several when repeated). */
type Values = string[];

const once = (parameter: string) =>
  z.array(z.string()).refine((values) => values.length <= 1, `${parameter} can be given only once`);

const wholeNumber = (parameter: string, min: number, max: number) =>
  once(parameter).pipe(
    z
      .array(
        z
          .string()
          .trim()
          .regex(/^\d+$/, `${parameter} must be a whole number from ${min} to ${max.toLocaleString("en-GB")}`)
          .transform(Number)
          .refine(
            (n) => n >= min && n <= max,
            `${parameter} must be a whole number from ${min} to ${max.toLocaleString("en-GB")}`,
          ),
      )
      .transform((values) => values[0]),
  );

/** A repeatable vocabulary parameter: `?type=district&type=unitary` or `?type=district,unitary`. */
const oneOf = <T extends string>(parameter: string, allowed: readonly T[]) =>
  z
    .array(z.string())
    .transform((values) =>
      values
        .flatMap((value) => value.split(","))
        .map((value) => value.trim())
        .filter(Boolean),
    )
    .refine(
      (values) => values.length <= MAX_REPEATS,
      `${parameter} is repeated too many times (at most ${MAX_REPEATS})`,
    )
    .pipe(
      z.array(
        z.enum(allowed as readonly [T, ...T[]], {
          error: (issue) =>
            `${parameter} has an unknown value "${truncate(String(issue.input))}"; allowed values are: ${allowed.join(", ")}`,
        }),
      ),
    )
    .transform((values) => [...new Set(values)]);

export const councilQuerySchema = z.object({
  q: once("q").pipe(
    z
      .array(
        z
          .string()
          .transform(normaliseQueryText)
          .refine(
            (value) => value.length <= COUNCIL_QUERY_MAX_LENGTH,
            `q must be at most ${COUNCIL_QUERY_MAX_LENGTH} characters`,
          ),
      )
      .transform((values) => values[0] || null),
  ),
  type: oneOf("type", COUNCIL_TYPES),
  region: oneOf("region", REGIONS),
  nation: oneOf("nation", NATIONS),
  status: once("status").pipe(
    z
      .array(z.enum(COUNCIL_STATUSES, { error: `status must be one of: ${COUNCIL_STATUSES.join(", ")}` }))
      .transform((values) => values[0] ?? "all"),
  ),
  page: wholeNumber("page", 1, 1_000_000).transform((page) => page ?? 1),
  pageSize: wholeNumber("pageSize", 1, COUNCIL_MAX_PAGE_SIZE).transform(
    (pageSize) => pageSize ?? COUNCIL_DEFAULT_PAGE_SIZE,
  ),
});

export type CouncilParameter = keyof typeof councilQuerySchema.shape;
export const COUNCIL_PARAMETERS = Object.keys(councilQuerySchema.shape) as CouncilParameter[];

const ALLOWED: Partial<Record<CouncilParameter, readonly string[]>> = {
  type: COUNCIL_TYPES,
  region: REGIONS,
  nation: NATIONS,
  status: COUNCIL_STATUSES,
};

export type CouncilProblem = FilterProblem;

export type ParsedCouncilQuery = {
  /** The valid parameters; a bad one falls back to its default. */
  query: CouncilQuery;
  /** One problem per bad parameter, in the shape of the API's error body. */
  problems: CouncilProblem[];
};

/** Raw query parameters however they arrive: URLSearchParams (API) or Next's searchParams object (pages). */
export type RawCouncilParams = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(params: RawCouncilParams, name: string): Values {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const value = params[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function namesOf(params: RawCouncilParams): string[] {
  return params instanceof URLSearchParams ? [...new Set(params.keys())] : Object.keys(params);
}

/**
 * Parses page or API parameters. Never throws on user input. Empty values (`?q=&status=`) mean "not set", as a
 * GET form sends them; unknown parameter names are problems too, never silently ignored.
 */
export function parseCouncilQuery(params: RawCouncilParams): ParsedCouncilQuery {
  const query: CouncilQuery = { ...EMPTY_COUNCIL_QUERY };
  const problems: CouncilProblem[] = [];
  const known = new Set<string>(COUNCIL_PARAMETERS);

  for (const name of namesOf(params)) {
    if (!known.has(name)) {
      problems.push({
        parameter: name,
        message: `${truncate(name)} is not a council search parameter`,
        allowed: COUNCIL_PARAMETERS,
      });
    }
  }

  for (const name of COUNCIL_PARAMETERS) {
    const values = valuesOf(params, name).filter((value) => value.trim() !== "");
    const result = councilQuerySchema.shape[name].safeParse(values);
    if (result.success) {
      (query as Record<CouncilParameter, unknown>)[name] = result.data;
      continue;
    }
    const problem: CouncilProblem = {
      parameter: name,
      message: result.error.issues[0]?.message ?? `${name} is not valid`,
    };
    const allowed = ALLOWED[name];
    if (allowed) problem.allowed = allowed;
    problems.push(problem);
  }
  return { query, problems };
}

/** The query back as URL parameters, in a stable order, without defaults: the shareable URL of a search. */
export function councilQueryToSearchParams(query: Partial<CouncilQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const name of ["type", "region", "nation"] as const) {
    for (const value of query[name] ?? []) params.append(name, value);
  }
  if (query.status && query.status !== "all") params.set("status", query.status);
  if (query.page && query.page !== 1) params.set("page", String(query.page));
  if (query.pageSize && query.pageSize !== COUNCIL_DEFAULT_PAGE_SIZE) params.set("pageSize", String(query.pageSize));
  return params;
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
