import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SEED_DIR, readSeedFolder, type SeedData } from "@/lib/seed";
import { annualisedSavings, partnershipAnnualisedSavings } from "@/lib/savings";
import { MODEL_TYPE_SLUGS, PARTNERSHIP_STATUSES, SERVICE_AREA_SLUGS, SLUG_PATTERN } from "@/lib/vocabulary";
import { copyLine } from "./copy";
import { createGenerator, type Generator, type MembershipPattern, type SyntheticPartnership } from "./generate";
import { MAX_COUNCILS, MAX_SERVICE_AREAS, MIN_COUNCILS } from "./profile";
import { SERVICE_WORDING } from "./wording";

const SAMPLE = 2_000;
let seed: SeedData;
let generator: Generator;
let sample: SyntheticPartnership[];

beforeAll(async () => {
  const reading = await readSeedFolder(DEFAULT_SEED_DIR);
  expect(reading.problems).toEqual([]);
  seed = reading.seed;
  generator = createGenerator(seed, "unit");
  sample = Array.from({ length: SAMPLE }, (_, i) => generator.partnership(i + 1));
});

const share = <T>(items: readonly T[], matches: (item: T) => boolean) => items.filter(matches).length / items.length;
const councilsOf = (p: SyntheticPartnership) =>
  p.members.flatMap((m) => (m.council === null ? [] : [generator.geography.councils[m.council]!]));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe("the synthetic generator", () => {
  it("gives the same partnerships for the same seed, whatever the order they are asked for", () => {
    const again = createGenerator(seed, "unit");
    expect(again.partnership(1_234)).toEqual(sample[1_233]);
    expect(Array.from({ length: 50 }, (_, i) => again.partnership(50 - i)).reverse()).toEqual(sample.slice(0, 50));
  });

  it("gives other partnerships for another seed", () => {
    const other = createGenerator(seed, "another");
    const same = sample.slice(0, 100).filter((p, i) => p.name === other.partnership(i + 1).name).length;
    expect(same).toBeLessThan(20);
  });

  it("has 2–8 distinct councils, each existing at the time, near one another", () => {
    for (const p of sample) {
      const councils = councilsOf(p);
      expect(councils.length).toBeGreaterThanOrEqual(MIN_COUNCILS);
      expect(councils.length).toBeLessThanOrEqual(MAX_COUNCILS);
      expect(new Set(councils.map((c) => c.gss)).size).toBe(councils.length);
      if (p.status !== "ended") for (const council of councils) expect(council.toYear).toBeNull();
    }
    const spans = sample.map((p) => {
      const councils = councilsOf(p);
      return Math.max(...councils.flatMap((a) => councils.map((b) => generator.geography.distance(a.index, b.index))));
    });
    expect(median(spans)).toBeLessThan(60);
  });

  it("mixes same-county districts, counties with their districts and neighbours across borders", () => {
    const patterns = new Map<MembershipPattern, number>();
    for (let n = 1; n <= SAMPLE; n += 1) {
      const pattern = generator.patternOf(n);
      patterns.set(pattern, (patterns.get(pattern) ?? 0) + 1);
    }
    for (const pattern of ["same-county-districts", "county-and-districts", "neighbours"] as const) {
      expect(patterns.get(pattern) ?? 0).toBeGreaterThan(SAMPLE * 0.1);
    }
    const crossBorder = share(sample, (p) => new Set(councilsOf(p).map((c) => c.region ?? c.nation)).size > 1);
    expect(crossBorder).toBeGreaterThan(0.03);
  });

  it("uses only the product's vocabulary, with 1–3 service areas", () => {
    for (const p of sample) {
      expect(MODEL_TYPE_SLUGS).toContain(p.modelType);
      expect(PARTNERSHIP_STATUSES).toContain(p.status);
      expect(p.serviceAreas.length).toBeGreaterThanOrEqual(1);
      expect(p.serviceAreas.length).toBeLessThanOrEqual(MAX_SERVICE_AREAS);
      expect(new Set(p.serviceAreas).size).toBe(p.serviceAreas.length);
      for (const area of p.serviceAreas) expect(SERVICE_AREA_SLUGS).toContain(area);
      const partners = new Set(seed.partners.map((partner) => partner.slug));
      for (const member of p.members) if (member.partner !== null) expect(partners.has(member.partner)).toBe(true);
    }
  });

  it("follows the real shares of model types and statuses", () => {
    const real = seed.partnerships;
    for (const model of ["joint-committee", "shared-service", "shared-management-team"] as const) {
      expect(share(sample, (p) => p.modelType === model)).toBeCloseTo(
        share(real, (p) => p.model_type === model),
        1,
      );
    }
    expect(share(sample, (p) => p.status === "active")).toBeCloseTo(
      share(real, (p) => p.status === "active"),
      1,
    );
  });

  it("dates partnerships between 1990 and 2025, ending only the ended ones, never before they start", () => {
    for (const p of sample) {
      if (p.startYear !== null) expect(p.startYear).toBeGreaterThanOrEqual(1990);
      if (p.startYear !== null) expect(p.startYear).toBeLessThanOrEqual(2025);
      if (p.endYear !== null) expect(p.status).toBe("ended");
      if (p.endYear !== null && p.startYear !== null) expect(p.endYear).toBeGreaterThanOrEqual(p.startYear);
    }
  });

  it("reports savings for as many partnerships as the real data does, annualised by lib/savings", () => {
    const withSavings = sample.filter((p) => p.savings.length > 0);
    const realShare = share(seed.partnerships, (p) => p.savings.length > 0);
    expect(Math.abs(withSavings.length / SAMPLE - realShare)).toBeLessThan(0.04);
    for (const p of sample) {
      for (const claim of p.savings) {
        expect(claim.amountGbp).toBeGreaterThan(0);
        expect(claim.annualisedGbp).toBe(annualisedSavings(claim));
      }
      expect(p.annualisedSavingsGbp).toBe(partnershipAnnualisedSavings(p.savings));
    }
    const amounts = withSavings.map((p) => p.savings[0]!.amountGbp);
    expect(median(amounts)).toBeGreaterThan(300_000);
    expect(median(amounts)).toBeLessThan(20_000_000);
    // Some totals over an unknown period: "reported but not comparable" exists at scale too.
    expect(withSavings.some((p) => p.annualisedSavingsGbp === null)).toBe(true);
  });

  it("names partnerships after their councils and services, with unique synthetic slugs", () => {
    const slugs = new Set(sample.map((p) => p.slug));
    expect(slugs.size).toBe(SAMPLE);
    for (const p of sample) {
      expect(p.slug).toMatch(SLUG_PATTERN);
      expect(p.slug.startsWith(`synthetic-${p.number}-`)).toBe(true);
      const text = `${p.name} ${p.summary}`.toLowerCase();
      expect(councilsOf(p).some((c) => text.includes(c.name.toLowerCase()))).toBe(true);
      expect(
        p.serviceAreas.some((area) => SERVICE_WORDING[area].some((words) => text.includes(words.toLowerCase()))),
      ).toBe(true);
    }
    expect(sample.some((p) => /waste partnership/i.test(p.name))).toBe(true);
  });

  it("cites sources on the member councils' websites", () => {
    for (const p of sample) {
      expect(p.sources.length).toBeGreaterThan(0);
      expect(new Set(p.sources).size).toBe(p.sources.length);
      const hosts = councilsOf(p).flatMap((c) => (c.website ? [new URL(c.website).host.replace(/^www\./, "")] : []));
      for (const url of p.sources) expect(hosts.some((host) => new URL(url).host.endsWith(host))).toBe(true);
    }
  });
});

describe("copyLine", () => {
  it("writes COPY's text format: tabs between fields, \\N for null, control characters escaped", () => {
    expect(copyLine([1, "a\tb", null, "back\\slash\nline"])).toBe("1\ta\\tb\t\\N\tback\\\\slash\\nline\n");
  });
});
