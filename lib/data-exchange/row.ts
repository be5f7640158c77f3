// Where an export's absolute links point. The rows themselves are lib/partnerships' PartnershipRow.

import type { Point } from "@/lib/geo/distance";

/**
 * Where absolute links in an export point (the site's origin, e.g. https://example.org), and, for an export
 * filtered by `near`, the point distances are measured from.
 */
export type ExportContext = { origin: string; near?: Point | null };

export function pageUrl(row: { slug: string }, context: ExportContext): string {
  return `${context.origin.replace(/\/$/, "")}/partnerships/${row.slug}`;
}
