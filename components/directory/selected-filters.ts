// The filters in force, as the removable tags of the "Selected filters" box: each tag links to the same URL
// without that one value, built by the one schema's `toSearchParams` so the links are the shareable URLs.

import {
  DEFAULT_WITHIN_KM,
  FACETS,
  toSearchParams,
  type Facet,
  type ListOptions,
  type PartnershipFilter,
} from "@/lib/filters/schema";
import { formatGbp } from "@/lib/format";
import type { FacetLabels } from "./facet-options";
import { directoryUrl } from "./form-query";

export type FilterLabels = {
  facets: FacetLabels;
  /** Council names by GSS code, for `council` and `near`; a code without a name is shown as the code. */
  councils: ReadonlyMap<string, string>;
};

export type SelectedFilterTag = { key: string; label: string; href: string };
export type SelectedFilterGroup = { key: string; heading: string; tags: SelectedFilterTag[] };

const FACET_HEADINGS: Record<Facet, string> = {
  service: "Service area",
  model: "Model",
  status: "Status",
  nation: "Nation",
  region: "Region",
  councilType: "Council type",
};

/** The directory URL for a filter and list options. */
export function directoryPageHref(filter: PartnershipFilter, options?: Partial<ListOptions>): string {
  return directoryUrl(toSearchParams(filter, options));
}

/** The directory URL for a changed filter: back to the first page, keeping the reader's sort and page size. */
export function directoryHref(filter: PartnershipFilter, options?: Partial<ListOptions>): string {
  return directoryPageHref(filter, { ...options, page: 1 });
}

export function councilName(labels: FilterLabels, gss: string): string {
  return labels.councils.get(gss) ?? gss;
}

export function selectedFilterGroups(
  filter: PartnershipFilter,
  options: Partial<ListOptions>,
  labels: FilterLabels,
): SelectedFilterGroup[] {
  const groups: SelectedFilterGroup[] = [];
  const without = (change: Partial<PartnershipFilter>) => directoryHref({ ...filter, ...change }, options);

  if (filter.q) {
    groups.push({
      key: "q",
      heading: "Search",
      tags: [{ key: "q", label: `“${filter.q}”`, href: without({ q: null }) }],
    });
  }

  const listGroup = (
    key: string,
    heading: string,
    values: string[],
    label: (value: string) => string,
    param: keyof PartnershipFilter,
  ) => {
    if (values.length === 0) return;
    groups.push({
      key,
      heading,
      tags: values.map((value) => ({
        key: value,
        label: label(value),
        href: without({ [param]: values.filter((other) => other !== value) }),
      })),
    });
  };

  for (const facet of FACETS.filter((f) => f === "service" || f === "model" || f === "status")) {
    listGroup(facet, FACET_HEADINGS[facet], filter[facet], (v) => labels.facets[facet].get(v) ?? v, facet);
  }
  listGroup("council", "Council", filter.council, (gss) => councilName(labels, gss), "council");
  for (const facet of ["councilType", "nation", "region"] as const) {
    listGroup(facet, FACET_HEADINGS[facet], filter[facet], (v) => labels.facets[facet].get(v) ?? v, facet);
  }

  if (filter.near) {
    const km = filter.withinKm ?? DEFAULT_WITHIN_KM;
    groups.push({
      key: "near",
      heading: "Near a council",
      tags: [
        {
          key: "near",
          label: `Within ${km} km of ${councilName(labels, filter.near)}`,
          href: without({ near: null, withinKm: null }),
        },
      ],
    });
  }

  const savings: SelectedFilterTag[] = [];
  if (filter.hasSavings !== null) {
    savings.push({
      key: "hasSavings",
      label: filter.hasSavings ? "Reports savings" : "No savings reported",
      href: without({ hasSavings: null }),
    });
  }
  if (filter.savingsMin !== null) {
    savings.push({
      key: "savingsMin",
      label: `At least ${formatGbp(filter.savingsMin)} a year`,
      href: without({ savingsMin: null }),
    });
  }
  if (filter.savingsMax !== null) {
    savings.push({
      key: "savingsMax",
      label: `At most ${formatGbp(filter.savingsMax)} a year`,
      href: without({ savingsMax: null }),
    });
  }
  if (savings.length > 0) groups.push({ key: "savings", heading: "Savings", tags: savings });

  const start: SelectedFilterTag[] = [];
  if (filter.startFrom !== null) {
    start.push({ key: "startFrom", label: `From ${filter.startFrom}`, href: without({ startFrom: null }) });
  }
  if (filter.startTo !== null) {
    start.push({ key: "startTo", label: `To ${filter.startTo}`, href: without({ startTo: null }) });
  }
  if (start.length > 0) groups.push({ key: "start", heading: "Start year", tags: start });

  return groups;
}

export function countSelected(groups: SelectedFilterGroup[]): number {
  return groups.reduce((sum, group) => sum + group.tags.length, 0);
}
