import { expect, test, type Page } from "@playwright/test";
import { colourClasses, colourFor } from "../../lib/map/colour-scale";
import type { MapData } from "../../lib/map/types";
import { expectAccessible, foreignRequests, recordRequests } from "./support";

const WASTE = "service=waste-environment";

// Each test loads the map's data and base map, often twice: more than the default 30 seconds on a busy machine.
test.describe.configure({ timeout: 90_000 });
const SOMERSET = "somerset-waste-partnership";

/** Waits until the map has its data, its base map and its markers. */
async function openMap(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator(".app-map[aria-busy='false']")).toBeVisible({ timeout: 30_000 });
}

/** Partnerships on the map now: one per partnership marker, a cluster's count for each cluster. */
async function partnershipsOnMap(page: Page): Promise<number> {
  return page.evaluate(() => {
    const singles = document.querySelectorAll(".app-map-marker--partnership").length;
    const clustered = [...document.querySelectorAll<HTMLElement>(".app-map-marker--cluster")].reduce(
      (sum, cluster) => sum + Number(cluster.dataset.count),
      0,
    );
    return singles + clustered;
  });
}

test("the map shows every partnership of the filter, clustered where dense", async ({ page, request }) => {
  const { total } = (await (await request.get(`/api/partnerships?${WASTE}`)).json()) as { total: number };
  expect(total).toBeGreaterThan(20);
  await openMap(page, `/map?${WASTE}`);
  await expect(page.locator(".app-map-marker--cluster").first()).toBeVisible();
  const unlocated = Number(await page.locator(".app-map").getAttribute("data-unlocated"));
  expect((await partnershipsOnMap(page)) + unlocated).toBe(total);
  await expect(page.locator(".app-map")).toHaveAttribute("data-total", String(total));
  await expect(page.getByRole("link", { name: "view these partnerships as a list" })).toHaveAttribute(
    "href",
    `/?${WASTE}`,
  );
  await expect(page.getByTestId("map-attribution")).toContainText(
    "Contains OS data © Crown copyright and database right; Source: ONS",
  );
});

test("selecting a partnership highlights exactly its member councils", async ({ page, request }) => {
  const partnership = (await (await request.get(`/api/partnerships/${SOMERSET}`)).json()) as {
    members: { gss: string | null }[];
  };
  const councils = partnership.members.flatMap((member) => (member.gss ? [member.gss] : [])).sort();
  expect(councils.length).toBeGreaterThan(1);

  // A filter small enough for the list beside the map to hold every result: waste partnerships of one member.
  await openMap(page, `/map?${WASTE}&council=${councils[0]}`);
  await page.getByRole("button", { name: "Somerset Waste Partnership", exact: true }).click();
  const panel = page.getByTestId("map-selection");
  await expect(panel.getByRole("heading", { name: "Somerset Waste Partnership" })).toBeFocused();
  await expect(panel).toContainText(/a year \(estimate\)|Not reported/);
  await expect(page.getByTestId("map-announcement")).toContainText("Selected Somerset Waste Partnership");
  await expect(page.locator("path.app-map-member")).toHaveCount(councils.length);
  const highlighted = await page
    .locator("path.app-map-member")
    .evaluateAll((paths) => paths.map((p) => p.getAttribute("data-gss")));
  expect(highlighted.sort()).toEqual(councils);
  await expect(page.locator("path.app-map-link")).toHaveCount(councils.length);
  expect(page.url()).toContain(`#map=`);
  expect(page.url()).toContain(`partnership=${SOMERSET}`);
  await expectAccessible(page);

  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Somerset Waste Partnership", exact: true })).toBeFocused();
});

test("the choropleth's legend and colours follow the filter", async ({ page, request }) => {
  for (const filter of [WASTE, "service=ict-digital"]) {
    const data = (await (await request.get(`/api/map?${filter}`)).json()) as MapData;
    const classes = colourClasses(data.councils.map((council) => council[5]));
    await openMap(page, `/map?${filter}`);
    await page.getByLabel("Councils by number of partnerships").check();
    const legend = page.getByTestId("map-legend");
    await expect(legend.locator(".app-map-legend__item")).toHaveCount(classes.length + 1);
    for (const [index, colourClass] of classes.entries()) {
      await expect(legend.locator(".app-map-legend__item").nth(index)).toHaveAttribute(
        "data-colour",
        colourClass.colour,
      );
    }
    await expect(page.locator("path.app-map-area").first()).toBeVisible();
    const areas = await page
      .locator("path.app-map-area")
      .evaluateAll((paths) =>
        paths.map((p) => ({ value: p.getAttribute("data-value"), fill: p.getAttribute("fill") })),
      );
    expect(areas.length).toBeGreaterThan(300);
    for (const area of areas) expect(area.fill).toBe(colourFor(area.value ? Number(area.value) : null, classes));
    expect(areas.some((area) => Number(area.value) > 0)).toBe(true);
    const top = legend.locator(".app-map-councils a").first();
    await expect(top).toHaveAttribute("href", /^\/\?council=[EWSN]\d{8}$/);
  }
  await expectAccessible(page);
});

test("keyboard only: from the first marker to a partnership page", async ({ page }) => {
  await openMap(page, `/map?${WASTE}`);
  await page.locator("body").focus();
  let focusedMarker = false;
  for (let step = 0; step < 60 && !focusedMarker; step += 1) {
    await page.keyboard.press("Tab");
    focusedMarker = await page.evaluate(() => document.activeElement?.classList.contains("app-map-marker") ?? false);
  }
  expect(focusedMarker).toBe(true);
  // Clusters open one level at a time; focus stays on the map, on the nearest marker.
  for (let step = 0; step < 12; step += 1) {
    const isCluster = await page.evaluate(() => document.activeElement?.classList.contains("app-map-marker--cluster"));
    if (!isCluster) break;
    const zoom = () => Number(/map=(\d+)\//.exec(page.url())?.[1] ?? 0);
    const before = zoom();
    await page.keyboard.press("Enter");
    await expect.poll(zoom).toBeGreaterThan(before);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains("app-map-marker") ?? false))
      .toBe(true);
  }
  const slug = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.slug);
  expect(slug).toBeTruthy();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("map-selection").getByRole("heading", { level: 2 })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("map-selection").getByRole("link", { name: /^View / })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/partnerships/${slug}$`));
});

test("the map makes no request beyond the directory, is accessible, and reports bad parameters", async ({
  page,
  baseURL,
}, testInfo) => {
  const requests = recordRequests(page);
  await openMap(page, `/map?${WASTE}&service=nonsense`);
  await expect(page.locator(".govuk-error-summary")).toContainText("nonsense");
  await expect(page.locator(".app-map-marker").first()).toBeVisible();
  await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  await page.getByRole("button", { name: "Pan west" }).click();
  await page.getByLabel("Councils by reported savings").check();
  await expect(page.getByTestId("map-legend")).toBeVisible();
  await page.getByLabel("Partnerships", { exact: true }).check();
  await expectAccessible(page);
  expect(requests.some((url) => url.includes("/api/boundaries"))).toBe(true);
  expect(foreignRequests(requests, baseURL!)).toEqual([]);

  await openMap(page, `/map?${WASTE}#partnership=${SOMERSET}`);
  await expect(page.locator("path.app-map-member").first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("map.png") });
  await testInfo.attach("map", { path: testInfo.outputPath("map.png"), contentType: "image/png" });
  expect(foreignRequests(requests, baseURL!)).toEqual([]);
});

test("the API answers bad parameters in the API's 400 shape", async ({ request }) => {
  const response = await request.get("/api/map?model=nope");
  expect(response.status()).toBe(400);
  expect((await response.json()) as unknown).toMatchObject({ error: { parameter: "model" } });
  const ok = await request.get(`/api/map?${WASTE}`);
  expect(ok.headers()["cache-control"]).toContain("max-age");
});

test("the view API answers the markers of a view, and bad bounds or zoom with a 400 naming them", async ({
  request,
}) => {
  const { total } = (await (await request.get(`/api/partnerships?${WASTE}`)).json()) as { total: number };
  const summary = (await (await request.get(`/api/map?${WASTE}`)).json()) as MapData;
  const view = (await (await request.get(`/api/map/view?${WASTE}&bbox=-180,-85,180,85&zoom=6`)).json()) as {
    total: number;
    markers: { kind: string; count?: number }[];
    inView: { count: number };
  };
  expect(view.total).toBe(total);
  const counted = view.markers.reduce((sum, m) => sum + (m.kind === "cluster" ? m.count! : 1), 0);
  expect(counted).toBe(total - summary.unlocated);
  expect(view.inView.count).toBe(total - summary.unlocated);
  for (const [query, parameter] of [
    ["bbox=1,2,3&zoom=6", "bbox"],
    ["bbox=-3,50,2,49&zoom=6", "bbox"],
    ["bbox=-3,50,2,55&zoom=99", "zoom"],
    ["bbox=-3,50,2,55&zoom=6&service=nope", "service"],
  ]) {
    const response = await request.get(`/api/map/view?${query}`);
    expect(response.status(), query).toBe(400);
    expect((await response.json()) as unknown).toMatchObject({ error: { parameter } });
  }
});

test("a council can be chosen to go to; its name is on the map there", async ({ page }, testInfo) => {
  await openMap(page, "/map");
  await expect(page.locator(".app-map-label")).toHaveCount(0); // national zoom: no place names
  const choice = page.getByLabel("Go to a council");
  const cheltenham = await choice.locator("option", { hasText: /^Cheltenham$/ }).getAttribute("value");
  await choice.selectOption(cheltenham!);
  await page.getByRole("button", { name: "Go to the council" }).click();
  await expect(page.getByTestId("map-announcement")).toContainText("The map shows Cheltenham.");
  await expect.poll(() => Number(/map=(\d+)\//.exec(page.url())?.[1] ?? 0)).toBeGreaterThanOrEqual(9);
  await expect(page.locator(".app-map-label", { hasText: "Cheltenham" })).toBeVisible();
  await expectAccessible(page);
  await page.locator(".app-map__canvas").screenshot({ path: testInfo.outputPath("cheltenham.png") });
});

test("at the first view every marker is inside the map and clear of its controls", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await openMap(page, "/map");
  await page.waitForLoadState("networkidle");
  const canvas = (await page.locator(".app-map__canvas").boundingBox())!;
  const markers = await page.locator(".app-map-marker").evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { x: box.x + window.scrollX, y: box.y + window.scrollY, width: box.width, height: box.height };
    }),
  );
  expect(markers.length).toBeGreaterThan(10);
  for (const marker of markers) {
    expect(marker.x).toBeGreaterThanOrEqual(canvas.x);
    expect(marker.y).toBeGreaterThanOrEqual(canvas.y);
    expect(marker.x + marker.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(marker.y + marker.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  }
  // National zoom: the clusters part; none holds most of the directory.
  const total = Number(await page.locator(".app-map").getAttribute("data-total"));
  const counts = await page
    .locator(".app-map-marker--cluster")
    .evaluateAll((elements) => elements.map((element) => Number((element as HTMLElement).dataset.count)));
  expect(Math.max(...counts)).toBeLessThan(total / 2);
  await page.locator(".app-map__canvas").screenshot({ path: testInfo.outputPath("uk.png") });
});
