import { expect, test } from "@playwright/test";
import { formatGbp } from "@/lib/format";
import { decodeMapPayload } from "@/lib/map/payload";
import type { MapData } from "@/lib/map/types";

test.describe.configure({ timeout: 90_000 });

const FILTER = "service=legal-democratic";

test("the savings choropleth's councils add up to the directory's headline total", async ({ page, request }) => {
  const list = await (await request.get(`/api/partnerships?${FILTER}`)).json();
  const total: number = list.totals.annualisedSavingsGbp;
  expect(total).toBeGreaterThan(0);
  const map = decodeMapPayload((await (await request.get(`/api/map?${FILTER}`)).json()) as MapData);
  const shares = map.councils.reduce((sum, council) => sum + (council.savingsGbp ?? 0), 0);
  // Shares are kept to the penny: over all councils they add up to the total of the partnerships' estimates.
  expect(Math.abs(shares - total)).toBeLessThanOrEqual(1);

  await page.goto(`/?${FILTER}`);
  await expect(page.locator(".app-key-figures__item--wide .app-key-figures__value")).toContainText(formatGbp(total));

  await page.goto(`/map?${FILTER}`);
  await expect(page.locator(".app-map[aria-busy='false']")).toBeVisible({ timeout: 30_000 });
  await page.getByLabel("Councils by reported savings").check();
  const legend = page.getByTestId("map-legend");
  const items = await legend.locator(".app-map-councils li").allTextContents();
  expect(items.length).toBeGreaterThan(0);
  // Each listed council shows its share as the payload holds it.
  const byName = new Map(map.councils.map((council) => [council.name, council.savingsGbp]));
  for (const text of items) {
    const name = text.split(":")[0]!.trim();
    expect(text).toContain(formatGbp(byName.get(name)!));
  }
  await expect(legend.getByTestId("map-savings-total")).toContainText(`add up to ${formatGbp(shares)} a year`);
});
