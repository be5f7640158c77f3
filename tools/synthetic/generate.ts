// Synthetic partnerships over the real councils, drawn from the real data set's distributions (profile.ts).
// Deterministic: partnership #n depends only on the seed value, #n and the real data set. Pure: no database.

import type { PartnershipSummary } from "@/lib/partnerships/types";
import type { EntryClaim } from "@/lib/partnerships/write.server";
import type { SeedData } from "@/lib/seed";
import { annualisedSavings, partnershipAnnualisedSavings } from "@/lib/savings";
import {
  type SavingsBasis,
  placeLabel,
  type DatePrecision,
  type MemberRole,
  type ModelTypeSlug,
} from "@/lib/vocabulary";
import { buildGeography, type Council, existedIn, type Geography } from "./geography";
import { FIRST_START_YEAR, LAST_START_YEAR, realProfile, type RealProfile } from "./profile";
import { createRandom, draw, drawDistinct, hashSeed, type Random } from "./random";
import { partnershipName, partnershipSummary, SERVICE_WORDING, sourceUrls, syntheticSlug } from "./wording";

export interface SyntheticMember {
  /** Index of the council in the generator's `geography.councils`; null for a non-council partner. */
  council: number | null;
  /** Slug of a non-council partner; null for a council. */
  partner: string | null;
  role: MemberRole;
}

/** A claim as the writer takes it, with its annualised estimate (lib/savings). */
export type SyntheticClaim = EntryClaim & { annualisedGbp: number | null };

export type SyntheticPartnership = Pick<
  PartnershipSummary,
  "slug" | "name" | "summary" | "modelType" | "status" | "startYear" | "endYear" | "serviceAreas"
> & {
  /** 1, 2, 3, …: the partnership's number in the run. */
  number: number;
  members: SyntheticMember[];
  savings: SyntheticClaim[];
  annualisedSavingsGbp: number | null;
  sources: string[];
  lastVerified: { date: string; precision: DatePrecision } | null;
};

/** How the member councils were chosen (kept for the plausibility checks). */
export type MembershipPattern = "same-county-districts" | "county-and-districts" | "neighbours";

export interface Generator {
  seed: string;
  geography: Geography;
  profile: RealProfile;
  partnership(number: number): SyntheticPartnership;
  /** The pattern behind partnership #n's members. */
  patternOf(number: number): MembershipPattern;
}

const COMPANY_MODELS: readonly ModelTypeSlug[] = ["outsourced-partnership", "joint-venture", "council-owned-company"];

/** Weight of the k-th nearest candidate: near neighbours are much likelier partners than distant ones. */
const byNearness = (candidates: readonly number[], spread: number) =>
  candidates.map((index, rank) => [index, Math.exp(-rank / spread)] as const);

interface Members {
  councils: number[];
  pattern: MembershipPattern;
  county: number | null;
}

function chooseCouncils(
  random: Random,
  geography: Geography,
  count: number,
  eligible: (c: Council) => boolean,
): Members {
  const { councils, neighbours, districts } = geography;
  let anchor = councils[random.int(0, councils.length - 1)]!;
  for (let tries = 0; !eligible(anchor) && tries < 50; tries += 1)
    anchor = councils[random.int(0, councils.length - 1)]!;
  const usable = (indices: readonly number[]) => indices.filter((i) => i !== anchor.index && eligible(councils[i]!));
  const nearestFirst = (indices: readonly number[]) =>
    [...indices].sort((a, b) => geography.distance(anchor.index, a) - geography.distance(anchor.index, b));
  const fillFromNeighbours = (chosen: number[], sameTierOnly: boolean) => {
    const wanted = count - chosen.length;
    if (wanted <= 0) return chosen;
    let candidates = usable(neighbours[anchor.index]!).filter((i) => !chosen.includes(i));
    if (sameTierOnly) {
      const tiered = candidates.filter((i) => (councils[i]!.tier === "lower") === (anchor.tier === "lower"));
      if (tiered.length >= wanted) candidates = tiered;
    }
    return [...chosen, ...drawDistinct(random, byNearness(candidates.slice(0, 4 * count), Math.max(2, count)), wanted)];
  };

  const r = random.next();
  if (anchor.county !== null && r < 0.6) {
    const siblings = nearestFirst(usable(districts.get(anchor.county) ?? []));
    const chosen = [anchor.index, ...drawDistinct(random, byNearness(siblings, 3), count - 1)];
    const complete = chosen.length === count;
    return {
      councils: fillFromNeighbours(chosen, true),
      pattern: complete ? "same-county-districts" : "neighbours",
      county: complete ? anchor.county : null,
    };
  }
  const county = anchor.tier === "upper" ? anchor.index : anchor.county;
  if (county !== null && eligible(councils[county]!) && r < 0.82) {
    const inCounty = nearestFirst(usable(districts.get(county) ?? [])).filter((i) => i !== anchor.index);
    const start = county === anchor.index ? [county] : [county, anchor.index];
    const chosen = [...start, ...drawDistinct(random, byNearness(inCounty, 4), count - start.length)];
    const complete = chosen.length === count;
    return {
      councils: fillFromNeighbours(chosen, false),
      pattern: complete ? "county-and-districts" : "neighbours",
      county: complete ? county : null,
    };
  }
  return { councils: fillFromNeighbours([anchor.index], random.chance(0.7)), pattern: "neighbours", county: null };
}

function roundFigure(amount: number): number {
  const step = 10 ** Math.max(3, Math.floor(Math.log10(amount)) - 1);
  return Math.max(step, Math.round(amount / step) * step);
}

function claimNote(
  random: Random,
  basis: SavingsBasis,
  periodYears: number | null,
  startYear: number | null,
): string | null {
  const reported = (startYear ?? 2012) + random.int(1, 6);
  switch (basis) {
    case "cumulative":
      if (periodYears === null) return random.pick([`reported ${reported}`, "since the partnership began", null]);
      return startYear !== null
        ? `over ${periodYears} years to ${startYear + Math.round(periodYears)}`
        : `over ${periodYears} years`;
    case "projected-total":
      return periodYears === null
        ? "expected when the partnership was agreed"
        : `projected over ${periodYears} years (business case)`;
    case "annual":
      return random.pick([`year-on-year savings reported ${reported}`, "a year, across the partner councils", null]);
    case "projected-annual":
      return random.pick(["expected annual saving (business case)", "target once fully in place", null]);
  }
}

export function createGenerator(seedData: SeedData, seed: string): Generator {
  const geography = buildGeography(seedData);
  const profile = realProfile(seedData);
  const partnerNames = new Map(seedData.partners.map((p) => [p.slug, p.name]));
  const base = hashSeed(seed);
  const { councils } = geography;

  function generate(number: number): { partnership: SyntheticPartnership; pattern: MembershipPattern } {
    const random = createRandom(base, number);
    const model = draw(random, profile.modelType);
    const status = draw(random, profile.status);

    let startYear: number | null = null;
    if (status === "planned") startYear = random.chance(0.5) ? LAST_START_YEAR : null;
    else if (!random.chance(profile.unknownStartShare)) {
      const year = draw(random, profile.startYear) + random.int(-2, 2);
      startYear = Math.min(LAST_START_YEAR, Math.max(FIRST_START_YEAR, year));
    }
    let endYear: number | null = null;
    if (status === "ended" && !random.chance(profile.unknownEndShare)) {
      endYear =
        startYear === null
          ? random.int(2005, LAST_START_YEAR)
          : Math.min(LAST_START_YEAR, startYear + draw(random, profile.runYears));
    }

    const eligible = (council: Council) =>
      existedIn(council, startYear ?? (status === "ended" ? (endYear ?? 2010) - 1 : null)) &&
      (status === "ended" || council.toYear === null);
    const members = chooseCouncils(random, geography, draw(random, profile.councilCount), eligible);
    const hasLead = random.chance(profile.leadShareByModel[model]);
    const anchor = councils[members.councils[0]!]!;
    // A county working with its districts is the lead when there is one; otherwise the council the group grew from.
    const lead = hasLead ? anchor : null;

    const services = drawDistinct(random, profile.serviceAreasByModel[model], draw(random, profile.serviceAreaCount));
    const partners: string[] = [];
    if (random.chance(profile.partnerShareByModel[model])) {
      partners.push(
        COMPANY_MODELS.includes(model)
          ? draw(random, profile.companiesByNation[anchor.nation] ?? profile.companies)
          : draw(random, profile.partnersByNation[anchor.nation] ?? profile.partners),
      );
    }
    const memberList: SyntheticMember[] = [
      ...members.councils.map((council) => ({
        council,
        partner: null,
        role: (lead !== null && council === lead.index ? "lead" : "member") as MemberRole,
      })),
      ...partners.map((partner) => ({
        council: null,
        partner,
        role: (COMPANY_MODELS.includes(model) ? "provider" : "member") as MemberRole,
      })),
    ];

    const parts = {
      model,
      status,
      councils: members.councils.map((i) => councils[i]!.name),
      county: members.county === null ? null : councils[members.county]!.name,
      area: placeLabel(anchor.region, anchor.nation),
      lead: lead?.name ?? null,
      partners: partners.map((slug) => partnerNames.get(slug) ?? slug),
      services,
      startYear,
      endYear,
    };
    const wordings = services.map((slug) => SERVICE_WORDING[slug]);
    const name = partnershipName(parts, wordings[0]!, random);
    const summary = partnershipSummary(parts, wordings, random);
    const websites = [
      ...new Set(members.councils.map((i) => councils[i]!.website).filter((w): w is string => w !== null)),
    ];
    const sources = sourceUrls(websites, name, startYear, draw(random, profile.sourceCount), random);

    const savings: SyntheticClaim[] = [];
    if (random.chance(profile.savingsShare)) {
      const basis = draw(random, profile.savingsBasis);
      const { mean, sd } = profile.logAmount[basis];
      const amountGbp = roundFigure(Math.exp(mean + sd * random.normal()));
      const drawn = draw(random, profile.periodYears[basis]);
      const periodYears = drawn > 0 ? drawn : null;
      const claim = { amountGbp, basis, periodYears };
      savings.push({
        ...claim,
        annualisedGbp: annualisedSavings(claim),
        note: claimNote(random, basis, periodYears, startYear),
        sourceUrl: sources.length > 0 && random.chance(0.6) ? sources[0]! : null,
      });
    }

    const precision = draw(random, profile.lastVerified);
    const year = random.int(2019, LAST_START_YEAR);
    const month = String(random.int(1, 12)).padStart(2, "0");
    const day = String(random.int(1, 28)).padStart(2, "0");
    const lastVerified =
      precision === "none"
        ? null
        : {
            precision,
            date:
              precision === "year"
                ? `${year}-01-01`
                : precision === "month"
                  ? `${year}-${month}-01`
                  : `${year}-${month}-${day}`,
          };

    return {
      pattern: members.pattern,
      partnership: {
        number,
        slug: syntheticSlug(number, name),
        name,
        summary,
        modelType: model,
        status,
        startYear,
        endYear,
        serviceAreas: services,
        members: memberList,
        savings,
        annualisedSavingsGbp: partnershipAnnualisedSavings(savings),
        sources,
        lastVerified,
      },
    };
  }

  return {
    seed,
    geography,
    profile,
    partnership: (number) => generate(number).partnership,
    patternOf: (number) => generate(number).pattern,
  };
}
