// Pages of a list: the directory's results, the council search.

/** The number of the last page (1 for an empty list). */
export function lastPage(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
