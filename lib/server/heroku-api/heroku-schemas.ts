import { z } from "zod";

// What Shiplog reads from Heroku's Platform API (v3), checked like any outside input. Only the
// fields used are required; Heroku may add more. Shapes from devcenter's Platform API reference.

export const accountSchema = z.object({ id: z.string(), email: z.string().max(254) });
export type HerokuAccount = z.infer<typeof accountSchema>;

export const appSchema = z.object({ id: z.string(), name: z.string().max(100) });
export type HerokuAppInfo = z.infer<typeof appSchema>;

// A release names its slug by id only: the commit lives on the slug (GET /apps/{app}/slugs/{id}).
export const releaseSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  description: z.string().nullish(),
  status: z.string().nullish(),
  current: z.boolean().nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
  slug: z.object({ id: z.string() }).nullish(),
  user: z.object({ email: z.string().nullish() }).nullish(),
  app: z.object({ id: z.string().nullish(), name: z.string() }),
});
export type HerokuRelease = z.infer<typeof releaseSchema>;

export const slugSchema = z.object({
  id: z.string(),
  commit: z.string().nullish(),
  commit_description: z.string().nullish(),
});
export type HerokuSlug = z.infer<typeof slugSchema>;

export const webhookSchema = z.object({
  id: z.string(),
  url: z.string(),
  include: z.array(z.string()),
  level: z.string(),
});
export type HerokuWebhook = z.infer<typeof webhookSchema>;

export const anyBody = z.unknown();
