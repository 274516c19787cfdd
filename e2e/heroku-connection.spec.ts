import { expect, test } from "@playwright/test";
import { E2E_HEROKU_EMAIL, E2E_HEROKU_KEY } from "./fake-heroku-account";
import { createOrganization, createProject, signUp, unique } from "./helpers";

// Runs against e2e/fake-heroku-server.ts (started by playwright.config.ts, HEROKU_API_URL points at it).
test("connect Heroku with a key, tick an app, see it subscribed and its import reach 100%", async ({ page }) => {
  test.setTimeout(150_000);
  const orgSlug = unique("acme");
  await signUp(page, { name: "Olive Owner", email: `${unique("owner")}@example.com`, password: "correct horse battery" });
  await createOrganization(page, "Acme Corp", orgSlug);
  await createProject(page, orgSlug, "Shop", "shop");
  await page.goto(`/${orgSlug}/shop/settings/heroku`);

  await page.getByLabel("Heroku API key").fill("not-a-key");
  await page.getByRole("button", { name: "Connect Heroku" }).click();
  await expect(page.getByText("Heroku did not accept this key: check it (heroku auth:token) and paste it again.")).toBeVisible();

  await page.getByLabel("Heroku API key").fill(E2E_HEROKU_KEY);
  await page.getByRole("button", { name: "Connect Heroku" }).click();
  await expect(page.getByText(`Connected as ${E2E_HEROKU_EMAIL}`)).toBeVisible();

  await page.getByRole("checkbox", { name: "acme-shop-e2e", exact: true }).check();
  await page.getByLabel("Environment of acme-shop-e2e", { exact: true }).fill("production");
  await page.getByRole("button", { name: "Save apps and subscribe" }).click();
  await expect(page.getByText("Apps saved and subscribed to their releases.")).toBeVisible();
  const tracked = page.getByRole("listitem", { name: "Tracked app acme-shop-e2e" });
  await expect(tracked.getByTestId("webhook-state-acme-shop-e2e")).toHaveText("● Subscribed");

  await tracked.getByRole("button", { name: "Import past releases" }).click();
  const bar = tracked.getByRole("progressbar", { name: "Import of acme-shop-e2e" });
  await expect(bar).toHaveAttribute("aria-valuenow", "100", { timeout: 90_000 });
  await expect(tracked.getByText("Import finished: 450 releases read, 450 recorded (100%).")).toBeVisible();

  // The progress survives a reload, and the imported deploys are on the timeline.
  await page.reload();
  await expect(page.getByRole("progressbar", { name: "Import of acme-shop-e2e" })).toHaveAttribute("aria-valuenow", "100");
  await page.goto(`/${orgSlug}/shop/releases`);
  await expect(page.getByText("acme-shop-e2e").first()).toBeVisible();
});
