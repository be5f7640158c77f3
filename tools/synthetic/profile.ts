// What the real partnerships look like, measured from the curated data set (seed-data/partnerships.csv):
// the distributions the synthetic partnerships are drawn from, so that filters, facets and search behave at
// scale as they do on the real data. Pure: it reads a SeedData value, never the database.

import type { SeedData } from "@/lib/seed";
import {
  MODEL_TYPE_SLUGS,
  type ModelTypeSlug,
  type Nation,
  PARTNERSHIP_STATUSES,
  type PartnershipStatus,
  SAVINGS_BASIS_SLUGS,
  type SavingsBasis,
  SERVICE_AREA_SLUGS,
  type ServiceAreaSlug,
  type DatePrecision,
} from "@/lib/vocabulary";
import { type Weighted, weighted } from "./random";

export const MIN_COUNCILS = 2;
export const MAX_COUNCILS = 8;
export const MAX_SERVICE_AREAS = 3;
export const FIRST_START_YEAR = 1990;
export const LAST_START_YEAR = 2025;

export interface RealProfile {
  partnerships: number;
  modelType: Weighted<ModelTypeSlug>;
  status: Weighted<PartnershipStatus>;
  /** Council members per partnership, 2–8. */
  councilCount: Weighted<number>;
  /** Service areas per partnership, 1–3 (longer real lists count as 3). */
  serviceAreaCount: Weighted<number>;
  /** Service-area weights given the model type: real co-occurrence, smoothed by the overall frequency. */
  serviceAreasByModel: Record<ModelTypeSlug, (readonly [ServiceAreaSlug, number])[]>;
  /** Share of partnerships with no known start year. */
  unknownStartShare: number;
  /** Known start years, 1990–2025. */
  startYear: Weighted<number>;
  /** Years an ended partnership ran (end year minus start year). */
  runYears: Weighted<number>;
  /** Share of ended partnerships with no known end year. */
  unknownEndShare: number;
  /** Share of partnerships with at least one savings claim. */
  savingsShare: number;
  savingsBasis: Weighted<SavingsBasis>;
  /** Mean and standard deviation of ln(amount) per basis. */
  logAmount: Record<SavingsBasis, { mean: number; sd: number }>;
  /** The periods the real claims cover, per basis (0 stands for "unknown"). */
  periodYears: Record<SavingsBasis, Weighted<number>>;
  /** Share of partnerships, per model type, with a non-council partner (a company, an NHS body, ...). */
  partnerShareByModel: Record<ModelTypeSlug, number>;
  /** Non-council partners by nation, weighted by how often the real partnerships there involve them. */
  partnersByNation: Partial<Record<Nation, Weighted<string>>>;
  partners: Weighted<string>;
  /** The same for companies only: the partners of outsourced contracts, joint ventures and council companies. */
  companiesByNation: Partial<Record<Nation, Weighted<string>>>;
  companies: Weighted<string>;
  /** Share of partnerships, per model type, with a lead (host) council. */
  leadShareByModel: Record<ModelTypeSlug, number>;
  /** How precisely the last verification is dated; "none" when there is none. */
  lastVerified: Weighted<DatePrecision | "none">;
  sourceCount: Weighted<number>;
}

function countBy<T>(values: Iterable<T>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Share of rows matching, per model type, pulled towards the overall share when a model type has few rows. */
function shareByModel(seed: SeedData, matches: (p: SeedData["partnerships"][number]) => boolean) {
  const overall = seed.partnerships.filter(matches).length / Math.max(1, seed.partnerships.length);
  return Object.fromEntries(
    MODEL_TYPE_SLUGS.map((model) => {
      const rows = seed.partnerships.filter((p) => p.model_type === model);
      const prior = 4;
      return [model, (rows.filter(matches).length + prior * overall) / (rows.length + prior)];
    }),
  ) as Record<ModelTypeSlug, number>;
}

function meanAndSd(values: readonly number[]): { mean: number; sd: number } {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / Math.max(1, values.length - 1);
  return { mean, sd: Math.sqrt(variance) };
}

export function realProfile(seed: SeedData): RealProfile {
  const partnerships = seed.partnerships;
  if (partnerships.length === 0) throw new Error("the real data set has no partnerships to learn from");
  const councilsByGss = new Map(seed.councils.map((c) => [c.gss, c]));

  const serviceTotals = countBy(partnerships.flatMap((p) => p.service_areas as ServiceAreaSlug[]));
  const allServices = [...serviceTotals.values()].reduce((a, b) => a + b, 0);
  const serviceAreasByModel = Object.fromEntries(
    MODEL_TYPE_SLUGS.map((model) => {
      const own = countBy(partnerships.filter((p) => p.model_type === model).flatMap((p) => p.service_areas));
      return [
        model,
        SERVICE_AREA_SLUGS.map(
          (slug) => [slug, (own.get(slug) ?? 0) + (3 * (serviceTotals.get(slug) ?? 0.5)) / allServices] as const,
        ),
      ];
    }),
  ) as RealProfile["serviceAreasByModel"];

  const starts = partnerships.map((p) => p.start_year);
  const known = starts.filter((y): y is number => y !== null && y >= FIRST_START_YEAR && y <= LAST_START_YEAR);
  const ended = partnerships.filter((p) => p.status === "ended");
  const runs = ended.flatMap((p) => (p.start_year !== null && p.end_year !== null ? [p.end_year - p.start_year] : []));

  const claims = partnerships.flatMap((p) => p.savings);
  const logAmount = Object.fromEntries(
    SAVINGS_BASIS_SLUGS.map((basis) => {
      const own = claims.filter((c) => c.basis === basis && c.amountGbp > 0).map((c) => Math.log(c.amountGbp));
      const all = claims.filter((c) => c.amountGbp > 0).map((c) => Math.log(c.amountGbp));
      return [basis, meanAndSd(own.length >= 3 ? own : all)];
    }),
  ) as RealProfile["logAmount"];
  const periodYears = Object.fromEntries(
    SAVINGS_BASIS_SLUGS.map((basis) => {
      const own = claims.filter((c) => c.basis === basis).map((c) => c.periodYears ?? 0);
      return [basis, weighted(countBy(own.length > 0 ? own : [0]))];
    }),
  ) as RealProfile["periodYears"];

  const isPartner = (ref: { gss: string | null }) => ref.gss === null;
  const kindOf = new Map(seed.partners.map((p) => [p.slug, p.kind]));
  /** How often the real partnerships of each nation involve each partner (of the kinds given). */
  const usesByNation = (kinds: readonly string[] | null) => {
    const byNation = new Map<Nation, Map<string, number>>();
    for (const p of partnerships) {
      const nations = new Set(p.members.flatMap((m) => (m.gss ? [councilsByGss.get(m.gss)?.nation] : [])));
      for (const member of p.members.filter(isPartner)) {
        if (kinds && !kinds.includes(kindOf.get(member.slug) ?? "")) continue;
        for (const nation of nations) {
          if (!nation) continue;
          const uses = byNation.get(nation) ?? new Map<string, number>();
          uses.set(member.slug, (uses.get(member.slug) ?? 0) + 1);
          byNation.set(nation, uses);
        }
      }
    }
    return Object.fromEntries([...byNation].map(([nation, uses]) => [nation, weighted(uses)]));
  };
  const partnerSlugs = (kinds: readonly string[] | null) =>
    partnerships
      .flatMap((p) => p.members.filter(isPartner).map((m) => m.slug))
      .filter((slug) => !kinds || kinds.includes(kindOf.get(slug) ?? ""));

  return {
    partnerships: partnerships.length,
    modelType: weighted(countBy(partnerships.map((p) => p.model_type as ModelTypeSlug))),
    status: weighted(PARTNERSHIP_STATUSES.map((s) => [s, partnerships.filter((p) => p.status === s).length] as const)),
    councilCount: weighted(
      countBy(
        partnerships
          .map((p) => p.members.filter((m) => m.gss !== null).length)
          .filter((n) => n >= MIN_COUNCILS && n <= MAX_COUNCILS),
      ),
    ),
    serviceAreaCount: weighted(
      countBy(partnerships.map((p) => Math.min(MAX_SERVICE_AREAS, Math.max(1, p.service_areas.length)))),
    ),
    serviceAreasByModel,
    unknownStartShare: starts.filter((y) => y === null).length / partnerships.length,
    startYear: weighted(countBy(known)),
    runYears: weighted(countBy(runs.filter((r) => r >= 0).map((r) => Math.max(1, r)))),
    unknownEndShare: ended.length ? ended.filter((p) => p.end_year === null).length / ended.length : 0,
    savingsShare: partnerships.filter((p) => p.savings.length > 0).length / partnerships.length,
    savingsBasis: weighted(countBy(claims.map((c) => c.basis))),
    logAmount,
    periodYears,
    partnerShareByModel: shareByModel(seed, (p) => p.members.some(isPartner)),
    partnersByNation: usesByNation(null),
    partners: weighted(countBy(partnerSlugs(null))),
    companiesByNation: usesByNation(["company"]),
    companies: weighted(countBy(partnerSlugs(["company"]))),
    leadShareByModel: shareByModel(seed, (p) => p.members.some((m) => m.role === "lead")),
    lastVerified: weighted(countBy(partnerships.map((p) => p.last_verified?.precision ?? ("none" as const)))),
    sourceCount: weighted(countBy(partnerships.map((p) => Math.max(1, p.source_urls.length)))),
  };
}
