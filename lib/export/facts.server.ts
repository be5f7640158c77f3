import "server-only";

// What the /data page says about the data set and about a filtered slice of it.

import { prisma } from "@/lib/db/client.server";
import { resolveFilter, type FilterProblem, type PartnershipFilter } from "@/lib/filters/index.server";
import { summaryQuery } from "@/lib/filters/sql";
import type { SearchTotals } from "@/lib/filters/types";

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
  const { partnerships, councils, annualisedSavingsGbp, withSavings } = row!;
  return { totals: { partnerships, councils, annualisedSavingsGbp, withSavings }, problems };
}
