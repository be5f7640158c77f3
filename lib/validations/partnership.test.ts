import { describe, expect, it } from "vitest";
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
