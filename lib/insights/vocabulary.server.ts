import "server-only";

import { prisma } from "@/lib/db/client.server";
import type { FacetCount } from "@/lib/filters/types";

/** The service areas' and model types' labels as the database holds them, in the shape facetLabels reads. */
export async function vocabularyFacets(): Promise<{ service: FacetCount[]; model: FacetCount[] }> {
  const [services, models] = await Promise.all([
    prisma.serviceArea.findMany({ orderBy: { sortOrder: "asc" }, select: { slug: true, label: true } }),
    prisma.modelType.findMany({ orderBy: { sortOrder: "asc" }, select: { slug: true, label: true } }),
  ]);
  const counted = (rows: { slug: string; label: string }[]) =>
    rows.map((row) => ({ value: row.slug, label: row.label, count: 0 }));
  return { service: counted(services), model: counted(models) };
}
