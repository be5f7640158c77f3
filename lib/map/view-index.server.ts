import "server-only";

// The map by view, on the server (docs/decisions/022): for each filter, its partnerships grouped by where they
// are drawn (a spot per distinct centre of member councils), clustered once and kept until the data changes;
// each view of the map is then answered from memory — the markers of that view and the partnerships in it — so
// the browser never holds the whole result set. The per-council counts the choropleth colours by come with it.

import { cachePerConnection } from "@/lib/cache/versioned-cache";
import { rowsOf, type SqlConnection } from "@/lib/db/query.server";
import { filterConditions, type ResolvedFilter } from "@/lib/filters/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { partnershipCentre } from "@/lib/geo/centre";
import { dataVersion } from "@/lib/partnerships/data-version.server";
import { indexSpots, markersInView, partnershipsInView, type Bbox, type Spot, type SpotIndex } from "./clusters";
import type { MapCouncil, MapPayload } from "./payload";
import type { MapViewData, ViewMarker, ViewPartnership } from "./types";

/** The map's summary of the filter (payload.ts), and its partnerships by spot. */
export interface ViewIndex extends MapPayload {
  spots: Spot[];
  clusters: SpotIndex;
}

interface GroupRow {
  members: number[];
  ids: number[];
  ranks: number[];
  savings: number | null;
}

interface CouncilRecord {
  id: number;
  gss: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
  former_gss_codes: string[];
}

/**
 * The matching partnerships grouped by their member organisations (partnerships with the same members are drawn
 * on the same spot), each group's ids in the result set's name order with their ranks in it, and its summed
 * annualised savings. Selected through the one query builder's `filterConditions`, so the map shows exactly the
 * list's result set. Only the narrow columns the map needs are read.
 */
function groupsQuery(resolved: ResolvedFilter): Prisma.Sql {
  return Prisma.sql`
    WITH matching AS (
      SELECT p.id, p.member_ids, p.annualised_savings_gbp, row_number() OVER (ORDER BY p.name, p.slug)::int AS rank
      FROM partnership p WHERE ${filterConditions(resolved)})
    SELECT member_ids AS members, array_agg(id ORDER BY rank) AS ids, array_agg(rank ORDER BY rank) AS ranks,
      sum(annualised_savings_gbp)::float8 AS savings
    FROM matching GROUP BY member_ids`;
}

export async function buildViewIndex(db: SqlConnection, resolved: ResolvedFilter): Promise<ViewIndex> {
  const [groups, councilRecords, services, models] = await Promise.all([
    rowsOf<GroupRow>(db, groupsQuery(resolved)),
    rowsOf<CouncilRecord>(
      db,
      Prisma.sql`SELECT id, gss, name, latitude, longitude, former_gss_codes FROM organisation
        WHERE kind = 'council' AND gss IS NOT NULL`,
    ),
    rowsOf<{ slug: string; label: string }>(db, Prisma.sql`SELECT slug, label FROM service_area ORDER BY sort_order`),
    rowsOf<{ slug: string; label: string }>(db, Prisma.sql`SELECT slug, label FROM model_type ORDER BY sort_order`),
  ]);
  const councilById = new Map(councilRecords.map((council) => [council.id, council]));
  const involved = new Map<number, MapCouncil>();
  const spotsByCentre = new Map<string, { latitude: number; longitude: number; ids: number[]; ranks: number[] }>();
  let total = 0;
  let unlocated = 0;

  for (const group of groups) {
    const count = group.ids.length;
    total += count;
    const members = [...new Set(group.members)].flatMap((id) => {
      const council = councilById.get(id);
      return council ? [council] : [];
    });
    for (const member of members) {
      let council = involved.get(member.id);
      if (!council) {
        council = {
          gss: member.gss,
          name: member.name,
          latitude: member.latitude,
          longitude: member.longitude,
          formerGssCodes: member.former_gss_codes,
          partnerships: 0,
          savingsGbp: null,
        };
        involved.set(member.id, council);
      }
      council.partnerships += count;
      if (group.savings !== null) council.savingsGbp = (council.savingsGbp ?? 0) + group.savings;
    }
    const centre = partnershipCentre(members);
    if (!centre) {
      unlocated += count;
      continue;
    }
    const key = `${centre.latitude},${centre.longitude}`;
    const spot = spotsByCentre.get(key) ?? { ...centre, ids: [], ranks: [] };
    spotsByCentre.set(key, spot);
    for (let i = 0; i < count; i += 1) {
      spot.ids.push(group.ids[i]!);
      spot.ranks.push(group.ranks[i]!);
    }
  }

  const spots = [...spotsByCentre.values()].map((spot): Spot => {
    // Groups merged on one spot: back into name order.
    const order = spot.ranks.map((_, i) => i).sort((a, b) => spot.ranks[a]! - spot.ranks[b]!);
    return {
      latitude: spot.latitude,
      longitude: spot.longitude,
      ids: Int32Array.from(order, (i) => spot.ids[i]!),
      ranks: Int32Array.from(order, (i) => spot.ranks[i]!),
    };
  });
  let bounds: Bbox | null = null;
  for (const { latitude, longitude } of spots) {
    bounds = bounds
      ? [
          Math.min(bounds[0], longitude),
          Math.min(bounds[1], latitude),
          Math.max(bounds[2], longitude),
          Math.max(bounds[3], latitude),
        ]
      : [longitude, latitude, longitude, latitude];
  }
  const councils = [...involved.values()].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  return { total, unlocated, councils, bounds, services, models, spots, clusters: indexSpots(spots) };
}

/** Filters whose index is kept; each holds two integers per partnership plus its spots. */
const KEPT_FILTERS = Number(process.env.MAP_CACHED_FILTERS ?? 16);
const indexes = cachePerConnection<ViewIndex>(KEPT_FILTERS);

/** The filter's index, built at the current data version (or taken from the cache). */
export async function viewIndex(db: SqlConnection, resolved: ResolvedFilter): Promise<ViewIndex> {
  const version = await dataVersion(db);
  const key = JSON.stringify({ filter: resolved.filter, councilIds: resolved.councilIds, near: resolved.near });
  return indexes(db).get(key, version, () => buildViewIndex(db, resolved));
}

/** Entries of the in-view list beside the map. */
export const IN_VIEW_LIMIT = 50;

/** The markers of one view of the map and the partnerships in it: one statement for the names shown. */
export async function mapView(db: SqlConnection, index: ViewIndex, bbox: Bbox, zoom: number): Promise<MapViewData> {
  const markers = markersInView(index.clusters, index.spots, bbox, zoom);
  const inView = partnershipsInView(index.spots, bbox, IN_VIEW_LIMIT);
  const ids = [
    ...new Set([...markers.flatMap((marker) => (marker.kind === "partnership" ? [marker.id] : [])), ...inView.ids]),
  ];
  const rows = ids.length
    ? await rowsOf<ViewPartnership & { id: number }>(
        db,
        Prisma.sql`SELECT p.id, p.slug, p.name,
            (SELECT count(*) FROM organisation o
              WHERE o.id = ANY(p.member_ids) AND o.kind = 'council' AND o.gss IS NOT NULL)::int AS councils
          FROM partnership p WHERE p.id = ANY(${ids}::int[])`,
      )
    : [];
  const byId = new Map(rows.map(({ id, ...partnership }) => [id, partnership]));
  return {
    total: index.total,
    markers: markers.flatMap((marker): ViewMarker[] => {
      if (marker.kind === "cluster") return [marker];
      const partnership = byId.get(marker.id);
      return partnership
        ? [{ kind: "partnership" as const, latitude: marker.latitude, longitude: marker.longitude, ...partnership }]
        : [];
    }),
    inView: { count: inView.count, partnerships: inView.ids.flatMap((id) => byId.get(id) ?? []) },
  };
}
