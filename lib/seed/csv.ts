// Reads one seed CSV file (RFC 4180, UTF-8, header row) into rows that remember their physical line number.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { CsvError, parse } from "csv-parse/sync";
import type { SeedProblem } from "./problems";

export type CsvRow = {
  /** Physical line where the record starts; the header is line 1. */
  line: number;
  values: Record<string, string>;
};

export type CsvFile = { file: string; rows: CsvRow[]; problems: SeedProblem[] };

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

function countNewlines(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) if (bytes[i] === NEWLINE) count += 1;
  return count;
}

/**
 * Parses CSV text. Line numbers come from byte offsets (csv-parse reports where each record ends, in bytes),
 * because its own line count is off for CRLF line ends inside quoted fields.
 */
export function parseCsv(file: string, bytes: Buffer, columns: readonly string[]): CsvFile {
  const problems: SeedProblem[] = [];
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(bytes, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const lines = (error as CsvError & { lines?: unknown }).lines;
      const line = typeof lines === "number" ? lines : null;
      return { file, rows: [], problems: [{ file, line, field: null, message: `not valid CSV: ${error.message}` }] };
    }
    throw error;
  }
  if (records.length === 0)
    return { file, rows: [], problems: [{ file, line: null, field: null, message: "is empty" }] };

  const header = records[0]!.record.map((name) => name.trim());
  for (const column of columns) {
    if (!header.includes(column)) problems.push({ file, line: 1, field: column, message: "column is missing" });
  }
  header.forEach((name, i) => {
    if (!columns.includes(name))
      problems.push({ file, line: 1, field: name || `column ${i + 1}`, message: "unknown column" });
    else if (header.indexOf(name) !== i) problems.push({ file, line: 1, field: name, message: "column appears twice" });
  });

  const rows: CsvRow[] = [];
  let scanned = 0;
  let newlines = 0;
  let offset = records[0]!.info.bytes;
  for (const { record, info } of records.slice(1)) {
    // The record starts after the line ends (and any empty lines) that follow the previous one.
    let start = offset;
    while (start < info.bytes && (bytes[start] === NEWLINE || bytes[start] === CARRIAGE_RETURN)) start += 1;
    newlines += countNewlines(bytes, scanned, start);
    scanned = start;
    offset = info.bytes;
    const line = newlines + 1;
    if (record.length !== header.length) {
      problems.push({
        file,
        line,
        field: null,
        message: `has ${record.length} fields; the header has ${header.length}`,
      });
      continue;
    }
    rows.push({ line, values: Object.fromEntries(header.map((name, i) => [name, record[i]!])) });
  }
  return { file, rows, problems };
}

export async function readCsv(dir: string, file: string, columns: readonly string[]): Promise<CsvFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(dir, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      return { file, rows: [], problems: [{ file, line: null, field: null, message: "file is missing" }] };
    throw error;
  }
  return parseCsv(file, bytes, columns);
}
