import "server-only";

import { cache } from "react";
import { prisma } from "@/lib/db/client.server";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toSlug, isGssCode } from "@/lib/vocabulary";
import { viaPredecessors } from "./predecessors";
import { resolveCouncilCode, resolveCouncilCodes, successionLinks } from "./resolve.server";
import type { CouncilDetail, CouncilLookup, CouncilPartnership, CouncilRef } from "./types";

function isoDate(value: Date | null): string | null {
  return value === null ? null : value.toISOString().slice(0, 10);
}

const refSelect = {
  id: true,
  gss: true,
  name: true,
  councilType: true,
  endDate: true,
} satisfies Prisma.OrganisationSelect;
type RefRow = Prisma.OrganisationGetPayload<{ select: typeof refSelect }>;

function toRef(row: RefRow): CouncilRef {
  return {
    id: row.id,
    gss: row.gss,
    name: row.name,
    councilType: row.councilType ? toSlug(row.councilType) : null,
    abolishedOn: isoDate(row.endDate),
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en-GB");

const detailInclude = {
  county: { select: refSelect },
  districts: { select: refSelect },
  successors: { select: { successor: { select: refSelect } } },
  predecessors: { select: { predecessor: { select: refSelect } } },
} satisfies Prisma.OrganisationInclude;
type DetailRow = Prisma.OrganisationGetPayload<{ include: typeof detailInclude }>;

function toDetail(row: DetailRow): CouncilDetail {
  const successors = row.successors.map(({ successor }) => toRef(successor)).sort(byName);
  return {
    id: row.id,
    gss: row.gss,
    slug: row.slug,
    name: row.name,
    officialName: row.officialName,
    formerGssCodes: row.formerGssCodes,
    councilType: row.councilType ? toSlug(row.councilType) : null,
    tier: row.tier,
    nation: row.nation ? toSlug(row.nation) : null,
    region: row.region ? toSlug(row.region) : null,
    population: row.population,
    latitude: row.latitude,
    longitude: row.longitude,
    homepageUrl: row.homepageUrl,
    startedOn: isoDate(row.startDate),
    abolishedOn: isoDate(row.endDate),
    abolished: row.endDate !== null || successors.length > 0,
    county: row.county ? toRef(row.county) : null,
    districts: row.districts.map(toRef).sort(byName),
    successors,
    predecessors: row.predecessors.map(({ predecessor }) => toRef(predecessor)).sort(byName),
  };
}

/**
 * The council with this GSS code, or the council that used to have it (`viaFormerCode`), or null.
 * A code that is not a GSS code at all is simply not found.
 */
export const getCouncil = cache(async (gss: string): Promise<CouncilLookup | null> => {
  if (!isGssCode(gss)) return null;
  const found = await resolveCouncilCode(prisma, gss);
  if (!found) return null;
  const row = await prisma.organisation.findUniqueOrThrow({ where: { id: found.id }, include: detailInclude });
  return { council: toDetail(row), viaFormerCode: found.viaFormerCode };
});

/** The names of the councils the codes name (a former code by its council's name), by code. */
export async function councilNamesByCode(codes: readonly string[]): Promise<Map<string, string>> {
  const councils = await resolveCouncilCodes(prisma, codes);
  return new Map([...councils].map(([code, council]) => [code, council.name]));
}

/**
 * The partnerships a council is (or was) part of, with its role in each, by partnership name; and, unless
 * `predecessors` is false, those of the councils it replaced (through every reorganisation), marked with the
 * predecessor they count through and its role. A partnership with both is the council's own.
 */
export async function partnershipsOfCouncil(
  organisationId: number,
  { predecessors = true }: { predecessors?: boolean } = {},
): Promise<CouncilPartnership[]> {
  const links = predecessors ? await successionLinks(prisma, [organisationId]) : [];
  const ids = [organisationId, ...links.map((link) => link.predecessor.id)];
  const rows = await prisma.membership.findMany({
    where: { organisationId: { in: ids } },
    select: {
      role: true,
      note: true,
      organisation: { select: { id: true, gss: true } },
      partnership: {
        select: {
          id: true,
          slug: true,
          name: true,
          status: true,
          startYear: true,
          endYear: true,
          annualisedSavingsGbp: true,
          modelType: { select: { slug: true, label: true } },
          serviceAreas: {
            select: { serviceArea: { select: { slug: true, label: true } } },
            orderBy: { serviceArea: { sortOrder: "asc" } },
          },
          _count: { select: { savings: true } },
        },
      },
    },
    orderBy: [{ partnership: { name: "asc" } }, { partnershipId: "asc" }, { position: "asc" }],
  });
  const byPartnership = new Map<number, typeof rows>();
  for (const row of rows)
    byPartnership.set(row.partnership.id, [...(byPartnership.get(row.partnership.id) ?? []), row]);
  return [...byPartnership.values()].map((memberships) => {
    const own = memberships.find((row) => row.organisation.id === organisationId);
    const { role, note, partnership } = own ?? memberships[0]!;
    return {
      slug: partnership.slug,
      name: partnership.name,
      role,
      note,
      modelType: partnership.modelType,
      status: partnership.status,
      startYear: partnership.startYear,
      endYear: partnership.endYear,
      serviceAreas: partnership.serviceAreas.map(({ serviceArea }) => serviceArea),
      annualisedSavingsGbp: partnership.annualisedSavingsGbp === null ? null : Number(partnership.annualisedSavingsGbp),
      savingsCount: partnership._count.savings,
      viaPredecessors: own
        ? []
        : viaPredecessors(
            memberships.map((row) => row.organisation.gss),
            links,
          ),
    };
  });
}
