// Download file names that say what they hold: shared-services-2026-05-01-scotland-waste-environment.csv. Each
// parameter's part is its registry entry's (lib/filters/parameters.ts).

import { FILENAME_ORDER, FILTER_PARAMETER_SPECS, inOrder, type PartnershipFilter } from "@/lib/filters/schema";
import { slugify } from "@/lib/vocabulary";

const MAX_DESCRIPTION = 80;

/** A short description of a filter from its values, in the vocabulary's order; "all" for no filter. */
export function filterDescription(filter: PartnershipFilter): string {
  const parts = inOrder(FILENAME_ORDER).flatMap((name) => {
    const part = FILTER_PARAMETER_SPECS[name].filename as
      ((value: unknown, filter: PartnershipFilter) => string[]) | undefined;
    const value = filter[name];
    return part && value !== null && !(Array.isArray(value) && value.length === 0) ? part(value, filter) : [];
  });
  return slugify(parts.join(" "), MAX_DESCRIPTION) || "all";
}

export function exportFilename(filter: PartnershipFilter, extension: string, date: Date = new Date()): string {
  return `shared-services-${date.toISOString().slice(0, 10)}-${filterDescription(filter)}.${extension}`;
}
