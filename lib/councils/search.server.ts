import "server-only";

// Council search: by name (accents and case ignored, small typos forgiven through pg_trgm), official name,
// GSS code (current or former) or three-letter code, filtered by type, region, nation and current/former.
import { prisma } from "@/lib/db/client.server";
import { Prisma } from "@/lib/generated/prisma/client";
import { normaliseQueryText } from "@/lib/query-params/read";
import { COUNCIL_QUERY_MAX_LENGTH, type CouncilQuery } from "./params";
import { isCurrentSql, normalisedSql } from "./sql.server";
import type { CouncilSearchResult, CouncilSummary, CouncilSuggestion } from "./types";

/**
 * Strict trigram word similarity a name must reach to match a query it does not contain: "Chelteham" reaches 0.62
 * against "Cheltenham", "Edinbrugh" 0.43 against "City of Edinburgh", while "north" reaches only 0.27 against
 * "Norfolk" (plain word similarity would give 0.5 and let Norfolk, Norwich and Wandsworth in).
 */
export const NAME_SIMILARITY_THRESHOLD = 0.4;

type SummaryRow = {
  id: number;
  gss: string | null;
  name: string;
  official_name: string | null;
  council_type: string | null;
  tier: string | null;
  nation: string | null;
  region: string | null;
  latitude: number | null;
  longitude: number | null;
  population: number | null;
  end_date: Date | null;
  former_gss_codes: string[];
  current: boolean;
  successor_gss: string[] | null;
  successor_names: string[] | null;
  partnerships: bigint | number;
};

/** The match condition and the ordering for a free-text query. */
function textMatch(q: string): { where: Prisma.Sql; rank: Prisma.Sql; similarity: Prisma.Sql } {
  const qn = Prisma.sql`lower(directory_unaccent(${q}::text))`;
  const name = normalisedSql(Prisma.sql`o.name`);
  const official = normalisedSql(Prisma.sql`o.official_name`);
  const code = q.replace(/\s+/g, "").toUpperCase();
  // A partial GSS code ("E0700007") matches codes it begins; a whole one matches exactly, current or former.
  const codeLike = /^[ENSW]\d{2,8}$/.test(code);
  const exactCode = Prisma.sql`(o.gss = ${code} OR ${code} = ANY(o.former_gss_codes) OR o.registry_code = ${code})`;
  const codePrefix = codeLike
    ? Prisma.sql`(starts_with(o.gss, ${code}) OR EXISTS (SELECT 1 FROM unnest(o.former_gss_codes) f(code) WHERE starts_with(f.code, ${code})))`
    : Prisma.sql`false`;
  const similarity = Prisma.sql`greatest(strict_word_similarity(${qn}, ${name}), strict_word_similarity(${qn}, ${official}))`;
  const where = Prisma.sql`(
    ${exactCode} OR ${codePrefix}
    OR strpos(${name}, ${qn}) > 0 OR strpos(${official}, ${qn}) > 0
    OR ${similarity} >= ${NAME_SIMILARITY_THRESHOLD}
  )`;
  const rank = Prisma.sql`CASE
      WHEN ${exactCode} THEN 0
      WHEN ${name} = ${qn} THEN 1
      WHEN starts_with(${name}, ${qn}) THEN 2
      WHEN ${codePrefix} THEN 3
      WHEN strpos(${name}, ${qn}) > 0 OR strpos(${official}, ${qn}) > 0 THEN 4
      ELSE 5 END`;
  return { where, rank, similarity };
}

function textArray(values: readonly string[]): Prisma.Sql {
  return Prisma.sql`${values as string[]}::text[]`;
}

function whereFor(query: Pick<CouncilQuery, "q" | "type" | "region" | "nation" | "status">): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`o.kind = 'council'`];
  if (query.q) conditions.push(textMatch(query.q).where);
  if (query.type.length > 0) conditions.push(Prisma.sql`o.council_type::text = ANY(${textArray(query.type)})`);
  if (query.region.length > 0) conditions.push(Prisma.sql`o.region::text = ANY(${textArray(query.region)})`);
  if (query.nation.length > 0) conditions.push(Prisma.sql`o.nation::text = ANY(${textArray(query.nation)})`);
  if (query.status === "current") conditions.push(isCurrentSql("o"));
  if (query.status === "former") conditions.push(Prisma.sql`NOT ${isCurrentSql("o")}`);
  return Prisma.join(conditions, " AND ");
}

/** Current councils first; with a query, the best matches next; then by name. */
function orderFor(q: string | null): Prisma.Sql {
  if (!q) return Prisma.sql`current DESC, o.name, o.id`;
  const { rank, similarity } = textMatch(q);
  return Prisma.sql`current DESC, ${rank}, ${similarity} DESC, o.name, o.id`;
}

async function summaryRows(where: Prisma.Sql, orderBy: Prisma.Sql, limit: number, offset: number) {
  return prisma.$queryRaw<SummaryRow[]>`
    SELECT o.id, o.gss, o.name, o.official_name, o.council_type::text AS council_type, o.tier::text AS tier,
           o.nation::text AS nation, o.region::text AS region, o.latitude, o.longitude, o.population, o.end_date,
           o.former_gss_codes, ${isCurrentSql("o")} AS current,
           (SELECT array_agg(s.gss ORDER BY s.name) FROM succession su JOIN organisation s ON s.id = su.successor_id
             WHERE su.predecessor_id = o.id AND s.gss IS NOT NULL) AS successor_gss,
           (SELECT array_agg(s.name ORDER BY s.name) FROM succession su JOIN organisation s ON s.id = su.successor_id
             WHERE su.predecessor_id = o.id AND s.gss IS NOT NULL) AS successor_names,
           (SELECT count(*) FROM membership m WHERE m.organisation_id = o.id) AS partnerships
      FROM organisation o
     WHERE ${where}
     ORDER BY ${orderBy}
     LIMIT ${limit} OFFSET ${offset}`;
}

function isoDate(value: Date | null): string | null {
  return value === null ? null : value.toISOString().slice(0, 10);
}

function toSummary(row: SummaryRow): CouncilSummary {
  return {
    id: row.id,
    gss: row.gss,
    name: row.name,
    officialName: row.official_name,
    councilType: row.council_type as CouncilSummary["councilType"],
    tier: row.tier as CouncilSummary["tier"],
    nation: row.nation as CouncilSummary["nation"],
    region: row.region as CouncilSummary["region"],
    latitude: row.latitude,
    longitude: row.longitude,
    population: row.population,
    current: row.current,
    abolishedOn: isoDate(row.end_date),
    formerGssCodes: row.former_gss_codes,
    successors: (row.successor_gss ?? []).map((gss, i) => ({ gss, name: row.successor_names?.[i] ?? gss })),
    partnershipCount: Number(row.partnerships),
  };
}

/** One page of councils matching the query: current councils first, then former ones. */
export async function searchCouncils(query: CouncilQuery): Promise<CouncilSearchResult> {
  const where = whereFor(query);
  const [countRows, rows] = await Promise.all([
    prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM organisation o WHERE ${where}`,
    summaryRows(where, orderFor(query.q), query.pageSize, (query.page - 1) * query.pageSize),
  ]);
  return {
    total: Number(countRows[0]?.n ?? 0),
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map(toSummary),
  };
}

/** Every council matching the query (no paging), split into current and former: the /councils page. */
export async function findCouncils(
  query: Pick<CouncilQuery, "q" | "type" | "region" | "nation" | "status">,
): Promise<{ current: CouncilSummary[]; former: CouncilSummary[] }> {
  const rows = (await summaryRows(whereFor(query), orderFor(query.q), 10_000, 0)).map(toSummary);
  return { current: rows.filter((c) => c.current), former: rows.filter((c) => !c.current) };
}

/**
 * Councils whose name, official name or code matches what someone has typed so far, best first (current councils
 * before former ones): the council picker's suggestions. An empty query suggests nothing.
 */
export async function suggestCouncils(q: string, limit = 10): Promise<CouncilSuggestion[]> {
  const text = normaliseQueryText(q).slice(0, COUNCIL_QUERY_MAX_LENGTH);
  if (text === "") return [];
  const code = text.toUpperCase();
  const where = whereFor({ q: text, type: [], region: [], nation: [], status: "all" });
  const rows = await summaryRows(where, orderFor(text), Math.max(1, Math.min(limit, 100)), 0);
  return rows
    .filter((row) => row.gss !== null)
    .map((row) => {
      const summary = toSummary(row);
      return {
        gss: row.gss!,
        name: summary.name,
        councilType: summary.councilType,
        current: summary.current,
        matchedFormerCode: summary.formerGssCodes.includes(code) ? code : null,
        successors: summary.successors,
      };
    });
}

/** Every council's code and name, current first: the picker's fallback list when scripts do not run. */
export async function councilOptions(): Promise<{ gss: string; name: string; current: boolean }[]> {
  const rows = await prisma.$queryRaw<{ gss: string; name: string; current: boolean }[]>`
    SELECT o.gss, o.name, ${isCurrentSql("o")} AS current
      FROM organisation o
     WHERE o.kind = 'council' AND o.gss IS NOT NULL
     ORDER BY current DESC, o.name, o.id`;
  return rows;
}
