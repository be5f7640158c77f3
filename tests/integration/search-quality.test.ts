// Search as officers type it, against the real data: a table of queries, each with what it must find, what it
// may find, and what must come first — all computed here from the seed files (members' counties, regions and
// nations, service areas, names and summaries), never hard-coded. docs/decisions/024 describes the search.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client.server";
import { matchingIdsQuery, parseParams, resolveFilter } from "@/lib/filters/index.server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadSeed } from "@/lib/seed";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";
import { readSeedCsv } from "../support/seed-files";

interface Seeded {
  slug: string;
  name: string;
  services: string[];
  /** Member councils' current GSS codes. */
  councils: string[];
  /** Name, summary, partners' and service areas' names: the words a text search reads, lower case, unaccented. */
  words: string[];
}

type Row = Record<string, string>;
type Predicate = (p: Seeded) => boolean;

let database: ThrowawayDatabase;
let db: PrismaClient;
let partnerships: Seeded[];
let councils: Row[];

const list = (value: string | undefined) =>
  (value ?? "")
    .split(";")
    .map((v) => v.trim())
    .filter(Boolean);
const wordsOf = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

beforeAll(async () => {
  database = await createThrowawayDatabase("search_quality");
  await loadSeed({ connectionString: database.url });
  db = createPrismaClient(database.url);
  councils = await readSeedCsv("councils.csv");
  const councilByGss = new Map(councils.map((row) => [row.gss!, row]));
  const partnerNames = new Map((await readSeedCsv("partners.csv")).map((row) => [row.slug!, row.name!]));
  const serviceLabels = new Map((await readSeedCsv("service-areas.csv")).map((row) => [row.slug!, row.label!]));
  partnerships = (await readSeedCsv("partnerships.csv")).map((row) => {
    const refs = list(row.members).map((member) => member.split(" ")[0]!);
    const services = list(row.service_areas);
    const memberNames = refs.flatMap((ref) => {
      const council = councilByGss.get(ref);
      return council ? [council.name!, council.official_name ?? ""] : [partnerNames.get(ref) ?? ""];
    });
    return {
      slug: row.slug!,
      name: row.name!,
      services,
      councils: refs.filter((ref) => councilByGss.has(ref)),
      words: wordsOf([row.name, row.summary, ...memberNames, ...services.map((s) => serviceLabels.get(s))].join(" ")),
    };
  });
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

/** Every partnership the query finds, best match first: the same statement the map and the exports use. */
async function search(q: string): Promise<string[]> {
  const { filter, problems } = parseParams(new URLSearchParams({ q }));
  expect(problems).toEqual([]);
  const { resolved, problems: unresolved } = await resolveFilter(filter, db);
  expect(unresolved).toEqual([]);
  const rows = await db.$queryRaw<{ id: number }[]>(matchingIdsQuery(resolved, "relevance"));
  const slugs = new Map(
    (await db.partnership.findMany({ select: { id: true, slug: true } })).map((row) => [row.id, row.slug]),
  );
  return rows.map((row) => slugs.get(row.id)!);
}

// ---- what the data says ---------------------------------------------------------------------------------

const council = (name: string) => councils.find((row) => row.name === name)!;
/** The councils a place name stands for: those of that name (or "<name> County"), and the districts in a county. */
function placeCodes(name: string): Set<string> {
  const named = councils.filter((row) => [row.name, row.official_name].includes(name) || row.name === `${name} County`);
  const counties = new Set(named.filter((row) => row.council_type === "county").map((row) => row.gss));
  return new Set([
    ...named.map((row) => row.gss!),
    ...councils.filter((row) => counties.has(row.county_gss)).map((row) => row.gss!),
  ]);
}
const inPlace =
  (name: string): Predicate =>
  (p) => {
    const codes = placeCodes(name);
    return p.councils.some((gss) => codes.has(gss));
  };
const member =
  (gss: string): Predicate =>
  (p) =>
    p.councils.includes(gss);
const councilField = (gss: string, field: string) => councils.find((row) => row.gss === gss)?.[field] ?? "";
const inRegion =
  (...regions: string[]): Predicate =>
  (p) =>
    p.councils.some((gss) => regions.includes(councilField(gss, "region")));
const inNation =
  (nation: string): Predicate =>
  (p) =>
    p.councils.some((gss) => councilField(gss, "nation") === nation);
const service =
  (slug: string): Predicate =>
  (p) =>
    p.services.includes(slug);
/** A word of the text starts with each stem (full-text search matches stems; this is a little wider). */
const mentions =
  (...stems: string[]): Predicate =>
  (p) =>
    stems.every((stem) => p.words.some((word) => word.startsWith(stem)));
/** The stems next to each other in the text, "and" aside ("revenues and benefits", "revenues & benefits"). */
const phrase =
  (...stems: string[]): Predicate =>
  (p) => {
    const words = p.words.filter((word) => word !== "and");
    return words.some((_, i) => stems.every((stem, k) => words[i + k]?.startsWith(stem)));
  };
const either =
  (...predicates: Predicate[]): Predicate =>
  (p) =>
    predicates.some((predicate) => predicate(p));
const both =
  (...predicates: Predicate[]): Predicate =>
  (p) =>
    predicates.every((predicate) => predicate(p));
const named =
  (stem: string): Predicate =>
  (p) =>
    wordsOf(p.name).some((word) => word.startsWith(stem));

interface Case {
  q: string;
  /** Every partnership it must find. */
  must: () => Predicate;
  /** What anything it finds must be (what it stands for, or its words written in the entry); `must` when absent. */
  may?: () => Predicate;
  /** What the first results must be (as many as `must` has, at most five). */
  top?: () => Predicate;
  /** Finds the same as these queries. */
  same?: string[];
}

/** A query for what `meaning` says, or its words (`text`), what it says coming first. */
const standsFor = (q: string, meaning: () => Predicate, text: () => Predicate): Case => ({
  q,
  must: meaning,
  may: () => either(meaning(), text()),
  top: meaning,
});

const CASES: Case[] = [
  // Places: counties (with their districts), regions, nations, councils by name, official name and code.
  ...["Gloucestershire", "Devon", "Kent", "Hertfordshire", "Buckinghamshire"].map((county) =>
    standsFor(
      county,
      () => inPlace(county),
      () => mentions(county.toLowerCase()),
    ),
  ),
  standsFor(
    "South West",
    () => inRegion("south-west"),
    () => phrase("south", "west"),
  ),
  standsFor(
    "north-east",
    () => inRegion("north-east"),
    () => phrase("north", "east"),
  ),
  standsFor(
    "London",
    () => inRegion("london"),
    () => mentions("london"),
  ),
  standsFor(
    "Yorkshire",
    () => inRegion("yorkshire-and-the-humber"),
    () => mentions("yorkshire"),
  ),
  standsFor(
    "Midlands",
    () => inRegion("east-midlands", "west-midlands"),
    () => mentions("midland"),
  ),
  standsFor(
    "Wales",
    () => inNation("wales"),
    () => mentions("wales"),
  ),
  standsFor(
    "Welsh",
    () => inNation("wales"),
    () => mentions("welsh"),
  ),
  standsFor(
    "Scotland",
    () => inNation("scotland"),
    () => mentions("scotland"),
  ),
  standsFor(
    "Northern Ireland",
    () => inNation("northern-ireland"),
    () => phrase("northern", "ireland"),
  ),
  standsFor(
    "Cheltenham",
    () => member(council("Cheltenham").gss!),
    () => mentions("cheltenham"),
  ),
  standsFor(
    "Cheltenham Borough Council",
    () => member(council("Cheltenham").gss!),
    () => mentions("cheltenham"),
  ),
  {
    ...standsFor(
      "Bath and North East Somerset",
      () => member(council("Bath and North East Somerset").gss!),
      () => phrase("bath", "north", "east", "somerset"),
    ),
    same: ["Bath & North East Somerset"],
  },
  { q: "E07000078", must: () => member("E07000078"), top: () => member("E07000078") },
  { q: "e06000004", must: () => member("E06000004") },
  // Services, by the words officers use.
  standsFor(
    "bins",
    () => service("waste-environment"),
    () => mentions("bin"),
  ),
  standsFor(
    "refuse",
    () => service("waste-environment"),
    () => mentions("refus"),
  ),
  standsFor(
    "recycling",
    () => service("waste-environment"),
    () => mentions("recycl"),
  ),
  {
    ...standsFor(
      "IT",
      () => service("ict-digital"),
      () => either(mentions("ict"), mentions("information", "technolog")),
    ),
    same: ["ict"],
  },
  {
    ...standsFor(
      "payroll",
      () => service("hr-payroll"),
      () => mentions("payroll"),
    ),
    top: () => both(service("hr-payroll"), mentions("payroll")),
  },
  standsFor(
    "HR",
    () => service("hr-payroll"),
    () => either(mentions("hr"), mentions("human", "resourc")),
  ),
  {
    ...standsFor(
      "R&B",
      () => service("finance-revenues-benefits"),
      () => mentions("revenu", "benefit"),
    ),
    same: ["revs and bens", "revs & bens", "R and B"],
  },
  {
    ...standsFor(
      "building control",
      () => service("planning-building-control"),
      () => phrase("build", "control"),
    ),
    top: () => both(service("planning-building-control"), phrase("build", "control")),
  },
  { q: "CCTV", must: () => mentions("cctv"), top: () => named("cctv") },
  {
    ...standsFor(
      "legal",
      () => service("legal-democratic"),
      () => mentions("legal"),
    ),
    top: () => both(service("legal-democratic"), mentions("legal")),
  },
  standsFor(
    "procurement",
    () => service("procurement"),
    () => mentions("procur"),
  ),
  {
    ...standsFor(
      "internal audit",
      () => service("audit-fraud-risk"),
      () => phrase("intern", "audit"),
    ),
    top: () => both(service("audit-fraud-risk"), phrase("intern", "audit")),
  },
  standsFor(
    "environmental health",
    () => service("regulatory-services-licensing"),
    () => phrase("environment", "health"),
  ),
  standsFor(
    "trading standards",
    () => service("regulatory-services-licensing"),
    () => phrase("trade", "standard"),
  ),
  standsFor(
    "licensing",
    () => service("regulatory-services-licensing"),
    () => mentions("licens"),
  ),
  standsFor(
    "emergency planning",
    () => service("emergency-planning-resilience"),
    () => phrase("emergenc", "plan"),
  ),
  // Places and services together: every part must match.
  {
    q: "Cheltenham legal",
    must: () => both(member(council("Cheltenham").gss!), service("legal-democratic")),
    may: () =>
      both(
        either(member(council("Cheltenham").gss!), mentions("cheltenham")),
        either(service("legal-democratic"), mentions("legal")),
      ),
  },
  {
    q: "waste Somerset",
    must: () => both(inPlace("Somerset"), service("waste-environment")),
    may: () =>
      both(either(inPlace("Somerset"), mentions("somerset")), either(service("waste-environment"), mentions("wast"))),
    top: () => both(inPlace("Somerset"), service("waste-environment")),
  },
  {
    q: "shared ICT Wales",
    must: () => both(inNation("wales"), service("ict-digital"), mentions("share")),
    may: () =>
      both(
        either(inNation("wales"), mentions("wales")),
        either(service("ict-digital"), mentions("ict"), mentions("information", "technolog")),
        mentions("share"),
      ),
  },
];

/** A council with a former code that partnerships name (by its current code). */
function formerCode(): { code: string; gss: string } {
  const row = councils.find((c) => c.former_gss_codes && partnerships.some((p) => p.councils.includes(c.gss!)))!;
  return { code: list(row.former_gss_codes)[0]!, gss: row.gss! };
}

const results: { query: string; found: number; must: number; top: string }[] = [];

describe("search as officers type it", () => {
  afterAll(() => {
    console.table(results);
  });

  it.each(CASES.map((c) => [c.q, c] as const))("%s", async (_label, testCase) => {
    const found = await search(testCase.q);
    const foundSet = new Set(found);
    const must = partnerships.filter(testCase.must());
    const may = testCase.may?.() ?? testCase.must();
    expect(must.length, "the data has partnerships for it").toBeGreaterThan(0);
    expect(
      must.filter((p) => !foundSet.has(p.slug)).map((p) => p.slug),
      "every partnership it stands for",
    ).toEqual([]);
    expect(
      partnerships.filter((p) => foundSet.has(p.slug) && !may(p)).map((p) => p.slug),
      "nothing else",
    ).toEqual([]);
    expect(found.length, "not every partnership").toBeLessThan(partnerships.length);
    let top = "–";
    if (testCase.top) {
      const first = found.slice(0, Math.min(5, must.length));
      const topPredicate = testCase.top();
      const bySlug = new Map(partnerships.map((p) => [p.slug, p]));
      expect(
        first.filter((slug) => !topPredicate(bySlug.get(slug)!)),
        "the first results",
      ).toEqual([]);
      top = `${first.length}/${first.length}`;
    }
    for (const other of testCase.same ?? []) expect(new Set(await search(other)), other).toEqual(foundSet);
    results.push({ query: testCase.q, found: found.length, must: must.length, top });
  });

  it("puts a partnership first when its exact name is searched for", async () => {
    const sorted = [...partnerships].sort((a, b) => a.slug.localeCompare(b.slug));
    const picks = [0.1, 0.3, 0.5, 0.7, 0.9].map((at) => sorted[Math.floor(at * sorted.length)]!);
    for (const pick of picks) {
      expect((await search(pick.name))[0], pick.name).toBe(pick.slug);
      expect((await search(pick.name.toUpperCase()))[0], pick.name).toBe(pick.slug);
    }
    results.push({ query: "five exact names", found: picks.length, must: picks.length, top: "5/5" });
  });

  it("ranks a name match above a passing mention", async () => {
    const found = await search("legal");
    const bySlug = new Map(partnerships.map((p) => [p.slug, p]));
    const firstMention = found.findIndex((slug) => !named("legal")(bySlug.get(slug)!));
    const lastName = found.findLastIndex((slug) => named("legal")(bySlug.get(slug)!));
    expect(lastName).toBeLessThan(firstMention);
  });

  it("finds a council's partnerships by a code it used to have", async () => {
    const { code, gss } = formerCode();
    expect(new Set(await search(code))).toEqual(new Set(partnerships.filter(member(gss)).map((p) => p.slug)));
    results.push({
      query: `${code} (a former code)`,
      found: partnerships.filter(member(gss)).length,
      must: 0,
      top: "–",
    });
  });

  it("still forgives a typo in a word no entry has", async () => {
    const found = new Set(await search("Chelteham"));
    for (const p of partnerships.filter(member(council("Cheltenham").gss!))) expect(found).toContain(p.slug);
  });
});
