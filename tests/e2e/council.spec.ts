import { expect, test } from "@playwright/test";
import { abolishedCouncilWithSuccessor, seedPartnerships } from "./seed";

test("a council page lists the council's partnerships", async ({ page }) => {
  const expected = (await seedPartnerships()).filter((row) => (row.members ?? "").includes("E07000078"));
  await page.goto("/councils/E07000078");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Cheltenham");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "One Legal", exact: true })).toBeVisible();
  // The council's own partnerships table, not the suggestions from councils like it.
  const table = main.getByRole("table").filter({ has: page.getByRole("link", { name: "One Legal", exact: true }) });
  const listed = await table
    .locator("a[href^='/partnerships/']")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(new Set(listed).size).toBe(expected.length);
});

test("an abolished council's page names its successor and keeps its partnerships", async ({ page }) => {
  const council = await abolishedCouncilWithSuccessor();
  await page.goto(`/councils/${council.gss}`);
  const main = page.getByRole("main");
  await expect(main).toContainText(/abolished/i);
  await expect(main.getByRole("link", { name: council.successorName })).toBeVisible();
  await expect(main.locator("a[href^='/partnerships/']").first()).toBeVisible();
});
