import { z } from "zod";

// Only the fields Shiplog uses are checked; everything else Heroku sends (now or in future) passes.
// Limits keep every value storable and indexable (a btree entry must stay under ~2.7 kB).

const storable = (s: string) => !s.includes("\0") && s.isWellFormed();
const identifier = z.string().min(1).max(200).refine(storable, "Contains characters that cannot be stored.");

const email = z
  .string()
  .max(254, "Use at most 254 characters.")
  .refine(storable, "Contains characters that cannot be stored.")
  .nullish();
const emailHolder = z.object({ email }).nullish();

const timestamp = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s))
  .refine((d) => d.getUTCFullYear() >= 1970, "Dates before 1970 are not Heroku's.")
  .nullish();

// Heroku: lower-case letters, digits and dashes. Checked because the release URL is built from it.
const appName = z
  .string()
  .max(100, "Use at most 100 characters.")
  .regex(/^[a-z0-9][a-z0-9-]*$/, "Not a Heroku app name (lower-case letters, digits and dashes).");

export const herokuEventSchema = z.object({
  id: identifier.nullish(),
  action: z.string().max(50).nullish(),
  actor: emailHolder,
  webhook_metadata: z.object({ event: z.object({ id: identifier.nullish() }).nullish() }).nullish(),
  data: z.object({
    id: identifier.nullish(),
    version: z.number().int().min(0).max(2147483647).nullish(),
    description: z.string().nullish(),
    status: z.string().max(50).nullish(),
    created_at: timestamp,
    updated_at: timestamp,
    app: z.object({ name: appName }),
    slug: z.object({ commit: z.string().nullish(), commit_description: z.string().nullish() }).nullish(),
    user: emailHolder,
    actor: emailHolder,
  }),
});

export type HerokuEvent = z.infer<typeof herokuEventSchema>;
