import "server-only";

// The totals of the whole data set and of a filtered slice of it (the /data page); a search's own totals come
// with its facets (query.server.ts).

import { prisma } from "@/lib/db/client.server";
import { resolveFilter } from "./query.server";
import type { FilterProblem, PartnershipFilter } from "./schema";
import { summaryQuery } from "./sql";
import type { SearchTotals } from "./types";

export type DataSetFacts = { partnerships: number; councils: number; lastUpdated: Date | null };

export async function dataSetFacts(): Promise<DataSetFacts> {
  const [rows, latest] = await Promise.all([
    prisma.$queryRaw<{ partnerships: number; councils: number }[]>`
      SELECT (SELECT count(*) FROM partnership)::int AS partnerships,
             (SELECT count(DISTINCT m.organisation_id) FROM membership m JOIN organisation o ON o.id = m.organisation_id
               WHERE o.kind = 'council')::int AS councils`,
    prisma.partnership.aggregate({ _max: { updatedAt: true } }),
  ]);
  return { ...rows[0]!, lastUpdated: latest._max.updatedAt };
}

export async function filteredTotals(
  filter: PartnershipFilter,
): Promise<{ totals: SearchTotals; problems: FilterProblem[] }> {
  const { resolved, problems } = await resolveFilter(filter);
  const [row] = await prisma.$queryRaw<SearchTotals[]>(summaryQuery(resolved, { facets: false }));
  const { partnerships, councils, annualisedSavingsGbp, achievedSavingsGbp, projectedSavingsGbp, withSavings } = row!;
  return {
    totals: { partnerships, councils, annualisedSavingsGbp, achievedSavingsGbp, projectedSavingsGbp, withSavings },
    problems,
  };
}
