// Names, summaries, slugs and source addresses of synthetic partnerships, composed from the councils' names
// and the services' wording as real entries are ("Mid Devon and Torridge shared legal service"), so that
// full-text search finds them as it would find real ones.

import { slugify, type ModelTypeSlug, type PartnershipStatus, type ServiceAreaSlug } from "@/lib/vocabulary";
import type { Random } from "./random";

/** How entries speak of each service area: short noun phrases, the first the most common. */
export const SERVICE_WORDING: Record<ServiceAreaSlug, readonly string[]> = {
  "management-governance": ["management team", "senior management", "chief executive"],
  "ict-digital": ["ICT", "digital", "IT"],
  "finance-revenues-benefits": ["revenues and benefits", "finance", "council tax and benefits"],
  "hr-payroll": ["HR and payroll", "payroll", "human resources"],
  "legal-democratic": ["legal", "legal and democratic", "democratic services"],
  procurement: ["procurement", "purchasing"],
  "waste-environment": ["waste", "waste and recycling", "street cleansing"],
  "planning-building-control": ["building control", "planning", "planning policy"],
  "regulatory-services-licensing": ["environmental health", "licensing", "trading standards"],
  housing: ["housing", "homelessness", "private sector housing"],
  "highways-transport": ["highways", "transport", "parking"],
  "property-assets-facilities": ["property", "facilities management", "estates"],
  "audit-fraud-risk": ["internal audit", "counter fraud", "audit and risk"],
  "customer-services": ["customer services", "contact centre"],
  "social-care-health": ["adult social care", "public health", "health and care"],
  "leisure-culture": ["leisure", "library", "culture and heritage"],
  "emergency-planning-resilience": ["emergency planning", "civil contingencies", "resilience"],
  "economic-development": ["economic development", "regeneration", "inward investment"],
  other: ["support services", "back-office", "shared business services"],
};

/** "A", "A and B", "A, B and C". */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const titleCase = (text: string) =>
  text.replace(/\b([a-z])/g, (letter) => letter.toUpperCase()).replace(/\bAnd\b/g, "and");

/** A phrase as a kind of service: "legal" -> "legal services"; "management team" stays as it is. */
export function asServices(phrase: string): string {
  return /(services|team|executive|centre|management|standards|health|care)$/.test(phrase)
    ? phrase
    : `${phrase} services`;
}

export interface NameParts {
  model: ModelTypeSlug;
  status: PartnershipStatus;
  /** Member councils' names, lead first when there is one. */
  councils: readonly string[];
  /** The county all the members belong to (or are), when they do. */
  county: string | null;
  /** The region (in England) or nation of the first member, e.g. "South West", "Wales". */
  area: string;
  lead: string | null;
  /** Non-council partners' names. */
  partners: readonly string[];
  services: readonly ServiceAreaSlug[];
  startYear: number | null;
  endYear: number | null;
}

/** The short name of the group of councils: "Mid Devon and Torridge", "Devon", "Exeter and neighbouring councils". */
function groupName(parts: NameParts, random: Random): string {
  const { councils, county } = parts;
  if (councils.length <= 3 && (county === null || random.chance(0.6))) return listOf(councils);
  if (county !== null) return county;
  return random.chance(0.5) ? `${councils[0]} area` : parts.area;
}

export function partnershipName(parts: NameParts, wording: readonly string[], random: Random): string {
  const group = groupName(parts, random);
  const service = wording[0]!;
  const partner = parts.partners[0];
  const options = ((): readonly string[] => {
    switch (parts.model) {
      case "shared-service":
        return [`${group} shared ${service} service`, `${group} ${service} shared service`];
      case "shared-management-team":
        return [`${group} shared management team`, `${group} joint chief executive and management team`];
      case "joint-venture":
        return [`${group} ${service} joint venture`, `${group} ${titleCase(service)} Partnership Ltd`];
      case "joint-committee":
        return [`${group} joint ${service} committee`, `${group} ${service} partnership`];
      case "council-owned-company":
        return [`${group} ${titleCase(service)} Services Ltd`, `${group} ${titleCase(service)} Ltd`];
      case "outsourced-partnership":
        return [
          partner ? `${group} ${service} partnership with ${partner}` : `${group} outsourced ${service} contract`,
          `${group} ${service} contract`,
        ];
      case "lead-authority-arrangement":
        return [
          parts.lead ? `${parts.lead}-hosted ${service} service` : `${group} ${service} service`,
          `${group} ${service} service`,
        ];
      case "consortium":
        return [`${group} ${service} consortium`, `${group} ${service} partnership`];
      case "other":
        return [`${group} ${service} partnership`, `${group} ${service} collaboration`];
    }
  })();
  return capitalise(random.pick(options));
}

const MODEL_NOUNS: Record<ModelTypeSlug, string> = {
  "shared-service": "a shared service",
  "shared-management-team": "a shared management team",
  "joint-venture": "a joint venture",
  "joint-committee": "a joint committee",
  "council-owned-company": "a company they own together",
  "outsourced-partnership": "an outsourced contract",
  "lead-authority-arrangement": "a lead-authority arrangement",
  consortium: "a consortium",
  other: "a formal partnership",
};

export function partnershipSummary(parts: NameParts, wordings: readonly (readonly string[])[], random: Random): string {
  const phrases = wordings.map((wording) => asServices(random.pick(wording)));
  const verb = { active: "share", ended: "shared", planned: "plan to share", unknown: "have shared" }[parts.status];
  const who =
    parts.councils.length <= 4
      ? listOf(parts.councils)
      : `${parts.councils.length} councils ${parts.lead ? "led by" : "around"} ${parts.councils[0]} (${listOf(parts.councils.slice(1))})`;
  const lead = parts.lead && parts.councils.length <= 4 ? `, hosted by ${parts.lead}` : "";
  const partners = parts.partners.length ? ` with ${listOf(parts.partners)}` : "";
  const sentences = [`${who} ${verb} ${listOf(phrases)} through ${MODEL_NOUNS[parts.model]}${partners}${lead}.`];
  if (parts.status === "ended" && parts.startYear !== null && parts.endYear !== null) {
    sentences.push(`It ran from ${parts.startYear} to ${parts.endYear}.`);
  } else if (parts.status === "ended" && parts.endYear !== null) {
    sentences.push(`It ended in ${parts.endYear}.`);
  } else if (parts.status === "planned" && parts.startYear !== null) {
    sentences.push(`It is due to start in ${parts.startYear}.`);
  } else if (parts.startYear !== null) {
    sentences.push(`It began in ${parts.startYear}.`);
  }
  if (parts.county !== null && random.chance(0.5)) sentences.push(`It covers councils across ${parts.county}.`);
  return sentences.join(" ");
}

/** Every synthetic slug starts with this, so synthetic entries can never be taken for real ones. */
export const SYNTHETIC_SLUG_PREFIX = "synthetic-";

export function syntheticSlug(number: number, name: string): string {
  return `${SYNTHETIC_SLUG_PREFIX}${number}-${slugify(name, 60)}`.replace(/-+$/, "");
}

/** Addresses as councils publish them: a page on the website, a committee decision, a news item. */
export function sourceUrls(
  websites: readonly string[],
  name: string,
  startYear: number | null,
  count: number,
  random: Random,
) {
  const urls: string[] = [];
  const page = slugify(name, 50);
  for (let attempt = 0; urls.length < count && attempt < count * 4; attempt += 1) {
    const origin = websites[attempt % websites.length];
    if (!origin) break;
    const host = new URL(origin).host.replace(/^www\./, "");
    const year = startYear ?? random.int(2008, 2024);
    const url = random.pick([
      `${origin}/council-and-democracy/partnerships/${page}`,
      `${origin}/news/${year}/${page}`,
      `https://democracy.${host}/ieDecisionDetails.aspx?ID=${random.int(100, 9999)}`,
      `https://moderngov.${host}/ieListDocuments.aspx?CId=${random.int(100, 999)}&MId=${random.int(1000, 9999)}`,
      `${origin}/your-council/shared-services`,
    ]);
    if (!urls.includes(url)) urls.push(url);
  }
  return urls;
}
