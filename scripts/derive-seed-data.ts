// Builds seed-data/ from the reference data set (mySociety council lists, GOV.UK homepages, ONS boundaries and
// the curated partnerships). Re-runnable: the same input always gives byte-identical output.
//
//   npx tsx scripts/derive-seed-data.ts <reference-data folder> [output folder, default seed-data]
//
// Every transformation is described beside the code that makes it. The output is what the loader
// (npm run db:seed) validates and loads; SOURCES.md in the output says where each file came from.

import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import {
  formatMemberNotes,
  formatMemberReference,
  joinList,
  splitList,
  type MemberReference,
} from "../lib/seed/members";
import { formatMemberDates, type NamedMember, readMemberDates, readMemberNote } from "../lib/seed/member-dates";
// The seed files' columns are defined once, beside the loader's validation.
import { COUNCIL_COLUMNS, PARTNERSHIP_COLUMNS } from "../lib/seed/schemas";
import { distanceKm } from "../lib/geo/distance";
import { slugify } from "../lib/vocabulary/slugs";
import {
  COUNCIL_TYPES,
  type CouncilType,
  MODEL_TYPE_SLUGS,
  type MemberRole,
  type PartnerKind,
  SERVICE_AREA_SLUGS,
} from "../lib/vocabulary";

type Row = Record<string, string>;

const [referenceDir, outputArg] = process.argv.slice(2);
if (!referenceDir) {
  console.error("usage: npx tsx scripts/derive-seed-data.ts <reference-data folder> [output folder]");
  process.exit(2);
}
const outputDir = path.resolve(outputArg ?? path.join(import.meta.dirname, "..", "seed-data"));

function readCsv(relative: string): Row[] {
  return parse(readFileSync(path.join(referenceDir!, relative), "utf8"), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  });
}

/** RFC 4180: CRLF line ends, fields quoted only when they must be, a header row. */
function writeCsv(file: string, columns: readonly string[], rows: readonly Record<string, string | number | null>[]) {
  const text = stringify(
    rows.map((row) => columns.map((column) => row[column] ?? "")),
    { header: true, columns: [...columns], record_delimiter: "windows", quoted_match: /^\s|\s$/ },
  );
  writeFileSync(path.join(outputDir, file), text, "utf8");
}

function fail(message: string): never {
  throw new Error(message);
}

const notices: string[] = [];
function notice(message: string) {
  notices.push(message);
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary tables: labels exactly as PRODUCT.md writes them; the slugs come from lib/vocabulary.ts.
// ---------------------------------------------------------------------------------------------------------

const SERVICE_AREA_LABELS: Record<(typeof SERVICE_AREA_SLUGS)[number], string> = {
  "management-governance": "Management & governance",
  "ict-digital": "ICT & digital",
  "finance-revenues-benefits": "Finance & revenues/benefits",
  "hr-payroll": "HR & payroll",
  "legal-democratic": "Legal & democratic",
  procurement: "Procurement",
  "waste-environment": "Waste & environment",
  "planning-building-control": "Planning & building control",
  "regulatory-services-licensing": "Regulatory services & licensing",
  housing: "Housing",
  "highways-transport": "Highways & transport",
  "property-assets-facilities": "Property, assets & facilities",
  "audit-fraud-risk": "Audit, fraud & risk",
  "customer-services": "Customer services",
  "social-care-health": "Social care & health",
  "leisure-culture": "Leisure & culture",
  "emergency-planning-resilience": "Emergency planning & resilience",
  "economic-development": "Economic development",
  other: "Other",
};

// Model-type labels are the PRODUCT.md words in sentence case.
const MODEL_TYPE_LABELS: Record<(typeof MODEL_TYPE_SLUGS)[number], string> = {
  "shared-service": "Shared service",
  "shared-management-team": "Shared management team",
  "joint-venture": "Joint venture",
  "joint-committee": "Joint committee",
  "council-owned-company": "Council-owned company",
  "outsourced-partnership": "Outsourced partnership",
  "lead-authority-arrangement": "Lead-authority arrangement",
  consortium: "Consortium",
  other: "Other",
};

// ---------------------------------------------------------------------------------------------------------
// Councils
// ---------------------------------------------------------------------------------------------------------

// mySociety's local-authority-type codes to our council types and tiers. The City of London is "CC".
// Combined authorities (COMB) and the GLA (SRA) are not principal councils and are left out.
const TYPE_BY_CODE: Record<string, { type: CouncilType; tier: "upper" | "lower" | "unitary" }> = {
  CTY: { type: "county", tier: "upper" },
  NMD: { type: "district", tier: "lower" },
  UA: { type: "unitary", tier: "unitary" },
  MD: { type: "metropolitan-district", tier: "unitary" },
  LBO: { type: "london-borough", tier: "unitary" },
  CC: { type: "city-corporation", tier: "unitary" },
  SCO: { type: "scottish-council", tier: "unitary" },
  WPA: { type: "welsh-council", tier: "unitary" },
  NID: { type: "ni-district", tier: "unitary" },
};

function regionSlug(nation: string, region: string): string {
  return nation === "England" && region !== "" ? slugify(region) : "";
}

/** "93836.0" -> "93836"; population is a head count. */
function integerText(value: string): string {
  return value === "" ? "" : String(Math.round(Number(value)));
}

/** "94.0" -> "94", "1338.5" -> "1338.5". */
function numberText(value: string): string {
  return value === "" ? "" : String(Number(value));
}

/** Coordinates to six decimal places (about 10 cm), which is all the source precision means. */
function coordinateText(value: string | number): string {
  return value === "" ? "" : String(Number(Number(value).toFixed(6)));
}

type CouncilOut = {
  gss: string;
  registry_code: string;
  name: string;
  official_name: string;
  council_type: string;
  tier: string;
  nation: string;
  region: string;
  latitude: string;
  longitude: string;
  population: string;
  area_km2: string;
  homepage_url: string;
  former_gss_codes: string;
  county_gss: string;
  start_date: string;
  end_date: string;
  successor_gss: string;
};

// Every column the loader reads is one this script writes.
const councilColumnsWritten: readonly (keyof CouncilOut)[] = COUNCIL_COLUMNS;
void councilColumnsWritten;

// TopoJSON decoding, only as far as needed to find a point for abolished councils that mySociety gives none.
type Topology = {
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, { geometries: { type: string; arcs: unknown; properties: { areacd: string } }[] }>;
};

function decodeArcs(topology: Topology): [number, number][][] {
  const { scale, translate } = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as [number, number];
    });
  });
}

function ringCoordinates(arcs: [number, number][][], indices: number[]): [number, number][] {
  const ring: [number, number][] = [];
  for (const index of indices) {
    const arc = index >= 0 ? arcs[index]! : [...arcs[~index]!].reverse();
    ring.push(...(ring.length > 0 ? arc.slice(1) : arc));
  }
  return ring;
}

/**
 * Area-weighted centroid of a (multi)polygon, on a local equirectangular projection (longitude scaled by
 * the cosine of the latitude), which is accurate enough for a council-sized area. Holes count negative.
 */
function centroid(geometry: { type: string; arcs: unknown }, arcs: [number, number][][]): [number, number] {
  const polygons = (geometry.type === "Polygon" ? [geometry.arcs] : geometry.arcs) as number[][][];
  const rings = polygons.flatMap((polygon) =>
    polygon.map((indices, i) => ({ ring: ringCoordinates(arcs, indices), hole: i > 0 })),
  );
  const latitudes = rings.flatMap(({ ring }) => ring.map(([, lat]) => lat));
  const meanLat = latitudes.reduce((sum, lat) => sum + lat, 0) / latitudes.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const { ring, hole } of rings) {
    let a = 0;
    let x = 0;
    let y = 0;
    for (let i = 0; i < ring.length - 1; i += 1) {
      const [x0, y0] = [ring[i]![0] * k, ring[i]![1]];
      const [x1, y1] = [ring[i + 1]![0] * k, ring[i + 1]![1]];
      const cross = x0 * y1 - x1 * y0;
      a += cross;
      x += (x0 + x1) * cross;
      y += (y0 + y1) * cross;
    }
    const sign = (hole ? -1 : 1) * Math.sign(a);
    area += sign * a;
    cx += sign * x;
    cy += sign * y;
  }
  return [cy / (3 * area), cx / (3 * area) / k];
}

function boundaryCentroids(): Map<string, [number, number]> {
  const topology = JSON.parse(
    readFileSync(path.join(referenceDir!, "boundaries/ons_uk_topo_2014_2025.json"), "utf8"),
  ) as Topology;
  const arcs = decodeArcs(topology);
  const points = new Map<string, [number, number]>();
  for (const layer of ["ltla", "utla", "cty"]) {
    for (const geometry of topology.objects[layer]?.geometries ?? []) {
      if (!points.has(geometry.properties.areacd)) points.set(geometry.properties.areacd, centroid(geometry, arcs));
    }
  }
  return points;
}

function deriveCouncils(): CouncilOut[] {
  const slim = readCsv("local_authorities/uk_councils_current_slim.csv");
  const mysociety = readCsv("local_authorities/mysociety_uk_local_authorities.csv");
  const byCode = new Map(mysociety.map((row) => [row["local-authority-code"]!, row]));

  // The registry code -> GSS code used today. The slim list carries the ONS 2025 codes (Barnsley E08000038,
  // Sheffield E08000039, Glasgow S12000049, North Lanarkshire S12000050), which win over mySociety's.
  const gssByCode = new Map<string, string>();
  for (const row of mysociety) if (row["gss-code"]) gssByCode.set(row["local-authority-code"]!, row["gss-code"]!);
  for (const row of slim) gssByCode.set(row.la_code!, row.gss_code!);

  // Former GSS codes: mySociety's own list (comma-separated), plus mySociety's code where the 2025 code
  // differs from it (so E08000016 still finds Barnsley).
  function formerCodes(row: Row, currentGss: string): string {
    const codes = splitList((row["former-gss-codes"] ?? "").replaceAll(",", ";"));
    if (row["gss-code"] && row["gss-code"] !== currentGss) codes.push(row["gss-code"]);
    return joinList([...new Set(codes)].sort());
  }

  const councils: CouncilOut[] = slim.map((row) => {
    const ms = byCode.get(row.la_code!) ?? fail(`${row.la_code} is in the slim list but not in mySociety's`);
    const type = TYPE_BY_CODE[row.type_code!] ?? fail(`unknown council type ${row.type_code} for ${row.name}`);
    if (type.tier !== row.tier) fail(`${row.name}: tier ${row.tier} does not match type ${row.type_code}`);
    return {
      gss: row.gss_code!,
      registry_code: row.la_code!,
      name: row.name!,
      official_name: row.official_name!,
      council_type: type.type,
      tier: type.tier,
      nation: slugify(row.nation!),
      region: regionSlug(row.nation!, row.region!),
      latitude: coordinateText(row.lat!),
      longitude: coordinateText(row.lng!),
      population: integerText(row.pop_2020!),
      area_km2: numberText(row.area_km2!),
      homepage_url: row.homepage_url!,
      former_gss_codes: formerCodes(ms, row.gss_code!),
      county_gss: row.county_gss!,
      start_date: ms["start-date"]!,
      end_date: "",
      successor_gss: "",
    };
  });
  const currentByGss = new Map(councils.map((council) => [council.gss, council]));

  // Abolished councils: every former authority in mySociety that has a GSS code (48 of the 73; the other 25
  // are the pre-2015 Northern Ireland councils, which never had one and cannot be councils here; the
  // partnerships that name them list them as partners instead).
  const points = boundaryCentroids();
  const former = mysociety.filter((row) => row["current-authority"] !== "True" && row["gss-code"] !== "");
  const formerOut: CouncilOut[] = former.map((row) => {
    const gss = row["gss-code"]!;
    const type = TYPE_BY_CODE[row["local-authority-type"]!] ?? fail(`unknown council type for ${gss}`);
    // replaced-by lists registry codes ("CBD,WAF"); they become today's GSS codes.
    const successors = splitList(row["replaced-by"]!.replaceAll(",", ";")).map(
      (code) => gssByCode.get(code) ?? fail(`${gss}: successor ${code} has no GSS code`),
    );
    return {
      gss,
      registry_code: row["local-authority-code"]!,
      name: row["nice-name"]!,
      official_name: row["official-name"]!,
      council_type: type.type,
      tier: type.tier,
      nation: slugify(row.nation!),
      region: regionSlug(row.nation!, row.region!),
      latitude: coordinateText(row.lat!),
      longitude: coordinateText(row.long!),
      population: integerText(row["pop-2020"]!),
      area_km2: numberText(row.area!),
      homepage_url: "",
      former_gss_codes: formerCodes(row, gss),
      county_gss: row["county-la"]
        ? (gssByCode.get(row["county-la"]!) ?? fail(`${gss}: no county ${row["county-la"]}`))
        : "",
      start_date: row["start-date"]!,
      end_date: row["end-date"]!,
      successor_gss: joinList(successors),
    };
  });
  const all = [...councils, ...formerOut];
  const byGss = new Map(all.map((council) => [council.gss, council]));

  for (const council of formerOut) {
    const successors = splitList(council.successor_gss).map((gss) => byGss.get(gss)!);
    // Abolished councils keep the region they had. mySociety leaves it blank for some councils abolished
    // before 2020; their successors cover the same area, so the successors' (single, shared) region is used,
    // following a chain of abolitions (Taunton Deane -> Somerset West and Taunton -> Somerset) if need be.
    if (council.region === "" && council.nation === "england") {
      let next = successors;
      while (next.length > 0 && next.every((s) => s.region === "")) {
        next = next.flatMap((s) => splitList(s.successor_gss).map((gss) => byGss.get(gss)!));
      }
      const regions = new Set(next.map((s) => s.region).filter((region) => region !== ""));
      if (regions.size !== 1) fail(`${council.name}: cannot tell its region from its successors`);
      council.region = [...regions][0]!;
    }
    // A district's county, as mySociety records it, should be the county its successor sits in. It is not for
    // Forest Heath (recorded in Surrey, SRY); where the successor districts agree on another county, theirs wins.
    if (council.tier === "lower" && successors.length > 0 && successors.every((s) => s.tier === "lower")) {
      const counties = new Set(successors.map((s) => s.county_gss));
      const county = [...counties][0]!;
      if (counties.size === 1 && county !== "" && county !== council.county_gss) {
        notice(
          `${council.name} (${council.gss}): county ${council.county_gss} corrected to ${county}, its successor's county`,
        );
        council.county_gss = county;
      }
    }
  }

  // Points. mySociety gives none for most councils abolished before 2021, and its points for county councils
  // are unreliable (Lancashire's lies in Northamptonshire, Devon's in the Bristol Channel). For those, the
  // area-weighted centroid of the council's boundary in the ONS TopoJSON (which keeps abolished areas) is used;
  // every other council keeps mySociety's point, which lies within 20 km of its boundary centroid.
  const placedByBoundary: string[] = [];
  for (const council of all) {
    const boundaryPoint = [council.gss, ...splitList(council.former_gss_codes)]
      .map((gss) => points.get(gss))
      .find(Boolean);
    if (council.council_type === "county" || council.latitude === "") {
      if (!boundaryPoint) fail(`${council.name}: no boundary to place it by`);
      council.latitude = coordinateText(boundaryPoint[0]);
      council.longitude = coordinateText(boundaryPoint[1]);
      placedByBoundary.push(council.name);
    } else if (
      boundaryPoint &&
      distanceKm(
        { latitude: Number(council.latitude), longitude: Number(council.longitude) },
        { latitude: boundaryPoint[0], longitude: boundaryPoint[1] },
      ) > 25
    ) {
      notice(`${council.name} (${council.gss}): mySociety's point is over 25 km from its boundary centroid`);
    }
  }
  notice(`placed by their boundary centroid (${placedByBoundary.length}): ${placedByBoundary.join(", ")}`);

  for (const council of all) {
    for (const code of splitList(council.former_gss_codes)) {
      if (byGss.has(code)) fail(`${council.name}: former code ${code} is another council's current code`);
    }
    if (council.county_gss && !byGss.has(council.county_gss))
      fail(`${council.name}: county ${council.county_gss} unknown`);
    if (!COUNCIL_TYPES.includes(council.council_type as CouncilType)) fail(`${council.name}: bad type`);
  }
  if (currentByGss.size !== 382) notice(`expected 382 current councils, found ${currentByGss.size}`);
  return all.sort((a, b) => a.gss.localeCompare(b.gss));
}

// ---------------------------------------------------------------------------------------------------------
// Partners (non-council members)
// ---------------------------------------------------------------------------------------------------------

// A name in the curated data may carry a parenthesised qualifier. When the qualifier is about the membership
// (a date, or the part the body plays: "from Feb 2018", "manager from 2014", "until 2023", "data supplier",
// "holding company") it becomes the membership note; otherwise ("Primary Care Trust", "National Highways")
// it is part of the organisation's name.
const MEMBERSHIP_QUALIFIER = /\b(?:19|20)\d{2}\b|\b(?:manager|supplier|holding company)\b/i;

// Names that stand for more than one organisation are split into them: the curated data lists the two
// south-west Wales health boards together ("ABM" is Swansea Bay's former name, Abertawe Bro Morgannwg).
const SPLIT_NAMES: Record<string, string[]> = {
  "Swansea Bay (ABM) and Hywel Dda university health boards": [
    "Swansea Bay University Health Board",
    "Hywel Dda University Health Board",
  ],
};

// One organisation written two ways: the first name is how the partner is written elsewhere in the data.
const SAME_ORGANISATION: Record<string, string> = {
  "Civica UK": "Civica",
  "Liberata UK Ltd": "Liberata",
  "Mouchel Parkman": "Mouchel",
  "OxLEP (Oxfordshire Local Enterprise Partnership)": "Oxfordshire Local Enterprise Partnership",
  "Norse Commercial Services (Norfolk County Council)": "Norse Commercial Services",
  "Cavan County Council (Republic of Ireland)": "Cavan County Council",
  "UK Government (Shared Prosperity Fund)": "UK Government",
  // The Highways Agency became Highways England (2015), then National Highways (2021).
  "Highways England": "Highways Agency (National Highways)",
  "National Highways": "Highways Agency (National Highways)",
};

// Firms named without "Ltd" or "plc".
const KNOWN_COMPANIES = [
  "Achieving for Children",
  "Agilisys",
  "Agrivert",
  "Amey",
  "Arvato",
  "Biffa",
  "Biogen",
  "BT",
  "Capita",
  "Civica",
  "Destin Solutions",
  "Equans (formerly ENGIE and Balfour Beatty Workplace)",
  "FCC Environment",
  "HBS Business Services",
  "Hyder Business Services",
  "IBM",
  "IBM United Kingdom",
  "idverde",
  "Indaver",
  "Iona Capital",
  "Kier",
  "Kier Environmental Services",
  "Liberata",
  "Logica",
  "Medway Commercial Group",
  "Mouchel",
  "New Earth Solutions",
  "Norfolk Property Services (Norse Group)",
  "Norse Commercial Services",
  "Norse Group",
  "Northgate Public Services",
  "NPS Group",
  "NPS Property Consultants / Norse Group",
  "Oracle",
  "Serco",
  "Steria",
  "SUEZ",
  "Urbaser Balfour Beatty",
  "Veolia",
  "Veritau",
  "Vinci",
  "Viridor",
  "Wheelabrator Technologies",
];

// Companies owned by the councils they work with: members of their partnerships, not contracted providers.
// The three ALMOs (arm's-length housing management organisations) are companies wholly owned by their councils,
// each a member council of the partnership it appears in; Broste Rivers Ltd is the Hertfordshire councils'
// building-control holding company; Achieving for Children, Acivico and Medway Commercial Group are owned by
// the councils they serve.
const COUNCIL_OWNED_COMPANIES = [
  "Ashfield Homes",
  "Cheltenham Borough Homes",
  "Derby Homes",
  "Broste Rivers Ltd",
  "Achieving for Children",
  "Acivico Limited",
  "Medway Commercial Group",
];

// Public bodies named without a telling word (government, agency, department ...).
const KNOWN_PUBLIC_BODIES = [
  "Arts Council England",
  "Chichester Harbour Conservancy",
  "CIPFA",
  "Education Scotland",
  "Homes England",
  "Invest NI",
  "London Councils",
  "National Highways",
  "National Lottery Heritage Fund",
  "Natural England",
  "Natural Resources Wales",
  "Network Rail",
  "Scottish Natural Heritage",
  "Scottish Water",
  "Tourism NI (Northern Ireland Tourist Board)",
  "Traffic Penalty Tribunal (independent adjudicators)",
];

// Charities, societies and membership bodies named without "trust" or "association".
const KNOWN_VOLUNTARY = [
  "Diocese of Derby",
  "Inspire (Culture, Learning and Libraries)",
  "Oxfordshire Rural Community Council",
  "RSPB",
  "Scottish Council for Development and Industry",
  "Ulster Farmers' Union",
  "WWF Northern Ireland",
];

/**
 * A partner's kind, by the first rule that matches its name (order matters: "university health board" is NHS,
 * "Environment Agency Pension Fund" is a public body, "housing trust" is voluntary before any company rule):
 *   0. other               a group described in words (GROUP_IN_WORDS)
 *   1. nhs-body            NHS, health board, primary care trust (PCT), integrated care system
 *   2. police-fire         police, constabulary, police and crime commissioner, fire and rescue / fire authority
 *   3. national-park       national park authority
 *   4. combined-authority  combined authority
 *   5. council-outside-uk  an Irish county council (the cross-border partnerships' Republic of Ireland partners)
 *   6. local-council       town council, parish council, community council
 *   7. public-body         pension fund, LEP, civil service, government, department, agency, commission,
 *                          development corporation, waste authority, Scottish Enterprise, Skills Development
 *                          Scotland, Tayside Contracts and LGSS (joint committees of councils), associations of
 *                          councils, European funds, a known public body; and the pre-2015 Northern Ireland
 *                          councils, abolished public authorities with no GSS code (see formerNiCouncils)
 *   8. education           university, college(s), coleg, grwp (Welsh college groups)
 *   9. voluntary           housing association, housing trust, any other trust, a known charity or society
 *  10. company             Ltd/limited/plc/LLP, an ALMO ("... Homes": arm's-length housing companies), a known firm
 *  11. other               anything else, such as groups described in words ("Over 200 other participating employers")
 */
function partnerKind(name: string, formerNiCouncils: ReadonlySet<string>): PartnerKind {
  if (GROUP_IN_WORDS.test(name)) return "other";
  if (/\bNHS\b|health boards?\b|primary care trust|\bPCT\b|integrated care system/i.test(name)) return "nhs-body";
  if (/police|constabulary|\bPCC\b|crime commissioner|fire (?:and|&) rescue|fire authority/i.test(name))
    return "police-fire";
  if (/national park authority/i.test(name)) return "national-park";
  if (/combined authority/i.test(name)) return "combined-authority";
  if (IRISH_COUNTIES.some((county) => name.startsWith(`${county} County Council`))) return "council-outside-uk";
  if (/\b(?:town|parish|community) council$/i.test(name) && !/rural community council/i.test(name))
    return "local-council";
  if (
    formerNiCouncils.has(name) ||
    KNOWN_PUBLIC_BODIES.includes(name) ||
    /pensions? fund|\bLEP\b|enterprise partnership|civil service|government|northern ireland executive|^department (?:for|of)\b|\bagency\b|highways (?:agency|england)|forestry (?:commission|england)|development corporation|waste authority|scottish enterprise|skills development scotland|tayside contracts|^LGSS$|association of .*councils|european regional development fund/i.test(
      name,
    )
  ) {
    return "public-body";
  }
  if (/universit|colleges?\b|\bcoleg\b|\bgrwp\b/i.test(name)) return "education";
  if (KNOWN_VOLUNTARY.includes(name) || /housing association|housing trust|leisure trust|\btrust\b/i.test(name))
    return "voluntary";
  if (/\b(?:ltd|limited|plc|llp)\b/i.test(name) || /\bHomes$/.test(name) || KNOWN_COMPANIES.includes(name))
    return "company";
  return "other";
}

// A group of bodies described in words rather than one organisation: "Over 200 other participating employers",
// "Landowner, community and conservation groups", "Other statutory public bodies (fire, police, ...)".
const GROUP_IN_WORDS = /^(?:other|over \d+)\b|\bgroups$|\brepresentatives$/i;

// The Republic of Ireland's county councils that cross-border partnerships name.
const IRISH_COUNTIES = ["Cavan", "Donegal", "Leitrim", "Louth", "Meath", "Monaghan", "Sligo"];

type PartnerMention = { name: string; note: string | null };

/** "Civica UK (from Feb 2018)" -> Civica, note "from Feb 2018"; a split name gives several partners. */
function partnerMentions(raw: string): PartnerMention[] {
  const split = SPLIT_NAMES[raw];
  if (split) return split.map((name) => ({ name, note: null }));
  const qualifier = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(raw);
  let name = raw;
  let note: string | null = null;
  if (qualifier && MEMBERSHIP_QUALIFIER.test(qualifier[2]!)) {
    name = qualifier[1]!;
    note = qualifier[2]!;
  }
  return [{ name: SAME_ORGANISATION[name] ?? name, note }];
}

/**
 * The slug leaves out any parenthesised part of the name ("NHS Herefordshire (Primary Care Trust)" ->
 * nhs-herefordshire) and any second name after " / " ("Gwent Police / Police and Crime Commissioner for
 * Gwent" -> gwent-police).
 */
function partnerSlug(name: string): string {
  return slugify(name.replace(/\([^)]*\)/g, " ").split(" / ")[0]!);
}

/**
 * A non-council partner's role: a provider when it is a company supplying the service to the councils under
 * contract (outsourcing, waste and IT contracts, the private side of a joint venture such as Norse or IBM in
 * Southwest One) — unless the councils own it — or when its qualifier says it manages or supplies the
 * partnership ("manager from 2014", "data supplier"). Every other partner is a member.
 */
function partnerRole(kind: PartnerKind, name: string, note: string | null): MemberRole {
  if (note !== null && /\b(?:manager|supplier)\b/i.test(note)) return "provider";
  if (kind === "company" && !COUNCIL_OWNED_COMPANIES.includes(name)) return "provider";
  return "member";
}

// ---------------------------------------------------------------------------------------------------------
// Lead (host) councils
// ---------------------------------------------------------------------------------------------------------

// A council is the lead of a partnership only on unambiguous evidence, and only if it is one of the members:
//   - the seed file's lead_or_host column starts with a member council's name ("Craven (host)");
//   - the description names it with one of these phrasings:
//       "X hosts ...", "X began hosting ...";
//       a description opening "X runs / provides / delivers ..." (X the subject of the first sentence);
//       "hosted by X", "led by X", "run by X", "operated by X";
//       "with X as lead", "with X as lead authority/council", "with X as host authority";
//       "X, as lead authority,", "X (lead)".
// Names are matched against the members' names and every variant in mySociety's name lookup, longest first;
// "the county"/"the county council" means the one member county. Offers, proposals and recommendations
// ("offering to act as lead authority", "recommending that the City host it") do not match any phrasing, and
// a partnership where the phrasings point at more than one council gets no lead.

type MemberCouncil = { gss: string; names: Set<string>; isCounty: boolean };

function normaliseName(text: string): string {
  return text.toLowerCase().replace(/&/g, "and").replace(/\s+/g, " ").trim();
}

function resolveCouncil(candidate: string, members: readonly MemberCouncil[]): string | null {
  const text = normaliseName(candidate);
  if (text === "the county" || text === "the county council") {
    const counties = members.filter((m) => m.isCounty);
    return counties.length === 1 ? counties[0]!.gss : null;
  }
  const exact = members.filter((m) => m.names.has(text));
  if (exact.length === 1) return exact[0]!.gss;
  // "Derry" for Derry City and Strabane: a member whose name starts with the candidate as whole words.
  const prefixed = members.filter((m) => [...m.names].some((name) => name.startsWith(`${text} `)));
  return exact.length === 0 && prefixed.length === 1 ? prefixed[0]!.gss : null;
}

const WORD_LIMIT = 6;

/** The longest run of words starting the text that names a member council. */
function councilAtStart(text: string, members: readonly MemberCouncil[]): string | null {
  const words = text
    .split(/[,;.()]/)[0]!
    .trim()
    .split(/\s+/)
    .slice(0, WORD_LIMIT);
  for (let n = words.length; n > 0; n -= 1) {
    const gss = resolveCouncil(words.slice(0, n).join(" "), members);
    if (gss) return gss;
  }
  return null;
}

/** The longest run of words ending the text (after its last punctuation) that names a member council. */
function councilAtEnd(text: string, members: readonly MemberCouncil[]): string | null {
  const words = text
    .split(/[,;.()]/)
    .at(-1)!
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  for (let n = Math.min(words.length, WORD_LIMIT); n > 0; n -= 1) {
    const gss = resolveCouncil(words.slice(words.length - n).join(" "), members);
    if (gss) return gss;
  }
  return null;
}

function leadsFromDescription(description: string, members: readonly MemberCouncil[]): Set<string> {
  const found = new Set<string>();
  const add = (gss: string | null) => {
    if (gss) found.add(gss);
  };
  for (const match of description.matchAll(/\b(?:hosted|led|run|operated) by (.+)/g))
    add(councilAtStart(match[1]!, members));
  for (const match of description.matchAll(/\bwith ([^,;.()]+?) as (?:lead|host)\b/g))
    add(councilAtEnd(match[1]!, members));
  for (const match of description.matchAll(/ (?:hosts|began hosting)\b|, as lead authority,| \(lead\)/g)) {
    add(councilAtEnd(description.slice(0, match.index), members));
  }
  // The subject of an opening "X runs / provides / delivers ...": the whole subject must name a member.
  const opening = /^(.+?) (?:runs|provides|delivers)\b/.exec(description);
  if (opening) add(resolveCouncil(opening[1]!, members));
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// A partnership's own website
// ---------------------------------------------------------------------------------------------------------

// Many partnerships' sources include their own site (ubico.co.uk, glamarchives.gov.uk, bordertocoast.org.uk). A
// source is taken for the partnership's site, and its home page recorded as contact_url, when its host's first
// label is spelt almost wholly (80 % or more of its letters) from the words of the partnership's slug and name,
// or their beginnings of three letters or more ("glam" + "archives"), and it is none of these:
//   - a member council's site or a subdomain of one (democracy.x.gov.uk), or a council's name (southbucks.gov.uk);
//   - a committee-papers system, a document mirror, a blog host, an encyclopaedia;
//   - a site named in NOT_OWN_SITE: publishers, a provider company's own site, another body's site.
// The first such source wins; none, no website.
const NOT_OWN_SITE =
  /^(?:democracy|democratic|moderngov|modgov|committee\w*|edemocracy|cds|councillors|minutes|mycouncil|news|engage|record|legacy|dev|staging|schools|egenda|www2|new)\.|moderngov|cmis|wordpress|blogspot|wikipedia|docslib|vdocuments|archive\.org|invdev|transport\.gov\.scot|greatermanchester-ca|northyorkmoors|southdowns\.gov|newry\.ie|mybrightonandhove|severndeanery|iharrow|anglesey\.gov|downnews|portsmouth\.co\.uk|miltonkeynes\.co\.uk|arvato\.com|serco\.com|liberata\.com|veolia/i;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
      .toLowerCase()
      .replace(/^www\./, "")
      .replace(/\.$/, "");
  } catch {
    return "";
  }
}

/** The share of `label` spelt by words of `words` or their beginnings of three letters or more. */
function spelledShare(label: string, words: readonly string[]): number {
  const best = new Array<number>(label.length + 1).fill(0);
  for (let i = label.length - 1; i >= 0; i -= 1) {
    best[i] = best[i + 1]!;
    for (const word of words) {
      for (let k = Math.min(word.length, label.length - i); k >= 3; k -= 1) {
        if (label.startsWith(word.slice(0, k), i)) {
          best[i] = Math.max(best[i]!, k + best[i + k]!);
          break;
        }
      }
    }
  }
  return label.length === 0 ? 0 : best[0]! / label.length;
}

function partnershipWebsite(row: Row, sources: readonly string[], councilHosts: readonly string[]): string {
  const words = [...new Set(`${row.slug} ${row.name}`.toLowerCase().split(/[^a-z0-9]+/))].filter((w) => w.length >= 2);
  for (const url of sources) {
    const host = hostOf(url);
    if (host === "" || NOT_OWN_SITE.test(host)) continue;
    if (councilHosts.some((council) => host === council || host.endsWith(`.${council}`))) continue;
    const label = host.split(".")[0]!.replaceAll("-", "");
    if (COUNCIL_NAMES.has(label) || label.length < 3) continue;
    if (spelledShare(label, words) >= 0.8)
      return `${new URL(url).protocol}//${new URL(url).hostname.replace(/\.$/, "")}/`;
  }
  return "";
}

const COUNCIL_NAMES = new Set<string>();

// ---------------------------------------------------------------------------------------------------------
// Savings: whose saving a claim is, and when it was reported
// ---------------------------------------------------------------------------------------------------------

/**
 * A claim is credited to named member councils when its note says the figure is theirs: "Cheltenham's saving",
 * "Sutton only", "for South Kesteven only", "Central Bedfordshire target", "Wokingham's estimate", "Hampshire
 * County Council's own saving", "the role cost Portsmouth", or amounts per council ("Hinckley and Bosworth £70k
 * plus Blaby £150k"). When the note names every member, or none, the claim is the whole partnership's. A figure
 * stated "for each council" stays the whole partnership's (the note keeps the words).
 */
function savingsCreditedTo(note: string, gssCodes: readonly string[], councilByGss: ReadonlyMap<string, CouncilOut>) {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const named = gssCodes.filter((gss) => {
    const name = escape(councilByGss.get(gss)!.name.replace(/^The /, ""));
    return new RegExp(
      `${name}(?: County| Borough| District| City)?(?: Council)?(?:'s\\b| only\\b| target\\b| estimate\\b| £)|cost ${name}\\b`,
    ).test(note);
  });
  return named.length > 0 && named.length < gssCodes.length ? named.join(" + ") : "";
}

/** The latest year the claim's note names ("2019/20 savings" -> 2019, "over 12 years to 2020" -> 2020), else the year of the latest source. */
function savingsReportedYear(note: string, lastSeen: string): string {
  const years = [...note.matchAll(/\b(?:19|20)\d{2}\b/g)].map((match) => Number(match[0]));
  if (years.length > 0) return String(Math.max(...years));
  return lastSeen.slice(0, 4);
}

// ---------------------------------------------------------------------------------------------------------
// Evidence notes: the curators' notes in public words
// ---------------------------------------------------------------------------------------------------------

// The notes say what each fact rests on; they were written while the data set was compiled and some speak of
// that work ("Carried from seed file", "in the excerpt read", "the existing ... row", "this batch", "Flagged").
// The directory shows them as "Evidence", so those phrases are put in the reader's words; the facts stay.
const EVIDENCE_WORDING: [RegExp, string][] = [
  [/^Carried from seed file: /, ""],
  [/ Weak source\.$/, " This rests on a single source that could not be checked in full."],
  [/\s*Flagged as partial membership\./g, " Membership is partial."],
  [/\s*Flagged\./g, ""],
  [/\b(?:the )?excerpts? read\b/g, "the sources read"],
  [/\b(?:the |an )?excerpts?\b/g, "the sources read"],
  [/\bthe existing ([\w-]+(?: [\w-]+)*?) rows?\b/g, "the separate $1 entry"],
  [/\bexisting ([\w-]+) row\b/g, "separate $1 entry"],
  [/\bin this batch\b/g, "in this directory"],
  [/\bthis batch\b/g, "this directory"],
  [/\bin batch\w*\b/g, "in this directory"],
  [/\bmy\b/g, "the"],
  [/\ban existing (?=[^.;]{0,80}\brows?\b)/g, "a separate "],
  [/\bthe existing (?=[^.;]{0,80}\brows?\b)/g, "the separate "],
  [/\bexisting (?=[^.;]{0,80}\brows?\b)/g, ""],
  [/\brows\b/g, "entries"],
  [/\brow\b/g, "entry"],
  [/\b(Distinct from|Separate from|distinct from|separate from) the separate\b/g, "$1 the"],
];

function evidenceNote(note: string): string {
  const text = EVIDENCE_WORDING.reduce((out, [pattern, words]) => out.replace(pattern, words), note).trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------------------
// Lineage: which partnership came before which, and which is part of a wider one
// ---------------------------------------------------------------------------------------------------------

// From the reference data's overlap lists (its READMEs) and descriptions: successive stages of one collaboration
// (earlier first), and components of an umbrella arrangement.
const SUCCESSIONS: [string, string][] = [
  ["cotswold-west-oxfordshire-shared-ceo", "2020-vision-joint-committee"],
  ["go-shared-services", "publica-group"],
  ["2020-vision-joint-committee", "publica-group"],
  ["berkshire-shared-public-health", "berkshire-west-public-health"],
  ["berkshire-shared-public-health", "east-berkshire-public-health"],
  ["tri-borough", "bi-borough"],
  ["lgss", "lgss-law-pathfinder-legal"],
  ["worcestershire-hub-shared-service", "worcestershire-hub-civica-customer-services"],
  ["lincolnshire-mouchel-support-services", "lincolnshire-serco-support-services"],
  ["north-wales-economic-ambition-board", "north-wales-cjc"],
  ["taith-joint-board", "north-wales-cjc"],
  ["tracc-mid-wales-transport-consortium", "mid-wales-cjc"],
  ["sewta-south-east-wales-transport-alliance", "south-east-wales-cjc"],
  ["swwitch-south-west-wales-transport-consortium", "south-west-wales-cjc"],
];
const PARTS: [string, string][] = [
  ...["audit", "legal", "ict", "environmental-health", "revenues-benefits", "hr-payroll"].map(
    (part): [string, string] => [`mid-kent-${part}`, "mid-kent-improvement-partnership"],
  ),
  ["malvern-hills-wychavon-legal", "malvern-hills-wychavon-management"],
  ["orbis-public-law", "orbis"],
  ["tri-borough-legal", "tri-borough"],
  ["oxfordshire-plan-2050", "future-oxfordshire-partnership"],
  ["oxfordshire-environment-partnership", "future-oxfordshire-partnership"],
];
// And what the evidence notes say in so many words: "Component of the X entry", "Pooling is via the X entry",
// "the X entry is the successor body", "later passed to ... (X entry)", "Successor ... is the X entry".
const NOTED_LINKS: { pattern: RegExp; relation: "part-of" | "successor" }[] = [
  { pattern: /Component of the (?:separate )?([a-z0-9-]+) entry/g, relation: "part-of" },
  { pattern: /[Pp]ooling is via the (?:separate )?([a-z0-9-]+) entry/g, relation: "part-of" },
  { pattern: /the (?:separate )?([a-z0-9-]+) entry is the successor/g, relation: "successor" },
  { pattern: /later passed to [^(]*\((?:separate )?([a-z0-9-]+) entry\)/g, relation: "successor" },
  { pattern: /Successor [^.]*? is the (?:separate )?([a-z0-9-]+) entry/g, relation: "successor" },
];

function addLineage(partnerships: Record<string, string>[]) {
  const bySlug = new Map(partnerships.map((row) => [row.slug!, row]));
  const links = new Map<string, { predecessors: Set<string>; partOf: Set<string> }>();
  const linksOf = (slug: string) => {
    const known = links.get(slug) ?? { predecessors: new Set<string>(), partOf: new Set<string>() };
    links.set(slug, known);
    return known;
  };
  const succession = (before: string, after: string) => linksOf(after).predecessors.add(before);
  const part = (component: string, whole: string) => linksOf(component).partOf.add(whole);
  for (const [before, after] of SUCCESSIONS) succession(before, after);
  for (const [component, whole] of PARTS) part(component, whole);
  for (const row of partnerships) {
    for (const { pattern, relation } of NOTED_LINKS) {
      for (const match of row.source_notes!.matchAll(pattern)) {
        if (relation === "part-of") part(row.slug!, match[1]!);
        else succession(row.slug!, match[1]!);
      }
    }
  }
  for (const [slug, { predecessors, partOf }] of links) {
    const row = bySlug.get(slug) ?? fail(`lineage: ${slug} is not a partnership`);
    for (const other of [...predecessors, ...partOf])
      if (!bySlug.has(other)) fail(`lineage: ${other} is not a partnership`);
    row.predecessors = joinList([...predecessors].sort());
    row.part_of = joinList([...partOf].sort());
  }
}

// ---------------------------------------------------------------------------------------------------------
// Partnerships
// ---------------------------------------------------------------------------------------------------------

type PartnerOut = { slug: string; name: string; kind: PartnerKind };

function derivePartnerships(councils: readonly CouncilOut[]) {
  // The curated partnerships, then the partnerships added to them later (same columns, no slug repeated).
  const curated = [
    ...readCsv("shared_services/partnerships_curated.csv"),
    ...readCsv("shared_services/partnerships_added.csv"),
  ];
  const seedRows = new Map(
    readCsv("shared_services/seed_partnerships_from_public_sources.csv").map((row) => [row.id!, row]),
  );
  const mysociety = readCsv("local_authorities/mysociety_uk_local_authorities.csv");
  const nameLookup = readCsv("local_authorities/mysociety_lookup_name_to_registry.csv");

  const councilByGss = new Map<string, CouncilOut>();
  for (const council of councils) {
    councilByGss.set(council.gss, council);
  }
  // A council whose code changed without the council changing (Barnsley E08000016 -> E08000038) is found by its
  // former code, and recorded under today's. A former code is never another council's current code (checked above).
  const currentGss = new Map<string, string>();
  for (const council of councils) {
    for (const code of splitList(council.former_gss_codes))
      if (!councilByGss.has(code)) currentGss.set(code, council.gss);
  }
  // Every name variant of a council, for reading lead councils out of descriptions.
  const namesByRegistry = new Map<string, Set<string>>();
  for (const row of nameLookup) {
    const names = namesByRegistry.get(row["local-authority-code"]!) ?? new Set<string>();
    names.add(normaliseName(row["la-name"]!));
    namesByRegistry.set(row["local-authority-code"]!, names);
  }
  // The pre-2015 Northern Ireland councils, by official and short name.
  const formerNiCouncils = new Set(
    mysociety
      .filter((row) => row["current-authority"] !== "True" && row["local-authority-type"] === "NID")
      .flatMap((row) => [row["official-name"]!, row["nice-name"]!]),
  );

  // The councils' own sites (and their subdomains) are never a partnership's website.
  const memberHosts = councils.flatMap((council) => (council.homepage_url ? [hostOf(council.homepage_url)] : []));
  for (const council of councils) COUNCIL_NAMES.add(slugify(council.name).replaceAll("-", ""));
  const serviceAreaByLabel = new Map(Object.entries(SERVICE_AREA_LABELS).map(([slug, label]) => [label, slug]));
  const partners = new Map<string, PartnerOut>();
  const out: Record<string, string>[] = [];
  const leadLog: string[] = [];
  const datesUnread: string[] = [];

  for (const row of curated) {
    const slug = row.slug!;
    const gssCodes = [...new Set(splitList(row.partner_gss_codes!).map((gss) => currentGss.get(gss) ?? gss))];
    const members: MemberReference[] = [];
    const notes = new Map<string, string>();

    const memberCouncils: MemberCouncil[] = gssCodes.map((gss) => {
      const council = councilByGss.get(gss) ?? fail(`${slug}: council ${gss} is not in councils.csv`);
      const names = new Set([
        normaliseName(council.name),
        normaliseName(council.official_name),
        ...(namesByRegistry.get(council.registry_code) ?? []),
      ]);
      return { gss, names, isCounty: council.council_type === "county" };
    });

    const leads = leadsFromDescription(row.description!, memberCouncils);
    const seedLead = seedRows.get(slug)?.lead_or_host ?? "";
    if (seedLead !== "") {
      const gss = councilAtStart(seedLead.replace(/\s*\(.*$/, ""), memberCouncils);
      if (gss) leads.add(gss);
    }
    if (leads.size > 1) {
      notice(`${slug}: several possible leads (${[...leads].join(", ")}); none recorded`);
      leads.clear();
    }
    for (const gss of leads) leadLog.push(`${slug}: ${councilByGss.get(gss)!.name}`);

    // Members keep the curated order: councils first (partner_gss_codes), then non-council partners.
    for (const gss of gssCodes) members.push({ ref: gss, role: leads.has(gss) ? "lead" : "member" });
    for (const raw of splitList(row.non_council_partners!)) {
      for (const { name, note } of partnerMentions(raw)) {
        const kind = partnerKind(name, formerNiCouncils);
        const partnerRef = partnerSlug(name);
        const known = partners.get(partnerRef);
        if (known && known.name !== name) fail(`partner slug ${partnerRef} stands for "${known.name}" and "${name}"`);
        partners.set(partnerRef, { slug: partnerRef, name, kind });
        members.push({ ref: partnerRef, role: partnerRole(kind, name, note) });
        if (note) notes.set(partnerRef, note);
      }
    }

    // When members joined or left, from the description and the source notes, and partners' own date notes.
    const named: NamedMember[] = [
      ...memberCouncils.map(({ gss, names }) => ({ ref: gss, names: [...names] })),
      ...members.flatMap(({ ref }) => {
        const partner = partners.get(ref);
        return partner ? [{ ref, names: [partner.name] }] : [];
      }),
    ];
    const { dates, unread } = readMemberDates([row.description!, row.source_notes!], named);
    for (const [ref, note] of notes) {
      const read = readMemberNote(note);
      if (!read) continue;
      const member = dates.get(ref) ?? { joined: null, left: null };
      if (member[read.event] === null) dates.set(ref, { ...member, [read.event]: read.date });
    }
    for (const text of unread) datesUnread.push(`${slug}: ${text}`);
    const refOrder = (ref: string) => members.findIndex((member) => member.ref === ref);

    const serviceAreas = splitList(row.service_areas!).map(
      (label) => serviceAreaByLabel.get(label) ?? fail(`${slug}: unknown service area "${label}"`),
    );
    const modelType = slugify(row.model_type!);
    if (!(MODEL_TYPE_SLUGS as readonly string[]).includes(modelType))
      fail(`${slug}: unknown model type ${row.model_type}`);
    const sources = splitList(row.source_urls!);

    out.push({
      slug,
      name: row.name!,
      summary: row.description!,
      model_type: modelType,
      status: row.status!,
      start_year: row.start_year!,
      end_year: row.end_year!,
      service_areas: joinList(serviceAreas),
      members: joinList(members.map(formatMemberReference)),
      member_notes: formatMemberNotes(notes),
      member_dates: formatMemberDates(new Map([...dates].sort(([a], [b]) => refOrder(a) - refOrder(b)))),
      savings_gbp: row.savings_gbp!,
      savings_basis: row.savings_basis!,
      // Left blank: the loader works the period out from the note (lib/savings), so that rule lives in one
      // place; a curator who knows better can fill it in, and the stated figure then wins.
      savings_period_years: "",
      savings_period_note: row.savings_period_note!,
      // A claim's own source is only certain when the partnership has a single source.
      savings_source_url: row.savings_gbp && sources.length === 1 ? sources[0]! : "",
      savings_credited_to: row.savings_gbp ? savingsCreditedTo(row.savings_period_note!, gssCodes, councilByGss) : "",
      savings_reported_year: row.savings_gbp ? savingsReportedYear(row.savings_period_note!, row.last_seen_date!) : "",
      source_urls: joinList(sources),
      source_notes: evidenceNote(row.source_notes!),
      last_verified: row.last_seen_date!,
      // The sources name no role mailboxes; public data never names a person.
      contact_email: "",
      contact_url: partnershipWebsite(row, sources, memberHosts),
      predecessors: "",
      part_of: "",
    });
  }
  addLineage(out);
  return {
    partnerships: out,
    partners: [...partners.values()].sort((a, b) => a.slug.localeCompare(b.slug)),
    leadLog,
    datesUnread,
  };
}

// ---------------------------------------------------------------------------------------------------------

mkdirSync(path.join(outputDir, "boundaries"), { recursive: true });

const councils = deriveCouncils();
writeCsv("councils.csv", COUNCIL_COLUMNS, councils);

const { partnerships, partners, leadLog, datesUnread } = derivePartnerships(councils);
writeCsv("partners.csv", ["slug", "name", "kind"], partners);
writeCsv("partnerships.csv", PARTNERSHIP_COLUMNS, partnerships);

writeCsv(
  "service-areas.csv",
  ["slug", "label", "sort_order"],
  SERVICE_AREA_SLUGS.map((slug, i) => ({ slug, label: SERVICE_AREA_LABELS[slug], sort_order: i + 1 })),
);
writeCsv(
  "model-types.csv",
  ["slug", "label", "sort_order"],
  MODEL_TYPE_SLUGS.map((slug, i) => ({ slug, label: MODEL_TYPE_LABELS[slug], sort_order: i + 1 })),
);

// The map needs the TopoJSON (every council boundary 2014-2025, by year) and the UK outline for an offline base
// map; the per-layer GeoJSON files in the reference data are decoded from the TopoJSON and are not copied.
for (const file of ["ons_uk_topo_2014_2025.json", "ons_uk_outline_2022_buc.geojson"]) {
  // Copied as ordinary writable files (the reference copies are read-only), replacing any earlier copy.
  const target = path.join(outputDir, "boundaries", file);
  rmSync(target, { force: true });
  copyFileSync(path.join(referenceDir, "boundaries", file), target);
  chmodSync(target, 0o644);
}

const current = councils.filter((c) => c.end_date === "").length;
console.log(`councils: ${current} current, ${councils.length - current} abolished`);
console.log(`partners: ${partners.length}`);
console.log(`partnerships: ${partnerships.length}`);
console.log(`lead councils (${leadLog.length}):\n  ${leadLog.join("\n  ")}`);
const membersDated = (event: string) =>
  partnerships.flatMap((p) => splitList(p.member_dates!)).filter((item) => item.includes(` ${event} `)).length;
console.log(`member dates: ${membersDated("joined")} joined, ${membersDated("left")} left`);
console.log(`joins and departures not read (${datesUnread.length}):\n  ${datesUnread.join("\n  ")}`);
if (notices.length > 0) console.log(`notes:\n  ${notices.join("\n  ")}`);
console.log(`written to ${outputDir}`);
