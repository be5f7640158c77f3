// Before a partnership or council page renders, proxy.ts asks whether its address names something the directory
// holds; an address naming nothing gets the not-found page. Every real partnership and council must pass.

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageSubjectExists } from "@/lib/routing/page-subjects.server";
import { loadSeed } from "@/lib/seed";
import { readSeedCsv } from "../support/seed-files";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  database = await createThrowawayDatabase("page_subjects");
  await loadSeed({ connectionString: database.url });
  pool = new pg.Pool({ connectionString: database.url, max: 4 });
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

const exists = (pathname: string) => pageSubjectExists(pool, pathname);

describe("the subject of a page address", () => {
  it("exists for every partnership, its page and its history", async () => {
    for (const { slug } of await readSeedCsv("partnerships.csv")) {
      expect(await exists(`/partnerships/${slug}`), slug).toBe(true);
      expect(await exists(`/partnerships/${slug}/history`), slug).toBe(true);
    }
  });

  it("exists for every council by its code in any case, and by a former code", async () => {
    const councils = await readSeedCsv("councils.csv");
    for (const council of councils) {
      expect(await exists(`/councils/${council.gss}`), council.gss).toBe(true);
      expect(await exists(`/councils/${council.gss!.toLowerCase()}`), council.gss).toBe(true);
      for (const former of (council.former_gss_codes ?? "").split(";").filter(Boolean)) {
        expect(await exists(`/councils/${former.trim()}`), former).toBe(true);
      }
    }
    expect(councils.some((council) => council.former_gss_codes)).toBe(true);
  });

  it("does not exist for unknown slugs, unknown or malformed codes, or undecodable addresses", async () => {
    for (const pathname of [
      "/partnerships/no-such-partnership",
      "/partnerships/no-such-partnership/history",
      "/partnerships/%E0%A4%A",
      "/councils/E99999999",
      "/councils/not-a-code",
      "/councils/%ZZ",
    ]) {
      expect(await exists(pathname), pathname).toBe(false);
    }
  });

  it("checks the entry a suggested change is for", async () => {
    expect(await pageSubjectExists(pool, "/submit", new URLSearchParams("slug=xentrall"))).toBe(true);
    expect(await pageSubjectExists(pool, "/submit", new URLSearchParams("slug=no-such-partnership"))).toBe(false);
    // A new submission, or an address the page itself reads as one, is not checked.
    for (const search of ["", "slug=", "slug=a&slug=b"]) {
      expect(await pageSubjectExists(pool, "/submit", new URLSearchParams(search)), search).toBeNull();
    }
  });

  it("says nothing of other pages", async () => {
    for (const pathname of ["/", "/councils", "/map", "/data", "/submit", "/partnerships", "/no-such-page"]) {
      expect(await exists(pathname), pathname).toBeNull();
    }
  });
});
