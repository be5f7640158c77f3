import { expect, test, type Page } from "@playwright/test";
import { councils } from "./seed";
import { expectAccessible } from "./support";

// Axe checks of long tables and a production server shared with other work take their time.
test.describe.configure({ timeout: 60_000 });

const CHELTENHAM = "E07000078";

/**
 * The directory page belongs to another part of the product: here only the request the picker's form makes
 * matters, so the directory answers with a stub.
 */
async function stubDirectory(page: Page) {
  await page.route(/\/\?council=/, (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>Directory</title>" }),
  );
}

async function searchFor(page: Page, name: string) {
  await page.getByLabel("Council name").fill(name);
  await page.getByRole("button", { name: "Show councils" }).click();
}

// axe-core needs scripts to run, so the accessibility checks are in the tests with JavaScript.
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the council search is a GET form that forgives a typo", async ({ page }) => {
    await page.goto("/councils");
    await searchFor(page, "Chelteham");
    await expect(page).toHaveURL(/\/councils\?q=Chelteham/);
    const current = page.getByRole("region", { name: "Current councils" });
    await expect(current.getByRole("link", { name: "Cheltenham", exact: true })).toHaveAttribute(
      "href",
      `/councils/${CHELTENHAM}`,
    );
    await expect(page.getByRole("main")).toContainText(/1 council found/);
  });

  test("filters by type and nation, listing abolished councils apart", async ({ page }) => {
    const all = await councils();
    const districtsInEngland = all.filter((row) => row.council_type === "district" && row.nation === "england");
    const current = districtsInEngland.filter((row) => !row.end_date);
    const abolished = districtsInEngland.filter((row) => row.end_date);

    await page.goto("/councils");
    await page.getByText("Filter by type, nation or region").click();
    await page.getByLabel("District council", { exact: true }).check();
    await page.getByLabel("England", { exact: true }).check();
    await page.getByRole("button", { name: "Show councils" }).click();
    await expect(page).toHaveURL(/type=district/);
    await expect(page).toHaveURL(/nation=england/);

    const currentRows = page.getByRole("region", { name: "Current councils" }).locator("tbody tr");
    await expect(currentRows).toHaveCount(current.length);
    const abolishedRegion = page.getByRole("region", { name: "Abolished councils" });
    await expect(abolishedRegion.locator("tbody tr")).toHaveCount(abolished.length);
    await expect(abolishedRegion.locator("tbody tr").first()).toContainText("Abolished");
  });

  test("a bad parameter is an error summary on the page, not a failure", async ({ page }) => {
    const response = await page.goto("/councils?type=parish&q=Bristol");
    expect(response?.status()).toBe(200);
    const summary = page.locator(".govuk-error-summary");
    await expect(summary).toContainText("There is a problem");
    await expect(summary.getByRole("link", { name: /type has an unknown value "parish"/ })).toHaveAttribute(
      "href",
      "#type",
    );
    // The rest of the search still applies.
    await expect(page.getByRole("link", { name: "City of Bristol", exact: true })).toBeVisible();
  });

  test("the council picker takes a typed GSS code", async ({ page }) => {
    await stubDirectory(page);
    await page.goto("/councils");
    const picker = page.locator("input[name=council]");
    await expect(picker).toHaveAttribute("list", "council-options");
    await expect(page.locator(`#council-options option[value=${CHELTENHAM}]`)).toHaveCount(1);
    await picker.fill(CHELTENHAM);
    await page.getByRole("button", { name: "Show partnerships" }).click();
    await expect(page).toHaveURL(new RegExp(`/\\?council=${CHELTENHAM}$`));
  });
});

test.describe("with JavaScript", () => {
  test("the council search works the same, and is accessible", async ({ page }) => {
    // The full list's accessibility is checked with every page in pages.spec.ts; here, a search's results.
    await page.goto("/councils");
    await searchFor(page, "bristol");
    await expect(page).toHaveURL(/q=bristol/);
    await expect(page.getByRole("link", { name: "City of Bristol", exact: true })).toBeVisible();
    await expectAccessible(page);
  });

  test("a bad parameter's error summary is accessible and takes focus", async ({ page }) => {
    await page.goto("/councils?type=parish&nation=england");
    const summary = page.locator(".govuk-error-summary");
    await expect(summary).toBeFocused();
    await expect(page.locator("#type-error")).toContainText("parish");
    await expectAccessible(page);
  });

  test("the council picker completes a name to its code, by keyboard", async ({ page }) => {
    await stubDirectory(page);
    // A short result table keeps the accessibility check quick; the picker is the same on every search.
    await page.goto("/councils?q=Cheltenham");
    const combobox = page.getByRole("combobox", { name: "Council" });
    await expect(combobox).toHaveAttribute("aria-expanded", "false");
    const listId = await combobox.getAttribute("aria-controls");
    expect(listId).toBeTruthy();

    await combobox.click();
    await combobox.pressSequentially("Chelt", { delay: 30 });
    const listbox = page.locator(`#${listId}`);
    await expect(listbox).toBeVisible();
    await expect(combobox).toHaveAttribute("aria-expanded", "true");
    await expect(listbox.getByRole("option").first()).toContainText("Cheltenham");
    await expect(page.getByRole("status").filter({ hasText: /found/ })).toContainText(/council(s)? found/);
    await expectAccessible(page);

    await combobox.press("ArrowDown");
    const first = listbox.getByRole("option").first();
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(combobox).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);

    // Escape closes the list and keeps the text; Down opens it again.
    await combobox.press("Escape");
    await expect(combobox).toHaveAttribute("aria-expanded", "false");
    await expect(combobox).toHaveValue("Chelt");
    await combobox.press("ArrowDown");
    await expect(combobox).toHaveAttribute("aria-expanded", "true");

    await combobox.press("Enter");
    await expect(combobox).toHaveValue(`Cheltenham (${CHELTENHAM})`);
    await expect(combobox).toHaveAttribute("aria-expanded", "false");
    await expect(page.locator("input[type=hidden][name=council]")).toHaveValue(CHELTENHAM);

    await combobox.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/\\?council=${CHELTENHAM}$`));
  });

  test("the council picker finds a council by a former code", async ({ page }) => {
    const row = (await councils()).find((candidate) => candidate.former_gss_codes)!;
    const former = row.former_gss_codes!.split(";")[0]!.trim();
    await page.goto("/councils");
    const combobox = page.getByRole("combobox", { name: "Council" });
    await combobox.fill(former);
    const option = page.getByRole("option").first();
    await expect(option).toContainText(row.name!);
    await expect(option).toContainText(`formerly ${former}`);
    await option.click();
    await expect(page.locator("input[type=hidden][name=council]")).toHaveValue(row.gss!);
  });
});

test("a council page shows its nearest councils, councils like it and what they share", async ({ page }) => {
  await page.goto("/councils/E07000044");
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("South Hams");

  await expect(main.getByRole("heading", { name: "Nearest councils" })).toBeVisible();
  const nearest = main.getByRole("region", { name: "Nearest councils" });
  const distances = (await nearest.locator("tbody tr td:nth-child(3)").allTextContents()).map((text) =>
    Number.parseFloat(text),
  );
  expect(distances).toHaveLength(8);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));

  await expect(main.getByRole("heading", { name: "Councils like this one" })).toBeVisible();
  const like = main.getByRole("region", { name: "Councils like this one" });
  await expect(like.locator("tbody tr").first()).toBeVisible();

  await expect(main.getByRole("heading", { name: /What councils near it share/ })).toBeVisible();
  // Service areas, models and councils link to the directory filtered by them.
  await expect(main.locator("a[href^='/?service=']").first()).toBeVisible();
  await expect(main.locator("a[href^='/?model=']").first()).toBeVisible();
  await expect(main.locator("a[href^='/?council=']").first()).toBeVisible();
  await expect(main.locator(`a[href='/?council=E07000044']`)).toBeVisible();
  await expectAccessible(page);
});

test("an abolished council's page sends readers to its successor for neighbours", async ({ page }) => {
  const all = await councils();
  const row = all.find((candidate) => candidate.end_date && candidate.successor_gss)!;
  const successor = all.find((candidate) => candidate.gss === row.successor_gss!.split(";")[0]!.trim())!;
  await page.goto(`/councils/${row.gss}`);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: "Neighbours and councils like it" })).toBeVisible();
  await expect(main.getByRole("region", { name: "Nearest councils" })).toHaveCount(0);
  await expect(main.getByRole("link", { name: successor.name }).first()).toBeVisible();
  await expectAccessible(page);
});

test("a partnership page lists similar partnerships, linked to the directory", async ({ page }) => {
  await page.goto("/partnerships/one-legal");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: "Similar partnerships" })).toBeVisible();
  const cards = main.locator("#similar + ul > li");
  await expect(cards).toHaveCount(5);
  await expect(cards.first().locator("a[href='/?service=legal-democratic']")).toBeVisible();
  await expect(cards.first().locator("a[href^='/?model=']")).toBeVisible();
  await expectAccessible(page);
});

test("the councils API answers JSON and names a bad parameter", async ({ request }) => {
  const ok = await request.get(`/api/councils?q=Chelteham`);
  expect(ok.status()).toBe(200);
  expect((await ok.json()).items[0].gss).toBe(CHELTENHAM);
  const bad = await request.get(`/api/councils?pageSize=500`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.parameter).toBe("pageSize");
});
