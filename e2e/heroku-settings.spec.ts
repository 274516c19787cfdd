import { createHmac } from "node:crypto";
import { expect, test } from "@playwright/test";
import { configureHeroku, postSigned, releaseEvent } from "./hook-events";
import { createOrganization, createProject, signIn, signOut, signUp, unique, watchCspViolations } from "./helpers";

test("an admin sets up Heroku release tracking and checks it with test events", async ({ page, context, request, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const violations = watchCspViolations(page);
  const ownerEmail = `${unique("admin")}@example.com`;
  const orgSlug = unique("herokuorg");
  await signUp(page, { name: "Ada Admin", email: ownerEmail, password: "password-ada-1" });
  await createOrganization(page, "Heroku Org", orgSlug);
  await createProject(page, orgSlug, "Shop", "shop");
  const base = `/${orgSlug}/shop`;

  // Empty state on the timeline points to the setup screen.
  await expect(page.getByRole("heading", { name: "No releases yet" })).toBeVisible();
  await page.getByRole("link", { name: "Set up Heroku" }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/settings/heroku$`));
  await expect(page.getByText("○ Disabled")).toBeVisible();

  // Add a repository without leaving the screen, then configure everything.
  await page.getByText("Add a repository").click();
  await page.getByLabel("Repository name").fill("acme/shop");
  await page.getByLabel("Web URL (optional)").fill("not a url");
  await page.getByRole("button", { name: "Add repository" }).click();
  await expect(page.getByText("Enter an http(s) URL")).toBeVisible();
  await page.getByLabel("Web URL (optional)").fill("https://github.com/acme/shop");
  await page.getByRole("button", { name: "Add repository" }).click();
  await expect(page.getByText("Repository acme/shop added")).toBeVisible();

  // Field errors appear beside their rows and nothing typed is lost.
  await page.getByRole("button", { name: "+ Add app" }).click();
  await page.getByLabel("Heroku app name, row 1").fill("Not_An_App");
  await page.getByLabel("Environment, row 1").fill("staging");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Not a Heroku app name")).toBeVisible();
  await expect(page.getByLabel("Heroku app name, row 1")).toHaveValue("Not_An_App");
  await page.getByRole("button", { name: "Remove mapping row 1" }).click();

  const hookUrl = await configureHeroku(page, base, { secret: "whsec-e2e-right", apps: [["acme-shop-staging", "staging"]], repository: "acme/shop" });
  expect(hookUrl).toMatch(/\/api\/hooks\/release\/heroku\/\d+\/[0-9a-f]{64}\/$/);
  await expect(page.getByLabel("Webhook secret", { exact: true })).toHaveAttribute("placeholder", /saved/);
  await expect(page.getByLabel("Heroku app name, row 1")).toHaveValue("acme-shop-staging");
  expect(await page.content()).not.toContain("whsec-e2e-right");

  // The exact command, copied.
  await page.getByRole("button", { name: /^Copy command/ }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`heroku webhooks:add -i api:release -l sync -u ${hookUrl} -a acme-shop-staging`);

  // A test event signed with the saved secret is processed…
  await page.getByRole("button", { name: "Send test event" }).click();
  await expect(page.getByTestId("test-event-result")).toContainText("processed");
  await expect(page.getByTestId("test-event-result")).toContainText("HTTP 200");
  // …and one signed with a different secret is rejected, with the reason.
  await page.getByLabel("Secret to sign with (optional)").fill("whsec-something-else");
  await page.getByRole("button", { name: "Send test event" }).click();
  await expect(page.getByTestId("test-event-result")).toContainText("rejected");
  await expect(page.getByTestId("test-event-result")).toContainText("HTTP 401");
  await expect(page.getByTestId("test-event-result")).toContainText(/does not match|differs/);

  // Recent deliveries explain both, and keep the rejected body for inspection.
  await page.reload();
  const deliveries = page.locator("#deliveries");
  await expect(deliveries.getByRole("row").filter({ hasText: "processed" })).toHaveCount(1);
  await deliveries.getByRole("link", { name: "rejected", exact: true }).click();
  await expect(page).toHaveURL(/outcome=rejected/);
  await expect(deliveries.getByRole("row").filter({ hasText: "processed" })).toHaveCount(0);
  await deliveries.getByRole("row").filter({ hasText: "rejected" }).first().getByRole("link").click();
  await expect(page.getByRole("heading", { name: /Delivery \d+: rejected \(HTTP 401\)/ })).toBeVisible();
  await expect(page.getByTestId("delivery-body")).toContainText('"resource": "release"');

  for (const width of [1440, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`heroku-settings-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // The release token is not in the page until an admin reveals it; it is the key of the hook URL's signature.
  const tokenBox = page.getByTestId("release-token");
  await expect(tokenBox).toContainText("••••");
  await page.getByRole("button", { name: "Reveal" }).click();
  await expect(tokenBox).toHaveText(/^[0-9a-f]{64}$/);
  const token = (await tokenBox.textContent())!;
  const [, projectId, signature] = hookUrl.match(/\/heroku\/(\d+)\/([0-9a-f]{64})\/$/)!;
  expect(createHmac("sha256", token).update(`heroku-${projectId}`).digest("hex")).toBe(signature);
  await page.getByRole("button", { name: "Hide" }).click();
  await expect(tokenBox).not.toContainText(token);
  await page.reload();
  expect(await page.content()).not.toContain(token); // neither the HTML nor the inline RSC payload carries it

  // Regenerating the token (after confirming) makes the old URL answer 403.
  const event = releaseEvent({ version: 7, commit: "a".repeat(40), app: "acme-shop" });
  expect(await postSigned(request, hookUrl, "whsec-e2e-right", event)).toBe(200);
  await page.getByRole("button", { name: "Regenerate…" }).click();
  await expect(page.getByRole("dialog")).toContainText("stops working");
  await page.getByRole("button", { name: "Regenerate token" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByTestId("heroku-hook-url")).not.toHaveText(hookUrl);
  expect(await postSigned(request, hookUrl, "whsec-e2e-right", releaseEvent({ version: 8, commit: "b".repeat(40), app: "acme-shop" }))).toBe(403);
  const newUrl = (await page.getByTestId("heroku-hook-url").textContent())!.trim();
  expect(newUrl.startsWith(baseURL!)).toBe(true);
  expect(await postSigned(request, newUrl, "whsec-e2e-right", releaseEvent({ version: 9, commit: "c".repeat(40), app: "acme-shop" }))).toBe(200);
  expect(violations).toEqual([]);

  // A plain member sees the settings read-only and cannot save.
  const memberEmail = `${unique("member")}@example.com`;
  await signOut(page);
  await signUp(page, { name: "Max Member", email: memberEmail, password: "password-max-1" });
  await signOut(page);
  await signIn(page, ownerEmail, "password-ada-1");
  await page.goto(`/${orgSlug}/settings`);
  await page.getByLabel("Email").fill(memberEmail);
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText(`${memberEmail} added as member`)).toBeVisible();
  await signOut(page);
  await signIn(page, memberEmail, "password-max-1");
  await page.goto(`${base}/settings/heroku`);
  await expect(page.getByText("only organization owners and admins can change them")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save settings" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Enable|Disable integration/ })).toHaveCount(0);
  await expect(page.getByLabel("Default environment")).toBeDisabled();
  await expect(page.getByTestId("heroku-hook-url")).not.toContainText("/api/hooks/");
});
