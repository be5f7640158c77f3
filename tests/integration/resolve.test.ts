// "A GSS code, current or former → the council": one lookup, the same answer on Prisma's client (pages, the
// API) and on the driver (the proxy, moderation, the importer), for every code the data set holds.

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveCouncilCode, resolveCouncilCodes } from "@/lib/councils/resolve.server";
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
