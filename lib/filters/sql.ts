// The one query builder: turns a parsed filter into SQL conditions over `partnership p`. The list, the facet
// counts, the totals, the map and every export select through these conditions, so they always agree.

import { Prisma } from "@/lib/generated/prisma/client";
import type { SuccessionLink } from "@/lib/councils/resolve.server";
import { distanceKmSql, pointAt, pointOf } from "@/lib/geo/sql";
import { latestCheckDaySql } from "@/lib/partnerships/freshness";
import { lastVerifiedDate } from "@/lib/partnerships/last-verified";
import {
  EMPTY_FILTER,
  FACETS,
  type Facet,
  type FilterParameter,
  type ListOptions,
  type PartnershipFilter,
} from "./schema";
import { phraseKey, type Meaning, type SearchPart, type SearchPlan } from "./search";

/** Database facts a filter needs beyond its own values: which organisations and point its codes name. */
export interface ResolvedFilter {
  filter: PartnershipFilter;
  /** Organisation ids for `council` (current and former codes resolved), and the councils they replaced. */
  councilIds: number[];
  /**
   * The councils `council` replaced, through which a partnership counts for it (empty or absent with
   * `predecessors=exclude`, or without `council`).
   */
  predecessors?: SuccessionLink[];
  /** The point `near` names, and the radius. */
  near: { latitude: number; longitude: number; withinKm: number } | null;
  /** `q` read into its parts (lib/filters/search.ts); null without `q`. */
  search: SearchPlan | null;
}

/** The whole directory: no filter, nothing to resolve. */
export const WHOLE_DIRECTORY: ResolvedFilter = { filter: EMPTY_FILTER, councilIds: [], near: null, search: null };

const sql = Prisma.sql;
const join = Prisma.join;
const empty = Prisma.empty;

/** A word's full-text query: a word that may be misspelt also stands for the documents' words like it. */
function wordQuery(word: string, forgiving: boolean): Prisma.Sql {
  return forgiving
    ? sql`directory_forgiving_tsquery(${word})`
    : sql`plainto_tsquery('english', directory_unaccent(${word}))`;
}

/**
 * A part's text as a full-text query. A recognised phrase is matched as written (with or without its "and"s,
 * which "&" replaces) or by its vocabulary words; a lone word by itself, forgiving typos when no document has it.
 * A phrase of stop words with no vocabulary words gives NULL, which matches nothing.
 */
function partTextQuery(part: SearchPart): Prisma.Sql {
  if (!part.meaning) return wordQuery(part.words[0]!, part.forgiving);
  const phrases = [...new Set([part.words.join(" "), phraseKey(part.words)])].map(
    (phrase) => sql`phraseto_tsquery('english', directory_unaccent(${phrase}))`,
  );
  const words = part.meaning.words.map((text) => sql`plainto_tsquery('english', ${text})`);
  return sql`(SELECT directory_tsquery_any(q) FROM (VALUES ${join(
    [...phrases, ...words].map((q) => sql`(${q})`),
    ", ",
  )}) AS v(q) WHERE numnode(q) > 0)`;
}

/** A query matching only words of the given weights (A: the name; B: partners and service areas). */
function weighted(query: Prisma.Sql, weights: "A" | "AB"): Prisma.Sql {
  return sql`(SELECT regexp_replace((${query})::text, $$'(?:[^']|'')*'$$, ${`\\&:${weights}`}, 'g')::tsquery)`;
}

/** What a recognised part stands for, as conditions on the partnership's filter columns. */
function meaningConditions(meaning: Meaning | null): Prisma.Sql[] {
  if (!meaning) return [];
  const conditions: Prisma.Sql[] = [];
  if (meaning.services.length)
    conditions.push(
      sql`p.service_area_ids && ARRAY(SELECT id FROM service_area WHERE slug = ANY(CAST(${meaning.services} AS text[])))`,
    );
  if (meaning.organisationIds.length)
    conditions.push(sql`p.member_ids && CAST(${meaning.organisationIds} AS integer[])`);
  if (meaning.regions.length) conditions.push(sql`p.member_regions && CAST(${meaning.regions} AS region[])`);
  if (meaning.nations.length) conditions.push(sql`p.member_nations && CAST(${meaning.nations} AS nation[])`);
  return conditions;
}

/** One part's full-text query (a sub-select, worked out once per statement) and what it stands for. */
function partSql(part: SearchPart): { query: Prisma.Sql; sets: Prisma.Sql[] } {
  return { query: sql`(SELECT ${partTextQuery(part)})`, sets: meaningConditions(part.meaning) };
}

function textCondition(search: SearchPlan): Prisma.Sql {
  const parts = search.parts.map((part) => {
    const { query, sets } = partSql(part);
    return sql`(${join([sql`p.search_vector @@ ${query}`, ...sets], " OR ")})`;
  });
  // Only stop words ("the"): nothing is asked for.
  return parts.length ? join(parts, " AND ") : sql`TRUE`;
}

/**
 * Relevance, highest first: the name reading exactly as typed; then, part by part, where the part's words are
 * written — in the name 4, a partner's name or a service area 2, the summary 1 — plus 5 when the partnership is
 * what a recognised part stands for (a member in the place, the service area); then density (ts_rank_cd). A name
 * match outranks a passing mention, and being what a phrase stands for outranks its words in a name: a member
 * in the North East before "North East Derbyshire", a member in Gloucestershire before "South Gloucestershire".
 */
function relevance(search: SearchPlan, q: string): Prisma.Sql[] {
  const parts = search.parts.map(partSql);
  const scores = parts.map(({ query, sets }) => {
    const written = sql`CASE WHEN p.search_vector @@ ${weighted(query, "A")} THEN 4
      WHEN p.search_vector @@ ${weighted(query, "AB")} THEN 2 WHEN p.search_vector @@ ${query} THEN 1 ELSE 0 END`;
    return sets.length ? sql`${written} + CASE WHEN ${join(sets, " OR ")} THEN 5 ELSE 0 END` : written;
  });
  const all = sql`(SELECT ${join(
    parts.map(({ query }) => query),
    " && ",
  )})`;
  return [
    // Only a name with every part's words in it is compared whole.
    sql`CASE WHEN p.search_vector @@ ${weighted(all, "A")}
      THEN btrim(lower(directory_search_words(p.name))) = btrim(lower(directory_search_words(${q}))) ELSE FALSE END DESC`,
    sql`${join(scores, " + ")} DESC`,
    sql`ts_rank_cd(p.search_vector, ${all}) DESC NULLS LAST`,
  ];
}

/**
 * Kilometres from `near`'s point to the partnership's nearest member (lib/geo's formula in SQL). The councils
 * within reach are measured once per statement; a partnership `near` matched has its nearest member among them.
 */
export function nearestMemberKm(near: NonNullable<ResolvedFilter["near"]>): Prisma.Sql {
  const km = distanceKmSql(pointAt(near.latitude, near.longitude), pointOf("o"));
  const reach = sql`(SELECT jsonb_object_agg(o.id, ${km}) FROM organisation o
    WHERE o.latitude IS NOT NULL AND ${km} <= ${near.withinKm}::float8)`;
  return sql`(SELECT min((${reach} ->> m.id::text)::float8) FROM unnest(p.member_ids) AS m(id))`;
}

/** The member columns the trigger keeps on each partnership, with their enum types. */
const MEMBER_COLUMNS = {
  nation: { column: "member_nations", type: "nation" },
  region: { column: "member_regions", type: "region" },
  councilType: { column: "member_council_types", type: "council_type" },
} as const;

const memberCondition = (facet: keyof typeof MEMBER_COLUMNS) => (resolved: ResolvedFilter) => {
  const values = resolved.filter[facet];
  const { column, type } = MEMBER_COLUMNS[facet];
  return values.length ? sql`p.${Prisma.raw(column)} && CAST(${values} AS ${Prisma.raw(type)}[])` : null;
};

/**
 * Each parameter's condition over `partnership p`, or null when it is not set. Every parameter of the registry
 * (parameters.ts) has one; the facets' are listed last, as the summary counts each facet without its own.
 */
const CONDITIONS = {
  q: ({ search }) => (search ? textCondition(search) : null),
  council: ({ filter, councilIds }) =>
    filter.council.length ? sql`p.member_ids && CAST(${councilIds} AS integer[])` : null,
  savingsMin: ({ filter }) =>
    filter.savingsMin !== null ? sql`p.annualised_savings_gbp >= ${filter.savingsMin}` : null,
  savingsMax: ({ filter }) =>
    filter.savingsMax !== null ? sql`p.annualised_savings_gbp <= ${filter.savingsMax}` : null,
  hasSavings: ({ filter }) => {
    if (filter.hasSavings === null) return null;
    const exists = sql`EXISTS (SELECT 1 FROM savings_claim c WHERE c.partnership_id = p.id)`;
    return filter.hasSavings ? exists : sql`NOT ${exists}`;
  },
  startFrom: ({ filter }) => (filter.startFrom !== null ? sql`p.start_year >= ${filter.startFrom}` : null),
  startTo: ({ filter }) => (filter.startTo !== null ? sql`p.start_year <= ${filter.startTo}` : null),
  near: ({ near }) => {
    if (!near) return null;
    // The councils within reach, worked out once (a few hundred rows), then partnerships with any of them.
    const { latitude, longitude, withinKm } = near;
    return sql`p.member_ids && ARRAY(SELECT o.id FROM organisation o WHERE o.latitude IS NOT NULL
      AND ${distanceKmSql(pointAt(latitude, longitude), pointOf("o"))} <= ${withinKm}::float8)`;
  },
  // The distance is part of near's condition.
  withinKm: () => null,
  service: ({ filter }) =>
    filter.service.length
      ? sql`p.service_area_ids && ARRAY(SELECT id FROM service_area WHERE slug = ANY(CAST(${filter.service} AS text[])))`
      : null,
  model: ({ filter }) =>
    filter.model.length
      ? sql`p.model_type_id IN (SELECT id FROM model_type WHERE slug = ANY(CAST(${filter.model} AS text[])))`
      : null,
  status: ({ filter }) =>
    filter.status.length ? sql`p.status = ANY(CAST(${filter.status} AS partnership_status[]))` : null,
  // Resolved into councilIds.
  predecessors: () => null,
  // The councils (or the councils they replaced) are members that have not left: a left date still to come counts.
  members: ({ filter, councilIds }) =>
    filter.members === "current" && filter.council.length
      ? sql`EXISTS (SELECT 1 FROM membership cm WHERE cm.partnership_id = p.id
          AND cm.organisation_id = ANY(CAST(${councilIds} AS integer[]))
          AND (cm.left_on IS NULL OR cm.left_on > CURRENT_DATE))`
      : null,
  checkedSince: ({ filter }) =>
    filter.checkedSince !== null
      ? sql`${Prisma.raw(latestCheckDaySql("p"))} >= ${lastVerifiedDate(filter.checkedSince).date}::date`
      : null,
  nation: memberCondition("nation"),
  region: memberCondition("region"),
  councilType: memberCondition("councilType"),
} satisfies Record<FilterParameter, (resolved: ResolvedFilter) => Prisma.Sql | null>;

/** The condition of one facet's own parameter, or null when it is not set. */
function facetCondition(resolved: ResolvedFilter, facet: Facet): Prisma.Sql | null {
  return CONDITIONS[facet](resolved);
}

/** The conditions that are not a facet's own: text, councils, savings, start years, distance. */
function otherConditions(resolved: ResolvedFilter): Prisma.Sql[] {
  return (Object.keys(CONDITIONS) as FilterParameter[])
    .filter((name) => !(FACETS as readonly string[]).includes(name))
    .flatMap((name) => CONDITIONS[name](resolved) ?? []);
}

/** The WHERE conditions of a filter; `except` leaves one facet's own condition out (for that facet's counts). */
export function filterConditions(resolved: ResolvedFilter, except?: Facet): Prisma.Sql {
  const conditions = [
    ...otherConditions(resolved),
    ...FACETS.filter((facet) => facet !== except).flatMap((facet) => facetCondition(resolved, facet) ?? []),
  ];
  return conditions.length ? join(conditions, " AND ") : sql`TRUE`;
}

/** ORDER BY for a sort; every order ends on name then slug so pages never overlap. */
export function orderBy(resolved: ResolvedFilter, sort: ListOptions["sort"]): Prisma.Sql {
  const tail = sql`p.name, p.slug`;
  switch (sort) {
    case "relevance": {
      const { search, filter } = resolved;
      if (!search || !filter.q || search.parts.length === 0) return tail;
      return sql`${join(relevance(search, filter.q), ", ")}, ${tail}`;
    }
    case "distance":
      return resolved.near ? sql`${nearestMemberKm(resolved.near)} ASC NULLS LAST, ${tail}` : tail;
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

/** Whether `summaryQuery` also counts the facets (the /data page and exports only need the totals). */
export interface SummaryOptions {
  facets: boolean;
}

/**
 * The totals and every facet's counts in one statement. The filter is evaluated once: the partnerships that pass
 * every condition except the facets' own are read once, with a flag per active facet condition; the match is
 * the rows with every flag, and a facet counts the rows with every flag but its own (counts reflect the other
 * active filters). Facets list every value, zero counts too, in the vocabulary's order.
 */
export function summaryQuery(resolved: ResolvedFilter, options: SummaryOptions = { facets: true }): Prisma.Sql {
  const active = FACETS.flatMap((facet) => {
    const condition = facetCondition(resolved, facet);
    return condition ? [{ facet, condition, flag: Prisma.raw(`in_${facet}`) }] : [];
  });
  const flagsExcept = (except?: Facet) => {
    const flags = active.filter((entry) => entry.facet !== except).map((entry) => entry.flag);
    return flags.length ? join(flags, " AND ") : sql`TRUE`;
  };
  // A row matters when it fails at most one facet condition; with two or more, that needs one of them at least,
  // which the facet columns' indexes can find.
  const where = otherConditions(resolved);
  const facetConditions = active.map((entry) => entry.condition);
  if (facetConditions.length >= 2) where.push(sql`(${join(facetConditions, " OR ")})`);
  const base = sql`SELECT p.id, p.model_type_id, p.status, p.annualised_savings_gbp, p.annualised_savings_basis, p.member_ids, p.member_nations,
      p.member_regions, p.member_council_types, p.service_area_ids
      ${join([empty, ...active.map((entry) => sql`(${entry.condition}) AS ${entry.flag}`)], ", ")}
    FROM partnership p WHERE ${where.length ? join(where, " AND ") : sql`TRUE`}`;
  const rows = (facet: Facet) => sql`(SELECT * FROM base WHERE ${flagsExcept(facet)})`;
  const enumCounts = (type: string, counts: Prisma.Sql) =>
    sql`(SELECT json_agg(json_build_object('value', v.value::text, 'count', coalesce(c.count, 0)) ORDER BY v.position)
      FROM unnest(enum_range(NULL::${Prisma.raw(type)})) WITH ORDINALITY AS v(value, position)
      LEFT JOIN (${counts}) AS c ON c.value = v.value)`;
  const memberCounts = (facet: keyof typeof MEMBER_COLUMNS) => {
    const { column, type } = MEMBER_COLUMNS[facet];
    return enumCounts(
      type,
      sql`SELECT value, count(*)::int AS count FROM ${rows(facet)} AS r, unnest(r.${Prisma.raw(column)}) AS value GROUP BY value`,
    );
  };
  const facets: Record<Facet, Prisma.Sql> = {
    service: sql`(SELECT json_agg(json_build_object('value', s.slug, 'label', s.label, 'count', coalesce(c.count, 0))
        ORDER BY s.sort_order)
      FROM service_area s LEFT JOIN (SELECT area, count(*)::int AS count FROM ${rows("service")} AS r,
        unnest(r.service_area_ids) AS area GROUP BY area) AS c ON c.area = s.id)`,
    model: sql`(SELECT json_agg(json_build_object('value', t.slug, 'label', t.label, 'count', coalesce(c.count, 0))
        ORDER BY t.sort_order)
      FROM model_type t LEFT JOIN (SELECT model_type_id, count(*)::int AS count FROM ${rows("model")} AS r
        GROUP BY model_type_id) AS c ON c.model_type_id = t.id)`,
    status: enumCounts(
      "partnership_status",
      sql`SELECT status AS value, count(*)::int AS count FROM ${rows("status")} AS r GROUP BY status`,
    ),
    nation: memberCounts("nation"),
    region: memberCounts("region"),
    councilType: memberCounts("councilType"),
  };
  const facetColumns = options.facets
    ? FACETS.map((facet) => sql`, ${facets[facet]} AS ${Prisma.raw(`"facet_${facet}"`)}`)
    : [];
  return sql`WITH base AS MATERIALIZED (${base}),
    matching AS NOT MATERIALIZED (SELECT * FROM base WHERE ${flagsExcept()})
    SELECT
      (SELECT count(*) FROM matching)::int AS partnerships,
      (SELECT count(*) FROM organisation o
        WHERE o.kind = 'council' AND o.id IN (SELECT unnest(member_ids) FROM matching))::int AS councils,
      (SELECT coalesce(sum(annualised_savings_gbp), 0) FROM matching)::float8 AS "annualisedSavingsGbp",
      (SELECT coalesce(sum(annualised_savings_gbp), 0) FROM matching
        WHERE annualised_savings_basis IN ('annual', 'cumulative'))::float8 AS "achievedSavingsGbp",
      (SELECT coalesce(sum(annualised_savings_gbp), 0) FROM matching
        WHERE annualised_savings_basis IN ('projected-annual', 'projected-total'))::float8 AS "projectedSavingsGbp",
      (SELECT count(*) FROM matching WHERE id IN (SELECT partnership_id FROM savings_claim))::int AS "withSavings"
      ${join([empty, ...facetColumns], "")}`;
}

/** One row of `summaryQuery`: the totals, and each facet's counts as `facet_<name>` when asked for. */
export type SummaryRow = {
  partnerships: number;
  councils: number;
  annualisedSavingsGbp: number;
  achievedSavingsGbp: number;
  projectedSavingsGbp: number;
  withSavings: number;
} & Partial<Record<`facet_${Facet}`, { value: string; label?: string; count: number }[]>>;

/** The statements of one search, in the order `searchPartnerships` sends them (concurrently). */
export function searchStatements(resolved: ResolvedFilter, options: ListOptions) {
  return { page: pageQuery(resolved, options), summary: summaryQuery(resolved) };
}
