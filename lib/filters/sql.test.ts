import { describe, expect, it } from "vitest";
import { SORTS } from "@/lib/vocabulary";
import { FACETS, FILTER_PARAMETERS, parseParams, type FilterParameter } from "./schema";
import {
  filterConditions,
  matchingIdsQuery,
  orderBy,
  pageQuery,
  summaryQuery,
  WHOLE_DIRECTORY,
  type ResolvedFilter,
} from "./sql";
import { planSearch } from "./search";

/** A filter as resolveFilter leaves it: council codes as organisation ids, near as a point. */
function resolvedOf(query: string): ResolvedFilter {
  const { filter, problems } = parseParams(new URLSearchParams(query));
  expect(problems).toEqual([]);
  return {
    filter,
    councilIds: filter.council.map((_, i) => 100 + i),
    near: filter.near ? { latitude: 51.9, longitude: -2.07, withinKm: filter.withinKm ?? 50 } : null,
    // No place known; "the" a stop word; "norse" and "waste" words the documents have.
    search: filter.q
      ? planSearch(
          filter.q,
          () => undefined,
          (word) => ({ stop: word === "the", known: ["norse", "waste"].includes(word) }),
        )
      : null,
  };
}

/** For every parameter: a URL giving it, a piece of the condition it must add, and the values it passes. */
const CONDITIONS: Record<FilterParameter, [string, string, unknown[]]> = {
  q: ["q=cheltenham", "p.search_vector @@ (SELECT directory_forgiving_tsquery($1))", ["cheltenham"]],
  service: [
    "service=housing&service=legal-democratic",
    "p.service_area_ids && ARRAY(SELECT id FROM service_area WHERE slug = ANY(CAST($1 AS text[])))",
    [["housing", "legal-democratic"]],
  ],
  model: [
    "model=consortium",
    "p.model_type_id IN (SELECT id FROM model_type WHERE slug = ANY(CAST($1 AS text[])))",
    [["consortium"]],
  ],
  status: ["status=ended", "p.status = ANY(CAST($1 AS partnership_status[]))", [["ended"]]],
  nation: ["nation=wales", "p.member_nations && CAST($1 AS nation[])", [["wales"]]],
  region: ["region=london", "p.member_regions && CAST($1 AS region[])", [["london"]]],
  council: ["council=E07000078&council=E07000079", "p.member_ids && CAST($1 AS integer[])", [[100, 101]]],
  councilType: ["councilType=district", "p.member_council_types && CAST($1 AS council_type[])", [["district"]]],
  savingsMin: ["savingsMin=1000", "p.annualised_savings_gbp >= $1", [1000]],
  savingsMax: ["savingsMax=5000", "p.annualised_savings_gbp <= $1", [5000]],
  hasSavings: ["hasSavings=false", "NOT EXISTS (SELECT 1 FROM savings_claim c WHERE c.partnership_id = p.id)", []],
  startFrom: ["startFrom=2010", "p.start_year >= $1", [2010]],
  startTo: ["startTo=2015", "p.start_year <= $1", [2015]],
  near: [
    "near=E07000078",
    "directory_distance_km($1::float8, $2::float8, o.latitude, o.longitude) <= $3::float8",
    [51.9, -2.07, 50],
  ],
  // Resolved into the council ids: council's condition covers it.
  predecessors: ["council=E07000078&predecessors=exclude", "p.member_ids && CAST($1 AS integer[])", [[100]]],
  members: [
    "council=E07000078&members=current",
    "AND (cm.left_on IS NULL OR cm.left_on > CURRENT_DATE))",
    [[100], [100]],
  ],
  checkedSince: ["checkedSince=2024-03", "ELSE p.last_verified_on END >= $1::date", ["2024-03-01"]],
  withinKm: [
    "near=E07000078&withinKm=25",
    "directory_distance_km($1::float8, $2::float8, o.latitude, o.longitude) <= $3::float8",
    [51.9, -2.07, 25],
  ],
};

describe("filterConditions", () => {
  it("has a condition for every parameter of the registry", () => {
    expect(Object.keys(CONDITIONS).sort()).toEqual([...FILTER_PARAMETERS].sort());
  });

  it("is TRUE for no filter", () => {
    expect(filterConditions(WHOLE_DIRECTORY).text).toBe("TRUE");
  });

  it.each(Object.entries(CONDITIONS))(
    "builds %s's condition, its values as parameters",
    (_name, [query, piece, values]) => {
      const sql = filterConditions(resolvedOf(query));
      expect(sql.text).toContain(piece);
      expect(sql.values).toEqual(values);
    },
  );

  it("joins conditions with AND, every value a parameter", () => {
    const sql = filterConditions(resolvedOf("q=waste&service=housing&savingsMin=1&startTo=2020"));
    expect(sql.text.split(" AND ").length).toBeGreaterThanOrEqual(4);
    expect(sql.text).not.toContain("waste");
    expect(sql.values).toEqual(["waste", ["waste-environment"], 1, 2020, ["housing"]]);
  });

  it("leaves one facet's own condition out, for that facet's counts", () => {
    const resolved = resolvedOf("service=housing&region=london");
    for (const facet of FACETS) {
      const without = filterConditions(resolved, facet).text;
      if (facet === "service") expect(without).not.toContain("service_area_ids");
      else expect(without).toContain("service_area_ids");
      if (facet === "region") expect(without).not.toContain("member_regions");
      else expect(without).toContain("member_regions");
    }
  });
});

describe("the text condition", () => {
  it("asks for every part; a word the documents lack forgiving typos, a known or short one by full text only", () => {
    const sql = filterConditions(resolvedOf("q=HR%20partnershp%20the"));
    // "hr" is a synonym (HR & payroll): its phrase, its vocabulary words, or the service area.
    expect(sql.values).toEqual(["hr", "hr", "human resources", ["hr-payroll"], "partnershp"]);
    expect(sql.text).toContain("phraseto_tsquery('english', directory_unaccent($1))");
    expect(sql.text).toContain(
      "p.service_area_ids && ARRAY(SELECT id FROM service_area WHERE slug = ANY(CAST($4 AS text[])))",
    );
    expect(sql.text).toContain("p.search_vector @@ (SELECT directory_forgiving_tsquery($5))");
    const known = filterConditions(resolvedOf("q=norse%20bus"));
    expect(known.text).toBe(
      "(p.search_vector @@ (SELECT plainto_tsquery('english', directory_unaccent($1)))) AND (p.search_vector @@ (SELECT plainto_tsquery('english', directory_unaccent($2))))",
    );
  });

  it("asks for nothing when the query has only stop words or no words", () => {
    expect(filterConditions(resolvedOf("q=the")).text).toBe("TRUE");
  });
});

describe("the distance", () => {
  it("measures to the nearest member within reach, with the one SQL distance function", () => {
    const sql = orderBy(resolvedOf("near=E07000078"), "distance");
    expect(sql.text).toContain(
      "jsonb_object_agg(o.id, directory_distance_km($1::float8, $2::float8, o.latitude, o.longitude))",
    );
    expect(sql.text).toContain("FROM unnest(p.member_ids) AS m(id)");
    expect(sql.text).toMatch(/ASC NULLS LAST, p\.name, p\.slug$/);
  });

  it("falls back to name without a point to measure from", () => {
    expect(orderBy(resolvedOf("q=legal"), "distance").text).toBe("p.name, p.slug");
  });
});

describe("orderBy", () => {
  it.each(SORTS)("orders by %s, ending on name then slug", (sort) => {
    const sql = orderBy(resolvedOf("q=legal"), sort).text;
    expect(sql.endsWith("p.name, p.slug")).toBe(true);
    if (sort === "relevance")
      expect(sql).toMatch(/^CASE WHEN p\.search_vector @@ .*directory_search_words\(p\.name\)/s);
    if (sort === "relevance") expect(sql).toContain("ts_rank_cd(p.search_vector");
    if (sort === "savings") expect(sql).toMatch(/^p\.annualised_savings_gbp DESC NULLS LAST/);
    if (sort === "newest") expect(sql).toMatch(/^p\.start_year DESC NULLS LAST/);
    if (sort === "name") expect(sql).toBe("p.name, p.slug");
  });

  it("falls back to name when relevance has no words to rank by", () => {
    expect(orderBy(resolvedOf(""), "relevance").text).toBe("p.name, p.slug");
  });
});

describe("the statements", () => {
  it("selects a page of ids in the sort's order", () => {
    const resolved = resolvedOf("status=active");
    expect(matchingIdsQuery(resolved, "newest").text).toBe(
      "SELECT p.id FROM partnership p WHERE p.status = ANY(CAST($1 AS partnership_status[])) ORDER BY p.start_year DESC NULLS LAST, p.name, p.slug",
    );
    const page = pageQuery(resolved, { sort: "name", page: 3, pageSize: 20 });
    expect(page.text).toMatch(/LIMIT \$2 OFFSET \$3$/);
    expect(page.values.slice(-2)).toEqual([20, 40]);
  });

  it("counts totals and every facet in one statement, a flag per active facet condition", () => {
    const sql = summaryQuery(resolvedOf("service=housing&region=london&savingsMin=5")).text;
    expect(sql).toContain("AS in_service");
    expect(sql).toContain("AS in_region");
    expect(sql).not.toContain("AS in_model");
    for (const facet of FACETS) expect(sql).toContain(`AS "facet_${facet}"`);
    // Two facet conditions: only rows passing one of them at least are read.
    expect(sql).toMatch(/p\.annualised_savings_gbp >= \$\d+ AND \(.* OR .*\)/s);
  });

  it("counts only the totals when the facets are not wanted", () => {
    const sql = summaryQuery(resolvedOf("service=housing"), { facets: false }).text;
    expect(sql).toContain('"withSavings"');
    expect(sql).not.toContain("facet_");
  });
});
