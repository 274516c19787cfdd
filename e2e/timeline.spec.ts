import { expect, test } from "@playwright/test";
import { configureHeroku, postSigned, releaseEvent } from "./hook-events";
import { createOrganization, createProject, signUp, unique } from "./helpers";

const SECRET = "whsec-timeline";
const commit = (c: string) => c.repeat(40);

test("the timeline shows real hooks in order and state, filters in the URL, and links releases to commits", async ({ page, request }) => {
  test.setTimeout(180_000);
  const orgSlug = unique("tl");
  await signUp(page, { name: "Tia Timeline", email: `${unique("tia")}@example.com`, password: "password-tia-1" });
  await createOrganization(page, "Timeline Org", orgSlug);
  await createProject(page, orgSlug, "Shop", "shop");
  const base = `/${orgSlug}/shop`;

  // Repository with a web URL, for commit and compare links.
  await page.goto(`${base}/settings/heroku`);
  await page.getByText("Add a repository").click();
  await page.getByLabel("Repository name").fill("acme/shop");
  await page.getByLabel("Web URL (optional)").fill("https://github.com/acme/shop");
  await page.getByRole("button", { name: "Add repository" }).click();
  await expect(page.getByText("Repository acme/shop added")).toBeVisible();
  const hookUrl = await configureHeroku(page, base, { secret: SECRET, apps: [["acme-shop-staging", "staging"]], repository: "acme/shop" });

  const t0 = Date.now() - 60 * 60_000;
  const at = (minutes: number) => new Date(t0 + minutes * 60_000);
  const send = async (event: ReturnType<typeof releaseEvent>) => expect(await postSigned(request, hookUrl, SECRET, event)).toBeLessThan(300);

  await send(releaseEvent({ version: 46, commit: commit("a"), app: "acme-shop", at: at(0) }));
  await send(releaseEvent({ version: 12, commit: commit("b"), app: "acme-shop-staging", at: at(10) }));
  await send(releaseEvent({ version: 48, commit: commit("c"), app: "acme-shop", status: "failed", at: at(20) }));
  await send(releaseEvent({ version: 49, commit: commit("a"), app: "acme-shop", description: "Rollback to v46", at: at(30) }));
  const v50 = "6f1c2a9e-0000-4000-8000-000000000050";
  await send(releaseEvent({ version: 50, commit: commit("d"), app: "acme-shop", action: "create", status: "pending", herokuReleaseId: v50, at: at(40) }));

  await page.goto(`${base}/releases`);
  const entries = page.getByRole("list", { name: "Deploys, newest first" }).getByRole("article");
  await expect(entries).toHaveCount(5);
  await expect(entries.nth(0)).toHaveAttribute("aria-label", /ddddddd to production: pending/);
  await expect(entries.nth(0)).toContainText("Pending");
  await expect(entries.nth(1)).toContainText("Rollback");
  await expect(entries.nth(1)).toContainText("v49");
  await expect(entries.nth(2)).toHaveAttribute("data-status", "failed");
  await expect(entries.nth(2)).toContainText("Failed");
  await expect(entries.nth(3)).toContainText("staging");
  await expect(entries.nth(3)).toContainText("acme-shop-staging");
  await expect(entries.nth(4)).toContainText("aaaaaaa");
  await expect(page.getByRole("region", { name: "Live now" })).toContainText("aaaaaaa");

  // The pending release succeeds: the page updates without a reload.
  await send(releaseEvent({ version: 50, commit: commit("d"), app: "acme-shop", action: "update", status: "succeeded", herokuReleaseId: v50, at: at(40) }));
  await expect(entries.nth(0)).toHaveAttribute("data-status", "succeeded", { timeout: 20_000 });
  await expect(page.getByRole("region", { name: "Live now" })).toContainText("ddddddd");

  // Filters narrow the list, live in the URL, and survive a reload.
  await page.getByLabel("Status").selectOption("failed");
  await expect(page).toHaveURL(/status=failed/);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("ccccccc");
  await page.reload();
  await expect(page.getByLabel("Status")).toHaveValue("failed");
  await expect(entries).toHaveCount(1);
  await page.getByLabel("Status").selectOption("");
  await page.getByLabel("Environment").selectOption("staging");
  await expect(page).toHaveURL(/environment=staging/);
  await expect(entries).toHaveCount(1);
  await page.getByLabel("Environment").selectOption("");
  await page.getByLabel("Search").fill("Rollback");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/q=Rollback/);
  await expect(entries).toHaveCount(1);

  // The release page links to its commit and compares with the previous production release.
  await page.goto(`${base}/releases`);
  await entries.nth(0).getByRole("link", { name: "ddddddd" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/releases/${commit("d")}$`));
  await expect(page.getByRole("link", { name: commit("d").slice(0, 12) })).toHaveAttribute("href", `https://github.com/acme/shop/commit/${commit("d")}`);
  await expect(page.getByRole("link", { name: "Compare with previous release" })).toHaveAttribute(
    "href",
    `https://github.com/acme/shop/compare/${commit("a")}...${commit("d")}`,
  );

  // A new project shows the setup steps instead of an empty list.
  await createProject(page, orgSlug, "Empty", "empty");
  await expect(page.getByRole("heading", { name: "No releases yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Set up Heroku" })).toHaveAttribute("href", `/${orgSlug}/empty/settings/heroku`);
});
