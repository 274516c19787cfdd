import { expect, type Page } from "@playwright/test";

let counter = 0;
/** A unique, readable suffix so specs never collide on one database. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}${counter}`;
}

export async function signUp(page: Page, { name, email, password }: { name: string; email: string; password: string }) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).not.toHaveURL(/\/signup$/);
}

export async function signIn(page: Page, email: string, password: string, { expectFailure = false } = {}) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (!expectFailure) await expect(page).not.toHaveURL(/\/signin/);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
}

export async function createOrganization(page: Page, name: string, slug: string) {
  await page.goto("/organizations/new");
  await page.getByLabel("Organization name").fill(name);
  await page.getByLabel("Slug (optional)").fill(slug);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}$`));
}

export async function createProject(page: Page, orgSlug: string, name: string, slug: string) {
  await page.goto(`/${orgSlug}/projects/new`);
  await page.getByLabel("Project name").fill(name);
  await page.getByLabel("Slug (optional)").fill(slug);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page).toHaveURL(new RegExp(`/${orgSlug}/${slug}/releases$`));
}

/** Collects Content-Security-Policy violations reported in the page's console. */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
