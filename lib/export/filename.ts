// Download file names that say what they hold: shared-services-2026-05-01-scotland-waste-environment.csv.

import type { PartnershipFilter } from "@/lib/filters/schema";
import { slugify } from "@/lib/vocabulary";

const MAX_DESCRIPTION = 80;

/** A short description of a filter from its values, in the vocabulary's order; "all" for no filter. */
export function filterDescription(filter: PartnershipFilter): string {
  const parts: string[] = [];
  if (filter.q) parts.push(filter.q);
  parts.push(
    ...filter.nation,
    ...filter.region,
    ...filter.service,
    ...filter.model,
    ...filter.status,
    ...filter.councilType,
  );
  parts.push(...filter.council.map((code) => code.toLowerCase()));
  if (filter.savingsMin !== null) parts.push(`savings-from-${filter.savingsMin}`);
  if (filter.savingsMax !== null) parts.push(`savings-to-${filter.savingsMax}`);
  if (filter.hasSavings !== null) parts.push(filter.hasSavings ? "with-savings" : "without-savings");
  if (filter.startFrom !== null) parts.push(`from-${filter.startFrom}`);
  if (filter.startTo !== null) parts.push(`to-${filter.startTo}`);
  if (filter.near !== null) parts.push(`within-${filter.withinKm ?? ""}km-of-${filter.near.toLowerCase()}`);
  return slugify(parts.join(" "), MAX_DESCRIPTION) || "all";
}

export function exportFilename(filter: PartnershipFilter, extension: string, date: Date = new Date()): string {
  return `shared-services-${date.toISOString().slice(0, 10)}-${filterDescription(filter)}.${extension}`;
}
