// The filter's problems as the directory page shows them: worded by the registry for the page (the field's own
// name, no list of values the form already offers), each linked to its field when the form has one.

import { parameterSpec, type FilterProblem } from "@/lib/filters/schema";

export type PageProblem = { parameter: string; text: string; href?: string };

/** One problem in the page's words, linked to its field when it has one. */
export function pageProblem(problem: FilterProblem): PageProblem {
  return {
    parameter: problem.parameter,
    text: problem.pageMessage,
    href: parameterSpec(problem.parameter)?.field ? `#filter-${problem.parameter}` : undefined,
  };
}

/** The first problem for each parameter: the message shown beside its field. */
export function fieldErrors(problems: PageProblem[]): Map<string, string> {
  const errors = new Map<string, string>();
  for (const problem of problems) if (!errors.has(problem.parameter)) errors.set(problem.parameter, problem.text);
  return errors;
}
