import { z } from "zod";

// Path segments that would shadow a page if used as a slug.
const RESERVED_SLUGS = new Set(["api", "new", "organizations", "projects", "settings", "signin", "signup", "signout", "account", "_next"]);

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter a slug.")
  .max(50, "Use at most 50 characters.")
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "Use lower-case letters, digits and dashes.")
  .refine((s) => !RESERVED_SLUGS.has(s), "This slug is reserved; pick another.");

export const nameSchema = z.string().trim().min(1, "Enter a name.").max(100, "Use at most 100 characters.");

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.")).pipe(z.string().max(254));

export const passwordSchema = z
  .string()
  .min(8, "Use at least 8 characters.")
  .max(200, "Use at most 200 characters.");

/** "Acme Shop!" → "acme-shop" (falls back to "org"/"project" when nothing usable is left). */
export function slugify(name: string, fallback: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/g, "");
  return slug && !RESERVED_SLUGS.has(slug) ? slug : fallback;
}

/** zod issues → `{ field: firstMessage }` */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}
