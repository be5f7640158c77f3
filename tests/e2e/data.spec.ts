// The /data page: accessible, self-contained, and its links download the right files.

import { expect, test } from "@playwright/test";
import { expectAccessible, foreignRequests, recordRequests } from "./support";

test("/data is accessible and self-contained, with the licence, dictionary and API reference", async ({
  page,
  baseURL,
}) => {
  const requests = recordRequests(page);
  const response = await page.goto("/data");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Download the data");
  await expect(
    page.getByText("Contains public sector information licensed under the Open Government Licence v3.0."),
  ).toBeVisible();
  await expect(page.getByRole("table", { name: /columns of the csv export/i })).toBeVisible();
  await expect(page.getByRole("heading", { name: "GET /api/partnerships", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your current filter" })).toHaveCount(0);
  await page.waitForLoadState("load");
  await expectAccessible(page);
  expect(foreignRequests(requests, baseURL!)).toEqual([]);
});

test("/data with a filter offers that filter's downloads, and they hold exactly its partnerships", async ({
  page,
  request,
}) => {
  await page.goto("/data?nation=scotland&service=waste-environment");
  const current = page.locator("section", { has: page.getByRole("heading", { name: "Your current filter" }) });
  await expect(current).toBeVisible();
  await expectAccessible(page);

  const excel = await current.getByRole("link", { name: "CSV for Excel" }).getAttribute("href");
  const csv = await current.getByRole("link", { name: "CSV", exact: true }).getAttribute("href");
  const list = await (
    await request.get("/api/partnerships?nation=scotland&service=waste-environment&pageSize=100")
  ).json();

  const plain = await request.get(csv!);
  expect(plain.headers()["content-type"]).toMatch(/^text\/csv; charset=utf-8/);
  expect(plain.headers()["content-disposition"]).toMatch(
    /attachment; filename="shared-services-.*scotland-waste-environment\.csv"/,
  );
  const lines = (await plain.text()).trimEnd().split("\r\n");
  expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(
    list.items.map((item: { slug: string }) => item.slug),
  );

  const bom = await (await request.get(excel!)).body();
  expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});

test("every whole-data-set link downloads its format", async ({ page }) => {
  await page.goto("/data");
  const whole = page.locator("section", { has: page.getByRole("heading", { name: "The whole data set" }) });
  const expected: [string, RegExp][] = [
    ["CSV for Excel", /^text\/csv/],
    ["CSV", /^text\/csv/],
    ["JSON", /^application\/json/],
    ["GeoJSON", /^application\/geo\+json/],
  ];
  for (const [name, type] of expected) {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      whole.getByRole("link", { name, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^shared-services-\d{4}-\d{2}-\d{2}-all\.(csv|json|geojson)$/);
    const href = await whole.getByRole("link", { name, exact: true }).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.headers()["content-type"], name).toMatch(type);
  }
  const schema = await page.request.get("/api/partnerships.schema.json");
  expect((await schema.json()).fields[0].name).toBe("slug");
});
