// The JSON API's responses: data with caching headers, and errors in the one shape docs/product.md defines:
// { "error": { "message", "parameter"?, "allowed"? } }.

import type { ParameterProblem } from "@/lib/query-params/read";

export const CACHE_PUBLIC = "public, max-age=60, stale-while-revalidate=300";

export interface ApiProblem {
  message: string;
  parameter?: string;
  allowed?: readonly string[];
}

export function jsonOk(body: unknown, init: { cache?: string; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, {
    headers: { "Cache-Control": init.cache ?? CACHE_PUBLIC, ...init.headers },
  });
}

export function jsonError(status: number, problem: ApiProblem, extra: { problems?: ApiProblem[] } = {}): Response {
  const error: ApiProblem & { problems?: ApiProblem[] } = { message: problem.message };
  if (problem.parameter) error.parameter = problem.parameter;
  if (problem.allowed) error.allowed = [...problem.allowed];
  if (extra.problems && extra.problems.length > 1) error.problems = extra.problems;
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

/** A problem as the API's error body lists it: its parameter, message and allowed values, nothing else. */
function apiProblem({ parameter, message, allowed }: ParameterProblem): ParameterProblem {
  return allowed ? { parameter, message, allowed } : { parameter, message };
}

/** A 400 naming the first bad parameter (and listing all of them when there are several). */
export function badParameters(problems: ParameterProblem[]): Response {
  return jsonError(400, problems[0]!, { problems: problems.map(apiProblem) });
}
