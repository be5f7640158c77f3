// Importing a file prepared by hand that names partners the directory does not hold yet: they are added once,
// with the kinds the file gives; a dry run lists what would happen and writes nothing; a misspelt council code
// is still refused.

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "csv-stringify/sync";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportValidationError, importPartnerships } from "@/lib/data-exchange/import.server";
import { loadSeed } from "@/lib/seed";
import { PARTNERSHIP_COLUMNS } from "@/lib/seed/schemas";
import { readSeedCsv } from "../support/seed-files";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let client: pg.Client;
let work: string;
let councils: string[];

beforeAll(async () => {
  database = await createThrowawayDatabase("importnew");
  await loadSeed({ connectionString: database.url });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  work = mkdtempSync(path.join(os.tmpdir(), "import-new-"));
  // Three current councils from the seed, whichever they are.
  councils = (await readSeedCsv("councils.csv"))
    .filter((row) => row.end_date === "")
    .slice(0, 3)
    .map((row) => row.gss!);
}, 180_000);

afterAll(async () => {
  await client?.end();
  await database?.drop();
  if (work) rmSync(work, { recursive: true, force: true });
});

const COMPANIES = ["Acme Outsourcing Ltd", "Brightwater Services"];

function handMadeFile(name: string, rows: Record<string, string>[]): string {
  const columns = [...PARTNERSHIP_COLUMNS, "other_partner_kinds"];
  const file = path.join(work, name);
  writeFileSync(file, stringify(rows, { header: true, columns }));
  return file;
}

function row(slug: string, members: string): Record<string, string> {
  return {
    slug,
    name: `Hand-made ${slug}`,
    summary: "Two councils buy their back-office services from two companies.",
    model_type: "outsourced-partnership",
    status: "active",
    service_areas: "finance-revenues-benefits",
    members,
    // Notes name the partner as the members column does.
    member_notes: `${COMPANIES[0]}: from 2024`,
    source_urls: "https://example.org/decision",
    other_partner_kinds: `${COMPANIES[0]}: company; ${COMPANIES[1]}: company`,
  };
}

async function tableRows(): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM organisation) + (SELECT count(*) FROM partnership) + (SELECT count(*) FROM membership)
          + (SELECT count(*) FROM revision) + (SELECT count(*) FROM source) AS n`,
  );
  return Number(rows[0]!.n);
}

describe("a hand-made file naming new companies", () => {
  const rows = () => [
    row(
      "hand-made-one",
      `${councils[0]} [lead]; ${councils[1]}; ${COMPANIES[0]} [provider]; ${COMPANIES[1]} [provider]`,
    ),
    row("hand-made-two", `${councils[1]}; ${councils[2]}; ${COMPANIES[0]} [provider]; ${COMPANIES[1]}`),
  ];

  it("in a dry run, lists the partners and partnerships it would add, and writes nothing", async () => {
    const file = handMadeFile("dry.csv", rows());
    const before = await tableRows();
    const report = await importPartnerships(file, { connectionString: database.url, dryRun: true });
    expect(report).toMatchObject({ dryRun: true, rows: 2, created: 2, updated: 0 });
    expect(report.newPartners.map((p) => [p.name, p.kind])).toEqual(COMPANIES.map((name) => [name, "company"]));
    expect(report.changes.map((c) => c.slug).sort()).toEqual(["hand-made-one", "hand-made-two"]);
    expect(await tableRows()).toBe(before);
  });

  it("adds the two companies once, as companies, and both partnerships with them", async () => {
    const file = handMadeFile("apply.csv", rows());
    const report = await importPartnerships(file, { connectionString: database.url });
    expect(report).toMatchObject({ created: 2, updated: 0 });
    const { rows: partners } = await client.query<{ name: string; kind: string; n: number }>(
      "SELECT name, kind::text, count(*)::int AS n FROM organisation WHERE name = ANY($1) GROUP BY name, kind",
      [COMPANIES],
    );
    expect(partners.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      COMPANIES.map((name) => ({ name, kind: "company", n: 1 })),
    );
    const { rows: members } = await client.query<{ slug: string; n: number }>(
      `SELECT p.slug, count(*)::int AS n FROM membership m
         JOIN partnership p ON p.id = m.partnership_id JOIN organisation o ON o.id = m.organisation_id
        WHERE o.name = ANY($1) GROUP BY p.slug ORDER BY p.slug`,
      [COMPANIES],
    );
    expect(members).toEqual([
      { slug: "hand-made-one", n: 2 },
      { slug: "hand-made-two", n: 2 },
    ]);
    const { rows: notes } = await client.query<{ note: string }>(
      `SELECT m.note FROM membership m JOIN organisation o ON o.id = m.organisation_id
         JOIN partnership p ON p.id = m.partnership_id WHERE p.slug = 'hand-made-one' AND o.name = $1`,
      [COMPANIES[0]],
    );
    expect(notes[0]?.note).toBe("from 2024");

    // Imported again, the file changes nothing and adds no partner.
    const again = await importPartnerships(file, { connectionString: database.url });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(again.newPartners).toEqual([]);
  });

  it("still refuses a misspelt council code and a misspelt partner slug, writing nothing", async () => {
    // A code of the right shape that no council has (nor had).
    const known = new Set(
      (await readSeedCsv("councils.csv")).flatMap((r) => [r.gss!, ...r.former_gss_codes!.split("; ")]),
    );
    const misspelt = ["E07000999", "E06000999", "E08000999"].find((code) => !known.has(code))!;
    const file = handMadeFile("bad.csv", [
      row("hand-made-three", `${misspelt}; ${councils[1]}; ${COMPANIES[0]}`),
      { ...row("hand-made-four", `${councils[1]}; norse-grup`), member_notes: "" },
    ]);
    const before = await tableRows();
    const error = await importPartnerships(file, { connectionString: database.url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    const messages = (error as ImportValidationError).problems.map((p) => `${p.line} ${p.field} ${p.message}`);
    expect(messages.some((m) => m.startsWith("2 members") && m.includes(misspelt))).toBe(true);
    expect(messages.some((m) => m.startsWith("3 members") && m.includes("norse-grup"))).toBe(true);
    expect(await tableRows()).toBe(before);
  });
});
