// Every page: answers, passes axe-core, and makes no request to another host.

import { expect, test } from "@playwright/test";
import { expectAccessible, foreignRequests, recordRequests } from "./support";
import { abolishedCouncilWithSuccessor } from "./seed";

const abolished = await abolishedCouncilWithSuccessor();
const pages = [
  { path: "/", heading: /partnerships/i },
  { path: "/?page=2", heading: /partnerships/i },
  { path: "/partnerships/xentrall", heading: "Xentrall Shared Services" },
  { path: "/councils", heading: /councils/i },
  { path: "/councils/E07000078", heading: /Cheltenham/ },
  { path: `/councils/${abolished.gss}`, heading: abolished.name },
];

for (const { path, heading } of pages) {
  test(`${path} is accessible and self-contained`, async ({ page, baseURL }) => {
    // axe over a long page (every council, the map panel) takes a while on a small machine.
    test.setTimeout(90_000);
    const requests = recordRequests(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    await page.waitForLoadState("load");
    await expectAccessible(page);
    expect(foreignRequests(requests, baseURL!)).toEqual([]);
  });
}

test("an unknown partnership or council gets the not-found page, accessibly", async ({ page }) => {
  for (const path of [
    "/partnerships/no-such-partnership",
    "/councils/E99999999",
    "/councils/not-a-code",
    "/no-such-page",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectAccessible(page);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an unknown partnership, history, council or correction page is a complete not-found page in the HTML", async ({
    page,
    request,
  }) => {
    for (const path of [
      "/partnerships/no-such-partnership",
      "/partnerships/no-such-partnership/history",
      "/councils/E99999999",
      "/councils/not-a-code",
      "/submit?slug=no-such-partnership",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Page not found");
      await expect(page.getByRole("link", { name: "browse every council" })).toBeVisible();
    }
    // Pages that exist are untouched, and still carry their security policy.
    const known = await request.get("/partnerships/xentrall");
    expect(known.status()).toBe(200);
    expect(known.headers()["content-security-policy"]).toContain("nonce-");
  });
});

test("the health check answers with the database's state", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.json();
  expect(body.status).toBe("ok");
  expect(body.database).toBe("ok");
});

test("the skip link is the first thing the keyboard reaches and moves to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: /skip to main content/i });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main-content$/);
  await page.keyboard.press("Tab");
  const focusedInMain = await page.evaluate(() => !!document.activeElement?.closest("main"));
  expect(focusedInMain).toBe(true);
});

test("the header names the product and links every section", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: /menu|main|sections/i });
  for (const name of ["Directory", "Map", "Councils", "Data", "Submit"]) {
    await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("banner")).toContainText("Shared Services Directory");
  await expect(page.getByRole("banner")).not.toContainText("GOV.UK");
  await expect(page.getByRole("contentinfo")).toContainText("mySociety");
  await expect(page.getByRole("contentinfo")).toContainText("Open Government Licence");
});
