// The directory lists every partnership in the data, page by page.

import { expect, test } from "@playwright/test";
import { seedPartnerships } from "./seed";

test("the directory lists every partnership across its pages, 20 a page", async ({ page }) => {
  test.setTimeout(120_000);
  const expected = await seedPartnerships();
  await page.goto("/");
  await expect(page.getByRole("main")).toContainText(`${expected.length} partnerships`);

  const seen: string[] = [];
  for (let pageNumber = 1; pageNumber <= Math.ceil(expected.length / 20); pageNumber++) {
    await page.goto(`/?page=${pageNumber}`);
    // The results list only: the map panel beside it links partnerships too.
    const links = page.locator(".app-results a[href^='/partnerships/']");
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    // Each link carries the list it is on (?from=…) for the way back.
    const slugs = [...new Set(hrefs.map((href) => href!.replace("/partnerships/", "").replace(/\?.*$/, "")))];
    expect(slugs.length, `page ${pageNumber}`).toBe(Math.min(20, expected.length - seen.length));
    seen.push(...slugs);
  }
  expect(seen.sort()).toEqual(expected.map((row) => row.slug).sort());
});

test("each entry shows its councils, services, model and savings — or 'not reported'", async ({ page }) => {
  const rows = await seedPartnerships();
  const withoutSavings = rows.filter((row) => !row.savings_gbp).map((row) => row.name);
  await page.goto("/");
  const main = page.getByRole("main");
  await expect(main).toContainText(/not reported/i);
  // On the first page, every partnership without a savings figure says "not reported", never £0.
  const firstPageNames = await page.locator(".app-results a[href^='/partnerships/']").allInnerTexts();
  expect(firstPageNames.some((name) => withoutSavings.includes(name.trim()))).toBe(true);
  await expect(main).not.toContainText("£0 ");
});

test("pagination links move between pages and a bad page number gets an error message, not a crash", async ({
  page,
}) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: /pagination|results pages/i })
    .getByRole("link", { name: /next/i })
    .click();
  await expect(page).toHaveURL(/[?&]page=2/);

  for (const bad of ["abc", "-1", "0", "99999"]) {
    const response = await page.goto(`/?page=${bad}`);
    expect(response?.status(), bad).toBeLessThan(500);
    await expect(page.locator(".govuk-error-summary")).toContainText(/page/i);
  }
});
