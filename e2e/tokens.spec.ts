import { expect, test } from "@playwright/test";
import { createOrganization, createProject, signUp, unique } from "./helpers";

// Named to run after foundation.spec.ts, whose first test needs a server without users.

test("create an API token in the web UI, see it once, use it, revoke it", async ({ page, request }) => {
  const orgSlug = unique("tok");
  await signUp(page, { name: "Tia Token", email: `${unique("tia")}@example.com`, password: "password-tia-1" });
  await createOrganization(page, "Token Org", orgSlug);
  await createProject(page, orgSlug, "Shop", "shop");

  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page).toHaveURL(/\/account\/tokens$/);
  await expect(page.getByText("No API tokens yet.")).toBeVisible();

  // A name is required, and the error sits beside the field.
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByLabel("Token name")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Token name").fill("deploy bot");
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByLabel("New API token");
  await expect(shown).toHaveValue(/^shiplog_/);
  const token = await shown.inputValue();
  const row = page.getByRole("row", { name: /deploy bot/ });
  await expect(row).toContainText(`…${token.slice(-4)}`);
  await expect(row).toContainText("never");

  // The real server: both path forms, no redirects, JSON errors for unknown routes.
  const auth = { Authorization: `Bearer ${token}` };
  for (const path of [`/api/0/organizations/${orgSlug}/repositories/`, `/api/0/organizations/${orgSlug}/repositories`]) {
    const response = await request.get(path, { headers: auth, maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(await response.json()).toEqual([]);
  }
  const created = await request.post("/api/0/organizations", { headers: auth, data: { name: "Via API" }, maxRedirects: 0 });
  expect(created.status()).toBe(201);
  const missing = await request.get(`/api/0/projects/${orgSlug}/shop/releases/1.2.3%2Bbuild/`, { headers: auth, maxRedirects: 0 });
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toEqual({ error: { code: "not_found", message: "Release not found." } });
  const unknown = await request.get("/api/0/no/such/thing/", { headers: auth, maxRedirects: 0 });
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("not_found");
  const openapi = await request.get("/api/0/openapi.json", { maxRedirects: 0 });
  expect((await openapi.json()).openapi).toBe("3.1.0");

  // Shown once: a reload shows the name and the last use, never the token again.
  await page.reload();
  await expect(page.getByLabel("New API token")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(page.getByRole("row", { name: /deploy bot/ })).toContainText("UTC", { timeout: 10_000 });
  await expect(page.getByRole("row", { name: /deploy bot/ }).getByText("never")).toHaveCount(0);

  await page.getByRole("row", { name: /deploy bot/ }).getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("No API tokens yet.")).toBeVisible();
  const refused = await request.get(`/api/0/organizations/${orgSlug}/repositories/`, { headers: auth, maxRedirects: 0 });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("unauthorized");
});
