// Submit → moderate → live: a new partnership proposed by the public, approved by a moderator created from the
// command line, appears in the directory, the API, the CSV (when there is one) and its history.

import { execFileSync } from "node:child_process";
import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./support";

const EMAIL = "e2e.moderator@example.gov.uk";
const PASSWORD = "an end-to-end moderator password";
const SUBMITTER = "submitter.e2e@example.org";
const databaseUrl = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_DB_PORT ?? "54340"}/directory`;

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

async function fillNewPartnership(page: Page, name: string) {
  await page.getByLabel("Name of the partnership").fill(name);
  await page.getByLabel("Summary").fill("Two councils in the Tees Valley share a planning enforcement team.");
  await page.getByLabel("Councils").fill("E06000004 [lead]\nDarlington");
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
  await expect(page.getByLabel("Councils")).toHaveValue(/E06000004/);
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
