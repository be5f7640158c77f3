// What officers type, in the directory's vocabulary: the one list of search synonyms. Each entry's phrases stand
// for its service areas (or regions, nations), and its `words` are searched in the text too. The search
// (lib/filters/search.ts) reads it; docs/product.md says how; lib/filters/search.test.ts checks every entry.
//
// A phrase matches a run of the query's words whole, ignoring case, accents, punctuation and "and", so "R&B",
// "r and b" and "R & B" are one phrase, as are "revs and bens" and "revs & bens". The longest phrase wins:
// "emergency planning" is resilience, not planning; "North Yorkshire" is the council, not the region.
// A search for a phrase finds what it stands for OR the phrase itself in the text; nothing is lost by adding one.
// Keep single words unambiguous: "management" alone would turn "waste management" into two services.

import type { Nation, Region } from "./councils";
import type { ServiceAreaSlug } from "./partnerships";

export interface SearchSynonym {
  /** What people type. */
  phrases: readonly string[];
  services?: readonly ServiceAreaSlug[];
  regions?: readonly Region[];
  nations?: readonly Nation[];
  /**
   * The vocabulary's own words for it, searched in the text as well as the phrase: "IT" is a stop word to
   * full-text search, so "ict" is what finds it written down.
   */
  words?: readonly string[];
}

export const SEARCH_SYNONYMS: readonly SearchSynonym[] = [
  // ---- services ----
  {
    phrases: [
      "shared management",
      "management team",
      "shared management team",
      "senior management",
      "chief executive",
      "chief executives",
      "shared chief executive",
      "head of paid service",
      "ceo",
    ],
    services: ["management-governance"],
  },
  {
    phrases: ["it", "i t", "it services", "information technology", "ict", "ict services", "technology", "computing"],
    services: ["ict-digital"],
    words: ["ict", "information technology"],
  },
  { phrases: ["digital", "cyber", "cyber security", "data centre", "digital services"], services: ["ict-digital"] },
  {
    phrases: [
      "r&b",
      "revs and bens",
      "revs",
      "bens",
      "revenues",
      "benefits",
      "revenues and benefits",
      "revenue and benefits",
      "benefits service",
      "housing benefit",
    ],
    services: ["finance-revenues-benefits"],
    words: ["revenues benefits"],
  },
  {
    phrases: [
      "finance",
      "financial services",
      "accountancy",
      "exchequer",
      "treasury",
      "treasury management",
      "pensions",
      "insurance",
      "council tax",
      "business rates",
      "nndr",
      "ndr",
    ],
    services: ["finance-revenues-benefits"],
  },
  {
    phrases: ["hr", "human resources", "personnel", "people services", "hr services"],
    services: ["hr-payroll"],
    words: ["hr", "human resources"],
  },
  { phrases: ["payroll", "pay roll", "occupational health", "learning and development"], services: ["hr-payroll"] },
  {
    phrases: [
      "legal",
      "legal services",
      "legal service",
      "law",
      "lawyers",
      "solicitor",
      "solicitors",
      "legal practice",
      "democratic services",
      "elections",
      "electoral services",
      "electoral registration",
      "monitoring officer",
    ],
    services: ["legal-democratic"],
  },
  {
    phrases: ["procurement", "purchasing", "buying", "contracts", "procurement hub", "category management"],
    services: ["procurement"],
  },
  {
    phrases: [
      "bins",
      "bin",
      "bin collection",
      "bin collections",
      "refuse",
      "refuse collection",
      "rubbish",
      "recycling",
      "waste",
      "waste collection",
      "waste management",
      "waste disposal",
      "trade waste",
      "street cleansing",
      "street cleaning",
      "street scene",
      "grounds maintenance",
      "litter",
      "fly tipping",
      "environmental services",
    ],
    services: ["waste-environment"],
  },
  {
    phrases: [
      "planning",
      "building control",
      "building regulations",
      "building regs",
      "development management",
      "development control",
      "planning policy",
      "local plan",
      "spatial planning",
    ],
    services: ["planning-building-control"],
  },
  {
    phrases: [
      "environmental health",
      "env health",
      "trading standards",
      "licensing",
      "licences",
      "taxi licensing",
      "food safety",
      "food hygiene",
      "pest control",
      "public protection",
      "regulatory services",
      "regulatory",
      "noise",
    ],
    services: ["regulatory-services-licensing"],
  },
  {
    phrases: [
      "housing",
      "homelessness",
      "homeless",
      "housing options",
      "housing management",
      "council housing",
      "almo",
    ],
    services: ["housing"],
  },
  {
    phrases: [
      "highways",
      "roads",
      "transport",
      "parking",
      "car parks",
      "parking enforcement",
      "street lighting",
      "fleet",
      "fleet management",
      "passenger transport",
    ],
    services: ["highways-transport"],
  },
  {
    phrases: [
      "property",
      "estates",
      "estate management",
      "facilities",
      "facilities management",
      "fm",
      "assets",
      "asset management",
      "corporate property",
    ],
    services: ["property-assets-facilities"],
  },
  {
    phrases: [
      "audit",
      "internal audit",
      "fraud",
      "counter fraud",
      "anti fraud",
      "fraud investigation",
      "risk management",
      "assurance",
    ],
    services: ["audit-fraud-risk"],
  },
  {
    phrases: [
      "customer services",
      "customer service",
      "contact centre",
      "call centre",
      "customer contact",
      "one stop shop",
    ],
    services: ["customer-services"],
  },
  {
    phrases: [
      "social care",
      "adult social care",
      "adults social care",
      "children's services",
      "childrens services",
      "public health",
      "safeguarding",
      "social services",
    ],
    services: ["social-care-health"],
  },
  {
    phrases: [
      "leisure",
      "leisure centres",
      "libraries",
      "library",
      "museums",
      "museum",
      "archives",
      "record office",
      "culture",
      "arts",
      "sport",
      "sports",
    ],
    services: ["leisure-culture"],
  },
  {
    phrases: ["emergency planning", "resilience", "civil contingencies", "business continuity", "civil protection"],
    services: ["emergency-planning-resilience"],
  },
  {
    phrases: ["economic development", "regeneration", "business support", "inward investment", "tourism", "skills"],
    services: ["economic-development"],
  },
  // No service area of its own: CCTV rooms are filed under "Other".
  { phrases: ["cctv", "closed circuit television", "closed circuit tv"], words: ["cctv"] },

  // ---- places: the regions' and nations' own names are matched from the vocabulary's labels ----
  { phrases: ["yorkshire", "humber"], regions: ["yorkshire-and-the-humber"] },
  { phrases: ["midlands"], regions: ["east-midlands", "west-midlands"] },
  { phrases: ["east anglia"], regions: ["east-of-england"] },
  { phrases: ["greater london"], regions: ["london"] },
  { phrases: ["west country"], regions: ["south-west"] },
  { phrases: ["welsh", "cymru"], nations: ["wales"] },
  { phrases: ["scottish"], nations: ["scotland"] },
  { phrases: ["ni", "northern irish"], nations: ["northern-ireland"] },
];
