import { z } from "zod";

// Like https://github.com/acme/shop: commit links are built from it.
const repositoryUrlSchema = z
  .url({ protocol: /^https?$/, message: "Enter an http(s) URL, e.g. https://github.com/acme/shop." })
  .max(500, "Use at most 500 characters.")
  .transform((u) => u.replace(/\/+$/, ""));

export const createRepositorySchema = z.object({
  name: z.string().trim().min(1, "Enter a name, e.g. acme/shop.").max(200, "Use at most 200 characters."),
  url: z.preprocess((v) => (v === "" ? null : v), repositoryUrlSchema.nullable().optional()),
});
