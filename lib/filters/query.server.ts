import "server-only";

import { resolveCouncilCodes } from "@/lib/councils/resolve.server";
import { prisma } from "@/lib/db/client.server";
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
import { searchStatements, type ResolvedFilter, type SummaryRow } from "./sql";
import type { FacetCount, PartnershipSummary, SearchResult } from "./types";

type Db = Pick<PrismaClient, "$queryRaw" | "organisation" | "partnership">;

/**
 * Checks the parts of a filter only the database can: that council codes name councils we hold (a former code
 * resolves to its council) and that `near` has a point. Unknown parts are dropped and reported; the rest stands.
 */
export async function resolveFilter(
  filter: PartnershipFilter,
  db: Db = prisma,
): Promise<{ resolved: ResolvedFilter; problems: FilterProblem[] }> {
  const problems: FilterProblem[] = [];
  const codes = [...new Set([...filter.council, ...(filter.near ? [filter.near] : [])])];
  const byCode = await resolveCouncilCodes(db, codes);

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

  const councilIds = [...new Set(known.map((code) => byCode.get(code)!.id))];
  return {
    resolved: {
      filter: {
        ...filter,
        council: known,
        near: nearCode,
        withinKm: nearCode ? (filter.withinKm ?? DEFAULT_WITHIN_KM) : null,
      },
      councilIds,
      near,
    },
    problems,
  };
}

/** One page of matching partnerships, with the facet counts and totals for the whole match. */
export async function searchPartnerships(
  filter: PartnershipFilter,
  options: ListOptions,
  db: Db = prisma,
): Promise<{ result: SearchResult; problems: FilterProblem[]; filter: PartnershipFilter }> {
  const { resolved, problems } = await resolveFilter(filter, db);
  const statements = searchStatements(resolved, options);
  const [ids, [summary]] = await Promise.all([
    db.$queryRaw<{ id: number }[]>(statements.page),
    db.$queryRaw<SummaryRow[]>(statements.summary),
  ]);
  const { partnerships, councils, annualisedSavingsGbp, withSavings } = summary!;
  const facets = Object.fromEntries(
    FACETS.map((facet) => [facet, (summary![`facet_${facet}`] ?? []).map((row) => labelFacet(facet, row))]),
  ) as Record<Facet, FacetCount[]>;
  return {
    result: {
      total: partnerships,
      page: options.page,
      pageSize: options.pageSize,
      items: await summariesOf(
        ids.map((row) => row.id),
        db,
      ),
      facets,
      totals: { partnerships, councils, annualisedSavingsGbp, withSavings },
    },
    problems,
    filter: resolved.filter,
  };
}

/** A date to the precision it is known: "2020", "2020-03" or "2020-03-05" (the export writes the same). */
function partialDate(date: Date | null, precision: "year" | "month" | "day" | null): string | null {
  if (!date) return null;
  const iso = date.toISOString().slice(0, 10);
  return precision === "year" ? iso.slice(0, 4) : precision === "month" ? iso.slice(0, 7) : iso;
}

function labelFacet(facet: Facet, row: { value: string; label?: string; count: number }): FacetCount {
  return { value: row.value, label: row.label ?? knownLabel(facet, row.value) ?? row.value, count: row.count };
}

/** The list shape of PRODUCT.md for the given partnerships, in the given order. */
export async function summariesOf(ids: number[], db: Db = prisma): Promise<PartnershipSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.partnership.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      name: true,
      summary: true,
      status: true,
      startYear: true,
      endYear: true,
      annualisedSavingsGbp: true,
      lastVerifiedOn: true,
      lastVerifiedPrecision: true,
      modelType: { select: { slug: true } },
      serviceAreas: { select: { serviceArea: { select: { slug: true, sortOrder: true } } } },
      members: {
        orderBy: { position: "asc" },
        select: { role: true, organisation: { select: { gss: true, name: true } } },
      },
      savings: {
        orderBy: { position: "asc" },
        select: { amountGbp: true, basis: true, periodYears: true, note: true },
      },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        slug: row.slug,
        name: row.name,
        summary: row.summary,
        modelType: row.modelType.slug as PartnershipSummary["modelType"],
        status: row.status,
        startYear: row.startYear,
        endYear: row.endYear,
        serviceAreas: row.serviceAreas
          .map((link) => link.serviceArea)
          .sort((a, b) => a.sortOrder - b.sortOrder)
          .map((area) => area.slug as PartnershipSummary["serviceAreas"][number]),
        members: row.members.map((member) => ({
          gss: member.organisation.gss,
          name: member.organisation.name,
          role: member.role,
        })),
        savings: row.savings.map((claim) => ({
          amountGbp: Number(claim.amountGbp),
          basis: claim.basis.replaceAll("_", "-") as PartnershipSummary["savings"][number]["basis"],
          periodYears: claim.periodYears,
          note: claim.note,
        })),
        annualisedSavingsGbp: row.annualisedSavingsGbp === null ? null : Number(row.annualisedSavingsGbp),
        lastVerified: partialDate(row.lastVerifiedOn, row.lastVerifiedPrecision),
        url: `/partnerships/${row.slug}`,
      },
    ];
  });
}
