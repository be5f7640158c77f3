// The sort select's choices. The default order (best match with a search, otherwise name) is sent as no value,
// so a search typed into the form gets its best matches first unless another order was chosen.

import { SORT_LABELS, type Sort } from "@/lib/vocabulary";

export function sortChoices(hasQuery: boolean): { value: string; text: string }[] {
  const byDefault: Sort = hasQuery ? "relevance" : "name";
  const others: Sort[] = hasQuery ? ["savings", "newest", "name"] : ["savings", "newest"];
  return [
    { value: "", text: SORT_LABELS[byDefault] },
    ...others.map((sort) => ({ value: sort, text: SORT_LABELS[sort] })),
  ];
}

export function sortValue(sort: Sort, hasQuery: boolean): string {
  return sort === (hasQuery ? "relevance" : "name") ? "" : sort;
}
