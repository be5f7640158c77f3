import { expect, test } from "@playwright/test";
import { seedPartnerships } from "./seed";
import { expectAccessible } from "./support";

test("a partnership page shows its members, savings with basis and annualised estimate, and sources", async ({
  page,
}) => {
  await page.goto("/partnerships/xentrall");
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xentrall Shared Services");
  // Each member council links to its page, and to the directory filtered to it.
  await expect(main.locator('a[href="/councils/E06000004"]').first()).toContainText("Stockton-on-Tees");
  await expect(main.locator('a[href="/councils/E06000005"]').first()).toContainText("Darlington");
  await expect(main.locator('a[href="/?council=E06000004"]').first()).toBeVisible();
  // The model and every service area link to the directory filtered by them.
  await expect(main.getByRole("link", { name: "Lead-authority arrangement" })).toHaveAttribute(
    "href",
    "/?model=lead-authority-arrangement",
  );
  await expect(main.getByRole("link", { name: "ICT & digital" }).first()).toHaveAttribute(
    "href",
    "/?service=ict-digital",
  );
  await expect(main).toContainText("£17.2m");
  await expect(main).toContainText(/cumulative/i);
  await expect(main).toContainText(/12 years/);
  await expect(main).toContainText("£1.43m a year");
  await expect(main.getByRole("link", { name: /democracy\.darlington\.gov\.uk|Darlington/i }).first()).toBeVisible();
  await expect(main).toContainText(/last checked/i);
});

test("a partnership with no savings figure says not reported", async ({ page }) => {
  await page.goto("/partnerships/one-legal");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("One Legal");
  await page.goto("/partnerships/3c-ict");
  await expect(page.getByRole("main")).toContainText(/not reported/i);
});

test("a member's joined and left dates are in the members table, read from the seed file", async ({ page }) => {
  const rows = await seedPartnerships();
  const dated = rows.find((row) => /^[ENSW]\d{8} joined \d{4}$/.test(row.member_dates?.split("; ")[0] ?? ""))!;
  const [gss, , year] = dated.member_dates!.split("; ")[0]!.split(" ");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/partnerships/${dated.slug}`);
  const table = page.getByRole("table", { name: /members of this partnership/i });
  await expect(table.getByRole("columnheader", { name: "Joined and left" })).toBeAttached();
  const row = table.getByRole("row").filter({ has: page.locator(`a[href="/councils/${gss}"]`) });
  await expect(row).toContainText(`Joined ${year}`);
  await table.screenshot({ path: "test-results/member-dates-390.png" });
  await expectAccessible(page);
});
