import { describe, expect, it } from "vitest";
import { PARTNERSHIP_COLUMNS } from "@/lib/seed/schemas";
import { EXPORT_COLUMNS } from "./columns";
import { importColumnsMatchSeed } from "./import";
import { tableSchema } from "./table-schema";

describe("EXPORT_COLUMNS", () => {
  it("names every column once, in snake case, each described, typed and with a value", () => {
    const names = EXPORT_COLUMNS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const column of EXPORT_COLUMNS) {
      expect(column.name).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
      expect(column.title.length).toBeGreaterThan(0);
      expect(column.description.length).toBeGreaterThan(10);
      expect(["string", "integer", "number"]).toContain(column.type);
      expect(typeof column.value).toBe("function");
    }
  });

  it("holds what the issue asks for, and every column the importer needs (the seed file's columns)", () => {
    const names = EXPORT_COLUMNS.map((c) => c.name);
    for (const name of [
      "slug",
      "name",
      "summary",
      "model_type",
      "status",
      "start_year",
      "end_year",
      "service_areas",
      "service_area_labels",
      "member_council_names",
      "member_council_gss",
      "other_partners",
      "savings_gbp",
      "savings_basis",
      "savings_period_years",
      "annualised_savings_gbp",
      "source_urls",
      "last_verified",
      "url",
    ])
      expect(names).toContain(name);
    for (const name of PARTNERSHIP_COLUMNS) expect(names).toContain(name);
    expect(importColumnsMatchSeed()).toBe(true);
  });

  it("is what the Table Schema describes, field for field", () => {
    expect(tableSchema().fields.map((f) => f.name)).toEqual(EXPORT_COLUMNS.map((c) => c.name));
  });
});
