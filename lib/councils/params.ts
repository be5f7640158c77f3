// The council search's parameters, shared by the /councils page and GET /api/councils, read with the same kit as
// the partnership filter (lib/query-params). Each parameter is parsed on its own so that a bad value is reported
// against its parameter, with the allowed values, while the other parameters still apply (the page shows the rest
// of the results under its error summary).

import { z } from "zod";
import { API_WORDS, NAME, namesOf, readChoices, readSingle, truncate } from "@/lib/query-params/read";
import type { ParameterProblem, RawParams } from "@/lib/query-params/read";
import { freeText, oneOf, rangeMessage, wholeNumber } from "@/lib/query-params/schemas";
import { COUNCIL_STATUSES, COUNCIL_TYPES, NATIONS, REGIONS } from "@/lib/vocabulary";
import type { CouncilStatus, CouncilType, Nation, Region } from "@/lib/vocabulary";

export const COUNCIL_QUERY_MAX_LENGTH = 200;
export const COUNCIL_DEFAULT_PAGE_SIZE = 20;
export const COUNCIL_MAX_PAGE_SIZE = 100;

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

/** A page number or size: any text that is not a number in range is told the range. */
const wholeNumberFrom = (min: number, max: number) =>
  wholeNumber("a whole number", min, max, rangeMessage("a whole number", min, max));

/** Each parameter: a vocabulary (repeatable) or a schema for its one value. */
const PARAMETERS: Record<
  keyof CouncilQuery,
  { values: readonly string[] } | { schema: z.ZodType<unknown>; allowed?: readonly string[] }
> = {
  q: { schema: freeText(COUNCIL_QUERY_MAX_LENGTH) },
  type: { values: COUNCIL_TYPES },
  region: { values: REGIONS },
  nation: { values: NATIONS },
  status: {
    schema: oneOf(COUNCIL_STATUSES, `${NAME} must be one of: ${COUNCIL_STATUSES.join(", ")}`),
    allowed: COUNCIL_STATUSES,
  },
  page: { schema: wholeNumberFrom(1, 1_000_000) },
  pageSize: { schema: wholeNumberFrom(1, COUNCIL_MAX_PAGE_SIZE) },
};

export type CouncilParameter = keyof CouncilQuery;
export const COUNCIL_PARAMETERS = Object.keys(PARAMETERS) as CouncilParameter[];

export type ParsedCouncilQuery = {
  /** The valid parameters; a bad one falls back to its default. */
  query: CouncilQuery;
  /** One problem per bad parameter, in the shape of the API's error body. */
  problems: ParameterProblem[];
};

/** A list with a bad value is left out whole: the search runs without it. */
function wholeList({ values, tooMany, unknown }: ReturnType<typeof readChoices>) {
  return { value: values, problem: tooMany ?? unknown };
}

/**
 * Parses page or API parameters. Never throws on user input. Empty values (`?q=&status=`) mean "not set", as a
 * GET form sends them; unknown parameter names are problems too, never silently ignored. A bad value drops its
 * whole parameter (the search then runs without it).
 */
export function parseCouncilQuery(params: RawParams): ParsedCouncilQuery {
  const query: Record<string, unknown> = { ...EMPTY_COUNCIL_QUERY };
  const problems: ParameterProblem[] = [];

  for (const name of namesOf(params)) {
    if (!(COUNCIL_PARAMETERS as string[]).includes(name)) {
      problems.push({
        parameter: name,
        message: `${truncate(name)} is not a council search parameter`,
        allowed: COUNCIL_PARAMETERS,
      });
    }
  }

  for (const name of COUNCIL_PARAMETERS) {
    const spec = PARAMETERS[name];
    const { value, problem } =
      "values" in spec ? wholeList(readChoices(params, name, spec.values)) : readSingle(params, name, spec.schema);
    const allowed = "values" in spec ? spec.values : spec.allowed;
    if (problem) {
      const message = problem(API_WORDS);
      problems.push(allowed ? { parameter: name, message, allowed } : { parameter: name, message });
    } else if (value !== undefined && value !== null) {
      query[name] = value;
    }
  }
  return { query: query as CouncilQuery, problems };
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
