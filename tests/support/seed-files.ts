// Reads the seed files directly, so tests compute what they expect from the data rather than hard-coding it.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";

const seedDir = path.resolve(import.meta.dirname, "../../seed-data");

export async function readSeedCsv(file: string): Promise<Record<string, string>[]> {
  return parse(await readFile(path.join(seedDir, file), "utf8"), { columns: true, bom: true, skip_empty_lines: true });
}

export async function readSeedPartnershipSlugs(): Promise<string[]> {
  return (await readSeedCsv("partnerships.csv")).map((row) => row.slug ?? "");
}
