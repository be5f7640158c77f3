// Reorganised councils followed, and freshness that means something, as a reader meets them: Cumberland's area on
// the map counts and opens the partnerships of the councils it replaced (Allerdale, Copeland, …), each marked;
// its council page lists them; one tick leaves them out; "may be out of date" only on active entries, never on
// ended ones. Expected values are computed from the seed files.

import { expect, test, type Page } from "@playwright/test";
import { mayBeOutOfDate } from "../../lib/partnerships/freshness";
import type { PartnershipStatus } from "../../lib/vocabulary";
import { councils, seedPartnerships } from "./seed";
import { expectAccessible } from "./support";

test.describe.configure({ timeout: 120_000 });

const CUMBERLAND = "E06000063";

/** The councils Cumberland replaced (through every reorganisation) and the partnerships of each. */
async function cumberlandsPredecessors() {
  const rows = await councils();
  const successors = new Map(
    rows.map((row) => [
      row.gss!,
      (row.successor_gss ?? "")
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean),
    ]),
  );
  const leadsTo = (gss: string, target: string, seen = new Set<string>()): boolean =>
    (successors.get(gss) ?? []).some(
      (next) => next === target || (!seen.has(next) && (seen.add(next), leadsTo(next, target, seen))),
    );
  const predecessors = rows.filter((row) => leadsTo(row.gss!, CUMBERLAND));
  const partnerships = await seedPartnerships();
  const membersOf = (row: Record<string, string>) => new Set((row.members ?? "").match(/[EWSN]\d{8}/g) ?? []);
  const of = (gss: string) => partnerships.filter((row) => membersOf(row).has(gss));
  return {
    predecessors: predecessors.map((row) => ({ gss: row.gss!, name: row.name!, partnerships: of(row.gss!) })),
    own: of(CUMBERLAND).map((row) => row.slug!),
    all: new Set(
      partnerships
        .filter((row) => [CUMBERLAND, ...predecessors.map((p) => p.gss!)].some((gss) => membersOf(row).has(gss)))
        .map((row) => row.slug!),
    ),
  };
}

async function listedSlugs(page: Page): Promise<string[]> {
  return page
    .locator(".app-partnership-list h3 a")
    .evaluateAll((links) =>
      links.map((link) => link.getAttribute("href")!.replace("/partnerships/", "").split("?")[0]!),
    );
}

test("Cumberland's area on the map counts and opens Allerdale's and Copeland's partnerships", async ({ page }) => {
  const { predecessors, all } = await cumberlandsPredecessors();
  const named = predecessors.filter((p) => ["Allerdale", "Copeland"].includes(p.name) && p.partnerships.length > 0);
  expect(named.length).toBe(2);

  await page.goto("/map");
  await expect(page.locator(".app-map[aria-busy='false']")).toBeVisible({ timeout: 30_000 });
  await page.getByLabel("Councils by number of partnerships").check();
  const area = page.locator(`path.app-map-area[data-gss="${CUMBERLAND}"]`);
  await expect(area).toHaveAttribute("data-value", String(all.size));
  await area.dispatchEvent("click");
  await expect(page).toHaveURL(new RegExp(`/\\?council=${CUMBERLAND}$`));
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${all.size} partnerships?$`) })).toBeVisible();

  await page.goto(`/?council=${CUMBERLAND}&pageSize=100`);
  const listed = await listedSlugs(page);
  expect(new Set(listed)).toEqual(all);
  for (const predecessor of named) {
    for (const partnership of predecessor.partnerships) {
      const card = page.locator(".app-partnership-list > li").filter({
        has: page.locator(`h3 a[href^="/partnerships/${partnership.slug}"]`),
      });
      await expect(card.locator(".app-counted-through")).toContainText(
        new RegExp(`^Counts for Cumberland as .*\\b${predecessor.name}\\b.*abolished \\d{4}`),
      );
    }
  }
  await page.setViewportSize({ width: 390, height: 900 });
  await page.locator(".app-counted-through").first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/reorganised-councils-list.png" });
  await expectAccessible(page);
});

test("Cumberland's page lists its predecessors' partnerships, marked; one tick leaves them out", async ({ page }) => {
  const { own, all } = await cumberlandsPredecessors();
  await page.goto(`/councils/${CUMBERLAND}`);
  const table = page.getByRole("table", { name: /Partnerships Cumberland is part of/ });
  await expect(table.locator("tbody tr")).toHaveCount(all.size);
  await expect(table.locator(".app-counted-through")).toHaveCount(all.size - own.length);
  await expect(table.locator(".app-counted-through").first()).toContainText(
    /^Counts for Cumberland as .*abolished \d{4}/,
  );
  await page.screenshot({ path: "test-results/reorganised-councils-page.png", fullPage: true });
  await expectAccessible(page);

  await page.goto(`/?council=${CUMBERLAND}&pageSize=100`);
  await page.getByLabel("Leave them out: only the councils’ own partnerships").check();
  await expect(page).toHaveURL(/predecessors=exclude/);
  await expect(
    page.getByRole("heading", { level: 2, name: new RegExp(`^${own.length} partnerships?$`) }),
  ).toBeVisible();
  expect((await listedSlugs(page)).sort()).toEqual([...own].sort());
});

test("“may be out of date” marks exactly the active entries the rule names, never an ended one", async ({
  page,
  request,
}) => {
  // The entries as the directory holds them now (other tests may have checked one since the seed was loaded).
  const { items: rows } = (await (await request.get("/api/partnerships.json")).json()) as {
    items: { status: PartnershipStatus; lastVerified: string | null }[];
  };
  expect(rows.length).toBeGreaterThanOrEqual((await seedPartnerships()).length);
  const now = new Date();
  const expected = rows.filter((row) => mayBeOutOfDate(row, now)).length;
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(rows.filter((row) => row.status === "active").length);

  const marked = async (query: string) => {
    let count = 0;
    for (let pageNumber = 1; ; pageNumber++) {
      await page.goto(`/?${query}&pageSize=100&page=${pageNumber}`);
      count += await page.locator(".app-partnership-list .govuk-tag", { hasText: "May be out of date" }).count();
      if ((await page.locator(".app-partnership-list > li").count()) < 100) return count;
    }
  };
  expect(await marked("status=active")).toBe(expected);
  expect(await marked("status=ended")).toBe(0);

  // One click to active partnerships only; the dates read "March 2024" or "2019".
  await page.goto("/");
  await page.getByRole("link", { name: "Active partnerships only" }).click();
  await expect(page).toHaveURL(/\?status=active$/);
  await expect(page.getByRole("link", { name: "Active partnerships only" })).toHaveCount(0);
  const checked = await page
    .locator(".app-partnership-list")
    .getByText(/^(\d{4}|[A-Z][a-z]+ \d{4}|Not recorded)$/)
    .count();
  expect(checked).toBeGreaterThan(0);
  await expect(page.locator(".app-partnership-list")).not.toContainText(/\b\d{4}-\d{2}\b/);
});

test("checkedSince says what is wrong with a bad value", async ({ page, request }) => {
  const api = await request.get("/api/partnerships?checkedSince=abc");
  expect(api.status()).toBe(400);
  expect(((await api.json()) as { error: { parameter: string } }).error.parameter).toBe("checkedSince");
  await page.goto("/?checkedSince=abc");
  await expect(page.locator(".govuk-error-summary")).toContainText("Checked since must be a year, a month or a day");
  await expect(page.locator("#filter-checkedSince")).toHaveValue("abc");
  await page.setViewportSize({ width: 390, height: 900 });
  await page.locator("#filter-checkedSince").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/checked-since-field.png" });
  await page.locator("#filter-predecessors").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/predecessors-field.png" });
  await expectAccessible(page);
});
