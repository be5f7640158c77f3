// GeoJSON (RFC 7946): WGS84 longitude/latitude, no "crs" member. A partnership is a Point at the mean of its
// member councils' points (members listed in its properties); a membership link is a LineString from that
// centre to the member. Partnerships with no located member get a null geometry, which RFC 7946 allows.

import { contactOf } from "@/lib/partnerships/contact";
import type { Feature, LineString, Point } from "geojson";
import { partnershipCentre, round } from "@/lib/geo/centre";
import type { PartnershipRow } from "@/lib/partnerships/types";
import { type ExportContext, pageUrl } from "./row";

type Position = [number, number];

/** Coordinates to 6 decimal places (about 10 cm): enough for a council's point, and stable text. */
const PLACES = 6;

function located(row: PartnershipRow) {
  return row.members.filter((m) => m.latitude !== null && m.longitude !== null);
}

export function centreOf(row: PartnershipRow): Position | null {
  const centre = partnershipCentre(row.members, PLACES);
  return centre && [centre.longitude, centre.latitude];
}

function properties(row: PartnershipRow, context: ExportContext) {
  return {
    slug: row.slug,
    name: row.name,
    modelType: row.modelType,
    status: row.status,
    startYear: row.startYear,
    endYear: row.endYear,
    serviceAreas: row.serviceAreas.map((area) => area.slug),
    members: row.members.map(({ gss, name, role }) => ({ gss, name, role })),
    annualisedSavingsGbp: row.annualisedSavingsGbp,
    contact: contactOf(row, row.members),
    viaPredecessors: row.viaPredecessors,
    url: pageUrl(row, context),
  };
}

export function partnershipFeature(row: PartnershipRow, context: ExportContext): Feature<Point | null> {
  const centre = centreOf(row);
  return {
    type: "Feature",
    id: row.slug,
    geometry: centre ? { type: "Point", coordinates: centre } : null,
    properties: properties(row, context),
  };
}

export function linkFeatures(row: PartnershipRow, context: ExportContext): Feature<LineString>[] {
  const centre = centreOf(row);
  if (!centre) return [];
  return located(row).map((member) => ({
    type: "Feature",
    id: `${row.slug}/${member.gss ?? member.slug}`,
    geometry: {
      type: "LineString",
      coordinates: [centre, [round(member.longitude!, PLACES), round(member.latitude!, PLACES)]],
    },
    properties: {
      partnership: row.slug,
      partnershipName: row.name,
      member: member.name,
      gss: member.gss,
      role: member.role,
      url: pageUrl(row, context),
    },
  }));
}

/**
 * The RFC 7946 rules an export must keep, checked: a FeatureCollection of Features, positions of two or three
 * numbers with longitude in [-180, 180] and latitude in [-90, 90], LineStrings of two or more positions, no
 * "crs". Returns the problems found (none for a valid document).
 */
export function geojsonProblems(document: unknown): string[] {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  const checkPosition = (position: unknown, where: string) => {
    if (
      !Array.isArray(position) ||
      position.length < 2 ||
      position.length > 3 ||
      !position.every((n) => typeof n === "number" && Number.isFinite(n))
    ) {
      problems.push(`${where}: a position is two or three numbers`);
      return;
    }
    const [longitude, latitude] = position as number[];
    if (longitude! < -180 || longitude! > 180) problems.push(`${where}: longitude ${longitude} is out of range`);
    if (latitude! < -90 || latitude! > 90) problems.push(`${where}: latitude ${latitude} is out of range`);
  };
  if (!isObject(document) || document.type !== "FeatureCollection") return ["not a FeatureCollection"];
  if ("crs" in document) problems.push("has a crs member (RFC 7946 removed it)");
  if (!Array.isArray(document.features)) return [...problems, "features is not an array"];
  document.features.forEach((feature: unknown, i: number) => {
    const where = `features[${i}]`;
    if (!isObject(feature) || feature.type !== "Feature") return void problems.push(`${where}: not a Feature`);
    if (!("properties" in feature) || (feature.properties !== null && !isObject(feature.properties)))
      problems.push(`${where}: properties must be an object or null`);
    if ("id" in feature && typeof feature.id !== "string" && typeof feature.id !== "number")
      problems.push(`${where}: id must be a string or number`);
    const geometry = feature.geometry;
    if (geometry === null) return;
    if (!isObject(geometry)) return void problems.push(`${where}: geometry must be an object or null`);
    if ("crs" in geometry) problems.push(`${where}: has a crs member`);
    if (geometry.type === "Point") checkPosition(geometry.coordinates, where);
    else if (geometry.type === "LineString") {
      if (!Array.isArray(geometry.coordinates) || geometry.coordinates.length < 2)
        problems.push(`${where}: a LineString needs two or more positions`);
      else geometry.coordinates.forEach((position: unknown) => checkPosition(position, where));
    } else problems.push(`${where}: unexpected geometry type ${String(geometry.type)}`);
  });
  return problems;
}
