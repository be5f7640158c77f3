// Each export format as a sequence of text chunks from a sequence of rows: CSV (plain and Excel), JSON (the
// list API's item shape) and GeoJSON. Pure: the rows can come from the database cursor or from a test.

import { summaryOf } from "@/lib/partnerships/read.server";
import { EXPORT_COLUMNS, type ExportColumn } from "./columns";
import { BYTE_ORDER_MARK, csvCell, csvRecord, type CsvFormat } from "./csv";
import { linkFeatures, partnershipFeature } from "./geojson";
import type { PartnershipRow } from "@/lib/partnerships/types";
import type { ExportContext } from "./row";
import { ATTRIBUTION, LICENCE } from "./licence";

export function csvHeader(format: CsvFormat, columns: readonly ExportColumn[] = EXPORT_COLUMNS): string {
  return (format === "excel" ? BYTE_ORDER_MARK : "") + csvRecord(columns.map((column) => column.name));
}

export function csvRow(
  row: PartnershipRow,
  context: ExportContext,
  columns: readonly ExportColumn[] = EXPORT_COLUMNS,
): string {
  return csvRecord(columns.map((column) => csvCell(column.value(row, context), column.type)));
}

/** Every column, or the ones chosen (`columns=`), in their order. */
export async function* csvChunks(
  rows: AsyncIterable<PartnershipRow>,
  format: CsvFormat,
  context: ExportContext,
  columns: readonly ExportColumn[] = EXPORT_COLUMNS,
): AsyncGenerator<string> {
  yield csvHeader(format, columns);
  for await (const row of rows) yield csvRow(row, context, columns);
}

/** A row as an object of the chosen columns' values, keyed by the data dictionary's names. */
export function columnsObject(
  row: PartnershipRow,
  context: ExportContext,
  columns: readonly ExportColumn[],
): Record<string, string | number | null> {
  return Object.fromEntries(columns.map((column) => [column.name, column.value(row, context)]));
}

/**
 * { "licence", "attribution", "items": [...] } written item by item: the list API's items (with distanceKm in an
 * export near a council), or with chosen columns (`columns=`) objects of those columns keyed by the data
 * dictionary's names.
 */
export async function* jsonChunks(
  rows: AsyncIterable<PartnershipRow>,
  context?: Pick<ExportContext, "near">,
  chosen: { columns: readonly ExportColumn[]; context: ExportContext } | null = null,
): AsyncGenerator<string> {
  yield `{"licence":${JSON.stringify(LICENCE.name)},"attribution":${JSON.stringify(ATTRIBUTION.join(" "))},"items":[`;
  let first = true;
  for await (const row of rows) {
    const item = chosen ? columnsObject(row, chosen.context, chosen.columns) : summaryOf(row, context?.near ?? null);
    yield (first ? "\n" : ",\n") + JSON.stringify(item);
    first = false;
  }
  yield "\n]}\n";
}

export const GEOMETRIES = ["points", "links"] as const;
export type Geometry = (typeof GEOMETRIES)[number];

/** An RFC 7946 FeatureCollection, feature by feature: a Point per partnership, or a LineString per membership. */
export async function* geojsonChunks(
  rows: AsyncIterable<PartnershipRow>,
  geometry: Geometry,
  context: ExportContext,
): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const row of rows) {
    const features = geometry === "links" ? linkFeatures(row, context) : [partnershipFeature(row, context)];
    for (const feature of features) {
      yield (first ? "\n" : ",\n") + JSON.stringify(feature);
      first = false;
    }
  }
  yield "\n]}\n";
}
