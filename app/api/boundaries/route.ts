import { baseMapTopology } from "@/lib/map/boundaries.server";

// Built once at build time: the boundaries change only with a new ONS release (and a new deployment).
export const dynamic = "force-static";

/** GET /api/boundaries — the map's base layers as TopoJSON, served by the directory itself (no tile servers). */
export function GET(): Response {
  return new Response(baseMapTopology(), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=604800, stale-while-revalidate=2592000",
    },
  });
}
