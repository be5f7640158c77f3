import "server-only";

// The insight charts of any filter, each as its table (lib/charts/table.ts): partnerships by service area, by
// model, by place; started, ended and active each year; the spread of reported savings; council types and the
// most-connected councils. Every count selects through the one query builder (filterConditions), so a chart
// counts exactly the partnerships the directory lists for the same filter.

import { prisma } from "@/lib/db/client.server";
import { CHART_COLOURS, type ChartTable } from "@/lib/charts/table";
import { filterConditions, type ResolvedFilter } from "@/lib/filters/sql";
import { directoryHref } from "@/lib/filters/urls";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { formatGbp } from "@/lib/format";
import { savingsDistribution, type SavingsClaim, type SavingsDistribution } from "@/lib/savings";
import {
  COUNCIL_TYPES,
  COUNCIL_TYPE_LABELS,
  NATION_LABELS,
  REGIONS,
  REGION_LABELS,
  type ModelTypeSlug,
  type SavingsBasis,
  type ServiceAreaSlug,
} from "@/lib/vocabulary";
import type { PartnershipFilter } from "@/lib/filters/schema";

type Db = Pick<PrismaClient, "$queryRaw">;
const sql = Prisma.sql;

/** The partnerships of the filter, as a sub-select of ids. */
const matching = (resolved: ResolvedFilter) => sql`SELECT p.id FROM partnership p WHERE ${filterConditions(resolved)}`;

const PARTNERSHIPS = [{ key: "partnerships", label: "Partnerships", colour: CHART_COLOURS.blue }];

export const INSIGHT_CHARTS = [
  "services",
  "models",
  "places",
  "timeline",
  "active",
  "savings",
  "council-types",
  "councils",
] as const;
export type InsightChart = (typeof INSIGHT_CHARTS)[number];

export type Insights = {
  total: number;
  charts: Record<InsightChart, ChartTable>;
  savings: SavingsDistribution;
  /** What the year charts leave out: no start year, or ended without an end year, or planned. */
  timelineGaps: { noStartYear: number; endedWithoutYear: number; planned: number };
};

type Counted = { key: string; label: string; count: number; position: number };

/**
 * Counts of a facet as chart rows, most first (ties in the vocabulary's order), zeros left out; each row links to
 * the directory's list of the filter narrowed to that value.
 */
function countedRows(rows: Counted[], narrowed: (key: string) => Partial<PartnershipFilter>): ChartTable["rows"] {
  return rows
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || a.position - b.position)
    .map((row) => ({ key: row.key, label: row.label, href: directoryHref(narrowed(row.key)), values: [row.count] }));
}

export async function insightsOf(resolved: ResolvedFilter, db: Db = prisma): Promise<Insights> {
  const { filter } = resolved;
  const ids = matching(resolved);
  const [[totals], services, models, places, types, councils, years, claims] = await Promise.all([
    db.$queryRaw<{ total: number; noStartYear: number; endedWithoutYear: number; planned: number }[]>`
      SELECT count(*)::int AS total,
        count(*) FILTER (WHERE start_year IS NULL AND status <> 'planned')::int AS "noStartYear",
        count(*) FILTER (WHERE start_year IS NOT NULL AND status = 'ended' AND end_year IS NULL)::int AS "endedWithoutYear",
        count(*) FILTER (WHERE status = 'planned')::int AS planned
      FROM partnership WHERE id IN (${ids})`,
    db.$queryRaw<Counted[]>`
      SELECT s.slug AS key, s.label, s.sort_order AS position, count(m.id)::int AS count
      FROM service_area s LEFT JOIN (SELECT p.id, p.service_area_ids FROM partnership p WHERE p.id IN (${ids})) m
        ON s.id = ANY(m.service_area_ids)
      GROUP BY s.id ORDER BY s.sort_order`,
    db.$queryRaw<Counted[]>`
      SELECT t.slug AS key, t.label, t.sort_order AS position, count(p.id)::int AS count
      FROM model_type t LEFT JOIN partnership p ON p.model_type_id = t.id AND p.id IN (${ids})
      GROUP BY t.id ORDER BY t.sort_order`,
    db.$queryRaw<{ kind: "region" | "nation"; key: string; count: number }[]>`
      SELECT 'region' AS kind, r::text AS key, count(*)::int AS count
        FROM partnership p, unnest(p.member_regions) AS r WHERE p.id IN (${ids}) GROUP BY r
      UNION ALL
      SELECT 'nation', n::text, count(*)::int
        FROM partnership p, unnest(p.member_nations) AS n WHERE p.id IN (${ids}) GROUP BY n`,
    db.$queryRaw<{ key: string; partnerships: number; councils: number }[]>`
      SELECT o.council_type::text AS key, count(DISTINCT p.id)::int AS partnerships, count(DISTINCT o.id)::int AS councils
      FROM partnership p CROSS JOIN unnest(p.member_ids) AS member(id) JOIN organisation o ON o.id = member.id
      WHERE p.id IN (${ids}) AND o.kind = 'council' AND o.council_type IS NOT NULL
      GROUP BY o.council_type`,
    db.$queryRaw<{ gss: string; name: string; count: number }[]>`
      SELECT o.gss, o.name, count(*)::int AS count
      FROM partnership p CROSS JOIN unnest(p.member_ids) AS member(id) JOIN organisation o ON o.id = member.id
      WHERE p.id IN (${ids}) AND o.kind = 'council' AND o.gss IS NOT NULL
      GROUP BY o.id ORDER BY count(*) DESC, o.name LIMIT 10`,
    db.$queryRaw<{ year: number; started: number; ended: number; active: number }[]>`
      WITH m AS (SELECT start_year, end_year, status FROM partnership WHERE id IN (${ids})),
      span AS (SELECT min(start_year) AS first FROM m WHERE status <> 'planned')
      SELECT y AS year,
        (SELECT count(*) FROM m WHERE status <> 'planned' AND start_year = y)::int AS started,
        (SELECT count(*) FROM m WHERE end_year = y)::int AS ended,
        (SELECT count(*) FROM m WHERE status <> 'planned' AND start_year <= y
           AND (end_year >= y OR (end_year IS NULL AND status <> 'ended')))::int AS active
      FROM span, generate_series(span.first, extract(year FROM now())::int) AS y
      ORDER BY y`,
    db.$queryRaw<{ id: number; claims: { amountGbp: number; basis: SavingsBasis; periodYears: number | null }[] }[]>`
      SELECT p.id, coalesce(json_agg(json_build_object('amountGbp', c.amount_gbp, 'basis', c.basis,
          'periodYears', c.period_years) ORDER BY c.position) FILTER (WHERE c.id IS NOT NULL), '[]') AS claims
      FROM partnership p LEFT JOIN savings_claim c ON c.partnership_id = p.id
      WHERE p.id IN (${ids}) GROUP BY p.id`,
  ]);

  const savings = savingsDistribution(claims.map((row) => row.claims as SavingsClaim[]));
  const placeCount = (kind: "region" | "nation", key: string) =>
    places.find((row) => row.kind === kind && row.key === key)?.count ?? 0;
  const placeRows = [
    ...REGIONS.map((region) => ({
      key: region,
      label: REGION_LABELS[region],
      param: { region: [region] },
      count: placeCount("region", region),
    })),
    ...(["scotland", "wales", "northern-ireland"] as const).map((nation) => ({
      key: nation,
      label: NATION_LABELS[nation],
      param: { nation: [nation] },
      count: placeCount("nation", nation),
    })),
  ].filter((row) => row.count > 0);
  const typeRows = COUNCIL_TYPES.flatMap((type) => {
    const row = types.find((t) => t.key === type);
    return row ? [{ type, ...row }] : [];
  });
  const partnerships = (count: number) => (count === 1 ? "1 partnership" : `${count} partnerships`);

  const charts: Record<InsightChart, ChartTable> = {
    services: {
      id: "services",
      title: "Partnerships by service area",
      description: `How many of the ${partnerships(totals!.total)} share each service area, most first; a partnership sharing several areas counts in each.`,
      rowHeading: "Service area",
      series: PARTNERSHIPS,
      rows: countedRows(services, (key) => ({ ...filter, service: [key as ServiceAreaSlug] })),
    },
    models: {
      id: "models",
      title: "Partnerships by model",
      description: `How the ${partnerships(totals!.total)} are organised, most common first.`,
      rowHeading: "Model",
      series: PARTNERSHIPS,
      rows: countedRows(models, (key) => ({ ...filter, model: [key as ModelTypeSlug] })),
    },
    places: {
      id: "places",
      title: "Partnerships by region and nation",
      description:
        "Partnerships with at least one member council in each English region, Scotland, Wales and Northern Ireland; a partnership reaching across several counts in each.",
      rowHeading: "Region or nation",
      series: PARTNERSHIPS,
      rows: placeRows.map((row) => ({
        key: row.key,
        label: row.label,
        href: directoryHref({ ...filter, ...row.param } as never),
        values: [row.count],
      })),
    },
    timeline: {
      id: "timeline",
      title: "Partnerships started and ended each year",
      description:
        "How many partnerships started and how many ended in each year, from the first start year to this year.",
      rowHeading: "Year",
      series: [
        { key: "started", label: "Started", colour: CHART_COLOURS.blue },
        { key: "ended", label: "Ended", colour: CHART_COLOURS.red },
      ],
      rows: years.map((row) => ({ key: String(row.year), label: String(row.year), values: [row.started, row.ended] })),
    },
    active: {
      id: "active",
      title: "Partnerships active each year",
      description:
        "How many partnerships were running in each year: from their start year to their end year, or to this year when they have not ended.",
      rowHeading: "Year",
      series: [{ key: "active", label: "Active", colour: CHART_COLOURS.darkBlue }],
      rows: years.map((row) => ({ key: String(row.year), label: String(row.year), values: [row.active] })),
    },
    savings: {
      id: "savings",
      title: "Reported savings a year",
      description: `How many partnerships report a yearly saving of each size: ${savings.achieved} from savings already made, ${savings.projected} from projections only, kept apart and never added up. ${savings.notReported} report no savings and ${savings.noEstimate} report a figure that cannot be made yearly.`,
      rowHeading: "Yearly saving",
      series: [
        { key: "achieved", label: "Achieved", colour: CHART_COLOURS.green },
        { key: "projected", label: "Projected", colour: CHART_COLOURS.purple, hatched: true },
      ],
      rows:
        savings.achieved + savings.projected === 0
          ? []
          : savings.bands.map((band) => ({
              key: band.key,
              label: band.label,
              values: [band.achieved, band.projected],
            })),
    },
    "council-types": {
      id: "council-types",
      title: "Partnerships by council type",
      description:
        "How many partnerships have a member council of each type, and how many councils of that type are members; a partnership of several types counts in each.",
      rowHeading: "Council type",
      series: [
        { key: "partnerships", label: "Partnerships", colour: CHART_COLOURS.blue },
        { key: "councils", label: "Member councils", colour: CHART_COLOURS.darkBlue, hatched: true },
      ],
      rows: typeRows.map((row) => ({
        key: row.type,
        label: COUNCIL_TYPE_LABELS[row.type],
        href: directoryHref({ ...filter, councilType: [row.type] }),
        values: [row.partnerships, row.councils],
      })),
    },
    councils: {
      id: "councils",
      title: "Most-connected councils",
      description: "The councils in the most of these partnerships (up to ten; ties by name).",
      rowHeading: "Council",
      series: PARTNERSHIPS,
      rows: councils.map((row) => ({
        key: row.gss,
        label: row.name,
        href: directoryHref({ ...filter, council: [row.gss] }),
        values: [row.count],
      })),
    },
  };
  return {
    total: totals!.total,
    charts,
    savings,
    timelineGaps: {
      noStartYear: totals!.noStartYear,
      endedWithoutYear: totals!.endedWithoutYear,
      planned: totals!.planned,
    },
  };
}

/** "£250,000 a year" for a median, or null. */
export function medianText(gbp: number | null): string | null {
  return gbp === null ? null : `${formatGbp(gbp)} a year`;
}
