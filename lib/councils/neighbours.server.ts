import "server-only";

// A council's neighbourhood: its nearest current councils, the current councils like it, and the partnerships
// those councils are in for service areas it does not yet share ("who near me shares legal services and we don't").
// Distances are lib/geo's, in SQL, between council points (scoring.ts states the formulas and the weights).
import { prisma } from "@/lib/db/client.server";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PartnershipStatus } from "@/lib/vocabulary";
import { LIKE_DISTANCE_SCALE_KM, LIKE_LIMIT, NEAREST_LIMIT, POPULATION_FACTOR } from "./scoring";
import { distanceKmSql, pointOf } from "@/lib/geo/sql";
import { isCurrentSql } from "./sql.server";
import type { LikeCouncil, NearbyCouncil, UnsharedServiceGroup } from "./types";

/** A candidate as the SQL below names its columns: a NearbyCouncil but for the count (a bigint). */
type NearbyRow = Omit<NearbyCouncil, "partnershipCount"> & { partnerships: bigint | number };

function toNearby({ partnerships, ...council }: NearbyRow): NearbyCouncil {
  return { ...council, partnershipCount: Number(partnerships) };
}

/** Candidates for both lists: current councils other than this one, with a point and a GSS code. */
const candidateSql = (extra: Prisma.Sql = Prisma.empty) => Prisma.sql`
  SELECT c.id, c.gss, c.name, c.council_type::text AS "councilType", c.region::text AS region,
         c.nation::text AS nation, c.population, d.distance_km AS "distanceKm",
         (SELECT count(*) FROM membership m WHERE m.organisation_id = c.id) AS partnerships ${extra}
    FROM organisation me
    JOIN organisation c ON c.kind = 'council' AND c.id <> me.id AND c.gss IS NOT NULL
         AND c.latitude IS NOT NULL AND c.longitude IS NOT NULL AND ${isCurrentSql("c")}
    CROSS JOIN LATERAL (SELECT ${distanceKmSql(pointOf("me"), pointOf("c"))} AS distance_km) d`;

/** The current councils nearest this one, nearest first. Empty when the council has no point recorded. */
export async function nearestCouncils(councilId: number, limit = NEAREST_LIMIT): Promise<NearbyCouncil[]> {
  const rows = await prisma.$queryRaw<NearbyRow[]>`
    ${candidateSql()}
     WHERE me.id = ${councilId} AND me.latitude IS NOT NULL AND me.longitude IS NOT NULL
     ORDER BY d.distance_km, c.name, c.id
     LIMIT ${limit}`;
  return rows.map(toNearby);
}

/**
 * Current councils like this one: the same council type and a population within POPULATION_FACTOR either way,
 * ranked by scoring.likenessScore (distance / 50 km + population difference on a 0–1 scale), lowest first.
 * A council without a population recorded is compared by type and distance alone.
 */
export async function councilsLike(councilId: number, limit = LIKE_LIMIT): Promise<LikeCouncil[]> {
  const populationTerm = Prisma.sql`CASE WHEN me.population > 0 AND c.population > 0
      THEN abs(ln(c.population::float8 / me.population)) / ln(${POPULATION_FACTOR}::float8) ELSE 0 END`;
  const rows = await prisma.$queryRaw<(NearbyRow & { score: number })[]>`
    ${candidateSql(Prisma.sql`, d.distance_km / ${LIKE_DISTANCE_SCALE_KM}::float8 + ${populationTerm} AS score`)}
     WHERE me.id = ${councilId} AND me.latitude IS NOT NULL AND me.longitude IS NOT NULL
       AND me.council_type IS NOT NULL AND c.council_type = me.council_type
       AND (me.population IS NULL OR (c.population IS NOT NULL
            AND c.population::float8 BETWEEN me.population / ${POPULATION_FACTOR}::float8
                                        AND me.population * ${POPULATION_FACTOR}::float8))
     ORDER BY score, d.distance_km, c.name, c.id
     LIMIT ${limit}`;
  return rows.map(({ score, ...row }) => ({ ...toNearby(row), score: Number(score) }));
}

type UnsharedRow = {
  service_slug: string;
  service_label: string;
  slug: string;
  name: string;
  status: PartnershipStatus;
  model_slug: string;
  model_label: string;
  council_gss: string[];
  council_names: string[];
};

/**
 * Partnerships that the given peer councils are in, for service areas this council does not yet share, grouped
 * by service area (in the product's order). "Shares" means: is a member of a partnership that has not ended in
 * that service area; ended partnerships are not offered either. Partnerships the council is itself in are left out.
 */
export async function partnershipsForUnsharedServices(
  councilId: number,
  peerIds: readonly number[],
): Promise<UnsharedServiceGroup[]> {
  if (peerIds.length === 0) return [];
  const rows = await prisma.$queryRaw<UnsharedRow[]>`
    WITH own_services AS (
      SELECT DISTINCT psa.service_area_id
        FROM membership m
        JOIN partnership p ON p.id = m.partnership_id AND p.status <> 'ended'
        JOIN partnership_service_area psa ON psa.partnership_id = p.id
       WHERE m.organisation_id = ${councilId}
    )
    SELECT sa.slug AS service_slug, sa.label AS service_label, p.slug, p.name, p.status::text AS status,
           mt.slug AS model_slug, mt.label AS model_label,
           array_agg(o.gss ORDER BY o.name) AS council_gss, array_agg(o.name ORDER BY o.name) AS council_names
      FROM partnership p
      JOIN model_type mt ON mt.id = p.model_type_id
      JOIN partnership_service_area psa ON psa.partnership_id = p.id
      JOIN service_area sa ON sa.id = psa.service_area_id
      JOIN membership m ON m.partnership_id = p.id AND m.organisation_id = ANY(${peerIds as number[]}::int[])
      JOIN organisation o ON o.id = m.organisation_id
     WHERE p.status <> 'ended'
       AND psa.service_area_id NOT IN (SELECT service_area_id FROM own_services)
       AND NOT EXISTS (SELECT 1 FROM membership own WHERE own.partnership_id = p.id AND own.organisation_id = ${councilId})
     GROUP BY sa.slug, sa.label, sa.sort_order, p.id, p.slug, p.name, p.status, mt.slug, mt.label
     ORDER BY sa.sort_order, count(*) DESC, p.name`;

  const groups = new Map<string, UnsharedServiceGroup>();
  for (const row of rows) {
    let group = groups.get(row.service_slug);
    if (!group) {
      group = { serviceArea: { slug: row.service_slug, label: row.service_label }, partnerships: [] };
      groups.set(row.service_slug, group);
    }
    group.partnerships.push({
      slug: row.slug,
      name: row.name,
      status: row.status,
      modelType: { slug: row.model_slug, label: row.model_label },
      councils: row.council_gss.map((gss, i) => ({ gss, name: row.council_names[i] ?? gss })),
    });
  }
  return [...groups.values()];
}

export type CouncilNeighbourhood = {
  nearest: NearbyCouncil[];
  like: LikeCouncil[];
  /** From the partnerships of the nearest councils and the councils like this one together. */
  unshared: UnsharedServiceGroup[];
};

/**
 * Everything a current council's page shows about its neighbours. An abolished council has none: its page sends
 * readers to its successor, whose neighbours are the current ones.
 */
export async function councilNeighbourhood(council: { id: number; abolished: boolean }): Promise<CouncilNeighbourhood> {
  if (council.abolished) return { nearest: [], like: [], unshared: [] };
  const [nearest, like] = await Promise.all([nearestCouncils(council.id), councilsLike(council.id)]);
  const peerIds = [...new Set([...nearest, ...like].map((peer) => peer.id))];
  const unshared = await partnershipsForUnsharedServices(council.id, peerIds);
  return { nearest, like, unshared };
}
