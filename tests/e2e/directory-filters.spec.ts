// The directory's filters: the MOJ "filter a list" layout, with the URL as the only state. Expected results are
// computed from the seed files, never written down.

import { expect, test, type Locator, type Page } from "@playwright/test";
import { readSeedCsv } from "../support/seed-files";
import { expectAccessible } from "./support";

type Criteria = { service?: string; region?: string; status?: string };

const listOf = (value: string | undefined) =>
  (value ?? "")
    .split(";")
    .map((item) => item.trim())
    .filter(Boolean);

/** Slugs of the seed partnerships matching the criteria, as docs/product.md's semantics define them. */
async function expectedSlugs(criteria: Criteria): Promise<string[]> {
  const [partnerships, councils] = await Promise.all([readSeedCsv("partnerships.csv"), readSeedCsv("councils.csv")]);
  const regionOf = new Map<string, string>();
  for (const council of councils) {
    for (const code of [council.gss, ...listOf(council.former_gss_codes)])
      if (code) regionOf.set(code, council.region ?? "");
  }
  return partnerships
    .filter((row) => !criteria.service || listOf(row.service_areas).includes(criteria.service))
    .filter((row) => !criteria.status || row.status === criteria.status)
    .filter(
      (row) =>
        !criteria.region ||
        listOf(row.members).some((member) => regionOf.get(member.split(/\s+/)[0]!) === criteria.region),
    )
    .map((row) => row.slug!)
    .sort();
}

const counted = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "partnership" : "partnerships"}`;

const resultCount = (page: Page) => page.locator("#results-status");

async function listedSlugs(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator(".app-partnership-list a[href^='/partnerships/']")
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")!));
  // Each link carries the list it is on (?from=…) for the way back.
  return hrefs.map((href) => href.replace("/partnerships/", "").replace(/\?.*$/, "")).sort();
}

/** Scripts have started: the no-script "Sort" button has gone. */
async function enhanced(page: Page): Promise<void> {
  await expect(page.getByRole("button", { name: "Sort", exact: true })).toHaveCount(0);
}

const checkbox = (page: Page, label: string) => page.getByRole("checkbox", { name: new RegExp(`^${label} \\(`) });

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
async function tabUntil(page: Page, target: Locator, { backwards = false, limit = 250 } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`never reached ${target} with the keyboard`);
}

test("legal & democratic in the South West lists exactly the partnerships the data says", async ({ page }) => {
  const expected = await expectedSlugs({ service: "legal-democratic", region: "south-west" });
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThanOrEqual(20);
  await page.goto("/?service=legal-democratic&region=south-west");
  await expect(resultCount(page)).toHaveText(counted(expected.length));
  expect(await listedSlugs(page)).toEqual(expected);
  await expect(checkbox(page, "Legal & democratic")).toBeChecked();
  await expect(checkbox(page, "South West")).toBeChecked();
  await expect(page).toHaveTitle(
    `Legal & democratic in South West – ${counted(expected.length)} – Shared Services Directory`,
  );
});

test("ticked filters go into the URL, survive a reload, and back and forward restore them", async ({ page }) => {
  const all = await expectedSlugs({});
  const legal = await expectedSlugs({ service: "legal-democratic" });
  const legalSouthWest = await expectedSlugs({ service: "legal-democratic", region: "south-west" });

  await page.goto("/");
  await enhanced(page);
  await checkbox(page, "Legal & democratic").check();
  await expect(page).toHaveURL(/\/\?service=legal-democratic$/);
  await expect(resultCount(page)).toHaveText(counted(legal.length));

  await checkbox(page, "South West").check();
  await expect(page).toHaveURL(/\/\?service=legal-democratic&region=south-west$/);
  await expect(resultCount(page)).toHaveText(counted(legalSouthWest.length));
  expect(await listedSlugs(page)).toEqual(legalSouthWest);
  // Each value is a removable tag.
  await expect(page.getByRole("link", { name: "Remove this filter: South West" })).toBeVisible();

  await page.reload();
  await expect(resultCount(page)).toHaveText(counted(legalSouthWest.length));
  expect(await listedSlugs(page)).toEqual(legalSouthWest);
  await expect(checkbox(page, "South West")).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/\/\?service=legal-democratic$/);
  await expect(resultCount(page)).toHaveText(counted(legal.length));
  await expect(checkbox(page, "South West")).not.toBeChecked();
  await expect(checkbox(page, "Legal & democratic")).toBeChecked();

  await page.goBack();
  await expect(resultCount(page)).toHaveText(counted(all.length));
  await expect(checkbox(page, "Legal & democratic")).not.toBeChecked();

  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(/\/\?service=legal-democratic&region=south-west$/);
  await expect(resultCount(page)).toHaveText(counted(legalSouthWest.length));
  await expect(checkbox(page, "Legal & democratic")).toBeChecked();
  await expect(checkbox(page, "South West")).toBeChecked();
  expect(await listedSlugs(page)).toEqual(legalSouthWest);
});

test("the number of results is a polite live region that announces each change", async ({ page }) => {
  const active = await expectedSlugs({ status: "active" });
  await page.goto("/");
  await enhanced(page);
  const region = resultCount(page);
  await expect(region).toHaveAttribute("role", "status");
  await expect(region.getByRole("heading", { level: 2 })).toHaveText(counted((await expectedSlugs({})).length));
  // The same element must stay in the page and change its text, or screen readers announce nothing.
  await region.evaluate((element) => element.setAttribute("data-original", "yes"));
  await checkbox(page, "Active").check();
  await expect(region).toHaveText(counted(active.length));
  await expect(region).toHaveAttribute("data-original", "yes");
});

test("every kind of filter works from the keyboard alone", async ({ page }) => {
  // Tabbing through the whole panel, key by key, takes a while.
  test.setTimeout(120_000);
  const legal = await expectedSlugs({ service: "legal-democratic" });
  await page.goto("/");
  await enhanced(page);

  // A checkbox: Tab to it, Space; the results follow and focus stays on the box.
  const legalBox = checkbox(page, "Legal & democratic");
  await tabUntil(page, legalBox);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/service=legal-democratic/);
  await expect(resultCount(page)).toHaveText(counted(legal.length));
  await expect(legalBox).toBeFocused();

  // A checkbox behind "show more": Enter opens the list.
  const more = page.getByText(/^Show \d+ more service areas$/);
  await tabUntil(page, page.locator("summary", { has: more }));
  await page.keyboard.press("Enter");
  const other = checkbox(page, "Other");
  await tabUntil(page, other);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/service=legal-democratic&service=other/);
  await expect(other).toBeFocused();

  // A radio button: arrow keys choose.
  const any = page.getByRole("radio", { name: "Any", exact: true });
  await tabUntil(page, any);
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/hasSavings=true/);
  await expect(page.getByRole("radio", { name: "Reports savings" })).toBeFocused();

  // A text box: type, then Enter applies.
  const from = page.getByRole("textbox", { name: "From", exact: true });
  await tabUntil(page, from);
  await page.keyboard.type("2000");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/startFrom=2000/);
  await expect(from).toBeFocused();

  // The search box follows typing once it pauses.
  const search = page.getByRole("searchbox", { name: "Search partnerships" });
  await tabUntil(page, search, { backwards: true });
  await page.keyboard.type("shared");
  await expect(page).toHaveURL(/q=shared/);
  await expect(search).toBeFocused();
  await expect(search).toHaveValue("shared");

  // The sort: Tab to it and choose with the arrow keys.
  const sort = page.getByRole("combobox", { name: "Sort by" });
  await tabUntil(page, sort);
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/sort=savings/);
  await expect(sort).toBeFocused();

  // A selected filter's tag: Enter removes it, and focus lands on the next tag rather than being lost.
  const tag = page.getByRole("link", { name: "Remove this filter: Other" });
  await tabUntil(page, tag, { backwards: true });
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/service=other/);
  await expect(page).toHaveURL(/service=legal-democratic/);
  await expect(page.locator(".app-filter__tag:focus")).toHaveCount(1);
});

test("a council is chosen by name with the keyboard, and the distance from a council by select", async ({ page }) => {
  await page.goto("/");
  await enhanced(page);
  const council = page.locator("#filter-council");
  await tabUntil(page, council);
  await page.keyboard.type("Cheltenham");
  await expect(page.getByRole("option", { name: /^Cheltenham/ })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/council=E07000078/);
  await expect(page.getByRole("link", { name: "Remove this filter: Cheltenham" })).toBeVisible();
  await expect(page.locator("#filter-council")).toBeFocused();

  const within = page.getByRole("combobox", { name: "Within", exact: true });
  const near = page.locator("#filter-near");
  await tabUntil(page, near);
  await page.keyboard.type("Cotswold");
  await expect(page.getByRole("option", { name: /^Cotswold/ })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await tabUntil(page, within);
  await page.keyboard.press("ArrowUp");
  await expect(page).toHaveURL(/near=E07000079&withinKm=25/);
  await expect(page.getByRole("link", { name: "Remove this filter: Within 25 km of Cotswold" })).toBeVisible();
});

test("filters applied keep every page link, the page size and the sort", async ({ page }) => {
  const active = await expectedSlugs({ status: "active" });
  expect(active.length).toBeGreaterThan(10);
  await page.goto("/?status=active&sort=newest&pageSize=10");
  await enhanced(page);
  await expect(resultCount(page)).toHaveText(counted(active.length));
  await expect(page.locator(".app-partnership-list > li")).toHaveCount(10);
  const pages = page.getByRole("navigation", { name: "Results pages" });
  await pages.getByRole("link", { name: /next/i }).click();
  await expect(page).toHaveURL(/\/\?status=active&sort=newest&page=2&pageSize=10$/);
  await expect(page.locator(".app-partnership-list > li")).toHaveCount(Math.min(10, active.length - 10));
  await expect(page.getByRole("heading", { name: counted(active.length), exact: true })).toBeFocused();
});

test("totals describe everything the filter matches", async ({ page }) => {
  const expected = await expectedSlugs({ service: "legal-democratic", region: "south-west" });
  await page.goto("/?service=legal-democratic&region=south-west");
  const figures = page.locator(".app-key-figures");
  await expect(figures).toContainText(`Partnerships${expected.length}`);
  await expect(figures).toContainText("Councils involved");
  await expect(figures).toContainText(/One annualised estimate per partnership.* projected; \d+ of \d+ report savings/);
  await expect(figures).toContainText(/£[\d,]+|Not reported/);
});

test("with filters applied the page passes axe-core", async ({ page }) => {
  await page.goto("/?service=legal-democratic&region=south-west&q=shared&hasSavings=true&near=E07000078");
  await expect(page.locator(".app-filter__selected")).toBeVisible();
  await page.waitForLoadState("load");
  await expectAccessible(page);
});

test("bad values get an error summary linked to their fields, and the rest of the filter still applies", async ({
  page,
}) => {
  const southWest = await expectedSlugs({ region: "south-west" });
  const response = await page.goto("/?savingsMin=lots&service=bins&council=E09999999&region=south-west");
  expect(response?.status()).toBeLessThan(500);
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  for (const [parameter, text] of [
    ["savingsMin", /Minimum savings/],
    ["service", /Service area/],
    ["council", /E09999999/],
  ] as const) {
    const link = summary.getByRole("link", { name: text });
    await expect(link).toHaveAttribute("href", `#filter-${parameter}`);
    await expect(page.locator(`#filter-${parameter}`)).toHaveCount(1);
  }
  await expect(page.getByRole("textbox", { name: "At least", exact: true })).toHaveValue("lots");
  await expect(resultCount(page)).toHaveText(counted(southWest.length));
  await expect(page).toHaveTitle(/^Error: /);
  await page.waitForLoadState("load");
  await expectAccessible(page);
});

test.describe("on a small screen", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the filters fold away behind a button once scripts run", async ({ page }) => {
    await page.goto("/?region=south-west");
    const toggle = page.getByRole("button", { name: /Show filters \(1 selected\)/ });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.locator("#filter-panel")).toBeHidden();
    await toggle.click();
    await expect(page.getByRole("button", { name: /Hide filters/ })).toHaveAttribute("aria-expanded", "true");
    await expect(page.locator("#filter-panel")).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form submits, filters and sorts", async ({ page }) => {
    const expected = await expectedSlugs({ service: "legal-democratic", region: "south-west" });
    await page.goto("/");
    await checkbox(page, "Legal & democratic").check();
    await checkbox(page, "South West").check();
    await page.getByRole("button", { name: "Apply filters" }).first().click();
    // The form names every field; the page answers with the clean URL of the filter.
    await expect(page).toHaveURL(/\/\?service=legal-democratic&region=south-west$/);
    await expect(resultCount(page)).toHaveText(counted(expected.length));
    expect(await listedSlugs(page)).toEqual(expected);

    await page.getByRole("combobox", { name: "Sort by" }).selectOption("savings");
    await page.getByRole("button", { name: "Sort", exact: true }).click();
    await expect(page).toHaveURL(/\/\?service=legal-democratic&region=south-west&sort=savings$/);
    expect(await listedSlugs(page)).toEqual(expected);

    await page.getByRole("link", { name: "Remove this filter: South West" }).click();
    await expect(page).not.toHaveURL(/region=/);
    await expect(resultCount(page)).toHaveText(counted((await expectedSlugs({ service: "legal-democratic" })).length));
  });

  test("on a small screen the filters simply sit above the list", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await expect(page.getByRole("button", { name: /Show filters/ })).toHaveCount(0);
    await expect(page.locator("#filter-panel")).toBeVisible();
  });
});
