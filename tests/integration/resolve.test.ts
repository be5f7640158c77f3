// "A GSS code, current or former → the council": one lookup, the same answer on Prisma's client (pages, the
// API) and on the driver (the proxy, moderation, the importer), for every code the data set holds.

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { councilsNamed, resolveCouncilCode, resolveCouncilCodes } from "@/lib/councils/resolve.server";
import { readCouncilNames } from "@/lib/filters/council-names.server";
import { createPrismaClient } from "@/lib/db/client.server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadSeed } from "@/lib/seed";
import { readSeedCsv } from "../support/seed-files";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let pool: pg.Pool;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createThrowawayDatabase("resolve");
  await loadSeed({ connectionString: database.url });
  pool = new pg.Pool({ connectionString: database.url, max: 2 });
  prisma = createPrismaClient(database.url);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await pool?.end();
  await database?.drop();
});

describe("resolveCouncilCodes", () => {
  it("finds every council by its own code and by each former code, on either connection", async () => {
    const councils = await readSeedCsv("councils.csv");
    const expected = new Map<string, { gss: string; name: string; viaFormerCode: boolean }>();
    for (const council of councils) {
      expected.set(council.gss!, { gss: council.gss!, name: council.name!.trim(), viaFormerCode: false });
      for (const former of (council.former_gss_codes ?? "")
        .split(";")
        .map((code) => code.trim())
        .filter(Boolean)) {
        if (!expected.has(former))
          expected.set(former, { gss: council.gss!, name: council.name!.trim(), viaFormerCode: true });
      }
    }
    const codes = [...expected.keys()];
    for (const db of [prisma, pool]) {
      const found = await resolveCouncilCodes(db, codes);
      expect(found.size).toBe(codes.length);
      for (const [code, council] of expected) expect(found.get(code), code).toMatchObject(council);
      // Every code, when none are asked for.
      expect(new Set((await resolveCouncilCodes(db)).keys())).toEqual(new Set(codes));
    }
  });

  it("finds nothing for a code no council has, or for a partner's slug", async () => {
    expect(await resolveCouncilCode(pool, "E09999999")).toBeNull();
    expect(await resolveCouncilCode(prisma, "norse-group")).toBeNull();
    expect((await resolveCouncilCodes(pool, [])).size).toBe(0);
  });
});

describe("councilsNamed", () => {
  /** Current councils from the seed, as the directory counts them (no end date, no successor). */
  async function currentCouncils() {
    return (await readSeedCsv("councils.csv")).filter((row) => !row.end_date && !row.successor_gss);
  }

  it("finds every current council by its name and by its official name, in any case, on either connection", async () => {
    const current = await currentCouncils();
    const all = await readSeedCsv("councils.csv");
    const lower = (text = "") => text.toLowerCase();
    for (const db of [prisma, pool]) {
      for (const council of current) {
        // A name that is also another current council's official name (or the same name) is rightly ambiguous.
        const sharing = current.filter(
          (other) =>
            [lower(other.name), lower(other.official_name)].includes(lower(council.name)) && other.gss !== council.gss,
        );
        const found = await councilsNamed(db, council.name!.toUpperCase());
        if (sharing.length === 0)
          expect(
            found.map((c) => c.gss),
            council.name,
          ).toEqual([council.gss]);
        else
          expect(
            found.map((c) => c.gss),
            council.name,
          ).toContain(council.gss);
        if (
          council.official_name &&
          !all.some((o) => o !== council && lower(o.official_name) === lower(council.official_name))
        ) {
          expect(
            (await councilsNamed(db, council.official_name)).map((c) => c.gss),
            council.official_name,
          ).toEqual([council.gss]);
        }
      }
    }
  });

  it("ignores a trailing 'council' and accents, and offers every council a fragment could be", async () => {
    const current = await currentCouncils();
    const cheltenham = current.find((row) => row.gss === "E07000078")!;
    expect((await councilsNamed(pool, `${cheltenham.name} Borough Council`)).map((c) => c.gss)).toEqual(["E07000078"]);
    const fragment = "newcastle";
    const expected = current.filter((row) => row.name!.toLowerCase().includes(fragment)).map((row) => row.gss);
    expect(expected.length).toBeGreaterThan(1);
    expect((await councilsNamed(pool, "Newcastle")).map((c) => c.gss).sort()).toEqual(expected.sort());
    expect(await councilsNamed(pool, "Atlantis")).toEqual([]);
    expect(await councilsNamed(pool, "  ")).toEqual([]);
  });
});

describe("readCouncilNames", () => {
  it("turns names in council and near into codes, and leaves other parameters alone", async () => {
    const reading = await readCouncilNames(
      new URLSearchParams("q=waste&council=cheltenham&council=E07000079&near=Cheltenham Borough Council"),
      prisma,
    );
    expect(reading.problems).toEqual([]);
    expect(reading.replaced).toBe(true);
    expect(reading.params.toString()).toBe("q=waste&council=E07000078&council=E07000079&near=E07000078");
  });

  it("reports a name that is no council's, or several councils', and keeps it as typed for its field", async () => {
    const reading = await readCouncilNames(new URLSearchParams("council=Atlantis,E07000078&near=Newcastle"), prisma);
    expect(reading.params.toString()).toBe("council=E07000078");
    expect(reading.shown.getAll("council")).toEqual(["E07000078", "Atlantis"]);
    expect(reading.shown.get("near")).toBe("Newcastle");
    expect(reading.problems.map((problem) => problem.parameter)).toEqual(["council", "near"]);
    expect(reading.problems[0]!.pageMessage).toBe(
      "Council: no council is called “Atlantis”. Check the spelling, or enter its GSS code, such as E07000078",
    );
    expect(reading.problems[1]!.pageMessage).toMatch(
      /^Near a council: “Newcastle” could be .*\(E0\d{7}\) or .*\(E0\d{7}\)/,
    );
  });
});
