import "server-only";

// The one door to partnership reads: pages import from here, never from the database client.
export { getPartnership } from "./queries.server";
export { similarPartnerships, SIMILAR_LIMIT, SIMILARITY_WEIGHTS, type SimilarPartnership } from "./similar.server";
export type * from "./types";
