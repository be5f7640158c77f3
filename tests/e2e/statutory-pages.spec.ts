// The statutory pages of a public-sector service: each answers, passes axe-core, is linked from every page's
// footer, and says what the code does (the cookie a moderator gets is the one the cookies page lists).

import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support";

const STATUTORY = [
  { path: "/accessibility", link: "Accessibility statement", heading: /^Accessibility statement for/ },
  { path: "/privacy", link: "Privacy", heading: "Privacy notice" },
  { path: "/cookies", link: "Cookies", heading: "Cookies" },
  { path: "/contact", link: "Contact", heading: "Contact" },
];

for (const { path, heading } of STATUTORY) {
  test(`${path} answers, and passes axe-core on a desktop and on a phone`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    // Who runs the service is named, never a placeholder.
    await expect(page.getByRole("main")).not.toContainText(/\[|\]|lorem|example\.gov\.uk|TODO/i);
    await expectAccessible(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page);
  });
}

test("every kind of page links the four statutory pages from its footer", async ({ page }) => {
  // Eight pages, one after another.
  test.setTimeout(90_000);
  for (const path of [
    "/",
    "/partnerships/xentrall",
    "/councils",
    "/councils/E07000078",
    "/map",
    "/data",
    "/submit",
    "/no-such-page",
  ]) {
    await page.goto(path);
    const footer = page.locator("footer");
    for (const { path: target, link } of STATUTORY) {
      await expect(footer.getByRole("link", { name: link, exact: true }), `${path} → ${target}`).toHaveAttribute(
        "href",
        target,
      );
    }
  }
});

test("the accessibility statement follows the model statement", async ({ page }) => {
  await page.goto("/accessibility");
  for (const section of [
    "How accessible this website is",
    "Feedback and contact information",
    "Enforcement procedure",
    "Compliance status",
    "Non-accessible content",
    "Preparation of this accessibility statement",
  ]) {
    await expect(page.getByRole("heading", { name: section })).toBeVisible();
  }
  await expect(page.getByRole("main")).toContainText(
    /partially compliant with the Web Content Accessibility Guidelines/,
  );
  await expect(page.getByRole("main")).toContainText(/This statement was prepared on \d{1,2} [A-Z][a-z]+ \d{4}/);
  await expect(page.getByRole("main")).toContainText(/map/);
});

test("the submission form points to the privacy notice beside the email address it asks for", async ({ page }) => {
  await page.goto("/submit");
  const email = page.getByRole("textbox", { name: "Your email address" });
  await expect(email).toBeVisible();
  const notice = page.getByRole("link", { name: "privacy notice" });
  await expect(notice).toHaveAttribute("href", "/privacy");
  // Next to the field: the notice follows it directly in the form.
  const between = await email.evaluate(
    (input, link) => {
      const group = input.closest(".govuk-form-group")!;
      return group.nextElementSibling?.contains(link as Node) ?? false;
    },
    await notice.elementHandle(),
  );
  expect(between).toBe(true);
  await notice.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy notice");
  await expect(page.getByRole("main")).toContainText("Your email address is never published");
});

test.describe("cookies", () => {
  const EMAIL = "e2e.cookies@example.gov.uk";
  const PASSWORD = "an end-to-end cookies password";
  const databaseUrl = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_DB_PORT ?? "25440"}/directory`;

  test.beforeAll(() => {
    execFileSync("npm", ["run", "-s", "moderator:create", "--", "--email", EMAIL], {
      env: { ...process.env, DATABASE_URL: databaseUrl, MODERATOR_PASSWORD: PASSWORD },
      stdio: "pipe",
    });
  });

  test("the public pages set no cookie, and a moderator gets only the one the cookies page lists", async ({
    page,
    context,
  }) => {
    // Six pages, then signing in.
    test.setTimeout(90_000);
    for (const path of [
      "/",
      "/?service=housing",
      "/partnerships/xentrall",
      "/councils/E07000078",
      "/data",
      "/submit",
    ]) {
      await page.goto(path);
    }
    expect(await context.cookies()).toEqual([]);

    await page.goto("/cookies");
    const listed = await page.locator("main table tbody th code").allTextContents();
    expect(listed.length).toBe(1);

    await page.goto("/moderation");
    await page.getByLabel("Email address").fill(EMAIL);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Moderation", exact: true })).toBeVisible();
    const cookies = await context.cookies();
    expect(cookies.map((cookie) => cookie.name)).toEqual(listed);
    // The page states the lifetime the cookie has: hours from now.
    const hours = Math.round((cookies[0]!.expires * 1000 - Date.now()) / 3_600_000);
    await page.goto("/cookies");
    await expect(page.locator("main table tbody")).toContainText(`After ${hours} hours`);
  });
});
