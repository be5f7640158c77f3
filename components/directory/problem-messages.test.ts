import { describe, expect, it } from "vitest";
import { parseParams } from "@/lib/filters/schema";
import { fieldErrors, pageProblem } from "./problem-messages";

const problemsOf = (query: string) => parseParams(new URLSearchParams(query)).problems.map(pageProblem);

describe("pageProblem", () => {
  it("names the field and links to it", () => {
    expect(problemsOf("savingsMin=lots")).toEqual([
      { parameter: "savingsMin", text: "Minimum savings must be a whole number of pounds", href: "#filter-savingsMin" },
    ]);
  });

  it("leaves out the list of allowed values the form already shows", () => {
    const [problem] = problemsOf("service=bins");
    expect(problem).toEqual({
      parameter: "service",
      text: "Service area has an unknown value “bins”",
      href: "#filter-service",
    });
  });

  it("words rules between fields", () => {
    expect(problemsOf("savingsMin=10&savingsMax=5")[0]!.text).toBe(
      "Maximum savings must not be less than minimum savings",
    );
    expect(problemsOf("withinKm=10")[0]!.text).toBe("Distance needs a council to measure from");
  });

  it("does not link a problem that has no field", () => {
    expect(problemsOf("page=abc")[0]).toMatchObject({ parameter: "page", href: undefined });
    expect(problemsOf("colour=red")[0]).toMatchObject({ parameter: "colour", href: undefined });
  });
});

describe("fieldErrors", () => {
  it("keeps the first message for each field", () => {
    const errors = fieldErrors([
      { parameter: "council", text: "first" },
      { parameter: "council", text: "second" },
      { parameter: "q", text: "third" },
    ]);
    expect([...errors]).toEqual([
      ["council", "first"],
      ["q", "third"],
    ]);
  });
});
