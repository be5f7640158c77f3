// The one export query: a complete row per matching partnership (lib/partnerships/read.server.ts), selected
// through the filters' own query builder (matchingIdsQuery) and in its order.

import type { Prisma } from "@/lib/generated/prisma/client";
import { matchingIdsQuery, type ResolvedFilter } from "@/lib/filters/sql";
import { partnershipRowsOf } from "@/lib/partnerships/read.server";
import type { Sort } from "@/lib/vocabulary";

/** SELECT row for every partnership the filter matches, in the sort's order. */
export function exportRowsQuery(resolved: ResolvedFilter, sort: Sort): Prisma.Sql {
  return partnershipRowsOf(matchingIdsQuery(resolved, sort));
}
