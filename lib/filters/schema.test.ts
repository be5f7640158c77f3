import { describe, expect, it } from "vitest";
import {
  COUNCIL_TYPES,
  MODEL_TYPE_SLUGS,
  NATIONS,
  PARTNERSHIP_STATUSES,
  REGIONS,
  SERVICE_AREA_SLUGS,
  SORTS,
} from "@/lib/vocabulary";
import {
  DEFAULT_LIST_OPTIONS,
  EMPTY_FILTER,
  FILTER_PARAMETERS,
  FILTER_PARAMETER_SPECS,
  LIST_PARAMETERS,
  MAX_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  MAX_WITHIN_KM,
  parseParams,
  type FilterParameter,
  type ListParameter,
} from "./schema";
import { toSearchParams } from "./urls";

const parse = (query: string) => parseParams(new URLSearchParams(query));

/** For every parameter: a URL giving it, and what it parses to. */
const VALID: Record<FilterParameter | ListParameter, [string, unknown]> = {
  q: ["q=%20Shared%20%20legal%00services%20", "Shared legal services"],
  service: [
    "service=waste-environment&service=legal-democratic,housing",
    ["waste-environment", "legal-democratic", "housing"],
  ],
  model: ["model=shared-management-team", ["shared-management-team"]],
  status: ["status=active,ended&status=active", ["active", "ended"]],
  nation: ["nation=wales", ["wales"]],
  region: ["region=south-west&region=london", ["south-west", "london"]],
  council: ["council=e07000078,E07000079", ["E07000078", "E07000079"]],
  councilType: ["councilType=district", ["district"]],
  savingsMin: ["savingsMin=100000", 100000],
  savingsMax: ["savingsMax=%205000000%20", 5000000],
  hasSavings: ["hasSavings=false", false],
  startFrom: ["startFrom=2010", 2010],
  startTo: ["startTo=2015", 2015],
  near: ["near=e07000078", "E07000078"],
  withinKm: ["near=E07000078&withinKm=40", 40],
  predecessors: ["predecessors=exclude", "exclude"],
  members: ["members=current", "current"],
  checkedSince: ["checkedSince=%202024-03%20", "2024-03"],
  sort: ["sort=newest", "newest"],
  page: ["page=3", 3],
  pageSize: ["pageSize=50", 50],
};

/** For every parameter: a bad URL, and the problem as the API and the directory page word it. */
const INVALID: Record<FilterParameter | ListParameter, [string, string, string]> = {
  q: [
    `q=${"x".repeat(MAX_QUERY_LENGTH + 1)}`,
    "q must be at most 200 characters",
    "Search must be at most 200 characters",
  ],
  service: [
    "service=bins",
    `service has an unknown value "bins"; allowed values are: ${SERVICE_AREA_SLUGS.join(", ")}`,
    "Service area has an unknown value “bins”",
  ],
  model: [
    "model=none",
    `model has an unknown value "none"; allowed values are: ${MODEL_TYPE_SLUGS.join(", ")}`,
    "Model has an unknown value “none”",
  ],
  status: [
    "status=dormant",
    `status has an unknown value "dormant"; allowed values are: ${PARTNERSHIP_STATUSES.join(", ")}`,
    "Status has an unknown value “dormant”",
  ],
  nation: [
    "nation=atlantis",
    `nation has an unknown value "atlantis"; allowed values are: ${NATIONS.join(", ")}`,
    "Nation has an unknown value “atlantis”",
  ],
  region: [
    "region=narnia",
    `region has an unknown value "narnia"; allowed values are: ${REGIONS.join(", ")}`,
    "Region has an unknown value “narnia”",
  ],
  council: [
    "council=E0700007",
    'council must be a GSS code such as E07000078, not "E0700007"',
    "Council must be a GSS code such as E07000078, not “E0700007”",
  ],
  councilType: [
    "councilType=parish",
    `councilType has an unknown value "parish"; allowed values are: ${COUNCIL_TYPES.join(", ")}`,
    "Council type has an unknown value “parish”",
  ],
  savingsMin: [
    "savingsMin=lots",
    "savingsMin must be a whole number of pounds",
    "Minimum savings must be a whole number of pounds",
  ],
  savingsMax: [
    "savingsMax=-1",
    "savingsMax must be a whole number of pounds from 0 to 1,000,000,000,000",
    "Maximum savings must be a whole number of pounds from 0 to 1,000,000,000,000",
  ],
  hasSavings: [
    "hasSavings=maybe",
    "hasSavings must be true or false",
    "Choose “Any”, “Reports savings” or “No savings reported” for savings",
  ],
  startFrom: [
    "startFrom=1750",
    "startFrom must be a year from 1800 to 2100",
    "Earliest start year must be a year from 1800 to 2100",
  ],
  startTo: ["startTo=soon", "startTo must be a year, such as 2012", "Latest start year must be a year, such as 2012"],
  near: [
    "near=Cheltenham",
    "near must be a council's GSS code, such as E07000078",
    "Near a council must be a council's GSS code, such as E07000078",
  ],
  withinKm: [
    `near=E07000078&withinKm=${MAX_WITHIN_KM + 1}`,
    "withinKm must be a whole number of kilometres from 1 to 1,000",
    "Distance must be a whole number of kilometres from 1 to 1,000",
  ],
  predecessors: [
    "predecessors=no",
    "predecessors must be one of: include, exclude",
    "Councils they replaced must be one of: include, exclude",
  ],
  members: ["members=past", "members must be one of: all, current", "Members must be one of: all, current"],
  checkedSince: [
    "checkedSince=abc",
    "checkedSince must be a year, a month or a day, such as 2024, 2024-03 or 2024-03-05",
    "Checked since must be a year, a month or a day, such as 2024, 2024-03 or 2024-03-05",
  ],
  sort: [
    "sort=cheapest",
    `sort must be one of: ${SORTS.join(", ")}`,
    "Choose how to sort the results: “Best match”, “Nearest first”, “Highest savings”, “Newest first” or “Name (A to Z)”",
  ],
  page: [
    "page=0",
    "page must be a whole number from 1 to 1,000,000",
    "Page must be a whole number from 1 to 1,000,000",
  ],
  pageSize: [
    `pageSize=${MAX_PAGE_SIZE + 1}`,
    "pageSize must be a whole number from 1 to 100",
    "Page size must be a whole number from 1 to 100",
  ],
};

describe("parseParams", () => {
  it("has a valid and an invalid example for every parameter of the registry", () => {
    expect(Object.keys(VALID).sort()).toEqual([...FILTER_PARAMETERS, ...LIST_PARAMETERS].sort());
    expect(Object.keys(INVALID).sort()).toEqual([...FILTER_PARAMETERS, ...LIST_PARAMETERS].sort());
  });

  it.each(Object.entries(VALID))("parses %s", (name, [query, value]) => {
    const { filter, options, problems } = parse(query);
    expect(problems).toEqual([]);
    expect({ ...filter, ...options }[name as FilterParameter | ListParameter]).toEqual(value);
  });

  it.each(Object.entries(INVALID))(
    "reports a bad %s against it, worded for the API and for the page",
    (name, [query, message, pageMessage]) => {
      const { filter, options, problems } = parse(query);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ parameter: name, message, pageMessage });
      // The bad parameter is left out; the rest of the filter stands.
      expect({ ...filter, ...options }[name as FilterParameter | ListParameter]).toEqual(
        name in FILTER_PARAMETER_SPECS
          ? EMPTY_FILTER[name as FilterParameter]
          : DEFAULT_LIST_OPTIONS[name as ListParameter],
      );
    },
  );

  it("lists the allowed values of a vocabulary, a yes-or-no and the sort", () => {
    expect(parse("region=narnia").problems[0]!.allowed).toEqual(REGIONS);
    expect(parse("hasSavings=maybe").problems[0]!.allowed).toEqual(["true", "false"]);
    expect(parse("sort=cheapest").problems[0]!.allowed).toEqual(SORTS);
    expect(parse("savingsMin=lots").problems[0]!.allowed).toBeUndefined();
  });

  it("takes a check date only when it is on the calendar and in range", () => {
    expect(parse("checkedSince=2024").filter.checkedSince).toBe("2024");
    expect(parse("checkedSince=2024-02-29").filter.checkedSince).toBe("2024-02-29");
    expect(parse("checkedSince=2023-02-29").problems[0]).toMatchObject({
      parameter: "checkedSince",
      message: "checkedSince is not a date on the calendar",
    });
    expect(parse("checkedSince=2024-13").problems[0]!.message).toBe("checkedSince is not a date on the calendar");
    expect(parse("checkedSince=1800").problems[0]!.message).toBe("checkedSince must be a year from 1,900 to 2,100");
    expect(parse("predecessors=exclude").filter.predecessors).toBe("exclude");
    expect(parse("predecessors=maybe").problems[0]!.allowed).toEqual(["include", "exclude"]);
  });

  it("keeps a vocabulary's known values beside an unknown one", () => {
    const { filter, problems } = parse("service=housing&service=bins");
    expect(filter.service).toEqual(["housing"]);
    expect(problems.map((p) => p.parameter)).toEqual(["service"]);
  });

  it("drops every council code when one is not a code", () => {
    expect(parse("council=E07000078&council=cheltenham").filter.council).toEqual([]);
  });

  it("names unknown parameters, listing the known ones", () => {
    const [problem] = parse("colour=red").problems;
    expect(problem).toMatchObject({
      parameter: "colour",
      message: "colour is not a filter parameter",
      pageMessage: "colour is not a filter parameter",
    });
    expect(problem!.allowed).toEqual([...FILTER_PARAMETERS, ...LIST_PARAMETERS]);
    expect(parseParams(new URLSearchParams("page=2"), { listParameters: false }).problems[0]!.allowed).toEqual(
      FILTER_PARAMETERS,
    );
  });

  it("refuses a single-valued parameter given twice, and a list of more values than any vocabulary has", () => {
    expect(parse("q=a&q=b").problems[0]).toMatchObject({
      message: "q can be given only once",
      pageMessage: "Search can be given only once",
    });
    const long = `council=${Array.from({ length: 51 }, (_, i) => `E0700${String(i).padStart(4, "0")}`).join(",")}`;
    expect(parse(long).problems[0]).toMatchObject({
      message: "council is repeated too many times (at most 50)",
      pageMessage: "Council is repeated too many times (at most 50)",
    });
  });

  it("cuts a long unknown value short in the message", () => {
    const value = "x".repeat(60);
    expect(parse(`model=${value}`).problems[0]!.pageMessage).toBe(`Model has an unknown value “${"x".repeat(40)}…”`);
  });

  it("words the rules between parameters, dropping the one that breaks them", () => {
    const savings = parse("savingsMin=10&savingsMax=5");
    expect(savings.problems[0]).toMatchObject({
      parameter: "savingsMax",
      message: "savingsMax must not be less than savingsMin",
      pageMessage: "Maximum savings must not be less than minimum savings",
    });
    expect(savings.filter).toMatchObject({ savingsMin: 10, savingsMax: null });
    expect(parse("startFrom=2015&startTo=2010").problems[0]).toMatchObject({
      parameter: "startTo",
      message: "startTo must not be earlier than startFrom",
      pageMessage: "Latest start year must not be earlier than earliest start year",
    });
    expect(parse("withinKm=10").problems[0]).toMatchObject({
      parameter: "withinKm",
      message: "withinKm needs near (the council to measure from)",
      pageMessage: "Distance needs a council to measure from",
    });
  });

  it("reports problems in a stable order: unknown names, vocabularies, council codes, single values", () => {
    const { problems } = parse("savingsMin=x&council=bad&councilType=bad&colour=red&service=bad");
    expect(problems.map((p) => p.parameter)).toEqual(["colour", "service", "councilType", "council", "savingsMin"]);
  });

  it("treats empty values as not set, and sorts by relevance only with a search", () => {
    expect(parse("q=&service=&savingsMin=%20&sort=")).toEqual({
      filter: EMPTY_FILTER,
      options: DEFAULT_LIST_OPTIONS,
      problems: [],
    });
    expect(parse("q=legal").options.sort).toBe("relevance");
    expect(parse("q=legal&sort=name").options.sort).toBe("name");
  });

  it("takes Next's searchParams object as well as URLSearchParams", () => {
    expect(parseParams({ service: ["housing", "procurement"], q: "ict" }).filter).toMatchObject({
      service: ["housing", "procurement"],
      q: "ict",
    });
  });

  it.each(Object.entries(VALID))("writes %s back as a URL that parses to the same search", (_name, [query]) => {
    const parsed = parse(query);
    const url = toSearchParams(parsed.filter, parsed.options);
    const again = parse(url.toString());
    expect(again.problems).toEqual([]);
    expect(toSearchParams(again.filter, again.options).toString()).toBe(url.toString());
  });
});

describe("sort=distance", () => {
  it("is the default near a council, and needs one", () => {
    expect(parseParams(new URLSearchParams("near=E07000078&q=legal")).options.sort).toBe("distance");
    expect(parseParams(new URLSearchParams("near=E07000078&sort=name")).options.sort).toBe("name");
    const { options, problems } = parseParams(new URLSearchParams("q=legal&sort=distance"));
    expect(problems).toEqual([
      expect.objectContaining({ parameter: "sort", message: "sort=distance needs near (the council to measure from)" }),
    ]);
    expect(options.sort).toBe("relevance");
  });
});
