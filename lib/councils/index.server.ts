import "server-only";

// The one door to council reads: pages import from here, never from the database client.
export { getCouncil, listCouncils, partnershipsOfCouncil } from "./queries.server";
export type * from "./types";
