import { afterEach, describe, expect, it } from "vitest";
import { formatProblem } from "./problems";
import { readSeedFolder } from "./read";
import { copySeedFolder, type SeedCopy } from "@/tests/support/seed-copy";

let copy: SeedCopy | null = null;
afterEach(() => {
  copy?.remove();
  copy = null;
});

function freshCopy(): SeedCopy {
  copy = copySeedFolder();
  return copy;
}

describe("the real seed folder", () => {
  it("has no problems", async () => {
    const { seed, problems } = await readSeedFolder(freshCopy().dir);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(seed.partnerships.length).toBeGreaterThan(0);
    expect(seed.serviceAreas).toHaveLength(19);
    expect(seed.modelTypes).toHaveLength(9);
  });

  it("links every member to a council or a partner and works out the savings", async () => {
    const { seed } = await readSeedFolder(freshCopy().dir);
    const xentrall = seed.partnerships.find((p) => p.slug === "xentrall")!;
    expect(xentrall.members).toEqual([
      { ref: "E06000004", gss: "E06000004", slug: "e06000004", role: "lead", note: null, joined: null, left: null },
      { ref: "E06000005", gss: "E06000005", slug: "e06000005", role: "member", note: null, joined: null, left: null },
    ]);
    expect(xentrall.savings).toEqual([
      {
        amountGbp: 17_200_000,
        basis: "cumulative",
        periodYears: 12,
        annualisedGbp: 1_433_333,
        note: "over 12 years to 2020",
        sourceUrl: null,
        creditedTo: [],
        reportedYear: 2020,
      },
    ]);
    expect(xentrall.annualisedSavingsGbp).toBe(1_433_333);
    expect(xentrall.last_verified).toEqual({ date: "2020-01-01", precision: "year" });
    const eastKent = seed.partnerships.find((p) => p.slug === "east-kent-services")!;
    expect(eastKent.members.find((m) => m.slug === "civica")).toMatchObject({
      role: "provider",
      note: "from Feb 2018",
    });
  });
});

describe("a seed folder with a bad row", () => {
  it("rejects a savings amount that is not a number, naming file, line and field", async () => {
    const seed = freshCopy();
    const line = seed.editRow("partnerships.csv", "xentrall", (row) => {
      row.savings_gbp = "lots";
    });
    const { problems } = await readSeedFolder(seed.dir);
    expect(problems).toEqual([
      {
        file: "partnerships.csv",
        line,
        field: "savings_gbp",
        message: '"lots" is not a whole number of pounds (digits only, e.g. 1500000)',
      },
    ]);
    expect(formatProblem(problems[0]!)).toBe(
      `partnerships.csv:${line}: savings_gbp: "lots" is not a whole number of pounds (digits only, e.g. 1500000)`,
    );
  });

  it("rejects an unknown service-area slug", async () => {
    const seed = freshCopy();
    const line = seed.editRow("partnerships.csv", "one-legal", (row) => {
      row.service_areas = "legal-democratic; legal-services";
    });
    const { problems } = await readSeedFolder(seed.dir);
    expect(problems).toEqual([
      {
        file: "partnerships.csv",
        line,
        field: "service_areas",
        message: '"legal-services" is not in service-areas.csv',
      },
    ]);
  });

  it("rejects a member GSS code that is not a council", async () => {
    const seed = freshCopy();
    const line = seed.editRow("partnerships.csv", "xentrall", (row) => {
      row.members = "E06000004 [lead]; E06009999";
    });
    const { problems } = await readSeedFolder(seed.dir);
    expect(problems).toEqual([
      { file: "partnerships.csv", line, field: "members", message: "E06009999 is not a council in councils.csv" },
    ]);
  });

  it("points a former GSS code at the council's current one", async () => {
    const seed = freshCopy();
    const line = seed.editRow("partnerships.csv", "xentrall", (row) => {
      row.members = "E06000004; E08000016";
    });
    const { problems } = await readSeedFolder(seed.dir);
    expect(problems).toEqual([
      {
        file: "partnerships.csv",
        line,
        field: "members",
        message: "E08000016 is a former code of Barnsley; use its code E08000038",
      },
    ]);
  });

  it("rejects an unknown partner slug and an unknown role", async () => {
    const seed = freshCopy();
    const line = seed.editRow("partnerships.csv", "xentrall", (row) => {
      row.members = "E06000004 [host]; E06000005; acme-ltd";
    });
    const { problems } = await readSeedFolder(seed.dir);
    expect(problems.map((p) => [p.line, p.field])).toEqual([[line, "members"]]);
    expect(problems[0]!.message).toMatch(/role must be one of lead, member, provider/);
  });

  it("rejects a duplicate partnership slug, pointing at the first", async () => {
    const seed = freshCopy();
    const first = seed.editRow("partnerships.csv", "xentrall", () => {});
    const line = seed.appendCopy("partnerships.csv", "xentrall", (row) => {
      row.name = "Xentrall again";
    });
    const { problems } = await readSeedFolder(seed.dir);
    expect(problems).toEqual([
      { file: "partnerships.csv", line, field: "slug", message: `"xentrall" is already used on line ${first}` },
    ]);
  });

  it("rejects a duplicate council and a successor that does not exist", async () => {
    const seed = freshCopy();
    const successorLine = seed.editRow("councils.csv", "E07000163", (row) => {
      row.successor_gss = "E06009999";
    });
    const duplicateLine = seed.appendCopy("councils.csv", "E06000001", (row) => {
      row.registry_code = "ZZZ";
    });
    const { problems } = await readSeedFolder(seed.dir);
    expect(problems).toEqual([
      {
        file: "councils.csv",
        line: successorLine,
        field: "successor_gss",
        message: "E06009999 is not in councils.csv",
      },
      { file: "councils.csv", line: duplicateLine, field: "gss", message: '"E06000001" is already used on line 2' },
    ]);
  });

  it("reports every problem at once, across files", async () => {
    const seed = freshCopy();
    const partnerLine = seed.editRow("partners.csv", "ibm", (row) => {
      row.kind = "multinational";
    });
    const partnershipLine = seed.editRow("partnerships.csv", "shwd", (row) => {
      row.model_type = "merger";
      row.status = "dormant";
      row.start_year = "20O7";
    });
    const areaLine = seed.editRow("service-areas.csv", "housing", (row) => {
      row.label = "Management & governance";
    });
    const { problems } = await readSeedFolder(seed.dir);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.field}`)).toEqual([
      `partners.csv:${partnerLine}: kind`,
      `partnerships.csv:${partnershipLine}: status`,
      `partnerships.csv:${partnershipLine}: start_year`,
      `service-areas.csv:${areaLine}: label`,
    ]);
  });

  it("checks the savings fields go together", async () => {
    const seed = freshCopy();
    const line = seed.editRow("partnerships.csv", "breckland-south-holland", (row) => {
      row.savings_basis = "annual";
    });
    const { problems } = await readSeedFolder(seed.dir);
    expect(problems).toEqual([
      { file: "partnerships.csv", line, field: "savings_basis", message: "is given without savings_gbp" },
    ]);
  });

  it("requires the vocabulary files to hold exactly the product's slugs", async () => {
    const seed = freshCopy();
    const line = seed.editRow("model-types.csv", "consortium", (row) => {
      row.slug = "consortia";
    });
    const { problems } = await readSeedFolder(seed.dir);
    const vocabularyProblems = problems.filter((p) => p.file === "model-types.csv").map(formatProblem);
    expect(vocabularyProblems).toEqual([
      'model-types.csv: slug: "consortium" is missing',
      `model-types.csv:${line}: slug: "consortia" is not one of shared-service, shared-management-team, joint-venture, joint-committee, council-owned-company, outsourced-partnership, lead-authority-arrangement, consortium, other`,
    ]);
    // The partnerships typed "consortium" now refer to a model type the file does not have.
    expect(problems.filter((p) => p.file === "partnerships.csv").every((p) => p.field === "model_type")).toBe(true);
  });

  it("reports a missing file", async () => {
    const seed = freshCopy();
    const { rmSync } = await import("node:fs");
    rmSync(`${seed.dir}/partners.csv`);
    const { problems } = await readSeedFolder(seed.dir);
    expect(problems[0]).toEqual({ file: "partners.csv", line: null, field: null, message: "file is missing" });
  });
});
