import { z } from "zod";
import { emailSchema, nameSchema, passwordSchema, slugSchema } from "./common";

export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});

export const createOrganizationSchema = z.object({
  name: nameSchema,
  slug: z.preprocess((v) => (v === "" || v === null ? undefined : v), slugSchema.optional()),
});

export const renameSchema = z.object({ name: nameSchema });

export const createProjectSchema = createOrganizationSchema;

export const addMemberSchema = z.object({
  email: emailSchema,
  role: z.enum(["owner", "admin", "member"], { message: "Pick a role." }),
});
