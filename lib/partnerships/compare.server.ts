import "server-only";

// A comparison's partnerships, read through the one reader; unknown slugs are named, never silently dropped.

import { prisma } from "@/lib/db/client.server";
import type { Queryable } from "@/lib/db/pool.server";
import { readPartnership } from "./read.server";
import { compareSlugs, unknownSlugsMessage } from "./compare";
import type { PartnershipDetail } from "./types";

export type Comparison = { ok: true; partnerships: PartnershipDetail[] } | { ok: false; message: string };

export async function comparison(params: URLSearchParams): Promise<Comparison> {
  const request = compareSlugs(params);
  if (!request.ok) return request;
  const found = await Promise.all(request.slugs.map((slug) => readPartnership(prisma, slug)));
  const unknown = request.slugs.filter((_, index) => found[index] === null);
  if (unknown.length) return { ok: false, message: unknownSlugsMessage(unknown) };
  return { ok: true, partnerships: found as PartnershipDetail[] };
}

/**
 * What is wrong with a comparison's address, or null: asked by proxy.ts before the page renders, so that the page
 * explaining it is answered with a 400.
 */
export async function comparisonProblem(db: Queryable, params: URLSearchParams): Promise<string | null> {
  const request = compareSlugs(params);
  if (!request.ok) return request.message;
  const { rows } = await db.query<{ slug: string }>("SELECT slug FROM partnership WHERE slug = ANY($1::text[])", [
    request.slugs,
  ]);
  const known = new Set(rows.map((row) => row.slug));
  const unknown = request.slugs.filter((slug) => !known.has(slug));
  return unknown.length ? unknownSlugsMessage(unknown) : null;
}
