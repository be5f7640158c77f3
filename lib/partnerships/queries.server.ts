import "server-only";

import { cache } from "react";
import { prisma } from "@/lib/db/client.server";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toSlug, type Labelled } from "@/lib/vocabulary";
import type { PartnershipDetail, PartnershipMember } from "./types";

/** BigInt leaves the data layer as a number: whole pounds stay far below 2^53. */
function toNumber(value: bigint | null): number | null {
  return value === null ? null : Number(value);
}

function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

const memberSelect = {
  role: true,
  note: true,
  organisation: { select: { gss: true, slug: true, name: true, kind: true, endDate: true } },
} satisfies Prisma.MembershipSelect;

const serviceAreaSelect = {
  select: { serviceArea: { select: { slug: true, label: true } } },
  orderBy: { serviceArea: { sortOrder: "asc" } },
} satisfies Prisma.Partnership$serviceAreasArgs;

type MemberRow = Prisma.MembershipGetPayload<{ select: typeof memberSelect }>;

function toMember(row: MemberRow): PartnershipMember {
  return {
    gss: row.organisation.gss,
    slug: row.organisation.slug,
    name: row.organisation.name,
    kind: toSlug(row.organisation.kind),
    role: row.role,
  };
}

function toServiceAreas(rows: { serviceArea: Labelled }[]): Labelled[] {
  return rows.map(({ serviceArea }) => ({ slug: serviceArea.slug, label: serviceArea.label }));
}

/** Everything about one partnership, or null when no partnership has that slug. */
export const getPartnership = cache(async (slug: string): Promise<PartnershipDetail | null> => {
  const row = await prisma.partnership.findUnique({
    where: { slug },
    include: {
      modelType: { select: { slug: true, label: true } },
      serviceAreas: serviceAreaSelect,
      members: { select: memberSelect, orderBy: { position: "asc" } },
      savings: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      sources: { orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
  });
  if (!row) return null;

  const hasContact = Boolean(row.contactEmail || row.contactUrl);
  return {
    slug: row.slug,
    name: row.name,
    summary: row.summary,
    modelType: row.modelType,
    status: row.status,
    startYear: row.startYear,
    endYear: row.endYear,
    serviceAreas: toServiceAreas(row.serviceAreas),
    members: row.members.map((member) => ({
      ...toMember(member),
      note: member.note,
      abolished: member.organisation.kind === "council" && member.organisation.endDate !== null,
    })),
    savings: row.savings.map((claim) => ({
      amountGbp: Number(claim.amountGbp),
      basis: toSlug(claim.basis),
      periodYears: claim.periodYears,
      annualisedGbp: toNumber(claim.annualisedGbp),
      note: claim.note,
      sourceUrl: claim.sourceUrl,
    })),
    annualisedSavingsGbp: toNumber(row.annualisedSavingsGbp),
    sources: row.sources.map((source) => ({ url: source.url, title: source.title })),
    contact: hasContact ? { email: row.contactEmail, url: row.contactUrl } : null,
    sourceNotes: row.sourceNotes,
    lastVerified:
      row.lastVerifiedOn === null
        ? null
        : { date: isoDate(row.lastVerifiedOn), precision: row.lastVerifiedPrecision ?? "day" },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
});
