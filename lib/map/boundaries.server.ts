import "server-only";

import { readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { promisify } from "node:util";
import { BOUNDARY_BANDS, type BoundaryBand, simplifyTopology } from "./boundary-bands";
import { BOUNDARIES_SOURCE, boundariesVersion } from "./boundaries-version";

/**
 * Layers the map draws: nations, English regions, and council areas of every tier and vintage (abolished
 * councils still appear in ended partnerships). The UK outline and combined-authority layers repeat arcs
 * already held and are left out.
 */
export const BOUNDARY_LAYERS = ["ctry", "rgn", "cty", "utla", "ltla"] as const;

interface Topology {
  type: "Topology";
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, unknown>;
}

/** One band's TopoJSON as sent: as is, and compressed once, at the highest settings, when first asked for. */
export type EncodedFile = { identity: Buffer; br: Buffer; gzip: Buffer };

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

let source: Topology | null = null;
const bands = new Map<BoundaryBand, Promise<EncodedFile>>();

function baseTopology(): Topology {
  if (source) return source;
  const topology = JSON.parse(readFileSync(path.join(process.cwd(), BOUNDARIES_SOURCE), "utf8")) as Topology;
  const objects: Record<string, unknown> = {};
  for (const layer of BOUNDARY_LAYERS) if (topology.objects[layer]) objects[layer] = topology.objects[layer];
  source = { ...topology, objects };
  return source;
}

/** The version this server serves (the one the browser was built with, unless the boundaries changed since). */
let version: string | null = null;
export function servedBoundariesVersion(): string {
  version ??= boundariesVersion();
  return version;
}

/** A band's TopoJSON, encoded three ways; made once per process. */
export function boundaryBandFile(band: BoundaryBand): Promise<EncodedFile> {
  let file = bands.get(band);
  if (!file) {
    file = (async () => {
      const { toleranceDegrees } = BOUNDARY_BANDS.find(({ name }) => name === band)!;
      const identity = Buffer.from(JSON.stringify(simplifyTopology(baseTopology(), toleranceDegrees)));
      const [br, gz] = await Promise.all([
        brotli(identity, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
            [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
          },
        }),
        gzip(identity, { level: zlib.constants.Z_BEST_COMPRESSION }),
      ]);
      return { identity, br, gzip: gz };
    })();
    file.catch(() => bands.delete(band));
    bands.set(band, file);
  }
  return file;
}
