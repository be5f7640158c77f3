// The JSON API's shape for one partnership: the list item of docs/product.md with everything the page shows.

import type { PartnershipDetail } from "./types";

export function partnershipJson(detail: PartnershipDetail) {
  return {
    slug: detail.slug,
    name: detail.name,
    summary: detail.summary,
    modelType: detail.modelType.slug,
    status: detail.status,
    startYear: detail.startYear,
    endYear: detail.endYear,
    serviceAreas: detail.serviceAreas.map((area) => area.slug),
    members: detail.members.map((member) => ({
      gss: member.gss,
      name: member.name,
      role: member.role,
      kind: member.kind,
      note: member.note,
      joined: member.joined,
      left: member.left,
    })),
    savings: detail.savings.map((claim) => ({
      amountGbp: claim.amountGbp,
      basis: claim.basis,
      periodYears: claim.periodYears,
      annualisedGbp: claim.annualisedGbp,
      note: claim.note,
      sourceUrl: claim.sourceUrl,
      creditedTo: claim.creditedTo,
      reportedYear: claim.reportedYear,
    })),
    annualisedSavingsGbp: detail.annualisedSavingsGbp,
    sources: detail.sources,
    contact: detail.contact,
    lineage: detail.lineage,
    lastVerified: detail.lastVerified,
    createdAt: detail.createdAt,
    updatedAt: detail.updatedAt,
    url: `/partnerships/${detail.slug}`,
  };
}
