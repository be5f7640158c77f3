import { describe, expect, it } from "vitest";
import { directoryUrl } from "@/lib/filters/urls";
import { formQuery } from "./form-query";

const entries = (pairs: [string, string][]) => pairs as [string, FormDataEntryValue][];

describe("formQuery", () => {
  it("drops empty fields and writes the rest in the schema's order", () => {
    const params = formQuery(
      entries([
        ["q", "  waste  "],
        ["region", "south-west"],
        ["service", "legal-democratic"],
        ["council", ""],
        ["hasSavings", ""],
        ["savingsMin", ""],
        ["withinKm", "25"],
        ["sort", ""],
      ]),
    );
    expect(directoryUrl(params)).toBe("/?q=waste&service=legal-democratic&region=south-west");
  });

  it("sends a distance only with a council to measure from", () => {
    expect(
      formQuery(
        entries([
          ["near", "E07000078"],
          ["withinKm", "25"],
        ]),
      ).toString(),
    ).toBe("near=E07000078&withinKm=25");
    expect(
      formQuery(
        entries([
          ["near", "E07000078"],
          ["withinKm", ""],
        ]),
      ).toString(),
    ).toBe("near=E07000078&withinKm=50");
  });

  it("leaves a form with a mistake as typed, for the page to point it out", () => {
    expect(
      formQuery(
        entries([
          ["savingsMin", "lots"],
          ["status", "active"],
        ]),
      ).toString(),
    ).toBe("savingsMin=lots&status=active");
  });

  it("is the bare directory for an empty form", () => {
    expect(
      directoryUrl(
        formQuery(
          entries([
            ["q", " "],
            ["sort", ""],
          ]),
        ),
      ),
    ).toBe("/");
  });
});
