import "server-only";

// The map by view, on the server (docs/decisions/022): for each filter, its partnerships grouped by where they
// are drawn (a spot per distinct centre of member councils), clustered once and kept until the data changes;
// each view of the map is then answered from memory — the markers of that view and the partnerships in it — so
// the browser never holds the whole result set. The per-council counts the choropleth colours by come with it.

import { cachePerConnection } from "@/lib/cache/versioned-cache";
import { currentCouncilsOf } from "@/lib/councils/predecessors";
import { successionLinks } from "@/lib/councils/resolve.server";
import { rowsOf, type SqlConnection } from "@/lib/db/query.server";
import { filterConditions, type ResolvedFilter } from "@/lib/filters/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { partnershipCentre } from "@/lib/geo/centre";
import { dataVersion } from "@/lib/partnerships/data-version.server";
import { councilShares } from "@/lib/savings";
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
  /** Each matching partnership's annualised estimate, where it has one. */
  estimates: number[];
  /** Whom the counted claims are credited to: member councils' GSS codes, "; "-joined; null for the whole partnership. */
  credited: string | null;
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
      SELECT p.id, p.member_ids, p.annualised_savings_gbp, p.annualised_savings_credited_to AS credited,
        row_number() OVER (ORDER BY p.name, p.slug)::int AS rank
      FROM partnership p WHERE ${filterConditions(resolved)})
    SELECT member_ids AS members, credited, array_agg(id ORDER BY rank) AS ids, array_agg(rank ORDER BY rank) AS ranks,
      coalesce(array_agg(annualised_savings_gbp::float8) FILTER (WHERE annualised_savings_gbp IS NOT NULL), '{}')
        AS estimates
    FROM matching GROUP BY member_ids, credited`;
}

export async function buildViewIndex(db: SqlConnection, resolved: ResolvedFilter): Promise<ViewIndex> {
  const [groups, councilRecords, services, models, links] = await Promise.all([
    rowsOf<GroupRow>(db, groupsQuery(resolved)),
    rowsOf<CouncilRecord>(
      db,
      Prisma.sql`SELECT id, gss, name, latitude, longitude, former_gss_codes FROM organisation
        WHERE kind = 'council' AND gss IS NOT NULL`,
    ),
    rowsOf<{ slug: string; label: string }>(db, Prisma.sql`SELECT slug, label FROM service_area ORDER BY sort_order`),
    rowsOf<{ slug: string; label: string }>(db, Prisma.sql`SELECT slug, label FROM model_type ORDER BY sort_order`),
    // The choropleth draws today's councils: an abolished member counts for those that took over its area.
    resolved.filter.predecessors === "exclude" ? [] : successionLinks(db),
  ]);
  const countsFor = currentCouncilsOf(links);
  const countedFor = (id: number): number[] => countsFor.get(id) ?? [id];
  const councilById = new Map(councilRecords.map((council) => [council.id, council]));
  const involved = new Map<number, MapCouncil>();
  const spotsByCentre = new Map<string, { latitude: number; longitude: number; ids: number[]; ranks: number[] }>();
  let total = 0;
  let unlocated = 0;
  const involvedCouncil = (id: number): MapCouncil | null => {
    const known = involved.get(id);
    if (known) return known;
    const record = councilById.get(id);
    if (!record) return null;
    const council: MapCouncil = {
      gss: record.gss,
      name: record.name,
      latitude: record.latitude,
      longitude: record.longitude,
      formerGssCodes: record.former_gss_codes,
      partnerships: 0,
      savingsGbp: null,
    };
    involved.set(id, council);
    return council;
  };

  for (const group of groups) {
    const count = group.ids.length;
    total += count;
    const members = [...new Set(group.members)].flatMap((id) => {
      const council = councilById.get(id);
      return council ? [council] : [];
    });
    // Every member is drawn (its area, its line to the marker), abolished ones included.
    for (const member of members) involvedCouncil(member.id);
    // Each partnership once per council it counts for, however many of that council's predecessors are members.
    for (const id of new Set(members.flatMap((member) => countedFor(member.id)))) {
      const council = involvedCouncil(id);
      if (council) council.partnerships += count;
    }
    // Each estimate is shared, never credited in full to each member (lib/savings councilShares); an abolished
    // member's share passes to the councils that took over its area, split equally between them.
    const idByGss = new Map(members.map((member) => [member.gss, member.id]));
    for (const estimate of group.estimates) {
      for (const [gss, share] of councilShares(estimate, [...idByGss.keys()], (group.credited ?? "").split("; "))) {
        const targets = countedFor(idByGss.get(gss)!).flatMap((id) => involvedCouncil(id) ?? []);
        for (const council of targets) council.savingsGbp = (council.savingsGbp ?? 0) + share / targets.length;
      }
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
