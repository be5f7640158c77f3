// Journeys through the directory as officers make them: applying filters on a phone and by keyboard, skipping
// past the filters, council names typed without JavaScript, the way back from a partnership to the same list,
// and printing a partnership. Expected values are computed from the seed files.

import { expect, test, type Page } from "@playwright/test";
import { readSeedCsv } from "../support/seed-files";
import { expectAccessible } from "./support";

const listOf = (value: string | undefined) =>
  (value ?? "")
    .split(";")
    .map((item) => item.trim())
    .filter(Boolean);

const counted = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "partnership" : "partnerships"}`;

type Council = { gss: string; name: string; official: string; current: boolean; codes: string[] };

async function seedCouncils(): Promise<Council[]> {
  return (await readSeedCsv("councils.csv")).map((row) => ({
    gss: row.gss!,
    name: row.name!,
    official: row.official_name ?? "",
    current: !row.end_date && !row.successor_gss,
    codes: [row.gss!, ...listOf(row.former_gss_codes)],
  }));
}

/** A current council in some partnership whose name is no other council's, nor part of one: typed, it is one council. */
async function councilByUniqueName(): Promise<Council & { partnerships: number }> {
  const [councils, partnerships] = await Promise.all([seedCouncils(), readSeedCsv("partnerships.csv")]);
  const membersOf = partnerships.map((row) => new Set(listOf(row.members).map((member) => member.split(/\s+/)[0]!)));
  const lower = (text: string) => text.toLowerCase();
  const candidates = councils
    .filter((council) => council.current)
    .filter((council) =>
      councils.every(
        (other) =>
          other === council ||
          (!lower(other.name).includes(lower(council.name)) && lower(other.official) !== lower(council.name)),
      ),
    )
    .map((council) => ({
      ...council,
      partnerships: membersOf.filter((members) => council.codes.some((code) => members.has(code))).length,
    }))
    .filter((council) => council.partnerships > 0)
    .sort((a, b) => b.partnerships - a.partnerships || a.name.localeCompare(b.name));
  return candidates[0]!;
}

/** A word that is part of several current councils' names and no council's whole name: typed, it is ambiguous. */
async function ambiguousName(): Promise<{ typed: string; councils: Council[] }> {
  const councils = await seedCouncils();
  const current = councils.filter((council) => council.current);
  const lower = (text: string) => text.toLowerCase();
  for (const word of [...new Set(current.map((council) => council.name.split(/[\s-]/)[0]!))].sort()) {
    if (word.length < 5) continue;
    const matching = current.filter((council) => lower(council.name).includes(lower(word)));
    const exact = councils.some(
      (council) => lower(council.name) === lower(word) || lower(council.official) === lower(word),
    );
    if (matching.length >= 2 && matching.length <= 4 && !exact) return { typed: word, councils: matching };
  }
  throw new Error("the seed data has no ambiguous council name");
}

const resultCount = (page: Page) => page.locator("#results-status");

/** Scripts have started: the no-script "Sort" button has gone. */
async function enhanced(page: Page): Promise<void> {
  await expect(page.getByRole("button", { name: "Sort", exact: true })).toHaveCount(0);
}

test.describe("on a 390 × 844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("after Apply the filters fold away and the results heading takes focus, in view", async ({ page }) => {
    // axe over the whole directory page takes a while on a small machine.
    test.setTimeout(90_000);
    await page.goto("/");
    await enhanced(page);
    await page.getByRole("button", { name: /Show filters/ }).click();
    await page.getByRole("searchbox", { name: "Search partnerships" }).fill("waste");
    await page.getByRole("button", { name: "Apply filters" }).last().click();
    await expect(page).toHaveURL(/q=waste/);
    const heading = page.locator("#results-heading");
    await expect(heading).toBeFocused();
    await expect(page.locator("#filter-panel")).toBeHidden();
    await expect(page.getByRole("button", { name: /Show filters \(1 selected\)/ })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await expectAccessible(page);
  });

  test("pressing Apply with nothing changed still shows the results", async ({ page }) => {
    await page.goto("/?region=london");
    await enhanced(page);
    await page.getByRole("button", { name: /Show filters/ }).click();
    await page.getByRole("button", { name: "Apply filters" }).first().click();
    await expect(page.locator("#results-heading")).toBeFocused();
    await expect(page.locator("#filter-panel")).toBeHidden();
  });

  test("without JavaScript, a visible link skips the filters to the results", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/");
    const skip = page.getByRole("link", { name: "Skip to results" });
    await expect(skip).toBeVisible();
    await skip.click();
    await expect(page).toHaveURL(/#results-heading$/);
    const box = (await page.locator("#results-heading").boundingBox())!;
    expect(box.y).toBeLessThan(844);
    await context.close();
  });
});

test("on a desktop, Apply moves focus to the results count, which announces itself", async ({ page }) => {
  await page.goto("/");
  await enhanced(page);
  await page.getByRole("searchbox", { name: "Search partnerships" }).fill("legal");
  await page.getByRole("button", { name: "Apply filters" }).first().click();
  await expect(page).toHaveURL(/q=legal/);
  const heading = page.locator("#results-heading");
  await expect(heading).toBeFocused();
  // The count is a live region (role=status): its new text is read out.
  await expect(page.getByRole("status").filter({ has: heading })).toHaveCount(1);
});

test("by keyboard, 'Skip to results' is one Tab past the navigation and lands on the results", async ({ page }) => {
  await page.goto("/");
  await enhanced(page);
  const skip = page.getByRole("link", { name: "Skip to results" });
  let presses = 0;
  while (!(await skip.evaluate((element) => element === document.activeElement))) {
    await page.keyboard.press("Tab");
    if (++presses > 20) throw new Error("never reached 'Skip to results'");
  }
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("#results-heading")).toBeFocused();
  // From the results heading, the first partnership is a few Tabs on (past the sort), not the whole panel.
  const firstResult = page.locator(".app-partnership-list a").first();
  let toResult = 0;
  while (!(await firstResult.evaluate((element) => element === document.activeElement))) {
    await page.keyboard.press("Tab");
    if (++toResult > 5) throw new Error("the first result is more than 5 Tabs past the results heading");
  }
  test
    .info()
    .annotations.push({ type: "tabs", description: `${presses} to the skip link, ${toResult} on to the first result` });
});

test("'Back to the directory' returns to the same filtered, sorted page of results", async ({ page }) => {
  const list = "/?service=ict-digital&sort=savings&page=2";
  await page.goto(list);
  const first = page.locator(".app-partnership-list a").first();
  const name = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await page.getByRole("link", { name: "Back to the directory" }).click();
  await expect(page).toHaveURL(list);
  await expect(page.locator(".app-partnership-list a").first()).toHaveText(name);
});

test("a partnership's back link cannot be pointed anywhere but the directory", async ({ page }) => {
  await page.goto(`/partnerships/xentrall?from=${encodeURIComponent("https://example.org/")}`);
  await expect(page.getByRole("link", { name: "Back to the directory" })).toHaveAttribute("href", "/");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a council's name in the Council field finds its partnerships", async ({ page }) => {
    const council = await councilByUniqueName();
    await page.goto("/");
    await page.locator("#filter-council").fill(council.name.toUpperCase());
    await page.getByRole("button", { name: "Apply filters" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/\\?council=${council.gss}$`));
    await expect(resultCount(page)).toHaveText(counted(council.partnerships));
    await expect(page.getByRole("link", { name: `Remove this filter: ${council.name}` })).toBeVisible();
  });

  test("a council's name in the Near field measures from that council", async ({ page }) => {
    const council = await councilByUniqueName();
    await page.goto("/");
    await page.locator("#filter-near").fill(council.name.toLowerCase());
    await page.getByRole("button", { name: "Apply filters" }).first().click();
    await expect(page).toHaveURL(new RegExp(`near=${council.gss}`));
    await expect(page.getByRole("link", { name: `Remove this filter: Within 50 km of ${council.name}` })).toBeVisible();
  });

  test("an unknown name is an error for its field, which keeps what was typed", async ({ page }) => {
    await page.goto("/");
    await page.locator("#filter-council").fill("Atlantis");
    await page.locator("#filter-near").fill("Lyonesse");
    await page.getByRole("button", { name: "Apply filters" }).first().click();
    const summary = page.locator(".govuk-error-summary");
    await expect(summary.getByRole("link", { name: /Council: no council is called “Atlantis”/ })).toHaveAttribute(
      "href",
      "#filter-council",
    );
    await expect(summary.getByRole("link", { name: /Near a council: no council is called “Lyonesse”/ })).toBeVisible();
    await expect(page.locator("#filter-council")).toHaveValue("Atlantis");
    await expect(page.locator("#filter-near")).toHaveValue("Lyonesse");
    await expect(page).toHaveTitle(/^Error: /);
  });

  test("an ambiguous name lists the councils it could be", async ({ page }) => {
    const { typed, councils } = await ambiguousName();
    await page.goto("/");
    await page.locator("#filter-council").fill(typed);
    await page.getByRole("button", { name: "Apply filters" }).first().click();
    const message = page.locator(".govuk-error-summary").getByRole("link", { name: new RegExp(`“${typed}” could be`) });
    for (const council of councils) await expect(message).toContainText(`${council.name} (${council.gss})`);
    await expect(page.locator("#filter-council")).toHaveValue(typed);
  });

  test("the submission form's title starts with 'Error:' when it comes back with problems", async ({ page }) => {
    await page.goto("/submit");
    await page.getByRole("button", { name: "Send for checking" }).click();
    await expect(page.locator(".govuk-error-summary")).toBeVisible();
    await expect(page).toHaveTitle(/^Error: Add a partnership/);
  });
});

test("the submission form's title starts with 'Error:' when it shows problems", async ({ page }) => {
  await page.goto("/submit");
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.locator(".govuk-error-summary")).toBeVisible();
  await expect(page).toHaveTitle(/^Error: Add a partnership/);
});

test("a partnership prints on at most two pages, without navigation, filters or link addresses", async ({ page }) => {
  await page.goto("/partnerships/xentrall");
  await page.emulateMedia({ media: "print" });
  for (const hidden of ["header", "footer", ".govuk-back-link", ".govuk-phase-banner"]) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  const afterContent = await page
    .locator("main a[href]")
    .evaluateAll((links) =>
      links.map((link) => getComputedStyle(link, "::after").content).filter((c) => c !== "none" && c !== "normal"),
    );
  expect(afterContent).toEqual([]);
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});
