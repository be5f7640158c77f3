import "server-only";

// The one road for a filter: parse (schema) → resolve and query (query builder) → list, facets, totals.
export { resolveFilter, searchPartnerships, withPredecessorMarks } from "./query.server";
export { matchingIdsQuery } from "./sql";
export * from "./schema";
export type * from "./types";
