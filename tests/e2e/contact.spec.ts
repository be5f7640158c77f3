import { expect, test } from "@playwright/test";
import { councils, seedPartnerships } from "./seed";
import { expectAccessible } from "./support";

// Reading the seed, loading the page and an accessibility check: more than 30 seconds on a busy machine.
test.describe.configure({ timeout: 90_000 });

test("a partnership page links to its own website and its lead council's homepage", async ({ page }) => {
  const rows = await seedPartnerships();
  const homepages = new Map((await councils()).map((row) => [row.gss!, row.homepage_url!]));
  // A partnership with a website of its own and a lead council that has a homepage, whichever the data holds.
  const row = rows.find((r) => {
    const lead = /([EWSN]\d{8}) \[lead\]/.exec(r.members ?? "")?.[1];
    return r.contact_url && lead && homepages.get(lead);
  })!;
  const lead = /([EWSN]\d{8}) \[lead\]/.exec(row.members!)![1]!;

  await page.goto(`/partnerships/${row.slug}`);
  const main = page.getByRole("main");
  await expect(main).not.toContainText("No public contact recorded");
  await expect(
    main.getByRole("link", { name: new URL(row.contact_url!).hostname.replace(/^www\./, ""), exact: true }),
  ).toHaveAttribute("href", row.contact_url!);
  await expect(main.locator(`a[href="${homepages.get(lead)}"]`).first()).toBeVisible();
  await expectAccessible(page);
});

test("a partnership without a website of its own still offers its member councils' homepages", async ({ page }) => {
  const rows = await seedPartnerships();
  const homepages = new Map((await councils()).map((row) => [row.gss!, row.homepage_url!]));
  const row = rows.find(
    (r) => !r.contact_url && (r.members ?? "").match(/[EWSN]\d{8}/g)?.some((g) => homepages.get(g)),
  )!;
  const first = row.members!.match(/[EWSN]\d{8}/g)!.find((g) => homepages.get(g))!;

  await page.goto(`/partnerships/${row.slug}`);
  const main = page.getByRole("main");
  await expect(main).not.toContainText("No public contact recorded");
  await expect(main.locator(`a[href="${homepages.get(first)}"]`).first()).toBeVisible();
});
