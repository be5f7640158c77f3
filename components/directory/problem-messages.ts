// The filter schema words its problems for the API ("savingsMin must be a whole number of pounds"); the page
// names the field the reader sees instead, and links each problem to that field.

import type { FilterProblem } from "@/lib/filters/schema";

/** What the page calls each parameter that has a control in the form. */
const FIELD_NAMES: Record<string, string> = {
  q: "Search",
  service: "Service area",
  model: "Model",
  status: "Status",
  nation: "Nation",
  region: "Region",
  council: "Council",
  councilType: "Council type",
  savingsMin: "Minimum savings",
  savingsMax: "Maximum savings",
  hasSavings: "Savings",
  startFrom: "Earliest start year",
  startTo: "Latest start year",
  near: "Near a council",
  withinKm: "Distance",
  sort: "Sort by",
};

const OTHER_NAMES: Record<string, string> = { page: "Page", pageSize: "Page size" };

export type PageProblem = { parameter: string; text: string; href?: string };

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** One problem in the page's words, linked to its field when it has one. */
export function pageProblem(problem: FilterProblem): PageProblem {
  const names = { ...FIELD_NAMES, ...OTHER_NAMES };
  let text = problem.message
    // The form lists the allowed values itself.
    .replace(/; allowed values are: .*$/, "")
    .replace(/"([^"]*)"/g, "“$1”");
  const leading = names[problem.parameter];
  if (leading && text.startsWith(`${problem.parameter} `)) text = `${leading}${text.slice(problem.parameter.length)}`;
  // Other parameters named inside the message, e.g. "must not be less than savingsMin".
  text = text.replace(
    /\b(savingsMin|savingsMax|startFrom|startTo|withinKm|hasSavings|councilType|pageSize)\b/g,
    (name) => lowerFirst(names[name] ?? name),
  );
  if (problem.parameter === "withinKm")
    text = text.replace(/needs near \(the council to measure from\)/, "needs a council to measure from");
  return {
    parameter: problem.parameter,
    text,
    href: problem.parameter in FIELD_NAMES ? `#filter-${problem.parameter}` : undefined,
  };
}

/** The first problem for each parameter: the message shown beside its field. */
export function fieldErrors(problems: PageProblem[]): Map<string, string> {
  const errors = new Map<string, string>();
  for (const problem of problems) if (!errors.has(problem.parameter)) errors.set(problem.parameter, problem.text);
  return errors;
}
