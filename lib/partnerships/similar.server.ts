import "server-only";

// "Similar partnerships": others in the same service areas, ranked by what they have in common with this one.
import { cache } from "react";
import { prisma } from "@/lib/db/client.server";
import { distanceKmSql, pointOf } from "@/lib/geo/sql";
import type { Labelled, PartnershipStatus } from "@/lib/vocabulary";
import { memberOf, memberSelect, serviceAreaSelect, serviceAreasOf } from "./read.server";
import type { PartnershipMember } from "./types";

export const SIMILAR_LIMIT = 5;

/**
 * Scoring (higher ranks first; only partnerships sharing at least one service area are candidates):
 *   3 points for each service area in common
 * + up to 2 points for nearness: 2 × max(0, 1 − d / 100 km), where d is the shortest distance between a member
 *   council of this partnership and one of the other (0 when they share a council), so 2 points for a shared or
 *   neighbouring council, nothing beyond 100 km
 * + 1 point when the other has a member council of a type this one's member councils have (two districts, two
 *   counties…)
 * Ties go to active partnerships, then by name. Service areas dominate: one more area in common outweighs any
 * nearness and type together.
 */
export const SIMILARITY_WEIGHTS = { serviceArea: 3, nearness: 2, nearnessRangeKm: 100, sameCouncilType: 1 } as const;

export type SimilarPartnership = {
  slug: string;
  name: string;
  status: PartnershipStatus;
  modelType: Labelled;
  /** Every service area of the other partnership; `sharedServiceAreas` are those in common, in the same order. */
  serviceAreas: Labelled[];
  sharedServiceAreas: Labelled[];
  members: PartnershipMember[];
  /** Shortest distance between member councils of the two, in km; null when either has no council with a point. */
  nearestKm: number | null;
  sameCouncilType: boolean;
  score: number;
};

type ScoreRow = {
  id: number;
  shared: bigint | number;
  nearest_km: number | null;
  same_type: boolean;
  score: number;
};

/** The partnerships most like the one with this slug, best first (empty for an unknown slug). */
export const similarPartnerships = cache(async (slug: string, limit = SIMILAR_LIMIT): Promise<SimilarPartnership[]> => {
  const w = SIMILARITY_WEIGHTS;
  const scored = await prisma.$queryRaw<ScoreRow[]>`
    WITH me AS (SELECT id FROM partnership WHERE slug = ${slug}),
    my_councils AS (
      SELECT o.* FROM membership m JOIN organisation o ON o.id = m.organisation_id
       WHERE m.partnership_id = (SELECT id FROM me) AND o.kind = 'council'
    ),
    candidates AS (
      SELECT psa.partnership_id AS id, count(*) AS shared
        FROM partnership_service_area psa
       WHERE psa.service_area_id IN (SELECT service_area_id FROM partnership_service_area
                                      WHERE partnership_id = (SELECT id FROM me))
         AND psa.partnership_id <> (SELECT id FROM me)
       GROUP BY psa.partnership_id
    ),
    measured AS (
      SELECT c.id, c.shared,
             (SELECT min(CASE WHEN a.id = b.id THEN 0 ELSE ${distanceKmSql(pointOf("a"), pointOf("b"))} END)
                FROM my_councils a, membership m2 JOIN organisation b ON b.id = m2.organisation_id
               WHERE m2.partnership_id = c.id AND b.kind = 'council'
                 AND a.latitude IS NOT NULL AND b.latitude IS NOT NULL) AS nearest_km,
             EXISTS (SELECT 1 FROM membership m3 JOIN organisation b ON b.id = m3.organisation_id
                      WHERE m3.partnership_id = c.id AND b.kind = 'council'
                        AND b.council_type IN (SELECT council_type FROM my_councils)) AS same_type
        FROM candidates c
    )
    SELECT m.id, m.shared, m.nearest_km, m.same_type,
           ${w.serviceArea} * m.shared
           + ${w.nearness} * greatest(0, 1 - coalesce(m.nearest_km, ${w.nearnessRangeKm}) / ${w.nearnessRangeKm}::float8)
           + CASE WHEN m.same_type THEN ${w.sameCouncilType} ELSE 0 END AS score
      FROM measured m JOIN partnership p ON p.id = m.id
     ORDER BY score DESC, (p.status = 'active') DESC, p.name, p.id
     LIMIT ${limit}`;
  if (scored.length === 0) return [];

  const [rows, own] = await Promise.all([
    prisma.partnership.findMany({
      where: { id: { in: scored.map((row) => row.id) } },
      select: {
        id: true,
        slug: true,
        name: true,
        status: true,
        modelType: { select: { slug: true, label: true } },
        serviceAreas: serviceAreaSelect,
        members: { select: memberSelect, orderBy: { position: "asc" } },
      },
    }),
    prisma.partnershipServiceArea.findMany({
      where: { partnership: { slug } },
      select: { serviceArea: { select: { slug: true } } },
    }),
  ]);
  const ownAreas = new Set(own.map(({ serviceArea }) => serviceArea.slug));
  const byId = new Map(rows.map((row) => [row.id, row]));

  return scored.flatMap((score) => {
    const row = byId.get(score.id);
    if (!row) return [];
    const serviceAreas = serviceAreasOf(row.serviceAreas);
    return [
      {
        slug: row.slug,
        name: row.name,
        status: row.status,
        modelType: row.modelType,
        serviceAreas,
        sharedServiceAreas: serviceAreas.filter((area) => ownAreas.has(area.slug)),
        members: row.members.map(memberOf),
        nearestKm: score.nearest_km === null ? null : Number(score.nearest_km),
        sameCouncilType: score.same_type,
        score: Number(score.score),
      },
    ];
  });
});
