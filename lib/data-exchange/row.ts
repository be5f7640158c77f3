// Where an export's absolute links point. The rows themselves are lib/partnerships' PartnershipRow.

/** Where absolute links in an export point (the site's origin, e.g. https://example.org). */
export type ExportContext = { origin: string };

export function pageUrl(row: { slug: string }, context: ExportContext): string {
  return `${context.origin.replace(/\/$/, "")}/partnerships/${row.slug}`;
}
