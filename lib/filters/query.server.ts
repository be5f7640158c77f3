import "server-only";

import { viaPredecessors } from "@/lib/councils/predecessors";
import { resolveCouncilCodes, successionLinks } from "@/lib/councils/resolve.server";
import { prisma } from "@/lib/db/client.server";
import { cachePerConnection } from "@/lib/cache/versioned-cache";
import { dataVersion } from "@/lib/partnerships/data-version.server";
import { partnershipSummariesOf } from "@/lib/partnerships/read.server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { knownLabel } from "./labels";
import {
  DEFAULT_WITHIN_KM,
  FACETS,
  filterProblem,
  type Facet,
  type FilterProblem,
  type ListOptions,
  type PartnershipFilter,
} from "./schema";
import { codesIn, planSearchIn } from "./search.server";
import { searchStatements, type ResolvedFilter, type SummaryRow } from "./sql";
import type { FacetCount, SearchResult } from "./types";

type Db = Pick<PrismaClient, "$queryRaw">;

/**
 * Checks the parts of a filter only the database can: that council codes name councils we hold (a former code
 * resolves to its council) and that `near` has a point. Unknown parts are dropped and reported; the rest stands.
 */
export async function resolveFilter(
  filter: PartnershipFilter,
  db: Db = prisma,
): Promise<{ resolved: ResolvedFilter; problems: FilterProblem[] }> {
  const problems: FilterProblem[] = [];
  const codes = [...new Set([...filter.council, ...(filter.near ? [filter.near] : []), ...codesIn(filter.q)])];
  const byCode = await resolveCouncilCodes(db, codes);
  const search = filter.q ? await planSearchIn(db, filter.q, byCode) : null;

  const known = filter.council.filter((code) => byCode.has(code));
  for (const code of filter.council.filter((c) => !byCode.has(c))) {
    problems.push(filterProblem("council", (w) => `${w.subject("council")} ${code} is not a council code we know`));
  }

  let near: ResolvedFilter["near"] = null;
  let nearCode = filter.near;
  if (filter.near) {
    const council = byCode.get(filter.near);
    if (!council) {
      problems.push(filterProblem("near", (w) => `${w.subject("near")} ${filter.near} is not a council code we know`));
      nearCode = null;
    } else if (council.latitude === null || council.longitude === null) {
      problems.push(
        filterProblem("near", (w) => `${w.subject("near")} ${filter.near} has no recorded location to measure from`),
      );
      nearCode = null;
    } else {
      near = {
        latitude: council.latitude,
        longitude: council.longitude,
        withinKm: filter.withinKm ?? DEFAULT_WITHIN_KM,
      };
    }
  }

  const chosenIds = [...new Set(known.map((code) => byCode.get(code)!.id))];
  // A partnership of a council that was abolished counts for the councils that took over its area.
  const predecessors = filter.predecessors === "exclude" ? [] : await successionLinks(db, chosenIds);
  const councilIds = [...new Set([...chosenIds, ...predecessors.map((link) => link.predecessor.id)])];
  return {
    resolved: {
      predecessors,
      filter: {
        ...filter,
        council: known,
        near: nearCode,
        withinKm: nearCode ? (filter.withinKm ?? DEFAULT_WITHIN_KM) : null,
      },
      councilIds,
      near,
      search,
    },
    problems,
  };
}

/**
 * Summaries (totals and facet counts) kept per filter until the data changes: a broad search at a million
 * partnerships counts for seconds, and the same answer serves every page, sort and visitor of that filter.
 */
const summaries = cachePerConnection<SummaryRow>(Number(process.env.SEARCH_CACHED_SUMMARIES ?? 256));

/** Everything the summary depends on: the resolved filter (not the page or the sort). */
function summaryKey(resolved: ResolvedFilter): string {
  return JSON.stringify({ filter: resolved.filter, councilIds: resolved.councilIds, near: resolved.near });
}

/** One page of matching partnerships, with the facet counts and totals for the whole match. */
export async function searchPartnerships(
  filter: PartnershipFilter,
  options: ListOptions,
  db: Db = prisma,
): Promise<{ result: SearchResult; problems: FilterProblem[]; filter: PartnershipFilter }> {
  const { resolved, problems } = await resolveFilter(filter, db);
  const statements = searchStatements(resolved, options);
  // The page's ids and entries in one statement; the summary from the cache unless the data changed since.
  const [items, summary] = await Promise.all([
    partnershipSummariesOf(db, statements.page, resolved.near),
    dataVersion(db).then((version) =>
      summaries(db).get(summaryKey(resolved), version, async () => {
        const [row] = await db.$queryRaw<SummaryRow[]>(statements.summary);
        return row!;
      }),
    ),
  ]);
  const { partnerships, councils, annualisedSavingsGbp, achievedSavingsGbp, projectedSavingsGbp, withSavings } =
    summary;
  const facets = Object.fromEntries(
    FACETS.map((facet) => [facet, (summary[`facet_${facet}`] ?? []).map((row) => labelFacet(facet, row))]),
  ) as Record<Facet, FacetCount[]>;
  return {
    result: {
      total: partnerships,
      page: options.page,
      pageSize: options.pageSize,
      items: items.map((item) => withPredecessorMarks(item, resolved)),
      facets,
      totals: { partnerships, councils, annualisedSavingsGbp, achievedSavingsGbp, projectedSavingsGbp, withSavings },
    },
    problems,
    filter: resolved.filter,
  };
}

function labelFacet(facet: Facet, row: { value: string; label?: string; count: number }): FacetCount {
  return { value: row.value, label: row.label ?? knownLabel(facet, row.value) ?? row.value, count: row.count };
}

/** A listed partnership with the abolished members through which it counts for the chosen councils, if any. */
export function withPredecessorMarks<T extends { members: { gss: string | null }[]; viaPredecessors: unknown[] }>(
  item: T,
  resolved: ResolvedFilter,
): T {
  const links = resolved.predecessors ?? [];
  if (links.length === 0) return item;
  return {
    ...item,
    viaPredecessors: viaPredecessors(
      item.members.map((member) => member.gss),
      links,
    ),
  };
}
