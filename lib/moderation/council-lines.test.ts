import { describe, expect, it } from "vitest";
import { councilLines, parseCouncilLines, type CouncilOption } from "./council-lines";

const options: CouncilOption[] = [
  { gss: "E07000078", name: "Cheltenham", current: true },
  { gss: "E07000079", name: "Cotswold", current: true },
  { gss: "E07000048", name: "Christchurch", current: false },
  { gss: "S12000013", name: "Na h-Eileanan Siar", current: true },
  { gss: "E06000001", name: "Hartlepool", current: true },
  { gss: "E06000099", name: "Hartlepool", current: false },
];

describe("the councils field's lines", () => {
  it("match codes and unambiguous names to councils, keeping roles", () => {
    const rows = parseCouncilLines(
      "Cheltenham (E07000078) [lead]\ne07000079\n  cotswold  \nChristchurch\nna h-eileanan siar [member]",
      options,
    );
    expect(rows).toEqual([
      { gss: "E07000078", name: "Cheltenham", current: true, role: "lead" },
      { gss: "E07000079", name: "Cotswold", current: true, role: "member" },
      { gss: "E07000079", name: "Cotswold", current: true, role: "member" },
      { gss: "E07000048", name: "Christchurch", current: false, role: "member" },
      { gss: "S12000013", name: "Na h-Eileanan Siar", current: true, role: "member" },
    ]);
  });

  it("keep anything they cannot match as it was typed, so nothing is lost", () => {
    const rows = parseCouncilLines("Hartlepool\nNowhere Borough [provider]\nE09999999\nCotswold [chair]", options);
    expect(rows).toEqual([
      { text: "Hartlepool", role: "member" },
      { text: "Nowhere Borough", role: "provider" },
      { text: "E09999999", role: "member" },
      { text: "Cotswold [chair]", role: "member" },
    ]);
    expect(councilLines(rows)).toBe("Hartlepool\nNowhere Borough [provider]\nE09999999\nCotswold [chair]");
  });

  it("write rows back as the lines the server reads, and read them again unchanged", () => {
    const rows = parseCouncilLines("E07000078 [lead]\nChristchurch", options);
    const lines = councilLines(rows);
    expect(lines).toBe("Cheltenham (E07000078) [lead]\nChristchurch (E07000048)");
    expect(parseCouncilLines(lines, options)).toEqual(rows);
    expect(councilLines([])).toBe("");
  });
});
