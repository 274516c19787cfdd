import { z } from "zod";

// API.md: 1–64 characters, no "/", newline, carriage return or form feed ("" means the default).
export const environmentNameSchema = z
  .string()
  .trim()
  .min(1, "Enter an environment name.")
  .max(64, "Use at most 64 characters.")
  .refine((v) => !/[/\n\r\f]/.test(v), "No “/”, line breaks or form feeds.");

// Heroku app names: lower-case letters, digits and dashes, starting with a letter, at most 30 characters.
export const herokuAppNameSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9-]{1,29}$/, "Not a Heroku app name (lower-case letters, digits and dashes, starting with a letter).");

const optionalSecret = z.preprocess(
  (v) => (v === null || v === "" ? undefined : v),
  z.string().max(512, "Use at most 512 characters.").optional(),
);

/** PUT /plugins/heroku/ and the settings form. Missing fields keep their saved value. */
export const herokuConfigInputSchema = z.object({
  repository: z.string().trim().max(200).nullable().optional(),
  environment: z.preprocess((v) => (v === "" || v === null ? "production" : v), environmentNameSchema).optional(),
  appEnvironments: z
    .record(herokuAppNameSchema, environmentNameSchema, { message: "Map Heroku app names to environment names." })
    .refine((m) => Object.keys(m).length <= 100, "At most 100 apps.")
    .optional(),
  webhookSecret: optionalSecret,
});

export type HerokuConfigInput = z.infer<typeof herokuConfigInputSchema>;
