// The one parser of the filter vocabulary (docs/product.md), for the directory page, the JSON API, the map and
// every export. Each parameter is parsed by its own entry in the registry (parameters.ts), so that a bad value is
// reported against its parameter, with the allowed values, while the rest of the filter still applies.

import {
  API_WORDS,
  MAX_REPEATS,
  givenValues,
  listValues,
  namesOf,
  readChoices,
  readSingle,
  say,
  truncate,
  wordedFor,
  type ParameterProblem,
  type Problem,
  type RawParams,
  type Words,
} from "@/lib/query-params/read";
import { GSS_CODE_PATTERN } from "@/lib/vocabulary";
import {
  DEFAULT_PAGE_SIZE,
  defaultSort,
  FILTER_PARAMETERS,
  FILTER_PARAMETER_SPECS,
  LIST_PARAMETERS,
  LIST_PARAMETER_SPECS,
  parameterSpec,
  type ListOptions,
  type PartnershipFilter,
  type SingleParameter,
} from "./parameters";

export * from "./parameters";
export type { RawParams } from "@/lib/query-params/read";

/** One problem with one parameter: the API's error item, and the same problem in the directory page's words. */
export interface FilterProblem extends ParameterProblem {
  /** Names the field as the page's form does, and leaves out the allowed values the form shows. */
  pageMessage: string;
}

/** The page's words: a parameter is named by its field's label. */
const PAGE_WORDS: Words = {
  subject: (parameter) => parameterSpec(parameter)?.label ?? parameter,
  mention: (parameter) => {
    const label = parameterSpec(parameter)?.label ?? parameter;
    return label.charAt(0).toLowerCase() + label.slice(1);
  },
  quote: (value) => `“${value}”`,
  allowed: () => "",
  forPage: true,
};

/** A problem worded for the API and for the page. */
export function filterProblem(parameter: string, message: Problem, allowed?: readonly string[]): FilterProblem {
  const problem: FilterProblem = { parameter, message: message(API_WORDS), pageMessage: message(PAGE_WORDS) };
  if (allowed) problem.allowed = allowed;
  return problem;
}

export const EMPTY_FILTER: PartnershipFilter = Object.fromEntries(
  FILTER_PARAMETERS.map((name) => [name, FILTER_PARAMETER_SPECS[name].empty]),
) as unknown as PartnershipFilter;

export const DEFAULT_LIST_OPTIONS: ListOptions = { sort: "name", page: 1, pageSize: DEFAULT_PAGE_SIZE };

export interface ParsedParams {
  filter: PartnershipFilter;
  options: ListOptions;
  /** Every problem found; the filter and options hold only the parameters that were valid. */
  problems: FilterProblem[];
}

/**
 * Parses page or API parameters into a typed filter and list options. Never throws on user input: problems are
 * collected (one per bad parameter) and the valid parameters still apply. Empty values (`?q=`) mean "not set",
 * as a GET form sends them. Problems come in a stable order: unknown names, then the vocabularies, the council
 * codes, and the single values.
 */
export function parseParams(params: RawParams, { listParameters = true } = {}): ParsedParams {
  const filter = { ...EMPTY_FILTER } as Record<string, unknown>;
  const options = { ...DEFAULT_LIST_OPTIONS } as Record<string, unknown>;
  const problems: FilterProblem[] = [];
  const known = new Set<string>([...FILTER_PARAMETERS, ...(listParameters ? LIST_PARAMETERS : [])]);

  for (const name of namesOf(params)) {
    if (!known.has(name)) problems.push(filterProblem(name, () => `${name} is not a filter parameter`, [...known]));
  }

  for (const name of FILTER_PARAMETERS) {
    const spec = FILTER_PARAMETER_SPECS[name];
    if (spec.kind !== "choices") continue;
    const { values, tooMany, unknown } = readChoices(params, name, spec.values);
    if (tooMany) problems.push(filterProblem(name, tooMany));
    // An unknown value is left out; the known ones still apply.
    if (unknown) problems.push(filterProblem(name, unknown, spec.values));
    filter[name] = values;
  }

  for (const name of FILTER_PARAMETERS) {
    if (FILTER_PARAMETER_SPECS[name].kind !== "codes") continue;
    const codes = listValues(params, name).map((code) => code.toUpperCase());
    const bad = codes.find((code) => !GSS_CODE_PATTERN.test(code));
    if (codes.length > MAX_REPEATS) problems.push(filterProblem(name, (w) => say.repeatedTooOften(w, name)));
    else if (bad !== undefined) problems.push(filterProblem(name, (w) => notACode(w, name, bad)));
    else filter[name] = [...new Set(codes)];
  }

  const singles = [
    ...FILTER_PARAMETERS.flatMap((name) => {
      const spec = FILTER_PARAMETER_SPECS[name];
      return spec.kind === "single" ? [{ name, spec: spec as SingleParameter<unknown>, into: filter }] : [];
    }),
    ...(listParameters
      ? LIST_PARAMETERS.map((name) => ({
          name,
          spec: LIST_PARAMETER_SPECS[name] as SingleParameter<unknown>,
          into: options,
        }))
      : []),
  ];
  for (const { name, spec, into } of singles) {
    const { value, problem } = readSingle(params, name, spec.schema);
    const { pageMessage } = spec;
    const worded: Problem | null =
      problem && pageMessage ? (w) => (w.forPage ? wordedFor(pageMessage, w.subject(name)) : problem(w)) : problem;
    if (worded) problems.push(filterProblem(name, worded, spec.allowed));
    else if (value !== undefined) into[name] = value;
  }

  const parsed = { filter: filter as unknown as PartnershipFilter, options: options as unknown as ListOptions };
  crossCheck(parsed.filter, problems);
  if (parsed.options.sort === "distance" && parsed.filter.near === null) {
    problems.push(
      filterProblem("sort", (w) =>
        w.forPage
          ? "Nearest first needs a council to measure from: choose one under “Near a council”"
          : "sort=distance needs near (the council to measure from)",
      ),
    );
    parsed.options.sort = defaultSort(parsed.filter);
  }
  if (givenValues(params, "sort").length === 0) parsed.options.sort = defaultSort(parsed.filter);
  return { ...parsed, problems };
}

function notACode(w: Words, name: string, code: string): string {
  return `${w.subject(name)} must be a GSS code such as E07000078, not ${w.quote(truncate(code))}`;
}

/** Rules between parameters; the offending parameter is dropped so the rest still applies. */
function crossCheck(filter: PartnershipFilter, problems: FilterProblem[]): void {
  if (filter.savingsMin !== null && filter.savingsMax !== null && filter.savingsMin > filter.savingsMax) {
    problems.push(
      filterProblem("savingsMax", (w) => `${w.subject("savingsMax")} must not be less than ${w.mention("savingsMin")}`),
    );
    filter.savingsMax = null;
  }
  if (filter.startFrom !== null && filter.startTo !== null && filter.startFrom > filter.startTo) {
    problems.push(
      filterProblem("startTo", (w) => `${w.subject("startTo")} must not be earlier than ${w.mention("startFrom")}`),
    );
    filter.startTo = null;
  }
  if (filter.withinKm !== null && filter.near === null) {
    problems.push(
      filterProblem("withinKm", (w) =>
        w.forPage
          ? `${w.subject("withinKm")} needs a council to measure from`
          : "withinKm needs near (the council to measure from)",
      ),
    );
    filter.withinKm = null;
  }
}
