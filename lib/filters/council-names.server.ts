import "server-only";

// Council names where the filter takes GSS codes. The directory's form sends what was typed into its Council and
// Near fields when no script turned a chosen council into its code ("Cheltenham"): each name is looked up through
// the one council resolver, and the query is written again with codes. A name that means no council, or several,
// is a problem for its field, and the name stays in the field to be corrected.

import { councilsNamed } from "@/lib/councils/resolve.server";
import { prisma } from "@/lib/db/client.server";
import type { SqlConnection } from "@/lib/db/query.server";
import { GSS_CODE_PATTERN } from "@/lib/vocabulary";
import { filterProblem, type FilterProblem } from "./schema";

/** The parameters that name councils; each takes GSS codes, several (comma-separated or repeated) for `council`. */
const COUNCIL_FIELDS = ["council", "near"] as const;

/** How many councils an ambiguous name's message names before "and N more". */
const NAMED_IN_MESSAGE = 4;

export type CouncilNameReading = {
  /** The query with each name that names one council replaced by its code; names that do not are left out. */
  params: URLSearchParams;
  /** The query as the fields should show it: codes for the names found, the names not found as typed. */
  shown: URLSearchParams;
  /** At least one name was replaced by its code. */
  replaced: boolean;
  problems: FilterProblem[];
};

const looksLikeCode = (value: string) => GSS_CODE_PATTERN.test(value.toUpperCase());

function nameProblem(parameter: string, typed: string, candidates: { name: string; gss: string }[]): FilterProblem {
  if (candidates.length === 0) {
    return filterProblem(
      parameter,
      (w) =>
        `${w.subject(parameter)}: no council is called ${w.quote(typed)}. Check the spelling, or enter its GSS code, such as E07000078`,
    );
  }
  const shown = candidates.slice(0, NAMED_IN_MESSAGE).map((council) => `${council.name} (${council.gss})`);
  const more = candidates.length - shown.length;
  const list =
    more > 0 ? `${shown.join(", ")} or ${more} more` : `${shown.slice(0, -1).join(", ")} or ${shown[shown.length - 1]}`;
  return filterProblem(
    parameter,
    (w) => `${w.subject(parameter)}: ${w.quote(typed)} could be ${list}. Enter the full name or the GSS code`,
  );
}

/** Reads council names in `council` and `near` as the councils they name. */
export async function readCouncilNames(raw: URLSearchParams, db: SqlConnection = prisma): Promise<CouncilNameReading> {
  const params = new URLSearchParams();
  const shown = new URLSearchParams();
  const problems: FilterProblem[] = [];
  let replaced = false;
  const cache = new Map<string, Awaited<ReturnType<typeof councilsNamed>>>();

  for (const [name, value] of raw) {
    if (!(COUNCIL_FIELDS as readonly string[]).includes(name)) {
      params.append(name, value);
      shown.append(name, value);
      continue;
    }
    // `council` takes a comma-separated list; a name is never split from its own words.
    const parts = name === "council" ? value.split(",") : [value];
    const found: string[] = [];
    const typed: string[] = [];
    for (const part of parts.map((text) => text.trim()).filter(Boolean)) {
      if (looksLikeCode(part)) {
        found.push(part);
        continue;
      }
      const key = part.toLowerCase();
      if (!cache.has(key)) cache.set(key, await councilsNamed(db, part));
      const candidates = cache.get(key)!;
      if (candidates.length === 1) {
        found.push(candidates[0]!.gss);
        replaced = true;
      } else {
        typed.push(part);
        problems.push(nameProblem(name, part, candidates));
      }
    }
    if (found.length > 0) params.append(name, found.join(","));
    for (const text of [...found, ...typed]) shown.append(name, text);
    // An empty value stays as the form sent it (the page answers it with the clean URL).
    if (parts.every((text) => text.trim() === "")) {
      params.append(name, value);
      shown.append(name, value);
    }
  }
  return { params, shown, replaced, problems };
}
