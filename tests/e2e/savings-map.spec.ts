import { expect, test } from "@playwright/test";

test.describe.configure({ timeout: 90_000 });

const FILTER = "service=legal-democratic";

/** "£1,234,567" -> 1234567. */
const pounds = (text: string) => Number(text.replace(/[£,]/g, ""));

test("the savings choropleth's councils add up to the directory's headline total", async ({ page }) => {
  await page.goto(`/?${FILTER}`);
  const headline = page.locator(".app-key-figures__item--wide .app-key-figures__value");
  const total = pounds((await headline.textContent())!.trim());
  expect(total).toBeGreaterThan(0);

  await page.goto(`/map?${FILTER}`);
  await expect(page.locator(".app-map[aria-busy='false']")).toBeVisible({ timeout: 30_000 });
  await page.getByLabel("Councils by reported savings").check();
  const legend = page.getByTestId("map-legend");
  const items = await legend.locator(".app-map-councils li").allTextContents();
  expect(items.length).toBeGreaterThan(0);
  const listed = items.map((text) => pounds(/£[\d,]+/.exec(text)![0]));
  const sum = listed.reduce((a, b) => a + b, 0);
  // Each council's figure is rounded to the pound: the sum may differ from the total by half a pound each.
  expect(Math.abs(sum - total)).toBeLessThanOrEqual(items.length / 2 + 1);
  await expect(legend.getByTestId("map-savings-total")).toContainText(/add up to £[\d,]+ a year/);
  const stated = pounds(/£[\d,]+/.exec((await legend.getByTestId("map-savings-total").textContent())!)![0]);
  expect(Math.abs(stated - total)).toBeLessThanOrEqual(1);
});
