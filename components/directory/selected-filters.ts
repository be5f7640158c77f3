// The filters in force, as the removable tags of the "Selected filters" box: each parameter's tag is worded by its
// registry entry (lib/filters/parameters.ts), and links to the same URL without that one value, back on the
// first page.

import {
  TAG_ORDER,
  FILTER_PARAMETER_SPECS,
  inOrder,
  type ListOptions,
  type PartnershipFilter,
} from "@/lib/filters/schema";
import type { FilterLabels } from "@/lib/filters/labels";
import { directoryHref } from "@/lib/filters/urls";

export type SelectedFilterTag = { key: string; label: string; href: string };
export type SelectedFilterGroup = { key: string; heading: string; tags: SelectedFilterTag[] };

export function selectedFilterGroups(
  filter: PartnershipFilter,
  options: Partial<ListOptions>,
  labels: FilterLabels,
): SelectedFilterGroup[] {
  const groups: SelectedFilterGroup[] = [];
  const without = (change: Partial<PartnershipFilter>) =>
    directoryHref({ ...filter, ...change }, { ...options, page: 1 });
  for (const name of inOrder(TAG_ORDER)) {
    const spec = FILTER_PARAMETER_SPECS[name];
    const value = filter[name];
    if (!spec.tag || value === null || (Array.isArray(value) && value.length === 0)) continue;
    const { group = { key: name, heading: spec.label }, label, clears = [] } = spec.tag;
    const cleared = Object.fromEntries(clears.map((other) => [other, FILTER_PARAMETER_SPECS[other].empty]));
    const word = label as (value: unknown, wording: { filter: PartnershipFilter; labels: FilterLabels }) => string;
    const tags: SelectedFilterTag[] = Array.isArray(value)
      ? value.map((item: string) => ({
          key: item,
          label: word(item, { filter, labels }),
          href: without({ [name]: value.filter((other: string) => other !== item), ...cleared }),
        }))
      : [{ key: name, label: word(value, { filter, labels }), href: without({ [name]: spec.empty, ...cleared }) }];
    const last = groups.at(-1);
    if (last?.key === group.key) last.tags.push(...tags);
    else groups.push({ key: group.key, heading: group.heading, tags });
  }
  return groups;
}

export function countSelected(groups: SelectedFilterGroup[]): number {
  return groups.reduce((sum, group) => sum + group.tags.length, 0);
}
