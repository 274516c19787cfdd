import { expect, test } from "@playwright/test";
import { createOrganization, createProject, signIn, signOut, signUp, unique, watchCspViolations } from "./helpers";

test("first user signs up, creates an organization and a project, signs out and back in", async ({ page }) => {
  const email = `${unique("owner")}@example.com`;
  const password = "correct horse battery";
  const orgSlug = unique("acme");
  const violations = watchCspViolations(page);

  await page.goto("/");
  await expect(page).toHaveURL(/\/signup$/);
  await expect(page.getByRole("heading", { name: "Welcome to Shiplog" })).toBeVisible();

  await signUp(page, { name: "Olive Owner", email, password });
  await expect(page).toHaveURL(/\/organizations\/new$/);
  await createOrganization(page, "Acme Corp", orgSlug);
  await expect(page.getByText("No projects yet")).toBeVisible();

  await createProject(page, orgSlug, "Shop", "shop");
  await expect(page.getByRole("heading", { name: "Shop" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Releases" })).toHaveAttribute("aria-current", "page");

  await signOut(page);
  await page.goto(`/${orgSlug}`);
  await expect(page).toHaveURL(/\/signin$/);

  await signIn(page, email, "wrong password!", { expectFailure: true });
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong email or password.");
  await expect(page.getByLabel("Email")).toHaveValue(email);

  await signIn(page, email, password);
  await expect(page).toHaveURL(new RegExp(`/${orgSlug}$`));
  await expect(page.getByRole("link", { name: /Shop/ })).toBeVisible();

  // Security headers on pages, and Next's own scripts run under the nonce policy.
  const response = await page.goto(`/${orgSlug}`);
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  await page.locator("summary", { hasText: "Acme Corp" }).click();
  await expect(page.getByRole("link", { name: "+ New organization" })).toBeVisible();
  expect(await page.locator("script[nonce]").count()).toBeGreaterThan(0);
  expect(violations).toEqual([]);
});

test("a second user cannot see the first user's organization", async ({ browser }) => {
  const ownerPage = await (await browser.newContext()).newPage();
  const orgSlug = unique("private");
  await signUp(ownerPage, { name: "Ann", email: `${unique("ann")}@example.com`, password: "password-ann-1" });
  await createOrganization(ownerPage, "Private Org", orgSlug);
  await createProject(ownerPage, orgSlug, "Secret", "secret");

  const strangerPage = await (await browser.newContext()).newPage();
  await signUp(strangerPage, { name: "Sam", email: `${unique("sam")}@example.com`, password: "password-sam-1" });
  await expect(strangerPage).toHaveURL(/\/organizations\/new$/);
  for (const path of [`/${orgSlug}`, `/${orgSlug}/settings`, `/${orgSlug}/secret/releases`, `/${orgSlug}/secret/settings`]) {
    const response = await strangerPage.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(strangerPage.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(strangerPage.getByText("Private Org")).toHaveCount(0);
  }
});

test("form errors appear beside the field and keep what was typed", async ({ page }) => {
  await signUp(page, { name: "Val", email: `${unique("val")}@example.com`, password: "password-val-1" });
  await page.goto("/organizations/new");
  await page.getByLabel("Organization name").fill("Bad Slug Org");
  await page.getByLabel("Slug (optional)").fill("Not A Slug!");
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByText("Use lower-case letters, digits and dashes.")).toBeVisible();
  await expect(page.getByLabel("Organization name")).toHaveValue("Bad Slug Org");
  await expect(page.getByLabel("Slug (optional)")).toHaveAttribute("aria-invalid", "true");
});
