import { expect, test } from "@playwright/test";
import { expectAccessible, foreignRequests, recordRequests } from "./support";

// The list page's map panel: closed until asked for, its code and data loaded only then.
test.describe.configure({ timeout: 90_000 });

test("the list page loads no map until the map is shown, then shows all the results", async ({
  page,
  request,
  baseURL,
}, testInfo) => {
  const { total } = (await (await request.get("/api/partnerships")).json()) as { total: number };
  const requests = recordRequests(page);
  const session = await page.context().newCDPSession(page);
  await session.send("Network.enable");
  const scripts = new Set<string>();
  let scriptBytes = 0;
  session.on("Network.responseReceived", (event) => {
    if (event.type === "Script") scripts.add(event.requestId);
  });
  session.on("Network.loadingFinished", (event) => {
    if (scripts.has(event.requestId)) scriptBytes += event.encodedDataLength;
  });
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  // The list page's JavaScript, as sent (compressed), without the map's: Leaflet arrives only with the map.
  const listScripts = scriptBytes;
  testInfo.annotations.push({ type: "JavaScript on /", description: `${listScripts} bytes on the wire` });
  expect(requests.some((url) => url.includes("/api/map") || url.includes("/api/boundaries"))).toBe(false);
  expect(await page.locator(".leaflet-container").count()).toBe(0);

  const toggle = page.getByRole("button", { name: "Show these results on a map" });
  const box = await toggle.boundingBox();
  expect(box!.y).toBeLessThan(900);
  await toggle.click();
  await expect(page.getByRole("button", { name: "Hide the map" })).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator(".app-map[aria-busy='false']")).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(".app-map")).toHaveAttribute("data-total", String(total));
  await expect(page.locator(".app-map-marker").first()).toBeVisible();
  expect(scriptBytes - listScripts).toBeGreaterThan(40 * 1024);
  await expectAccessible(page);
  expect(foreignRequests(requests, baseURL!)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath("list-map.png") });
});

test("from the top of the list page one link skips to the results; the map has its own skip link", async ({ page }) => {
  await page.goto("/");
  const skip = page.getByRole("link", { name: "Skip to the results" });
  await skip.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#results-heading")).toBeFocused();
  await page.getByRole("button", { name: "Show these results on a map" }).click();
  await expect(page.locator(".app-map[aria-busy='false']")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Hide the map" }).focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip the map" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#results-heading")).toBeFocused();
});

test("without JavaScript the panel says what to do instead", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/?service=waste-environment");
  const noscript = await page.locator("section.app-directory-map noscript").innerHTML();
  expect(noscript).toContain("The map needs JavaScript");
  expect(noscript).toContain("/api/partnerships.geojson?service=waste-environment");
  await expect(page.getByRole("button", { name: "Show these results on a map" })).toHaveCount(0);
  await context.close();
});

test("on a 390 px phone the map panel fits the screen and its markers can be reached", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/map?service=waste-environment");
  await expect(page.locator(".app-map[aria-busy='false']")).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(".app-map-marker").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("map-390.png") });
});
