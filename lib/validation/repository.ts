import { z } from "zod";

export const repositoryInputSchema = z.object({
  name: z.string().trim().min(1, "Enter the repository name, e.g. acme/shop.").max(200, "Use at most 200 characters."),
  url: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z
      .url({ protocol: /^https?$/, message: "Enter an http(s) URL, e.g. https://github.com/acme/shop." })
      .max(500)
      .transform((u) => u.replace(/\/+$/, ""))
      .optional(),
  ),
});
