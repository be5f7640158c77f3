import { describe, expect, it } from "vitest";
import { COUNCIL_PARAMETERS, EMPTY_COUNCIL_QUERY, councilQueryToSearchParams, parseCouncilQuery } from "./params";

const parse = (query: string) => parseCouncilQuery(new URLSearchParams(query));

describe("parseCouncilQuery", () => {
  it("gives the defaults for no parameters", () => {
    expect(parse("")).toEqual({ query: EMPTY_COUNCIL_QUERY, problems: [] });
  });

  it("reads every parameter, repeated or comma-separated", () => {
    const { query, problems } = parse(
      "q=  Chelt%C3%A9nham  &type=district&type=unitary,county&region=south-west&nation=england&status=current&page=2&pageSize=50",
    );
    expect(problems).toEqual([]);
    expect(query).toEqual({
      q: "Chelténham",
      type: ["district", "unitary", "county"],
      region: ["south-west"],
      nation: ["england"],
      status: "current",
      page: 2,
      pageSize: 50,
    });
  });

  it("takes Next's searchParams object as well as URLSearchParams", () => {
    const { query, problems } = parseCouncilQuery({ q: "Bristol", type: ["district", "unitary"] });
    expect(problems).toEqual([]);
    expect(query.q).toBe("Bristol");
    expect(query.type).toEqual(["district", "unitary"]);
  });

  it("treats empty values as not set, as a GET form sends them", () => {
    expect(parse("q=&status=&page=&type=")).toEqual({ query: EMPTY_COUNCIL_QUERY, problems: [] });
  });

  it.each([
    ["type=parish", "type"],
    ["region=wales", "region"],
    ["nation=mercia", "nation"],
    ["status=abolished", "status"],
    ["page=0", "page"],
    ["page=-1", "page"],
    ["page=1a", "page"],
    ["page=1.5", "page"],
    ["pageSize=101", "pageSize"],
    ["pageSize=ten", "pageSize"],
    [`q=${"a".repeat(201)}`, "q"],
    ["q=a&q=b", "q"],
    ["status=current&status=former", "status"],
    ["sort=name", "sort"],
  ])("reports %s against its parameter", (query, parameter) => {
    const { problems } = parse(query);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.parameter).toBe(parameter);
    expect(problems[0]!.message).toContain(parameter);
  });

  it("lists the allowed values for vocabulary parameters and unknown names", () => {
    expect(parse("type=parish").problems[0]!.allowed).toContain("district");
    expect(parse("status=x").problems[0]!.allowed).toEqual(["current", "former", "all"]);
    expect(parse("council=E07000078").problems[0]!.allowed).toEqual(COUNCIL_PARAMETERS);
  });

  it("keeps the valid parameters when another is bad", () => {
    const { query, problems } = parse("q=Bristol&type=parish&nation=england");
    expect(problems.map((p) => p.parameter)).toEqual(["type"]);
    expect(query).toMatchObject({ q: "Bristol", type: [], nation: ["england"] });
  });

  it("accepts a query of exactly 200 characters", () => {
    expect(parse(`q=${"a".repeat(200)}`).problems).toEqual([]);
  });
});

describe("councilQueryToSearchParams", () => {
  it("round-trips through parseCouncilQuery, leaving out defaults", () => {
    const query = { ...EMPTY_COUNCIL_QUERY, q: "Bristol", type: ["unitary" as const], status: "current" as const };
    const params = councilQueryToSearchParams(query);
    expect(params.toString()).toBe("q=Bristol&type=unitary&status=current");
    expect(parseCouncilQuery(params).query).toEqual(query);
  });
});
