// Which page numbers the pagination shows: the first, the last, the current one and its neighbours,
// with an ellipsis for each gap — as the GOV.UK pagination guidance describes.

export type PageItem = { type: "page"; number: number; current: boolean } | { type: "ellipsis"; key: string };

export function paginationItems(current: number, last: number): PageItem[] {
  if (last <= 1) return [];
  const wanted = new Set([1, last, current - 1, current, current + 1].filter((n) => n >= 1 && n <= last));
  const numbers = [...wanted].sort((a, b) => a - b);
  const items: PageItem[] = [];
  numbers.forEach((number, index) => {
    const previous = numbers[index - 1];
    if (previous !== undefined && number - previous > 1) {
      // A gap of exactly one page shows that page rather than an ellipsis standing for it.
      if (number - previous === 2) items.push({ type: "page", number: previous + 1, current: false });
      else items.push({ type: "ellipsis", key: `gap-${previous}` });
    }
    items.push({ type: "page", number, current: number === current });
  });
  return items;
}
