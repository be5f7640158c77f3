// Submit → moderate → live: a new partnership proposed by the public, approved by a moderator created from the
// command line, appears in the directory, the API, the CSV (when there is one) and its history.

import { execFileSync } from "node:child_process";
import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./support";

const EMAIL = "e2e.moderator@example.gov.uk";
const PASSWORD = "an end-to-end moderator password";
const SUBMITTER = "submitter.e2e@example.org";
const databaseUrl = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_DB_PORT ?? "25440"}/directory`;

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  execFileSync("npm", ["run", "-s", "moderator:create", "--", "--email", EMAIL], {
    env: { ...process.env, DATABASE_URL: databaseUrl, MODERATOR_PASSWORD: PASSWORD },
    stdio: "pipe",
  });
});

async function signIn(page: Page) {
  await page.goto("/moderation");
  await expect(page.getByRole("heading", { name: "Sign in to moderate" })).toBeVisible();
  await page.getByLabel("Email address").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Moderation", exact: true })).toBeVisible();
}

/** Adds a council with the form's council picker: type, then choose the council from the suggestions. */
async function addCouncil(page: Page, typed: string, council: string) {
  const picker = page.getByRole("combobox", { name: "Add a council" });
  await picker.fill(typed);
  await page.getByRole("option", { name: new RegExp(`^${council}\\b`) }).click();
  await expect(picker).toHaveValue("");
  await expect(page.getByRole("list", { name: "Councils in the partnership" })).toContainText(council);
}

async function fillNewPartnership(page: Page, name: string) {
  await addCouncil(page, "Stockton", "Stockton-on-Tees");
  await page.getByLabel("Leads or hosts (Stockton-on-Tees)").check();
  await addCouncil(page, "Darlington", "Darlington");
  await fillAllButCouncils(page, name);
}

async function fillAllButCouncils(page: Page, name: string) {
  await page.getByLabel("Name of the partnership").fill(name);
  await page.getByLabel("Summary").fill("Two councils in the Tees Valley share a planning enforcement team.");
  await page.getByLabel("Planning & building control").check();
  await page.getByLabel("Shared service", { exact: true }).check();
  await page.getByLabel("Active", { exact: true }).check();
  await page.getByLabel("Start year (optional)").fill("2021");
  await page.locator("#savings-0-amount").fill("85000");
  await page.locator("#savings-0-basis").selectOption("annual");
  await page.getByLabel("Sources").fill("https://www.example.gov.uk/planning-enforcement");
  await page.getByLabel("Contact mailbox (optional)").fill("planning.enforcement@example.gov.uk");
  await page.getByLabel("Your email address").fill(SUBMITTER);
}

test("moderation without a session shows the sign-in page", async ({ page }) => {
  await page.goto("/moderation");
  await expect(page.getByRole("heading", { name: "Sign in to moderate" })).toBeVisible();
  await expectAccessible(page);
});

test("the form shows GOV.UK errors, and is accessible", async ({ page }) => {
  await page.goto("/submit");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Enter the partnership’s name" })).toBeVisible();
  await expectAccessible(page);
});

test("a new partnership is submitted, approved and live everywhere", async ({ page, request }) => {
  const name = "Tees Valley Planning Enforcement E2E";
  await page.goto("/submit");
  await fillNewPartnership(page, name);
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.getByRole("heading", { name: "Partnership sent for checking" })).toBeVisible();

  // Not public yet.
  expect((await (await request.get(`/api/partnerships?q=${encodeURIComponent(name)}`)).json()).total).toBe(0);

  await signIn(page);
  const card = page.locator("section", { hasText: `New partnership: ${name}` });
  await expect(card.getByRole("table")).toContainText("Stockton-on-Tees (E06000004) [lead]");
  await expectAccessible(page);
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("Approved and published")).toBeVisible();

  await page.goto(`/?q=${encodeURIComponent(name)}`);
  await expect(page.locator(".app-results").getByRole("link", { name })).toBeVisible();

  const api = await (await request.get(`/api/partnerships?q=${encodeURIComponent(name)}`)).json();
  expect(api.total).toBe(1);
  const slug: string = api.items[0].slug;
  expect(JSON.stringify(api)).not.toContain(SUBMITTER);

  const csv = await request.get(`/api/partnerships.csv?q=${encodeURIComponent(name)}`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(name);

  const history = await (await request.get(`/api/partnerships/${slug}/history`)).json();
  expect(history.revisions.map((r: { action: string }) => r.action)).toEqual(["create"]);
  expect(JSON.stringify(history)).not.toContain(SUBMITTER);
  expect(JSON.stringify(history)).not.toContain(EMAIL);

  await page.goto(`/partnerships/${slug}/history`);
  await expect(page.getByRole("heading", { name: `History of ${name}` })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(SUBMITTER);
  await expectAccessible(page);
});

test("a rejected correction changes nothing", async ({ page, request }) => {
  await page.goto("/submit?slug=xentrall");
  await expect(page.getByLabel("Name of the partnership")).toHaveValue("Xentrall Shared Services");
  const councils = page.getByRole("list", { name: "Councils in the partnership" });
  await expect(councils).toContainText("Stockton-on-Tees (E06000004)");
  await expect(councils).toContainText("Darlington (E06000005)");
  await page.getByLabel("Summary").fill("A wrong summary that a moderator will reject.");
  await page.getByLabel("Your email address").fill(SUBMITTER);
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.getByRole("heading", { name: "Change sent for checking" })).toBeVisible();

  await signIn(page);
  const card = page.locator("section", { hasText: "Change to Xentrall Shared Services" });
  await card.getByLabel(/Reason for rejecting/).fill("The sources do not support this.");
  await card.getByRole("button", { name: "Reject" }).click();
  await expect(page.getByText("Rejected", { exact: true })).toBeVisible();

  const entry = await (await request.get("/api/partnerships/xentrall")).json();
  expect(JSON.stringify(entry)).not.toContain("A wrong summary");
});

test("the form can be completed with the keyboard alone", async ({ page }) => {
  await page.goto("/submit");
  await page.keyboard.press("Tab"); // skip link
  await page.locator("#name").focus();
  await page.keyboard.type("Keyboard Partnership");
  await page.keyboard.press("Tab");
  await expect(page.locator("#summary")).toBeFocused();
  await page.keyboard.type("Typed with the keyboard.");
  await page.keyboard.press("Tab");
  await expect(page.locator("#councils")).toBeFocused();
  // Councils are added from the keyboard: type, arrow to a suggestion, Enter; then mark the lead with Space.
  await page.keyboard.type("Darlingt");
  await expect(page.getByRole("option", { name: /^Darlington\b/ })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Councils in the partnership" })).toContainText("Darlington (E06000005)");
  await expect(page.locator("#councils")).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByLabel("Leads or hosts (Darlington)")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Leads or hosts (Darlington)")).toBeChecked();
  await expect(page.locator('input[type="hidden"][name="councils"]')).toHaveValue("Darlington (E06000005) [lead]");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Remove Darlington" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("No councils added yet.")).toBeVisible();
  await expect(page.locator("#councils")).toBeFocused();
  // The honeypot is never reached by Tab.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe("website");
  }
});

test("security headers are sent", async ({ request }) => {
  const response = await request.get("/submit");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
});

test("moderators see the entries that may be out of date and mark one verified", async ({ page, request }) => {
  await signIn(page);
  const heading = page.getByRole("heading", { name: /^May be out of date \(\d+\)$/ });
  await expect(heading).toBeVisible();
  const before = Number(/\((\d+)\)/.exec((await heading.textContent()) ?? "")![1]);
  expect(before).toBeGreaterThan(0);
  const table = page.getByRole("region", { name: /May be out of date/ });
  const first = table.locator("tbody tr").first();
  const name = (await first.getByRole("link").textContent())!;
  const slug = (await first.getByRole("link").getAttribute("href"))!.replace("/partnerships/", "");
  await expectAccessible(page);

  await first.getByRole("button", { name: `Mark verified ${name}` }).click();
  await expect(page.getByText("Marked as verified today")).toBeVisible();
  await expect(page.getByRole("heading", { name: `May be out of date (${before - 1})` })).toBeVisible();
  await expect(table.getByRole("link", { name, exact: true })).toHaveCount(0);
  const entry = await (await request.get(`/api/partnerships/${slug}`)).json();
  expect(JSON.stringify(entry.lastVerified)).toContain(new Date().toISOString().slice(0, 10));
});

test("the councils picker adds current and former councils, once each, and sends them as lines", async ({ page }) => {
  await page.goto("/submit");
  await addCouncil(page, "Stockton", "Stockton-on-Tees");
  await addCouncil(page, "Christchurch", "Christchurch");
  const list = page.getByRole("list", { name: "Councils in the partnership" });
  await expect(list.getByRole("listitem").filter({ hasText: "Christchurch" })).toContainText("Abolished");

  // The same council twice is refused, and said so.
  const picker = page.getByRole("combobox", { name: "Add a council" });
  await picker.fill("Stockton");
  await page.getByRole("option", { name: /^Stockton-on-Tees\b/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stockton-on-Tees is already in the list" })).toBeAttached();
  await expect(list.getByRole("listitem")).toHaveCount(2);

  await page.getByLabel("Leads or hosts (Christchurch)").check();
  const christchurch = await list.getByRole("listitem").filter({ hasText: "Christchurch" }).textContent();
  const code = /\(([ENSW]\d{8})\)/.exec(christchurch ?? "")![1];
  await expect(page.locator('input[type="hidden"][name="councils"]')).toHaveValue(
    `Stockton-on-Tees (E06000004)\nChristchurch (${code}) [lead]`,
  );
  await expectAccessible(page);

  // Sent with a missing field, the form comes back with the same councils in the list.
  await page.getByRole("button", { name: "Send for checking" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(page.getByLabel("Leads or hosts (Christchurch)")).toBeChecked();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("councils are typed one a line, by name or code", async ({ page }) => {
    await page.goto("/submit");
    const box = page.getByRole("textbox", { name: "Councils" });
    await expect(box).toBeVisible();
    await box.fill("Stockton-on-Tees [lead]\nNowhere Borough");
    await fillAllButCouncils(page, "Typed Councils Partnership E2E");
    await page.getByRole("button", { name: "Send for checking" }).click();
    // The unknown council is named in the error; what was typed is kept.
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page.locator(".govuk-error-summary")).toContainText("Nowhere Borough");
    await expect(page.getByRole("textbox", { name: "Councils" })).toHaveValue(
      "Stockton-on-Tees [lead]\nNowhere Borough",
    );

    await page.getByRole("textbox", { name: "Councils" }).fill("Stockton-on-Tees [lead]\nE06000005");
    await page.getByLabel("Your email address").fill(SUBMITTER);
    await page.getByRole("button", { name: "Send for checking" }).click();
    await expect(page.getByRole("heading", { name: "Partnership sent for checking" })).toBeVisible();
  });
});
