// Submissions and moderation against a real PostgreSQL: who may change what, throttling of submissions, one approval
// only, and that nothing private leaks into what the public sees. Sign-in limits: sign-in-limits.test.ts.

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestRefused, type RequestContext } from "@/lib/auth/guard.server";
import { createModerator, signIn } from "@/lib/auth/sessions.server";
import { createPrismaClient } from "@/lib/db/client.server";
import { moderate } from "@/lib/moderation/moderate.server";
import { SUBMITTER_EMAIL_DAYS_AFTER_DECISION, THROTTLE_EVENT_HOURS } from "@/lib/moderation/retention";
import { eraseExpiredPersonalData } from "@/lib/moderation/retention.server";
import { approveSubmission, submitPartnership } from "@/lib/moderation/submissions.server";
import { partnershipHistory } from "@/lib/partnerships/history.server";
import { loadSeed } from "@/lib/seed";
import { EMPTY_FORM, type PartnershipFormValues } from "@/lib/validations/partnership";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

let database: ThrowawayDatabase;
let pool: pg.Pool;

const SUBMITTER = "private.person@example.org";
const PASSWORD = "a long moderator password";

beforeAll(async () => {
  database = await createThrowawayDatabase("moderation");
  // The routes this file calls use the product's clients, which read DATABASE_URL when first used.
  process.env.DATABASE_URL = database.url;
  await loadSeed({ connectionString: database.url });
  pool = new pg.Pool({ connectionString: database.url, max: 6 });
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

let addressCounter = 0;
const freshAddress = () => `192.0.2.${++addressCounter}`;

function form(overrides: Partial<PartnershipFormValues> = {}): PartnershipFormValues {
  return {
    ...EMPTY_FORM,
    name: "Teesside Shared Legal Test",
    summary: "Two councils share a legal team.",
    councils: "E06000004 [lead]\nDarlington",
    serviceAreas: ["legal-democratic"],
    modelType: "shared-service",
    status: "active",
    startYear: "2019",
    savings: [{ amount: "120000", basis: "annual", periodYears: "", sourceUrl: "", note: "" }],
    sources: "https://www.example.gov.uk/report",
    contactEmail: "legal@example.gov.uk",
    submitterEmail: SUBMITTER,
    ...overrides,
  };
}

async function submit(overrides: Partial<PartnershipFormValues> = {}): Promise<number> {
  const result = await submitPartnership(pool, form(overrides), freshAddress());
  if (!result.ok || result.id === null) throw new Error(`submission refused: ${JSON.stringify(result)}`);
  return result.id;
}

async function checksum(): Promise<string> {
  const tables = ["partnership", "membership", "savings_claim", "source", "revision", "submission"];
  const parts = tables.map((t) => `SELECT '${t}' || row_to_json(x)::text AS line FROM ${t} x`);
  const { rows } = await pool.query<{ sum: string }>(
    `SELECT md5(string_agg(line, E'\\n' ORDER BY line)) AS sum FROM (${parts.join(" UNION ALL ")}) q`,
  );
  return rows[0]!.sum;
}

async function session(email: string) {
  await createModerator(pool, email, PASSWORD);
  const result = await signIn(pool, { email, password: PASSWORD, address: freshAddress() });
  if (!result.ok) throw new Error("could not sign in");
  return result;
}

const HOST = "directory.example.gov.uk";

describe("moderation requests", () => {
  it("refuses unauthenticated and cross-site requests, and changes nothing", async () => {
    const id = await submit({ name: "Refusal Test Partnership" });
    const { token, session: live } = await session("guard@example.gov.uk");
    const before = await checksum();
    const attempts: [RequestContext, string][] = [
      [{ origin: `https://${HOST}`, host: HOST, sessionToken: undefined, csrfToken: undefined }, "no-session"],
      [{ origin: `https://${HOST}`, host: HOST, sessionToken: "forged", csrfToken: "forged" }, "no-session"],
      [{ origin: "https://evil.example", host: HOST, sessionToken: token, csrfToken: live.csrfToken }, "cross-site"],
      [{ origin: null, host: HOST, sessionToken: token, csrfToken: live.csrfToken }, "cross-site"],
      [{ origin: `https://${HOST}`, host: HOST, sessionToken: token, csrfToken: "wrong" }, "bad-token"],
      [{ origin: `https://${HOST}`, host: HOST, sessionToken: token, csrfToken: undefined }, "bad-token"],
    ];
    for (const [request, reason] of attempts) {
      for (const action of [
        { type: "approve", submissionId: id } as const,
        { type: "reject", submissionId: id, reason: "no" } as const,
        { type: "verify", slug: "xentrall" } as const,
      ]) {
        const refusal = await moderate(pool, request, action).catch((error: unknown) => error);
        expect(refusal).toBeInstanceOf(RequestRefused);
        expect((refusal as RequestRefused).reason).toBe(reason);
      }
    }
    expect(await checksum()).toBe(before);

    // The same request from the site itself, with the session's token, goes through.
    const ok = await moderate(
      pool,
      { origin: `https://${HOST}`, host: HOST, sessionToken: token, csrfToken: live.csrfToken },
      { type: "verify", slug: "xentrall" },
    );
    expect(ok).toEqual({ ok: true, slug: "xentrall" });
    const { rows } = await pool.query(
      "SELECT action, actor FROM revision WHERE partnership_slug = 'xentrall' ORDER BY id DESC LIMIT 1",
    );
    expect(rows[0]).toMatchObject({ action: "verify", actor: expect.stringMatching(/^moderator:\d+$/) });
  });

  it("throttles public submissions per address, in the database", async () => {
    const address = freshAddress();
    const results = [];
    for (let i = 0; i < 6; i++)
      results.push(await submitPartnership(pool, form({ name: `Throttle Test ${i}` }), address));
    expect(results.slice(0, 5).every((r) => r.ok)).toBe(true);
    expect(results[5]).toEqual({ ok: false, throttled: true });
  });

  it("keeps nothing from a filled-in honeypot", async () => {
    const before = await checksum();
    expect(await submitPartnership(pool, form({ website: "http://spam.example" }), freshAddress())).toEqual({
      ok: true,
      id: null,
    });
    expect(await checksum()).toBe(before);
  });

  it("applies a submission once when two moderators approve it at the same moment", async () => {
    const id = await submit({ name: "Concurrent Approval Partnership" });
    const { session: a } = await session("a@example.gov.uk");
    const { session: b } = await session("b@example.gov.uk");
    const results = await Promise.all([
      approveSubmission(pool, { submissionId: id, moderatorId: a.moderatorId }),
      approveSubmission(pool, { submissionId: id, moderatorId: b.moderatorId }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "already-decided" }]);
    const { rows } = await pool.query(
      "SELECT count(*)::int AS n FROM partnership WHERE name = 'Concurrent Approval Partnership'",
    );
    expect(rows[0].n).toBe(1);
    const { rows: revisions } = await pool.query(
      "SELECT action, before, after FROM revision WHERE partnership_slug = 'concurrent-approval-partnership'",
    );
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ action: "create", before: null });
    expect(revisions[0].after.members.map((m: { gss: string }) => m.gss)).toEqual(["E06000004", "E06000005"]);
  });

  it("stores a formula-looking name as text, and the CSV export neutralises it", async () => {
    const name = '=HYPERLINK("http://evil.example","click")';
    const id = await submit({ name });
    const { session: moderator } = await session("formula@example.gov.uk");
    const result = await approveSubmission(pool, { submissionId: id, moderatorId: moderator.moderatorId });
    expect(result.ok).toBe(true);
    const { rows } = await pool.query("SELECT name FROM partnership WHERE slug = $1", [result.ok ? result.slug : ""]);
    expect(rows[0].name).toBe(name);

    const { GET } = await import("@/app/api/partnerships.csv/route");
    const csv = await (await GET(new Request("http://localhost/api/partnerships.csv?q=HYPERLINK+evil"))).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it("corrects an entry with a revision holding both snapshots", async () => {
    const id = await submit({
      slug: "xentrall",
      name: "Xentrall Shared Services",
      councils: "E06000004 [lead]\nE06000005",
      summary: "A corrected summary.",
    });
    const { session: moderator } = await session("update@example.gov.uk");
    expect(await approveSubmission(pool, { submissionId: id, moderatorId: moderator.moderatorId })).toEqual({
      ok: true,
      slug: "xentrall",
    });
    const prisma = createPrismaClient(database.url);
    try {
      const history = await partnershipHistory("xentrall", prisma);
      const last = history!.revisions.at(-1)!;
      expect(last.action).toBe("update");
      expect(last.by).toBe("moderator");
      expect(last.changes.map((c) => c.field)).toContain("summary");
      expect(history!.revisions[0]!.action).toBe("create");
    } finally {
      await prisma.$disconnect();
    }
  });

  it("never lets the submitter's or a moderator's email into public data", async () => {
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM revision WHERE before::text ILIKE '%' || $1 || '%' OR after::text ILIKE '%' || $1 || '%'
          OR actor ILIKE '%@%'`,
      [SUBMITTER],
    );
    expect(rows[0]!.n).toBe(0);
    const { rows: stored } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM partnership p WHERE row_to_json(p)::text ILIKE '%' || $1 || '%'`,
      [SUBMITTER],
    );
    expect(stored[0]!.n).toBe(0);
    const prisma = createPrismaClient(database.url);
    try {
      for (const slug of ["xentrall", "concurrent-approval-partnership"]) {
        const json = JSON.stringify(await partnershipHistory(slug, prisma));
        expect(json).not.toContain(SUBMITTER);
        expect(json).not.toMatch(/@example\.gov\.uk"?,?\s*"?(by|actor)/);
        expect(json).not.toContain("a@example.gov.uk");
      }
    } finally {
      await prisma.$disconnect();
    }
  });

  it("erases a submitter's email address once the decision is older than the privacy notice says, and old throttling events", async () => {
    const days = SUBMITTER_EMAIL_DAYS_AFTER_DECISION;
    const decided = await submit({ name: "Decided Long Ago Partnership" });
    const recent = await submit({ name: "Decided Recently Partnership" });
    const waiting = await submit({ name: "Still Waiting Partnership" });
    await pool.query(
      `UPDATE submission SET status = 'rejected', decided_at = now() - make_interval(days => $2), created_at = now() - make_interval(days => $2 + 1)
        WHERE id = $1`,
      [decided, days + 1],
    );
    await pool.query(
      "UPDATE submission SET status = 'rejected', decided_at = now() - make_interval(days => $2) WHERE id = $1",
      [recent, days - 1],
    );
    await pool.query("UPDATE submission SET created_at = now() - interval '400 days' WHERE id = $1", [waiting]);
    await pool.query(
      `INSERT INTO throttle_event (bucket, created_at) VALUES ('retention-test:old', now() - make_interval(hours => $1 + 1)),
              ('retention-test:new', now())`,
      [THROTTLE_EVENT_HOURS],
    );

    await eraseExpiredPersonalData(pool);

    const { rows } = await pool.query<{ id: number; submitter_email: string }>(
      "SELECT id, submitter_email FROM submission WHERE id = ANY($1::int[]) ORDER BY id",
      [[decided, recent, waiting]],
    );
    expect(Object.fromEntries(rows.map((row) => [row.id, row.submitter_email]))).toEqual({
      [decided]: "",
      [recent]: SUBMITTER,
      [waiting]: SUBMITTER,
    });
    const { rows: events } = await pool.query<{ bucket: string }>(
      "SELECT bucket FROM throttle_event WHERE bucket LIKE 'retention-test:%' ORDER BY bucket",
    );
    expect(events.map((event) => event.bucket)).toEqual(["retention-test:new"]);
  });
});
