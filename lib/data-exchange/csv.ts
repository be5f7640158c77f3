// CSV as spreadsheets should receive it: RFC 4180 (comma-separated, CRLF line ends, fields quoted when they
// hold a comma, quote or line break, quotes doubled), UTF-8, and, for the Excel variant, a byte-order mark so
// Excel reads "£" and accents as UTF-8.
//
// Text that a spreadsheet would run as a formula — a cell beginning with =, +, -, @, a tab or a carriage
// return — is written with an apostrophe in front ("=SUM(A1)" becomes "'=SUM(A1)"), so it shows as text and
// never runs. Text that already begins with apostrophes before such a character gets one more, so the
// importer can always take exactly one off. Numeric columns are written as plain numbers and never changed:
// -5 in a number column stays -5.

import type { ColumnType } from "./columns";

export const CSV_FORMATS = ["csv", "excel"] as const;
export type CsvFormat = (typeof CSV_FORMATS)[number];

export const BYTE_ORDER_MARK = "\uFEFF";
export const CRLF = "\r\n";

const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** Text a spreadsheet would treat as a formula, made inert by a leading apostrophe. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The importer's inverse of neutralise. */
export function unneutralise(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

/** A finite number as plain digits (no exponent, no grouping): 1500000, -5, 8.5. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} cannot be written to a CSV number column`);
  if (Number.isInteger(value)) return BigInt(value).toString();
  return String(value);
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One cell: blank for null, numbers as numbers (when the column is numeric), text neutralised and quoted. */
export function csvCell(value: string | number | null | undefined, type: ColumnType): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && type !== "string") return formatNumber(value);
  return quote(neutralise(String(value)));
}

export function csvRecord(cells: readonly string[]): string {
  return cells.join(",") + CRLF;
}
