import "server-only";

// A council's sharing profile: for each service area, how many current partnerships it is in, and how many of
// its "councils like this one" share that area — so the areas its peers share and it does not stand out. As a
// chart table (lib/charts/table.ts), each row linking to the directory's list of the partnerships behind it.

import { prisma } from "@/lib/db/client.server";
import { CHART_COLOURS, type ChartTable } from "@/lib/charts/table";
import { directoryHref } from "@/lib/filters/urls";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { pluralise } from "@/lib/format";
import type { PartnershipStatus, ServiceAreaSlug } from "@/lib/vocabulary";

type Db = Pick<PrismaClient, "$queryRaw">;
type CouncilRef = { id: number; gss: string; name: string };

/** "Shares" means: is a member of a partnership that has not ended (as "what councils near it share"). */
export const CURRENT_STATUSES: PartnershipStatus[] = ["active", "planned", "unknown"];

export type SharingProfile = {
  table: ChartTable;
  /** Service areas the like councils share and this council does not. */
  notShared: string[];
};

export async function sharingProfile(
  council: CouncilRef,
  like: CouncilRef[],
  db: Db = prisma,
): Promise<SharingProfile> {
  const likeIds = like.map((peer) => peer.id);
  const rows = await db.$queryRaw<{ slug: ServiceAreaSlug; label: string; own: number; peers: number }[]>`
    SELECT s.slug, s.label,
      count(DISTINCT p.id) FILTER (WHERE ${council.id}::int = ANY(p.member_ids))::int AS own,
      count(DISTINCT m.id) FILTER (WHERE m.id = ANY(CAST(${likeIds} AS integer[])))::int AS peers
    FROM service_area s
    JOIN partnership p ON s.id = ANY(p.service_area_ids) AND p.status <> 'ended'
    CROSS JOIN LATERAL unnest(p.member_ids) AS m(id)
    WHERE p.member_ids && CAST(${[council.id, ...likeIds]} AS integer[])
    GROUP BY s.id ORDER BY s.sort_order`;
  // Shared first, most partnerships first; then what only the peers share, most peers first.
  const ordered = [...rows].sort((a, b) => Number(b.own > 0) - Number(a.own > 0) || b.own - a.own || b.peers - a.peers);
  const peerCodes = like.map((peer) => peer.gss);
  return {
    notShared: ordered.filter((row) => row.own === 0).map((row) => row.label),
    table: {
      id: "sharing-profile",
      title: `What ${council.name} shares, and what councils like it share`,
      description: `For each service area: how many current partnerships ${council.name} is in, and how many of the ${pluralise(like.length, "council")} like it share that area. Areas with no partnership of ${council.name} are the ones its peers share and it does not.`,
      rowHeading: "Service area",
      series: [
        { key: "own", label: `${council.name}’s partnerships`, colour: CHART_COLOURS.blue },
        { key: "peers", label: "Councils like it sharing this", colour: CHART_COLOURS.darkBlue, hatched: true },
      ],
      rows: ordered.map((row) => ({
        key: row.slug,
        label: row.own === 0 ? `${row.label} (not shared by ${council.name})` : row.label,
        href: directoryHref({
          service: [row.slug],
          status: CURRENT_STATUSES,
          council: [council.gss, ...peerCodes],
        }),
        values: [row.own, row.peers],
      })),
    },
  };
}
