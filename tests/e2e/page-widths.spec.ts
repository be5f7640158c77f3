// On a 390 × 844 phone no page scrolls sideways, and the tables of council, partnership and data pages show every
// column — Status and Savings included — within the screen.

import { expect, test, type Page } from "@playwright/test";
import { abolishedCouncilWithSuccessor } from "./seed";

test.use({ viewport: { width: 390, height: 844 } });

const abolished = await abolishedCouncilWithSuccessor();
const PAGE_TYPES = [
  "/",
  "/?service=ict-digital&region=south-west&sort=savings",
  "/?savingsMin=lots",
  "/partnerships/xentrall",
  "/partnerships/xentrall/history",
  "/councils",
  "/councils?q=north",
  "/councils/E07000078",
  `/councils/${abolished.gss}`,
  "/map",
  "/data",
  "/submit",
  "/submit?slug=xentrall",
  "/submit/confirmation",
  "/moderation",
  "/accessibility",
  "/privacy",
  "/cookies",
  "/contact",
  "/no-such-page",
];

async function documentWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

for (const path of PAGE_TYPES) {
  test(`${path} does not scroll sideways at 390 px`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("load");
    expect(await documentWidth(page)).toBeLessThanOrEqual(390);
    // Nor does any table reach past the screen's edge.
    const tableRights = await page
      .locator("main table")
      .evaluateAll((tables) => tables.map((table) => Math.round(table.getBoundingClientRect().right)));
    for (const right of tableRights) expect(right).toBeLessThanOrEqual(390);
  });
}

test("a council's partnerships show their status and savings on a phone", async ({ page }) => {
  await page.goto("/councils/E07000078");
  const table = page.getByRole("table", { name: /Partnerships Cheltenham is part of/ });
  const firstRow = table.getByRole("row").nth(1);
  for (const column of ["Status", "Savings (yearly estimate)"]) {
    // Each cell names its column on a phone, and sits within the screen.
    const cell = firstRow.getByRole("cell").filter({ hasText: column });
    await expect(cell).toBeVisible();
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  // The table keeps its structure for screen readers: the cell is still announced under its column.
  await expect(table.getByRole("columnheader", { name: "Status" })).toHaveCount(1);
});
