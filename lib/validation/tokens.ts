import { z } from "zod";

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "Enter a name, e.g. what the token is for.").max(100, "Use at most 100 characters."),
});
