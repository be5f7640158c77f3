// The boundaries' version: a hash of the ONS file and of how it is cut into zoom bands, so that a band's
// address changes whenever its content could (lib/map/boundary-bands.ts). Read by next.config.ts at build time
// (for the browser) and by the server that serves the bands; both get the same answer from the same files.
//
// Not marked `import "server-only"`: next.config.ts imports it.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { BOUNDARY_BANDS } from "./boundary-bands";

/** The ONS boundaries the base map is drawn from (OGL v3.0; contains OS data). */
export const BOUNDARIES_SOURCE = path.join("seed-data", "boundaries", "ons_uk_topo_2014_2025.json");

/** Raised when the way bands are made changes while the file and the bands stay as they are. */
const SIMPLIFICATION_REVISION = "1";

export function boundariesVersion(projectRoot: string = process.cwd()): string {
  return createHash("sha256")
    .update(readFileSync(path.join(projectRoot, BOUNDARIES_SOURCE)))
    .update(JSON.stringify(BOUNDARY_BANDS))
    .update(SIMPLIFICATION_REVISION)
    .digest("hex")
    .slice(0, 12);
}
