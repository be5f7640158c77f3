// Insights, comparisons, recent changes, feeds and embeds in the browser: every chart's numbers are its table's
// and its CSV's, everything is axe-clean and works without JavaScript, and only /embed/ pages can be framed.

import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expectAccessible } from "./support";
import { seedPartnerships } from "./seed";

/** Each chart section: the numbers its SVG writes (bar charts), its table's numbers, and its CSV's. */
async function chartsOf(page: Page) {
  return page.locator("section.app-chart-figure").evaluateAll((sections) =>
    sections.map((section) => {
      const svg = section.querySelector("svg[role=img]");
      const rows = [...section.querySelectorAll("tbody tr")].map((row) =>
        // A cell's own text: on phones each cell also carries its column's name (hidden from assistive technology).
        [...row.querySelectorAll("td")].map((cell) => {
          const own = [...cell.childNodes].filter((node) => !(node as Element).classList?.contains("app-table__label"));
          return Number(
            own
              .map((node) => node.textContent)
              .join("")
              .replaceAll(",", ""),
          );
        }),
      );
      return {
        id: section.getAttribute("aria-labelledby")!.replace(/-heading$/, ""),
        title: svg?.querySelector("title")?.textContent ?? null,
        desc: svg?.querySelector("desc")?.textContent ?? null,
        labelledBy: svg?.getAttribute("aria-labelledby") ?? null,
        drawnValues: [...(svg?.querySelectorAll(".app-chart__value") ?? [])].map((t) =>
          Number(t.textContent!.replaceAll(",", "")),
        ),
        // Year charts: a column per row and series, or a point of the line per row.
        shapes:
          (svg?.querySelectorAll("svg svg rect").length ?? 0) +
          (svg?.querySelector("svg svg path")?.getAttribute("d")?.match(/[ML]/g)?.length ?? 0),
        rows,
        csv: section.querySelector("a[download]")?.getAttribute("href") ?? null,
      };
    }),
  );
}

for (const query of ["", "?service=waste-environment"]) {
  test(`/insights${query}: every chart has its title, description, the same numbers as its table and its CSV`, async ({
    page,
    request,
  }) => {
    const response = await page.goto(`/insights${query}`);
    expect(response?.status()).toBe(200);
    const charts = await chartsOf(page);
    expect(charts.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        "services",
        "models",
        "places",
        "timeline",
        "active",
        "savings",
        "council-types",
        "councils",
      ]),
    );
    for (const chart of charts) {
      expect(chart.title, chart.id).toBeTruthy();
      expect(chart.desc, chart.id).toBeTruthy();
      expect(chart.labelledBy, chart.id).toBe(`${chart.id}-chart-title ${chart.id}-chart-desc`);
      expect(chart.rows.length, chart.id).toBeGreaterThan(0);
      if (chart.drawnValues.length) expect(chart.drawnValues, chart.id).toEqual(chart.rows.flat());
      else expect(chart.shapes, chart.id).toBeGreaterThanOrEqual(chart.rows.length);
      const csv = await request.get(chart.csv!);
      expect(csv.status()).toBe(200);
      const records: string[][] = parse(await csv.text());
      expect(
        records.slice(1).map((record) => record.slice(1).map(Number)),
        chart.id,
      ).toEqual(chart.rows);
    }
    await expectAccessible(page);
  });
}

test("/insights draws its charts and tables without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/insights?service=waste-environment");
  const charts = await chartsOf(page);
  expect(charts.length).toBeGreaterThanOrEqual(8);
  for (const chart of charts) expect(chart.rows.length, chart.id).toBeGreaterThan(0);
  await expect(page.locator("svg[role=img]").first()).toBeVisible();
  await context.close();
});

test("/compare shows three real partnerships side by side, printable, as CSV; a bad comparison is a 400", async ({
  page,
  request,
}) => {
  const three = (await seedPartnerships()).slice(0, 3);
  const query = three.map((row) => `slug=${row.slug}`).join("&");
  const response = await page.goto(`/compare?${query}`);
  expect(response?.status()).toBe(200);
  const headers = page.locator("table.app-compare__table thead th");
  await expect(headers).toHaveText(three.map((row) => row.name!));
  for (const heading of ["Members", "Model", "Service areas", "Years", "Savings a year", "Sources", "Contact"]) {
    await expect(page.getByRole("rowheader", { name: heading, exact: true })).toBeVisible();
  }
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".govuk-header")).toBeHidden();
  await expect(headers.first()).toBeVisible();

  const csv = await request.get(`/compare.csv?${query}`);
  expect(csv.status()).toBe(200);
  const records: string[][] = parse(await csv.text());
  expect(records[0]).toEqual(["", ...three.map((row) => row.slug)]);

  for (const bad of [
    `slug=${three[0]!.slug}`,
    `${query}&slug=a&slug=b`,
    `slug=${three[0]!.slug}&slug=no-such-partnership`,
  ]) {
    const answer = await page.goto(`/compare?${bad}`);
    expect(answer?.status(), bad).toBe(400);
    await expect(page.locator(".govuk-error-summary")).toBeVisible();
  }
  await expectAccessible(page);
});

test("partnerships are ticked for comparison in the directory's results", async ({ page }) => {
  await page.goto("/?service=legal-democratic");
  const boxes = page.getByRole("checkbox", { name: /^Compare / });
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole("button", { name: /Compare the ticked partnerships/ }).click();
  await expect(page).toHaveURL(/\/compare\?slug=[^&]+&slug=/);
  await expect(page.locator("table.app-compare__table thead th")).toHaveCount(2);
});

test("/changes lists changes accessibly, and the Atom feed of a filter is well-formed with what changed", async ({
  page,
  request,
}) => {
  await page.goto("/changes");
  await expect(page.getByRole("heading", { level: 1, name: "Recent changes" })).toBeVisible();
  await expect(page.locator(".app-changes__item").first()).toBeVisible();
  await expectAccessible(page);

  await page.goto("/?service=legal-democratic");
  const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(alternate).toHaveAttribute("href", "/feeds/partnerships.atom?service=legal-democratic");

  const feed = await request.get("/feeds/partnerships.atom?service=legal-democratic");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  const checked = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const atom = "http://www.w3.org/2005/Atom";
    const child = (parent: Element, name: string) =>
      [...parent.children].filter((c) => c.namespaceURI === atom && c.localName === name);
    const root = doc.documentElement;
    const entries = child(root, "entry");
    return {
      error: doc.getElementsByTagName("parsererror").length > 0,
      root: `${root.namespaceURI} ${root.localName}`,
      feed: ["id", "title", "updated", "author"].map((name) => child(root, name).length),
      entries: entries.length,
      complete: entries.every((entry) => ["id", "title", "updated"].every((name) => child(entry, name).length === 1)),
      ids: entries.map((entry) => child(entry, "id")[0]!.textContent),
      dates: entries.map((entry) => child(entry, "updated")[0]!.textContent),
    };
  }, xml);
  expect(checked.error).toBe(false);
  expect(checked.root).toBe("http://www.w3.org/2005/Atom feed");
  expect(checked.feed).toEqual([1, 1, 1, 1]);
  expect(checked.entries).toBeGreaterThan(0);
  expect(checked.complete).toBe(true);
  expect(new Set(checked.ids).size).toBe(checked.ids.length);
  for (const date of checked.dates) expect(Number.isNaN(Date.parse(date!))).toBe(false);
  // The same feed asked again names its entries the same.
  expect(await (await request.get("/feeds/partnerships.atom?service=legal-democratic")).text()).toContain(
    `<id>${checked.ids[0]}</id>`,
  );
  expect((await request.get("/feeds/partnerships.atom?service=nonsense")).status()).toBe(400);
});

test("/embed/map renders inside another site's iframe; ordinary pages refuse to be framed", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const embed = await request.get("/embed/map?council=E07000078");
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  for (const path of ["/", "/insights", "/compare?slug=a", "/changes", "/api/partnerships"]) {
    const answer = await request.get(path);
    expect(answer.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(answer.headers()["x-frame-options"], path).toBe("DENY");
  }

  // A council's own site, on another origin (a server of its own, on 127.0.0.1: browsers let only local pages
  // frame a local address), framing the map and, for contrast, the directory's home page.
  const councilSite = http.createServer((_, response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(`<!doctype html><html lang="en"><title>Council</title><h1>Our partnerships</h1>
      <iframe id="map" title="Map" src="${baseURL}/embed/map?council=E07000078" width="900" height="600"></iframe>
      <iframe id="home" title="Home" src="${baseURL}/" width="400" height="200"></iframe>`);
  });
  await new Promise<void>((resolve) => councilSite.listen(0, "127.0.0.1", resolve));
  const { port } = councilSite.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/`);
  const map = page.frameLocator("#map");
  await expect(map.getByRole("heading", { level: 1 })).toContainText("Cheltenham");
  await expect(map.getByRole("link", { name: /Open in the Shared Services Directory/ })).toHaveAttribute(
    "href",
    "/?council=E07000078",
  );
  await expect(map.locator(".leaflet-container")).toBeVisible({ timeout: 30_000 });
  await expect(map.locator(".govuk-header")).toHaveCount(0);
  await expect(
    page.frameLocator("#home").getByRole("heading", { name: /Find shared-service partnerships/ }),
  ).toHaveCount(0);

  councilSite.close();
});

test("/embed pages work by keyboard and are axe-clean", async ({ page }) => {
  test.setTimeout(90_000);
  // Keyboard: the link back is the first stop.
  await page.goto("/embed/map?council=E07000078");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: /Open in the Shared Services Directory/ })).toBeFocused();
  await expectAccessible(page);

  await page.goto("/embed/council/E07000078");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shared-service partnerships of Cheltenham");
  await expectAccessible(page);
});

test("a column the data dictionary does not have is a 400 naming it and listing the allowed ones", async ({
  request,
}) => {
  const answer = await request.get("/api/partnerships.csv?columns=slug,nmae");
  expect(answer.status()).toBe(400);
  const { error } = await answer.json();
  expect(error.parameter).toBe("columns");
  expect(error.message).toContain("nmae");
  expect(error.allowed).toEqual(expect.arrayContaining(["slug", "name", "member_council_gss"]));
  const csv = await request.get("/api/partnerships.csv?columns=slug,member_council_gss&service=housing");
  expect((await csv.text()).split("\r\n")[0]).toBe("slug,member_council_gss");
});
