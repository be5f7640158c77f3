// The one query builder: turns a parsed filter into SQL conditions over `partnership p`. The list, the facet
// counts, the totals, the map and every export select through these conditions, so they always agree.

import { Prisma } from "@/lib/generated/prisma/client";
import type { Facet, ListOptions, PartnershipFilter } from "./schema";

/** Database facts a filter needs beyond its own values: which organisations and point its codes name. */
export interface ResolvedFilter {
  filter: PartnershipFilter;
  /** Organisation ids for `council` (current and former codes resolved). */
  councilIds: number[];
  /** The point `near` names, and the radius. */
  near: { latitude: number; longitude: number; withinKm: number } | null;
}

const sql = Prisma.sql;
const join = Prisma.join;
const empty = Prisma.empty;

/** Words of a free-text query, normalised as the search document is (lower case; accents are removed in SQL). */
export function queryTokens(q: string): string[] {
  return [
    ...new Set(
      q
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((token) => token.length > 0),
    ),
  ].slice(0, 12);
}

/** Tokens this short match by full-text search only; trigram similarity on them finds mostly noise. */
const MIN_FUZZY_TOKEN = 4;

function textCondition(q: string): Prisma.Sql {
  const tokens = queryTokens(q);
  if (tokens.length === 0) return sql`TRUE`;
  // Every word must match: by its stem (full-text, accent-insensitive), or for longer words by trigram
  // similarity to a word of the document, which forgives small typos ("Chelteham", "partnershp").
  const perToken = tokens.map((token) => {
    const tsquery = sql`plainto_tsquery('english', directory_unaccent(${token}))`;
    const fuzzy = token.length >= MIN_FUZZY_TOKEN ? sql` OR directory_unaccent(${token}) <% p.search_text` : empty;
    return sql`(numnode(${tsquery}) = 0 OR p.search_vector @@ ${tsquery}${fuzzy})`;
  });
  return join(perToken, " AND ");
}

function memberCondition(column: "nation" | "region" | "council_type", values: string[], type: string): Prisma.Sql {
  return sql`EXISTS (SELECT 1 FROM membership m JOIN organisation o ON o.id = m.organisation_id
    WHERE m.partnership_id = p.id AND o.${Prisma.raw(column)} = ANY(CAST(${values} AS ${Prisma.raw(type)}[])))`;
}

/** The WHERE conditions of a filter; `except` leaves one facet's own condition out (for that facet's counts). */
export function filterConditions(resolved: ResolvedFilter, except?: Facet): Prisma.Sql {
  const { filter } = resolved;
  const conditions: Prisma.Sql[] = [];

  if (filter.q) conditions.push(textCondition(filter.q));
  if (filter.service.length && except !== "service") {
    conditions.push(sql`EXISTS (SELECT 1 FROM partnership_service_area ps JOIN service_area s ON s.id = ps.service_area_id
      WHERE ps.partnership_id = p.id AND s.slug = ANY(CAST(${filter.service} AS text[])))`);
  }
  if (filter.model.length && except !== "model") {
    conditions.push(
      sql`p.model_type_id IN (SELECT id FROM model_type WHERE slug = ANY(CAST(${filter.model} AS text[])))`,
    );
  }
  if (filter.status.length && except !== "status") {
    conditions.push(sql`p.status = ANY(CAST(${filter.status} AS partnership_status[]))`);
  }
  if (filter.nation.length && except !== "nation") conditions.push(memberCondition("nation", filter.nation, "nation"));
  if (filter.region.length && except !== "region") conditions.push(memberCondition("region", filter.region, "region"));
  if (filter.councilType.length && except !== "councilType") {
    conditions.push(memberCondition("council_type", filter.councilType, "council_type"));
  }
  if (filter.council.length) {
    conditions.push(sql`EXISTS (SELECT 1 FROM membership m
      WHERE m.partnership_id = p.id AND m.organisation_id = ANY(CAST(${resolved.councilIds} AS integer[])))`);
  }
  if (filter.savingsMin !== null) conditions.push(sql`p.annualised_savings_gbp >= ${filter.savingsMin}`);
  if (filter.savingsMax !== null) conditions.push(sql`p.annualised_savings_gbp <= ${filter.savingsMax}`);
  if (filter.hasSavings !== null) {
    const exists = sql`EXISTS (SELECT 1 FROM savings_claim c WHERE c.partnership_id = p.id)`;
    conditions.push(filter.hasSavings ? exists : sql`NOT ${exists}`);
  }
  if (filter.startFrom !== null) conditions.push(sql`p.start_year >= ${filter.startFrom}`);
  if (filter.startTo !== null) conditions.push(sql`p.start_year <= ${filter.startTo}`);
  if (resolved.near) {
    const { latitude, longitude, withinKm } = resolved.near;
    conditions.push(sql`EXISTS (SELECT 1 FROM membership m JOIN organisation o ON o.id = m.organisation_id
      WHERE m.partnership_id = p.id AND o.latitude IS NOT NULL
        AND directory_distance_km(${latitude}::float8, ${longitude}::float8, o.latitude, o.longitude) <= ${withinKm}::float8)`);
  }
  return conditions.length ? join(conditions, " AND ") : sql`TRUE`;
}

/** ORDER BY for a sort; every order ends on name then slug so pages never overlap. */
export function orderBy(resolved: ResolvedFilter, sort: ListOptions["sort"]): Prisma.Sql {
  const tail = sql`p.name, p.slug`;
  switch (sort) {
    case "relevance": {
      if (!resolved.filter.q) return tail;
      const q = resolved.filter.q.toLowerCase();
      return sql`ts_rank_cd(p.search_vector, websearch_to_tsquery('english', directory_unaccent(${q})))
        + word_similarity(directory_unaccent(${q}), p.search_text) DESC, ${tail}`;
    }
    case "savings":
      return sql`p.annualised_savings_gbp DESC NULLS LAST, ${tail}`;
    case "newest":
      return sql`p.start_year DESC NULLS LAST, ${tail}`;
    case "name":
      return tail;
  }
}

/** The ids of every matching partnership, in order: the map and the exports stream from this. */
export function matchingIdsQuery(resolved: ResolvedFilter, sort: ListOptions["sort"]): Prisma.Sql {
  return sql`SELECT p.id FROM partnership p WHERE ${filterConditions(resolved)} ORDER BY ${orderBy(resolved, sort)}`;
}

export function pageQuery(resolved: ResolvedFilter, options: ListOptions): Prisma.Sql {
  const offset = (options.page - 1) * options.pageSize;
  return sql`${matchingIdsQuery(resolved, options.sort)} LIMIT ${options.pageSize} OFFSET ${offset}`;
}

export function totalsQuery(resolved: ResolvedFilter): Prisma.Sql {
  return sql`WITH matching AS (SELECT p.id, p.annualised_savings_gbp FROM partnership p WHERE ${filterConditions(resolved)})
    SELECT
      (SELECT count(*) FROM matching)::int AS partnerships,
      (SELECT count(DISTINCT m.organisation_id) FROM membership m JOIN organisation o ON o.id = m.organisation_id
        WHERE o.kind = 'council' AND m.partnership_id IN (SELECT id FROM matching))::int AS councils,
      (SELECT coalesce(sum(annualised_savings_gbp), 0) FROM matching)::float8 AS "annualisedSavingsGbp",
      (SELECT count(*) FROM matching WHERE EXISTS (SELECT 1 FROM savings_claim c WHERE c.partnership_id = matching.id))::int AS "withSavings"`;
}

/** Counts per value of one facet, under every other active filter; every value is listed, zero counts too. */
export function facetQuery(resolved: ResolvedFilter, facet: Facet): Prisma.Sql {
  const matching = sql`SELECT p.id, p.model_type_id, p.status FROM partnership p WHERE ${filterConditions(resolved, facet)}`;
  switch (facet) {
    case "service":
      return sql`WITH matching AS (${matching})
        SELECT s.slug AS value, s.label, count(ps.partnership_id)::int AS count
        FROM service_area s
        LEFT JOIN partnership_service_area ps ON ps.service_area_id = s.id AND ps.partnership_id IN (SELECT id FROM matching)
        GROUP BY s.slug, s.label, s.sort_order ORDER BY s.sort_order`;
    case "model":
      return sql`WITH matching AS (${matching})
        SELECT t.slug AS value, t.label, count(matching.id)::int AS count
        FROM model_type t LEFT JOIN matching ON matching.model_type_id = t.id
        GROUP BY t.slug, t.label, t.sort_order ORDER BY t.sort_order`;
    case "status":
      return sql`WITH matching AS (${matching})
        SELECT v.value::text AS value, count(matching.id)::int AS count
        FROM unnest(enum_range(NULL::partnership_status)) WITH ORDINALITY AS v(value, position)
        LEFT JOIN matching ON matching.status = v.value
        GROUP BY v.value, v.position ORDER BY v.position`;
    case "region":
    case "nation":
    case "councilType": {
      const column = facet === "councilType" ? "council_type" : facet;
      const type = facet === "councilType" ? "council_type" : facet;
      return sql`WITH matching AS (${matching}),
        per_value AS (
          SELECT o.${Prisma.raw(column)} AS value, count(DISTINCT m.partnership_id)::int AS count
          FROM membership m JOIN organisation o ON o.id = m.organisation_id
          WHERE m.partnership_id IN (SELECT id FROM matching) AND o.${Prisma.raw(column)} IS NOT NULL
          GROUP BY o.${Prisma.raw(column)})
        SELECT v.value::text AS value, coalesce(per_value.count, 0)::int AS count
        FROM unnest(enum_range(NULL::${Prisma.raw(type)})) WITH ORDINALITY AS v(value, position)
        LEFT JOIN per_value ON per_value.value = v.value
        ORDER BY v.position`;
    }
  }
}
