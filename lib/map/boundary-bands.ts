// The base map's boundaries come in zoom bands: the same layers (nations, regions, council areas of every tier
// and vintage), simplified for the zoom levels each band is drawn at, so the first view downloads only the
// coarse band. Each band has an address that names its content (the boundaries' version), served once
// compressed and cached for good (app/api/boundaries/[file]/route.ts, docs/decisions/020).
//
//   /api/boundaries/coarse.<version>.json   zoom ≤ 6 (the whole UK): ~66 KB brotli
//   /api/boundaries/medium.<version>.json   zoom 7–8: ~133 KB
//   /api/boundaries/full.<version>.json     zoom ≥ 9: the ONS boundaries as published, ~176 KB
//   /api/boundaries                         the full band at a fixed address (kept for existing clients)
//
// The version is known to the browser at build time (NEXT_PUBLIC_BOUNDARIES_VERSION, set in next.config.ts from
// lib/map/boundaries-version.ts), so the map needs no extra request to find the address.
//
// Pure and safe in the browser; the simplification is unit-tested beside it.

export const BOUNDARY_BANDS = [
  // Tolerances in degrees of latitude: about 0.6 of a screen pixel at the band's deepest zoom (at 54° N a
  // degree of latitude is ~78 px at zoom 6, ~310 px at zoom 8).
  { name: "coarse", minZoom: 0, maxZoom: 6, toleranceDegrees: 0.008 },
  { name: "medium", minZoom: 7, maxZoom: 8, toleranceDegrees: 0.002 },
  { name: "full", minZoom: 9, maxZoom: 30, toleranceDegrees: 0 },
] as const;

export type BoundaryBand = (typeof BOUNDARY_BANDS)[number]["name"];

export function isBoundaryBand(name: string): name is BoundaryBand {
  return BOUNDARY_BANDS.some((band) => band.name === name);
}

/** The band to draw at `zoom`. */
export function boundaryBandFor(zoom: number): BoundaryBand {
  return (BOUNDARY_BANDS.find((band) => zoom <= band.maxZoom) ?? BOUNDARY_BANDS.at(-1)!).name;
}

/** The band's address for boundaries version `version` (the build's, by default). */
export function boundaryBandUrl(
  band: BoundaryBand,
  version: string | undefined = process.env.NEXT_PUBLIC_BOUNDARIES_VERSION,
): string {
  return version ? `/api/boundaries/${band}.${version}.json` : "/api/boundaries";
}

type Position = [number, number];
interface QuantizedTopology {
  type: "Topology";
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: Position[][];
  objects: Record<string, unknown>;
}

/** Douglas–Peucker on absolute points: the indices to keep (first and last always). */
function keptIndices(points: Position[], tolerance: number, weightX: number): boolean[] {
  const keep = points.map(() => false);
  keep[0] = true;
  keep[points.length - 1] = true;
  const stack: [number, number][] = [];
  const push = (from: number, to: number) => {
    if (to - from > 1) stack.push([from, to]);
  };
  const closed = points.length > 3 && points[0]![0] === points.at(-1)![0] && points[0]![1] === points.at(-1)![1];
  if (closed) {
    // A ring drawn by one arc: split it at its farthest point, so it keeps a shape rather than collapsing.
    let farthest = 1;
    let best = -1;
    for (let i = 1; i < points.length - 1; i++) {
      const dx = (points[i]![0] - points[0]![0]) * weightX;
      const dy = points[i]![1] - points[0]![1];
      if (dx * dx + dy * dy > best) [farthest, best] = [i, dx * dx + dy * dy];
    }
    keep[farthest] = true;
    push(0, farthest);
    push(farthest, points.length - 1);
  } else push(0, points.length - 1);
  const tolerance2 = tolerance * tolerance;
  while (stack.length) {
    const [from, to] = stack.pop()!;
    const [ax, ay] = points[from]!;
    const [bx, by] = points[to]!;
    const dx = (bx - ax) * weightX;
    const dy = by - ay;
    const length2 = dx * dx + dy * dy;
    let farthest = -1;
    let best = tolerance2;
    for (let i = from + 1; i < to; i++) {
      const px = (points[i]![0] - ax) * weightX;
      const py = points[i]![1] - ay;
      let distance2: number;
      if (length2 === 0) distance2 = px * px + py * py;
      else {
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
        distance2 = (px - t * dx) ** 2 + (py - t * dy) ** 2;
      }
      if (distance2 > best) [farthest, best] = [i, distance2];
    }
    if (farthest >= 0) {
      keep[farthest] = true;
      push(from, farthest);
      push(farthest, to);
    }
  }
  return keep;
}

/**
 * The topology with every arc simplified to within `toleranceDegrees` (Douglas–Peucker, distances measured with
 * longitude shortened by the cosine of the UK's middle latitude). Arcs are simplified whole and keep their
 * end points, so neighbouring areas still share their borders exactly. A quantized, delta-encoded topology in,
 * the same out.
 */
export function simplifyTopology<T extends QuantizedTopology>(topology: T, toleranceDegrees: number): T {
  if (toleranceDegrees <= 0) return topology;
  const [scaleX, scaleY] = topology.transform.scale;
  const weightX = (scaleX / scaleY) * Math.cos((54.5 * Math.PI) / 180);
  const tolerance = toleranceDegrees / scaleY;
  const arcs = topology.arcs.map((arc) => {
    const points: Position[] = [];
    let x = 0;
    let y = 0;
    for (const [dx, dy] of arc) points.push([(x += dx), (y += dy)]);
    const keep = keptIndices(points, tolerance, weightX);
    const simplified: Position[] = [];
    let [lastX, lastY] = [0, 0];
    points.forEach(([px, py], i) => {
      if (!keep[i]) return;
      simplified.push([px - lastX, py - lastY]);
      [lastX, lastY] = [px, py];
    });
    return simplified;
  });
  return { ...topology, arcs };
}
