import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { BYTE_ORDER_MARK, csvCell, csvRecord, neutralise, unneutralise } from "./csv";
import { csvHeader, csvRow, jsonChunks } from "./formats";
import { COLUMNS_PARAMETER, EXPORT_COLUMNS, columnsNamed } from "./columns";
import type { PartnershipRow } from "@/lib/partnerships/types";

describe("csvCell", () => {
  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+44 20 7946 0000", "'+44 20 7946 0000"],
    ["-5", "'-5"],
    ["@cmd", "'@cmd"],
    ["\tindented", "'\tindented"],
    ["\rreturn", '"\'\rreturn"'],
    ["'=already", "''=already"],
    ["plain text", "plain text"],
    ["it's fine", "it's fine"],
  ])("neutralises text %j as %j", (text, cell) => {
    expect(csvCell(text, "string")).toBe(cell);
  });

  it("writes numbers as numbers, negative ones included", () => {
    expect(csvCell(-5, "integer")).toBe("-5");
    expect(csvCell(1500000, "integer")).toBe("1500000");
    expect(csvCell(8.5, "number")).toBe("8.5");
    expect(csvCell(1e21, "integer")).toBe("1000000000000000000000");
    expect(csvCell(null, "integer")).toBe("");
  });

  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvCell('a "b", c', "string")).toBe('"a ""b"", c"');
    expect(csvCell("one\r\ntwo", "string")).toBe('"one\r\ntwo"');
    expect(csvRecord(["a", "b"])).toBe("a,b\r\n");
  });

  it("unneutralise undoes neutralise for any text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(unneutralise(neutralise(text))).toBe(text);
      }),
    );
  });

  it("round-trips any text through a standard CSV parser", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (texts) => {
        const line = csvRecord(texts.map((t) => csvCell(t, "string")));
        const [record] = parse(line, { relax_quotes: false }) as string[][];
        expect(record!.map(unneutralise)).toEqual(texts);
      }),
    );
  });
});

const row: PartnershipRow = {
  slug: "test",
  name: '=HYPERLINK("http://x")',
  summary: "Costs £1.2m; Bù Dhùghlais",
  modelType: "shared-service",
  modelTypeLabel: "Shared service",
  status: "active",
  startYear: 2010,
  endYear: null,
  serviceAreas: [{ slug: "waste-environment", label: "Waste & environment" }],
  members: [
    {
      gss: "E07000078",
      slug: "e07000078",
      name: "Cheltenham",
      kind: "council",
      role: "lead",
      note: null,
      joined: null,
      left: null,
      homepageUrl: null,
      latitude: 51.9,
      longitude: -2.07,
    },
    {
      gss: null,
      slug: "norse-group",
      name: "Norse",
      kind: "company",
      role: "provider",
      note: "from 2018",
      joined: null,
      left: null,
      homepageUrl: null,
      latitude: null,
      longitude: null,
    },
  ],
  savings: [
    {
      amountGbp: 1200000,
      basis: "annual",
      periodYears: null,
      note: null,
      sourceUrl: null,
      creditedTo: [],
      reportedYear: null,
    },
  ],
  annualisedSavingsGbp: 1200000,
  sources: ["https://example.org/a"],
  sourceNotes: null,
  lastVerified: "2024-03",
  contactEmail: null,
  contactUrl: null,
  predecessors: [],
  partOf: [],
  viaPredecessors: [],
};

describe("CSV rows", () => {
  it("the Excel variant starts with a byte-order mark and keeps £ and accents as UTF-8", () => {
    const text = csvHeader("excel") + csvRow(row, { origin: "https://example.org" });
    const bytes = Buffer.from(text, "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith(BYTE_ORDER_MARK)).toBe(true);
    expect(csvHeader("csv").startsWith(BYTE_ORDER_MARK)).toBe(false);
    const [record] = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
    expect(record!.summary).toBe("Costs £1.2m; Bù Dhùghlais");
    expect(record!.name).toBe('\'=HYPERLINK("http://x")');
    expect(record!.savings_gbp).toBe("1200000");
    expect(record!.members).toBe("E07000078 [lead]; norse-group [provider]");
    expect(record!.member_notes).toBe("norse-group: from 2018");
    expect(record!.member_council_names).toBe("Cheltenham");
    expect(record!.other_partners).toBe("Norse");
    expect(record!.url).toBe("https://example.org/partnerships/test");
  });
});

describe("chosen columns", () => {
  const context = { origin: "https://example.org" };
  const chosen = columnsNamed(["member_council_gss", "slug", "annualised_savings_gbp"]);

  it("writes only the columns named, in the order named, in CSV and JSON alike", async () => {
    expect(csvHeader("csv", chosen)).toBe("member_council_gss,slug,annualised_savings_gbp\r\n");
    expect(csvRow(row, context, chosen)).toBe("E07000078,test,1200000\r\n");
    let json = "";
    for await (const chunk of jsonChunks(
      (async function* () {
        yield row;
      })(),
      undefined,
      { columns: chosen, context },
    ))
      json += chunk;
    expect(JSON.parse(json).items).toEqual([
      { member_council_gss: "E07000078", slug: "test", annualised_savings_gbp: 1200000 },
    ]);
  });

  it("offers every column of the data dictionary, and only those", () => {
    expect(COLUMNS_PARAMETER.values).toEqual(EXPORT_COLUMNS.map((column) => column.name));
  });
});
