import { describe, expect, it } from "vitest";
import { PARTNERSHIP_COLUMNS, partnershipRow } from "@/lib/seed/schemas";
import { PARTNERSHIP_LIMITS } from "./limits";
import { EMPTY_FORM, type PartnershipFormValues, parseSubmission, partnershipFormValues } from "./partnership";

const valid: PartnershipFormValues = {
  ...EMPTY_FORM,
  name: "Northshire Shared Legal",
  summary: "Two councils share one legal team.",
  councils: "E06000004 [lead]\nDarlington",
  serviceAreas: ["legal-democratic"],
  modelType: "shared-service",
  status: "active",
  startYear: "2015",
  savings: [
    { amount: "£250,000", basis: "annual", periodYears: "", sourceUrl: "https://example.gov.uk/report", note: "" },
    { amount: "", basis: "", periodYears: "", sourceUrl: "", note: "" },
  ],
  sources: "https://example.gov.uk/a\nhttps://example.gov.uk/a",
  contactEmail: "legal@example.gov.uk",
  submitterEmail: "officer@example.gov.uk",
};

describe("the partnership submission schema", () => {
  it("parses a complete form into typed values", () => {
    const result = parseSubmission(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.councils).toEqual([
      { text: "E06000004", role: "lead" },
      { text: "Darlington", role: "member" },
    ]);
    expect(result.value.savings[0]).toMatchObject({ amount: 250000, basis: "annual" });
    expect(result.value.sources).toEqual(["https://example.gov.uk/a"]);
    expect(result.value.startYear).toBe(2015);
  });

  it("names every field with a problem, by its id", () => {
    const result = parseSubmission({
      ...valid,
      name: " ",
      councils: "E06000004",
      serviceAreas: [],
      modelType: "franchise",
      startYear: "2020",
      endYear: "2019",
      savings: [{ amount: "lots", basis: "", periodYears: "", sourceUrl: "", note: "" }],
      sources: "not a url",
      submitterEmail: "nobody",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(
      ["modelType", "name", "savings-0-amount", "serviceAreas", "sources", "submitterEmail"].sort(),
    );
  });

  it("checks fields against each other once each field is valid", () => {
    const result = parseSubmission({ ...valid, councils: "E06000004", startYear: "2020", endYear: "2019" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(["councils", "endYear"]);
  });

  it("asks for a basis when an amount is given", () => {
    const result = parseSubmission({
      ...valid,
      savings: [{ amount: "1000", basis: "", periodYears: "", sourceUrl: "", note: "" }],
    });
    expect(!result.ok && result.errors["savings-0-basis"]).toBe("Select what the amount is");
  });

  it("keeps formula-looking text as text", () => {
    const result = parseSubmission({ ...valid, name: '=HYPERLINK("http://evil.example","x")' });
    expect(result.ok && result.value.name).toBe('=HYPERLINK("http://evil.example","x")');
  });

  it("reads savings rows and repeated council fields from a posted form", () => {
    const form = new FormData();
    form.set("name", "X");
    form.append("council", "E06000004");
    form.append("council", "E06000005");
    form.append("serviceAreas", "housing");
    form.set("savings-0-amount", "5");
    form.set("savings-0-basis", "annual");
    const values = partnershipFormValues(form);
    expect(values.councils).toBe("E06000004\nE06000005");
    expect(values.serviceAreas).toEqual(["housing"]);
    expect(values.savings).toHaveLength(1);
  });
});

describe("the limits the form shares with moderation and the importer", () => {
  it("refuses a one-character name, no councils, no sources and a source that is no address, each by its field", () => {
    const result = parseSubmission({ ...valid, name: "X", councils: "", sources: "" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.name).toBe("The partnership’s name must be at least 3 characters");
    expect(result.errors.councils).toBe("Enter at least one council");
    expect(result.errors.sources).toMatch(/^Enter at least one public source/);

    const hello = parseSubmission({ ...valid, sources: "hello" });
    expect(hello.ok).toBe(false);
    if (!hello.ok) expect(hello.errors.sources).toMatch(/^"hello" is not a web address/);
  });

  it("refuses what is over a limit, and a NUL byte anywhere", () => {
    const result = parseSubmission({
      ...valid,
      name: "n".repeat(PARTNERSHIP_LIMITS.name.max + 1),
      summary: `A summary with a NUL\u0000 in it`,
      sources: Array.from({ length: PARTNERSHIP_LIMITS.sources.max + 1 }, (_, i) => `https://example.gov.uk/${i}`).join(
        "\n",
      ),
      contactUrl: `https://example.gov.uk/${"a".repeat(PARTNERSHIP_LIMITS.url.max)}`,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(["contactUrl", "name", "sources", "summary"]);
  });

  it("is what the import file's row schema enforces too", () => {
    const row = (overrides: Record<string, string>) =>
      partnershipRow.safeParse({
        ...Object.fromEntries(PARTNERSHIP_COLUMNS.map((column) => [column, ""])),
        slug: "a-partnership",
        name: "A partnership",
        summary: "Two councils share a legal team.",
        model_type: "shared-service",
        status: "active",
        service_areas: "legal-democratic",
        members: "E06000004; E06000005",
        source_urls: "https://example.gov.uk/a",
        ...overrides,
      });
    const fields = (overrides: Record<string, string>) => {
      const result = row(overrides);
      return result.success ? [] : result.error.issues.map((issue) => String(issue.path[0]));
    };
    expect(fields({})).toEqual([]);
    expect(fields({ name: "n".repeat(100_000) })).toEqual(["name"]);
    expect(fields({ name: "X" })).toEqual(["name"]);
    expect(fields({ source_urls: "" })).toEqual(["source_urls"]);
    expect(fields({ source_urls: "hello" })).toEqual(["source_urls"]);
    expect(fields({ source_urls: `https://example.gov.uk/${"a".repeat(PARTNERSHIP_LIMITS.url.max)}` })).toEqual([
      "source_urls",
    ]);
    expect(
      fields({
        source_urls: Array.from({ length: 21 }, (_, i) => `https://example.gov.uk/${i}`).join("; "),
      }),
    ).toEqual(["source_urls"]);
    expect(fields({ summary: "s".repeat(PARTNERSHIP_LIMITS.summary.max + 1) })).toEqual(["summary"]);
  });
});
