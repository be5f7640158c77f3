import "server-only";

import { currentCouncilsOf } from "@/lib/councils/predecessors";
import { successionLinks } from "@/lib/councils/resolve.server";
import { prisma } from "@/lib/db/client.server";
import { filterConditions, type ResolvedFilter } from "@/lib/filters/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { partnershipCentre } from "@/lib/geo/centre";
import { councilShares } from "@/lib/savings";
import { encodeMapPayload, type MapCouncil, type MapPartnership } from "./payload";
import type { MapData } from "./types";

interface PartnershipRow {
  slug: string;
  name: string;
  model_type_id: number;
  annualised: number | null;
  /** Whom the counted claim is credited to: member councils' GSS codes, "; "-joined; null for the whole partnership. */
  credited: string | null;
  services: number[];
  councils: number[];
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
 * Every partnership matching a filter, compact, for the map: selected through the one query builder's
 * `filterConditions` (as `matchingIdsQuery` does, without its ORDER BY: the map sorts by name itself), so the
 * map always shows exactly the list's result set.
 */
export async function mapData(resolved: ResolvedFilter): Promise<MapData> {
  const [rows, councils, services, models, links] = await Promise.all([
    // Set-based (one pass over memberships and services) rather than a subquery per partnership: at 100k
    // partnerships this is the difference between seconds and tens of seconds.
    prisma.$queryRaw<PartnershipRow[]>(Prisma.sql`
      WITH matching AS (SELECT p.id FROM partnership p WHERE ${filterConditions(resolved)}),
      services AS (
        SELECT ps.partnership_id, array_agg(ps.service_area_id ORDER BY ps.service_area_id) AS ids
        FROM partnership_service_area ps JOIN matching ON matching.id = ps.partnership_id GROUP BY ps.partnership_id),
      councils AS (
        SELECT m.partnership_id, array_agg(m.organisation_id ORDER BY m.position) AS ids
        FROM membership m JOIN matching ON matching.id = m.partnership_id
        JOIN organisation o ON o.id = m.organisation_id AND o.kind = 'council'
        GROUP BY m.partnership_id)
      SELECT p.slug, p.name, p.model_type_id, p.annualised_savings_gbp::float8 AS annualised,
        p.annualised_savings_credited_to AS credited,
        coalesce(services.ids, '{}') AS services, coalesce(councils.ids, '{}') AS councils
      FROM matching JOIN partnership p ON p.id = matching.id
      LEFT JOIN services ON services.partnership_id = p.id
      LEFT JOIN councils ON councils.partnership_id = p.id`),
    prisma.$queryRaw<CouncilRecord[]>(Prisma.sql`
      SELECT id, gss, name, latitude, longitude, former_gss_codes FROM organisation
      WHERE kind = 'council' AND gss IS NOT NULL`),
    prisma.$queryRaw<{ id: number; slug: string; label: string }[]>(
      Prisma.sql`SELECT id, slug, label FROM service_area ORDER BY sort_order`,
    ),
    prisma.$queryRaw<{ id: number; slug: string; label: string }[]>(
      Prisma.sql`SELECT id, slug, label FROM model_type ORDER BY sort_order`,
    ),
    // The choropleth draws today's councils: an abolished member counts for those that took over its area.
    resolved.filter.predecessors === "exclude" ? [] : successionLinks(prisma),
  ]);
  return compactMapData(rows, councils, services, models, currentCouncilsOf(links));
}

function compactMapData(
  rows: PartnershipRow[],
  councils: CouncilRecord[],
  services: { id: number; slug: string; label: string }[],
  models: { id: number; slug: string; label: string }[],
  /** The current councils an abolished council's partnerships count for (none: each counts for itself). */
  countsFor: Map<number, number[]> = new Map(),
): MapData {
  const councilById = new Map(councils.map((council) => [council.id, council]));
  const serviceIndex = new Map(services.map((service, index) => [service.id, index]));
  const modelIndex = new Map(models.map((model, index) => [model.id, index]));

  // Only the councils the result set involves travel, each once; partnerships refer to them by index.
  const involved: MapCouncil[] = [];
  const councilIndex = new Map<number, number>();
  const councilIdAt: number[] = [];
  const indexOf = (id: number): number | null => {
    const known = councilIndex.get(id);
    if (known !== undefined) return known;
    const council = councilById.get(id);
    if (!council) return null;
    councilIndex.set(id, involved.length);
    councilIdAt.push(id);
    involved.push({
      gss: council.gss,
      name: council.name,
      latitude: council.latitude,
      longitude: council.longitude,
      formerGssCodes: council.former_gss_codes,
      partnerships: 0,
      savingsGbp: null,
    });
    return involved.length - 1;
  };

  rows.sort((a, b) => a.name.localeCompare(b.name, "en-GB") || a.slug.localeCompare(b.slug));
  const partnerships = rows.map((row): MapPartnership => {
    const members = [...new Set(row.councils)].flatMap((id) => {
      const index = indexOf(id);
      return index === null ? [] : [index];
    });
    // Each partnership once per council it counts for, however many of that council's predecessors are members.
    const countedFor = (id: number) => (countsFor.get(id) ?? [id]).flatMap((c) => indexOf(c) ?? []);
    for (const index of new Set([...new Set(row.councils)].flatMap(countedFor))) involved[index]!.partnerships += 1;
    // The estimate is shared, never credited in full to each member (lib/savings councilShares); an abolished
    // member's share passes to the councils that took over its area, split equally between them.
    if (row.annualised !== null) {
      const idByGss = new Map(members.map((index) => [involved[index]!.gss, councilIdAt[index]!]));
      const shares = councilShares(row.annualised, [...idByGss.keys()], (row.credited ?? "").split("; "));
      for (const [gss, share] of shares) {
        const targets = countedFor(idByGss.get(gss)!);
        for (const index of targets) {
          const council = involved[index]!;
          council.savingsGbp = (council.savingsGbp ?? 0) + share / targets.length;
        }
      }
    }
    const centre = partnershipCentre(members.map((index) => involved[index]));
    return {
      slug: row.slug,
      name: row.name,
      latitude: centre?.latitude ?? null,
      longitude: centre?.longitude ?? null,
      model: modelIndex.get(row.model_type_id) ?? models.length - 1,
      services: row.services.flatMap((id) => (serviceIndex.has(id) ? [serviceIndex.get(id)!] : [])),
      councils: members,
      annualisedGbp: row.annualised === null ? null : Math.round(row.annualised),
    };
  });

  return encodeMapPayload({
    total: rows.length,
    services: services.map(({ slug, label }) => ({ slug, label })),
    models: models.map(({ slug, label }) => ({ slug, label })),
    councils: involved,
    partnerships,
  });
}
