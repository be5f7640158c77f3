import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  annualisedSavings,
  councilShares,
  countedClaim,
  partnershipAnnualisedSavings,
  partnershipSavings,
  type SavingsClaim,
} from "./annualise";
import { periodYearsFromNote } from "./period";
import type { SavingsBasis } from "@/lib/vocabulary";

type Row = {
  slug: string;
  start_year: string;
  savings_gbp: string;
  savings_basis: string;
  savings_period_years: string;
  savings_period_note: string;
};

const rows: Row[] = parse(readFileSync(path.resolve(import.meta.dirname, "../../seed-data/partnerships.csv")), {
  columns: true,
  bom: true,
});

/** The claim of a real row, its period as the loader works it out. */
function claimOf(row: Row): SavingsClaim {
  const startYear = row.start_year === "" ? null : Number(row.start_year);
  return {
    amountGbp: Number(row.savings_gbp),
    basis: row.savings_basis as SavingsBasis,
    periodYears:
      row.savings_period_years !== ""
        ? Number(row.savings_period_years)
        : periodYearsFromNote(row.savings_period_note, startYear),
  };
}

const claims = new Map(rows.filter((row) => row.savings_gbp !== "").map((row) => [row.slug, claimOf(row)]));

function estimateOf(slug: string): number | null {
  const claim = claims.get(slug);
  if (!claim) throw new Error(`${slug} has no savings claim in seed-data/partnerships.csv`);
  return annualisedSavings(claim);
}

describe("annualisedSavings on the real claims", () => {
  it.each([
    ["xentrall", 1_433_333], // £17.2m cumulative over 12 years
    ["adur-worthing", 456_500], // £913k cumulative over two years
    ["herefordshire-nhs", 2_000_000], // £4m cumulative, 2011 to March 2013
    ["east-kent-services", 857_143], // £6m cumulative, 2011 to 2018
    ["star-procurement", 5_000_000], // £20m cumulative, 2014 to 2018
    ["rother-wealden-environmental-health", 208_000], // £1.04m, 2012-2017
    ["worcestershire-hub-shared-service", 305_882], // £2.6m projected over 8.5 years
    ["southwest-one", 20_000_000], // £200m projected over 10 years
    ["orbis-public-law", 333_333], // £1m projected within three years
    ["onesource", 8_000_000], // £40m projected by 2018/19 from 2014
    ["shwd", 6_000_000], // annual, as stated
    ["one-legal", 80_000], // annual, as stated
    ["richmond-wandsworth-ssa", 10_000_000], // projected-annual, as stated
    ["2020-vision-joint-committee", 5_600_000], // projected-annual: the "(£41m over 10 years)" aside is not used
  ] as const)("%s: £%s a year", (slug, expected) => {
    expect(estimateOf(slug)).toBe(expected);
  });

  it.each(["agma-procurement", "publica-group", "south-worcestershire-revenues-benefits", "go-shared-services"])(
    "%s: a total over an unknown period has no estimate",
    (slug) => {
      expect(estimateOf(slug)).toBeNull();
    },
  );

  it("gives every yearly claim an estimate and never invents £0", () => {
    for (const claim of claims.values()) {
      const estimate = annualisedSavings(claim);
      if (claim.basis === "annual" || claim.basis === "projected-annual") expect(estimate).toBe(claim.amountGbp);
      if (estimate !== null && claim.amountGbp > 0) expect(estimate).toBeGreaterThan(0);
    }
  });
});

describe("annualisedSavings", () => {
  it("states yearly bases as they are, whatever the period", () => {
    expect(annualisedSavings({ amountGbp: 90_000, basis: "annual", periodYears: null })).toBe(90_000);
    expect(annualisedSavings({ amountGbp: 90_000, basis: "projected-annual", periodYears: 5 })).toBe(90_000);
  });

  it("divides totals by the years covered, to whole pounds", () => {
    expect(annualisedSavings({ amountGbp: 17_200_000, basis: "cumulative", periodYears: 12 })).toBe(1_433_333);
    expect(annualisedSavings({ amountGbp: 1_000_000, basis: "projected-total", periodYears: 3 })).toBe(333_333);
    expect(annualisedSavings({ amountGbp: 2_600_000, basis: "projected-total", periodYears: 8.5 })).toBe(305_882);
    expect(annualisedSavings({ amountGbp: 5, basis: "cumulative", periodYears: 2 })).toBe(3);
  });

  it("has no estimate for a total when the period is unknown or not positive", () => {
    expect(annualisedSavings({ amountGbp: 18_500_000, basis: "cumulative", periodYears: null })).toBeNull();
    expect(annualisedSavings({ amountGbp: 1_000, basis: "projected-total", periodYears: 0 })).toBeNull();
    expect(annualisedSavings({ amountGbp: 1_000, basis: "cumulative", periodYears: -2 })).toBeNull();
  });

  it("keeps a claim of £0 as £0, which is not the same as no estimate", () => {
    expect(annualisedSavings({ amountGbp: 0, basis: "annual", periodYears: null })).toBe(0);
    expect(annualisedSavings({ amountGbp: 0, basis: "cumulative", periodYears: 4 })).toBe(0);
    expect(annualisedSavings({ amountGbp: 0, basis: "cumulative", periodYears: null })).toBeNull();
  });

  it("has no estimate for an amount that is not a number of pounds", () => {
    expect(annualisedSavings({ amountGbp: Number.NaN, basis: "annual", periodYears: null })).toBeNull();
    expect(annualisedSavings({ amountGbp: -1, basis: "annual", periodYears: null })).toBeNull();
  });
});

describe("partnershipSavings", () => {
  const annual = (amountGbp: number): SavingsClaim => ({ amountGbp, basis: "annual", periodYears: null });
  const projectedAnnual = (amountGbp: number): SavingsClaim => ({
    amountGbp,
    basis: "projected-annual",
    periodYears: null,
  });

  it("tells 'not reported' from a claim that cannot be annualised", () => {
    expect(partnershipSavings([])).toEqual({ state: "not-reported" });
    expect(partnershipSavings([{ amountGbp: 1, basis: "cumulative", periodYears: null }])).toEqual({
      state: "no-estimate",
      claims: 1,
    });
    expect(partnershipAnnualisedSavings([])).toBeNull();
  });

  it("takes the largest achieved estimate, never the sum", () => {
    const claimsOfOne = [
      annual(100),
      { amountGbp: 1_200, basis: "cumulative", periodYears: 4 } as SavingsClaim,
      annual(250),
    ];
    expect(partnershipAnnualisedSavings(claimsOfOne)).toBe(300);
  });

  it("prefers achieved savings to larger projections", () => {
    expect(partnershipSavings([projectedAnnual(1_000_000), annual(10)])).toEqual({
      state: "estimated",
      annualisedGbp: 10,
      basis: "annual",
      achieved: true,
    });
  });

  it("falls back to the largest projection when nothing achieved can be annualised", () => {
    const mixed: SavingsClaim[] = [
      { amountGbp: 5_000, basis: "cumulative", periodYears: null },
      projectedAnnual(700),
      { amountGbp: 3_000, basis: "projected-total", periodYears: 3 },
    ];
    expect(partnershipAnnualisedSavings(mixed)).toBe(1_000);
  });

  it("keeps an estimate of £0", () => {
    expect(partnershipSavings([annual(0)])).toEqual({
      state: "estimated",
      annualisedGbp: 0,
      basis: "annual",
      achieved: true,
    });
  });
});

describe("councilShares", () => {
  const members = ["E07000001", "E07000002", "E07000003"];
  const sum = (shares: Map<string, number>) => [...shares.values()].reduce((a, b) => a + b, 0);

  it("shares a whole partnership's estimate equally among its member councils, summing back to it", () => {
    const shares = councilShares(1_000_000, members, []);
    expect([...shares.keys()]).toEqual(members);
    expect(sum(shares)).toBeCloseTo(1_000_000, 6);
    expect(Math.max(...shares.values()) - Math.min(...shares.values())).toBeLessThanOrEqual(0.011);
  });

  it("credits a named council's claim to that council alone", () => {
    expect(councilShares(80_000, members, ["E07000002"])).toEqual(new Map([["E07000002", 80_000]]));
  });

  it("ignores named councils that are not members, falling back to the whole partnership", () => {
    expect([...councilShares(90, members, ["E09999999"]).keys()]).toEqual(members);
    expect(councilShares(90, [], [])).toEqual(new Map());
  });
});

describe("countedClaim", () => {
  it("counts the largest achieved claim before any projection", () => {
    const claims = [
      { amountGbp: 5_000_000, basis: "projected-annual" as const, periodYears: null, id: "a" },
      { amountGbp: 100_000, basis: "annual" as const, periodYears: null, id: "b" },
    ];
    expect(countedClaim(claims)).toEqual({ claim: claims[1], annualisedGbp: 100_000 });
  });
});
