import "server-only";

// The one door to council reads: pages and route handlers import from here, never from the database client.
export { councilNamesByCode, getCouncil, partnershipsOfCouncil } from "./queries.server";
export { councilOptions, findCouncils, searchCouncils, suggestCouncils } from "./search.server";
export {
  councilNeighbourhood,
  councilsLike,
  nearestCouncils,
  partnershipsForUnsharedServices,
  type CouncilNeighbourhood,
} from "./neighbours.server";
export type * from "./types";
