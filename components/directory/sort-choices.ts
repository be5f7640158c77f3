// The sort select's choices. The default order (nearest first near a council, best match with a search,
// otherwise name) is sent as no value, so a search typed into the form gets its default order unless another was
// chosen. Nearest first is offered only with a council to measure from, best match only with a search.

import { defaultSort, type PartnershipFilter } from "@/lib/filters/schema";
import { SORTS, SORT_LABELS, type Sort } from "@/lib/vocabulary";

type Ordered = Pick<PartnershipFilter, "q" | "near">;

export function sortChoices(filter: Ordered): { value: string; text: string }[] {
  const byDefault = defaultSort(filter);
  const offered = (sort: Sort) =>
    sort !== byDefault && (sort !== "relevance" || filter.q !== null) && (sort !== "distance" || filter.near !== null);
  return [
    { value: "", text: SORT_LABELS[byDefault] },
    ...SORTS.filter(offered).map((sort) => ({ value: sort, text: SORT_LABELS[sort] })),
  ];
}

export function sortValue(sort: Sort, filter: Ordered): string {
  return sort === defaultSort(filter) ? "" : sort;
}
