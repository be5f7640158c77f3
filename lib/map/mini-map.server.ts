import "server-only";

import { prisma } from "@/lib/db/client.server";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MiniMapCouncil } from "./mini-map";

interface CouncilRecord {
  gss: string;
  name: string;
  former_gss_codes: string[];
  latitude: number | null;
  longitude: number | null;
}

const toCouncil = (record: CouncilRecord, role: MiniMapCouncil["role"]): MiniMapCouncil => ({
  gss: record.gss,
  name: record.name,
  formerGssCodes: record.former_gss_codes,
  latitude: record.latitude,
  longitude: record.longitude,
  role,
});

/** A partnership's member councils, for its mini-map (non-council partners have no area). */
export async function partnershipMiniMapCouncils(slug: string): Promise<MiniMapCouncil[]> {
  const rows = await prisma.$queryRaw<CouncilRecord[]>(Prisma.sql`
    SELECT o.gss, o.name, o.former_gss_codes, o.latitude, o.longitude
    FROM partnership p JOIN membership m ON m.partnership_id = p.id JOIN organisation o ON o.id = m.organisation_id
    WHERE p.slug = ${slug} AND o.kind = 'council' AND o.gss IS NOT NULL
    ORDER BY m.position`);
  return rows.map((row) => toCouncil(row, "partner"));
}

/** A council and every council it shares a partnership with. */
export async function councilMiniMapCouncils(councilId: number): Promise<MiniMapCouncil[]> {
  const rows = await prisma.$queryRaw<(CouncilRecord & { focus: boolean })[]>(Prisma.sql`
    SELECT o.gss, o.name, o.former_gss_codes, o.latitude, o.longitude, o.id = ${councilId} AS focus
    FROM organisation o
    WHERE o.kind = 'council' AND o.gss IS NOT NULL AND (o.id = ${councilId} OR o.id IN (
      SELECT partner.organisation_id FROM membership own JOIN membership partner ON partner.partnership_id = own.partnership_id
      WHERE own.organisation_id = ${councilId}))
    ORDER BY o.name`);
  return rows.map((row) => toCouncil(row, row.focus ? "focus" : "partner"));
}
