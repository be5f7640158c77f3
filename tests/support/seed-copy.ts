// For tests: a throwaway copy of a seed folder in which single rows can be changed.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { DEFAULT_SEED_DIR } from "@/lib/seed/load.server";

export type SeedCopy = {
  dir: string;
  /** Changes the row whose first column is `key`; returns the physical line it is on. */
  editRow(file: string, key: string, edit: (row: Record<string, string>) => void): number;
  /** Appends a copy of the row whose first column is `key`, changed by `edit`; returns its line. */
  appendCopy(file: string, key: string, edit: (row: Record<string, string>) => void): number;
  remove(): void;
};

function lineOf(text: string, key: string): number {
  const lines = text.split("\n");
  const index = lines.findIndex((line, i) => i > 0 && (line.startsWith(`${key},`) || line.startsWith(`"${key}",`)));
  if (index < 0) throw new Error(`no row starts with ${key}`);
  return index + 1;
}

export function copySeedFolder(from: string = DEFAULT_SEED_DIR): SeedCopy {
  const dir = mkdtempSync(path.join(os.tmpdir(), "seed-copy-"));
  cpSync(from, dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}boundaries`) });

  function rewrite(file: string, change: (rows: Record<string, string>[]) => void) {
    const target = path.join(dir, file);
    const text = readFileSync(target, "utf8");
    const rows: Record<string, string>[] = parse(text, { columns: true, bom: true });
    const columns = text.split(/\r?\n/, 1)[0]!.split(",");
    change(rows);
    writeFileSync(target, stringify(rows, { header: true, columns, record_delimiter: "windows" }), "utf8");
    return readFileSync(target, "utf8");
  }

  const firstColumn = (row: Record<string, string>) => Object.values(row)[0];

  return {
    dir,
    editRow(file, key, edit) {
      // Rows keep their places, so the line found before the edit is the line after it.
      const line = lineOf(readFileSync(path.join(dir, file), "utf8"), key);
      rewrite(file, (rows) => {
        const row = rows.find((candidate) => firstColumn(candidate) === key);
        if (!row) throw new Error(`${file} has no row ${key}`);
        edit(row);
      });
      return line;
    },
    appendCopy(file, key, edit) {
      let count = 0;
      rewrite(file, (rows) => {
        const row = rows.find((candidate) => firstColumn(candidate) === key);
        if (!row) throw new Error(`${file} has no row ${key}`);
        const copy = { ...row };
        edit(copy);
        rows.push(copy);
        count = rows.length;
      });
      return count + 1;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
