// A partnership of the data set's file (seed-data/partnerships.csv, or an import in the export's format) as the
// entry the writer stores (lib/partnerships/write.server.ts).

import type { PartnershipEntry } from "@/lib/partnerships/write.server";
import type { SeedPartnership } from "./read";

export function entryOf(partnership: SeedPartnership): PartnershipEntry {
  return {
    slug: partnership.slug,
    name: partnership.name,
    summary: partnership.summary,
    modelType: partnership.model_type,
    status: partnership.status,
    startYear: partnership.start_year,
    endYear: partnership.end_year,
    serviceAreas: partnership.service_areas,
    members: partnership.members.map(({ slug, role, note, joined, left, partner }) => ({
      slug,
      role,
      note,
      joined,
      left,
      ...(partner ? { partner } : {}),
    })),
    savings: partnership.savings.map(
      ({ amountGbp, basis, periodYears, note, sourceUrl, creditedTo, reportedYear }) => ({
        amountGbp,
        basis,
        periodYears,
        note,
        sourceUrl,
        creditedTo,
        reportedYear,
      }),
    ),
    // The file has no source titles: a title recorded in the directory is kept.
    sources: partnership.source_urls.map((url) => ({ url })),
    sourceNotes: partnership.source_notes,
    contactEmail: partnership.contact_email,
    contactUrl: partnership.contact_url,
    lastVerified: partnership.last_verified,
    predecessors: partnership.predecessors,
    partOf: partnership.part_of,
  };
}
