import { z } from "zod";
import { environmentNameSchema, herokuAppNameSchema, herokuConfigInputSchema, type HerokuConfigInput } from "./plugin";

export type AppRow = { name: string; environment: string };

/**
 * The settings form: rows of "app → environment" are checked one by one so each error lands beside
 * its own input (`apps.<row>.name`), then the whole goes through the API's schema.
 */
export function parseHerokuSettingsForm(formData: FormData):
  | { ok: true; input: HerokuConfigInput; rows: AppRow[] }
  | { ok: false; fields: Record<string, string>; rows: AppRow[] } {
  const names = formData.getAll("appName").map(String);
  const envs = formData.getAll("appEnvironment").map(String);
  const rows = names.map((name, i) => ({ name: name.trim(), environment: (envs[i] ?? "").trim() })).filter((r) => r.name || r.environment);
  const fields: Record<string, string> = {};
  const map: Record<string, string> = {};
  rows.forEach((row, i) => {
    const name = herokuAppNameSchema.safeParse(row.name);
    const env = environmentNameSchema.safeParse(row.environment);
    if (!name.success) fields[`apps.${i}.name`] = row.name ? name.error.issues[0].message : "Enter the Heroku app name.";
    else if (map[name.data] !== undefined) fields[`apps.${i}.name`] = "This app is already mapped above.";
    if (!env.success) fields[`apps.${i}.environment`] = env.error.issues[0].message;
    if (name.success && env.success && map[name.data] === undefined) map[name.data] = env.data;
  });
  const parsed = herokuConfigInputSchema.safeParse({
    repository: String(formData.get("repository") ?? "") || null,
    environment: String(formData.get("environment") ?? ""),
    appEnvironments: map,
    webhookSecret: String(formData.get("webhookSecret") ?? ""),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
  }
  if (!parsed.success || Object.keys(fields).length) return { ok: false, fields, rows };
  return { ok: true, input: parsed.data, rows };
}

export const testEventFormSchema = z.object({
  app: z.preprocess((v) => (v === "" || v === null ? undefined : v), herokuAppNameSchema.optional()),
  secret: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().max(512).optional()),
});

/** ?outcome= and ?delivery= on the settings screen: anything malformed is dropped, not an error page. */
export const deliveriesPageQuerySchema = z.object({
  outcome: z.enum(["processed", "duplicate", "ignored", "rejected"]).optional().catch(undefined),
  delivery: z.coerce.number().int().positive().optional().catch(undefined),
});
