import "server-only";

// The one door to partnership reads: pages import from here, never from the database client.
export { listPartnerships, getPartnership } from "./queries.server";
export type { ListPartnershipsOptions } from "./queries.server";
export type * from "./types";
