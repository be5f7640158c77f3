// Recent changes and the Atom feed against the real data: a correction approved through moderation appears,
// newest first, saying what changed — in the feed of a filter that matches it, and not in one that does not.

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModerator, signIn } from "@/lib/auth/sessions.server";
import { createPrismaClient } from "@/lib/db/client.server";
import { EMPTY_FILTER, resolveFilter } from "@/lib/filters/index.server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formValuesOf } from "@/lib/moderation/form-values";
import { approveSubmission, submitPartnership } from "@/lib/moderation/submissions.server";
import { atomFeed, entryId } from "@/lib/partnerships/atom";
import { recentChanges } from "@/lib/partnerships/changes.server";
import { readSnapshots } from "@/lib/partnerships/read.server";
import { loadSeed } from "@/lib/seed";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";
import { readSeedCsv } from "../support/seed-files";

let database: ThrowawayDatabase;
let pool: pg.Pool;
let db: PrismaClient;
const SLUG = "one-legal";

beforeAll(async () => {
  database = await createThrowawayDatabase("insight_changes");
  await loadSeed({ connectionString: database.url });
  pool = new pg.Pool({ connectionString: database.url, max: 4 });
  db = createPrismaClient(database.url);
});

afterAll(async () => {
  await db?.$disconnect();
  await pool?.end();
  await database?.drop();
});

const resolved = async (service: "legal-democratic" | "waste-environment") =>
  (await resolveFilter({ ...EMPTY_FILTER, service: [service] }, db)).resolved;

describe("recent changes", () => {
  it("lists every partnership of the seed as added, newest first", async () => {
    const seeded = await readSeedCsv("partnerships.csv");
    const { total, changes } = await recentChanges({ limit: 10 }, db);
    expect(total).toBe(seeded.length);
    expect(changes.every((change) => change.action === "create")).toBe(true);
    const times = changes.map((change) => change.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("shows a correction approved by a moderator, with what changed, in the feeds of filters that match it", async () => {
    const snapshot = (await readSnapshots(pool, [SLUG])).get(SLUG)!;
    expect(snapshot.status).toBe("active");
    const submitted = await submitPartnership(
      pool,
      { ...formValuesOf(snapshot, SLUG), status: "ended", endYear: "2025", submitterEmail: "someone@example.org" },
      "192.0.2.10",
    );
    if (!submitted.ok || submitted.id === null) throw new Error(`submission refused: ${JSON.stringify(submitted)}`);
    await createModerator(pool, "changes@example.gov.uk", "a long moderator password");
    const signedIn = await signIn(pool, {
      email: "changes@example.gov.uk",
      password: "a long moderator password",
      address: "192.0.2.11",
    });
    if (!signedIn.ok) throw new Error("could not sign in");
    await approveSubmission(pool, { submissionId: submitted.id, moderatorId: signedIn.session.moderatorId });

    const legal = await recentChanges({ resolved: await resolved("legal-democratic"), limit: 5 }, db);
    const latest = legal.changes[0]!;
    expect(latest).toMatchObject({ slug: SLUG, action: "update", by: "moderator" });
    expect(latest.changes.map((change) => change.field)).toEqual(expect.arrayContaining(["status", "years"]));

    const xml = atomFeed({
      selfUrl: "https://directory.example.gov.uk/feeds/partnerships.atom?service=legal-democratic",
      htmlUrl: "https://directory.example.gov.uk/?service=legal-democratic",
      title: "Legal",
      subtitle: "Changes",
      origin: "https://directory.example.gov.uk",
      updated: latest.at,
      entries: legal.changes,
    });
    expect(xml).toContain(`<id>${entryId("https://directory.example.gov.uk", latest.id)}</id>`);
    expect(xml).toContain("Status: active → ended");
    expect(xml).toContain(`<updated>${latest.at.toISOString()}</updated>`);

    const waste = await recentChanges({ resolved: await resolved("waste-environment"), limit: 50 }, db);
    expect(waste.changes.some((change) => change.slug === SLUG)).toBe(false);
  });
});
