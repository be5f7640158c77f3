// The page title for a filter, so a tab, a bookmark or a browser history entry says which slice it holds:
// "Waste & environment in South West – 12 partnerships".

import { DEFAULT_WITHIN_KM, isEmptyFilter, type PartnershipFilter } from "@/lib/filters/schema";
import { formatCount, formatGbp, pluralise } from "@/lib/format";
import { councilName, type FilterLabels } from "./selected-filters";

function either(values: string[]): string {
  if (values.length <= 1) return values[0] ?? "";
  return `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}

/** The filter in a phrase: "Waste & environment in South West", "Partnerships matching “legal”". */
export function describeFilter(filter: PartnershipFilter, labels: FilterLabels): string {
  const label = (facet: keyof FilterLabels["facets"]) => (value: string) => labels.facets[facet].get(value) ?? value;
  const what = [
    either(filter.service.map(label("service"))),
    either(filter.model.map(label("model"))),
    either(filter.status.map(label("status"))),
  ].filter(Boolean);

  const qualifiers: string[] = [];
  const places = [...filter.region.map(label("region")), ...filter.nation.map(label("nation"))];
  if (places.length > 0) qualifiers.push(`in ${either(places)}`);
  if (filter.councilType.length > 0) qualifiers.push(`with a ${either(filter.councilType.map(label("councilType")))}`);
  if (filter.council.length > 0) {
    qualifiers.push(`involving ${either(filter.council.map((gss) => councilName(labels, gss)))}`);
  }
  if (filter.near) {
    qualifiers.push(`within ${filter.withinKm ?? DEFAULT_WITHIN_KM} km of ${councilName(labels, filter.near)}`);
  }
  if (filter.q) qualifiers.push(`matching “${filter.q}”`);
  if (filter.hasSavings === true) qualifiers.push("reporting savings");
  if (filter.hasSavings === false) qualifiers.push("with no savings reported");
  if (filter.savingsMin !== null && filter.savingsMax !== null) {
    qualifiers.push(`saving ${formatGbp(filter.savingsMin)} to ${formatGbp(filter.savingsMax)} a year`);
  } else if (filter.savingsMin !== null) {
    qualifiers.push(`saving at least ${formatGbp(filter.savingsMin)} a year`);
  } else if (filter.savingsMax !== null) {
    qualifiers.push(`saving at most ${formatGbp(filter.savingsMax)} a year`);
  }
  if (filter.startFrom !== null && filter.startTo !== null) {
    qualifiers.push(
      filter.startFrom === filter.startTo
        ? `started in ${filter.startFrom}`
        : `started ${filter.startFrom} to ${filter.startTo}`,
    );
  } else if (filter.startFrom !== null) {
    qualifiers.push(`started in or after ${filter.startFrom}`);
  } else if (filter.startTo !== null) {
    qualifiers.push(`started in or before ${filter.startTo}`);
  }

  return [what.length > 0 ? what.join(", ") : "Partnerships", ...qualifiers].join(" ");
}

/**
 * The title (before the layout adds the product name). The whole directory on its first page keeps the bare
 * product name, so `null` asks for that.
 */
export function directoryTitle({
  filter,
  labels,
  total,
  page,
  hasProblems,
}: {
  filter: PartnershipFilter;
  labels: FilterLabels;
  total: number;
  page: number;
  hasProblems: boolean;
}): string | null {
  const prefix = hasProblems ? "Error: " : "";
  const pageSuffix = page > 1 ? `, page ${formatCount(page)}` : "";
  if (isEmptyFilter(filter)) {
    if (page === 1 && !hasProblems) return null;
    return `${prefix}Partnerships${pageSuffix}`;
  }
  return `${prefix}${describeFilter(filter, labels)} – ${pluralise(total, "partnership")}${pageSuffix}`;
}
