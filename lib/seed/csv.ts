// Reads one seed CSV file (RFC 4180, UTF-8, header row) into rows that remember their physical line number.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { CsvError, parse } from "csv-parse/sync";
import { CONTROL_CHARACTERS } from "@/lib/validations/limits";
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
    if (error instanceof CsvError) return { file, rows: [], problems: [csvProblem(file, bytes, error)] };
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
    const control = controlCharacterProblem(file, line, header, record);
    if (control) {
      problems.push(control);
      continue;
    }
    rows.push({ line, values: Object.fromEntries(header.map((name, i) => [name, record[i]!])) });
  }
  return { file, rows, problems };
}

/** A NUL byte (or another control character) in a value, on its own line: no text field can store one. */
function controlCharacterProblem(file: string, line: number, header: string[], record: string[]): SeedProblem | null {
  let newlines = 0;
  for (const [i, value] of record.entries()) {
    const at = value.search(CONTROL_CHARACTERS);
    if (at !== -1) {
      const code = value.charCodeAt(at);
      const what =
        code === 0 ? "a NUL byte" : `the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
      return {
        file,
        line: line + newlines + (value.slice(0, at).match(/\n/g)?.length ?? 0),
        field: header[i] ?? `column ${i + 1}`,
        message: `contains ${what} (character ${at + 1} of the value); remove it`,
      };
    }
    newlines += value.match(/\n/g)?.length ?? 0;
  }
  return null;
}

/**
 * Where a quote goes wrong, found by reading the text as RFC 4180 does: the line (and field number) where the
 * quoted value that never closes properly began, or where a quote appears inside an unquoted value. The parser
 * itself reports where it gave up, which can be the end of the file, many lines later.
 */
export function quoteProblemAt(text: string): { line: number; field: number } | null {
  let line = 1;
  let field = 0;
  let atFieldStart = true;
  let open: { line: number; field: number } | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (open) {
      if (c === "\n") line += 1;
      if (c !== '"') continue;
      if (text[i + 1] === '"') {
        i += 1;
        continue;
      }
      const next = text[i + 1];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") return open;
      open = null;
      atFieldStart = false;
      continue;
    }
    if (c === '"') {
      if (!atFieldStart) return { line, field };
      open = { line, field };
    } else if (c === ",") {
      field += 1;
      atFieldStart = true;
    } else if (c === "\n") {
      line += 1;
      field = 0;
      atFieldStart = true;
    } else if (c !== "\r") atFieldStart = false;
  }
  return open;
}

function csvProblem(file: string, bytes: Buffer, error: CsvError): SeedProblem {
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  const quote = /QUOTE/.test(error.code) ? quoteProblemAt(text) : null;
  if (quote) {
    const header = text.slice(0, text.search(/\r?\n|$/)).split(",");
    return {
      file,
      line: quote.line,
      field: header[quote.field]?.replace(/^"|"$/g, "").trim() || `column ${quote.field + 1}`,
      message:
        "not valid CSV: a quote is not used as CSV requires: a quoted value must end with a quote followed by a comma or the end " +
        'of the line, and a quote inside a value must be doubled ("")',
    };
  }
  const lines = (error as CsvError & { lines?: unknown }).lines;
  return {
    file,
    line: typeof lines === "number" ? lines : null,
    field: null,
    message: `not valid CSV: ${error.message}`,
  };
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
