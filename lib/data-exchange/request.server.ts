import "server-only";

// The export routes' one entry: the filter parameters through the shared schema and resolver, plus the few
// parameters only exports take (format, geometry), then the rows to stream.

import { API_WORDS, readChoices, say, type ParameterProblem } from "@/lib/query-params/read";
import { COLUMNS_PARAMETER, columnsNamed, type ExportColumn } from "./columns";
import { parseParams, resolveFilter, withPredecessorMarks, type PartnershipFilter } from "@/lib/filters/index.server";
import type { Sort } from "@/lib/vocabulary";
import { exportRowsQuery } from "./sql";
import { streamPartnershipRows } from "@/lib/partnerships/read.server";
import type { PartnershipRow } from "@/lib/partnerships/types";
import type { ExportContext } from "./row";
import type { ResolvedFilter } from "@/lib/filters/sql";

export type ExportOption = { name: string; allowed: readonly string[]; fallback: string };

export type ExportRequest = {
  filter: PartnershipFilter;
  resolved: ResolvedFilter;
  sort: Sort;
  options: Record<string, string>;
  /** The columns chosen with `columns=`, in order; null for the format's own full shape. */
  columns: ExportColumn[] | null;
  context: ExportContext;
};

/** Paging does not apply to an export: it always holds every matching partnership. */
const PAGING = ["page", "pageSize"];

/**
 * Parses an export URL: its own options (validated against their allowed values) are taken out, the rest go
 * through parseParams and resolveFilter like every other list. Problems of the URL are reported before the
 * database is asked.
 */
export async function parseExportRequest(
  request: Request,
  own: readonly ExportOption[] = [],
  { columns: takesColumns = false } = {},
): Promise<{ ok: true; request: ExportRequest } | { ok: false; problems: ParameterProblem[] }> {
  const url = new URL(request.url);
  const params = new URLSearchParams(url.searchParams);
  const problems: ParameterProblem[] = [];
  let columns: ExportColumn[] | null = null;
  if (takesColumns && params.has("columns")) {
    const chosen = readChoices(params, "columns", COLUMNS_PARAMETER.values);
    params.delete("columns");
    for (const problem of [chosen.tooMany, chosen.unknown]) {
      if (problem)
        problems.push({ parameter: "columns", message: problem(API_WORDS), allowed: COLUMNS_PARAMETER.values });
    }
    if (chosen.values.length) columns = columnsNamed(chosen.values);
  }
  const options: Record<string, string> = {};
  for (const option of own) {
    const values = params.getAll(option.name).filter((v) => v.trim() !== "");
    params.delete(option.name);
    if (values.length > 1) problems.push({ parameter: option.name, message: say.givenOnce(API_WORDS, option.name) });
    const value = values[0]?.trim() ?? option.fallback;
    if (!option.allowed.includes(value)) {
      problems.push({
        parameter: option.name,
        message: `${option.name} must be one of: ${option.allowed.join(", ")}`,
        allowed: option.allowed,
      });
    }
    options[option.name] = value;
  }
  for (const name of PAGING) {
    if (params.has(name)) {
      problems.push({
        parameter: name,
        message: `${name} does not apply to an export, which always holds every matching partnership`,
      });
      params.delete(name);
    }
  }
  const parsed = parseParams(params);
  problems.push(...parsed.problems);
  if (problems.length) return { ok: false, problems };
  const { resolved, problems: unresolved } = await resolveFilter(parsed.filter);
  if (unresolved.length) return { ok: false, problems: unresolved };
  return {
    ok: true,
    request: {
      filter: resolved.filter,
      resolved,
      sort: parsed.options.sort,
      options,
      columns,
      context: { origin: url.origin, near: resolved.near },
    },
  };
}

export async function* exportRows(request: ExportRequest): AsyncGenerator<PartnershipRow> {
  for await (const row of streamPartnershipRows(exportRowsQuery(request.resolved, request.sort))) {
    yield withPredecessorMarks(row, request.resolved);
  }
}
