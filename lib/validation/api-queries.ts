import { z } from "zod";
import { environmentNameSchema } from "./plugin";

// Query-string schemas of the REST API. `?status=` (empty) means "no filter", as in a blank form field.
const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);
const optionalParam = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const pageQuerySchema = z.object({
  per_page: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: "Use a whole number from 1 to 100." })
      .int("Use a whole number from 1 to 100.")
      .min(1, "Use a whole number from 1 to 100.")
      .max(100, "Use a whole number from 1 to 100.")
      .default(25)
      .meta({ description: "Items per page, 1–100 (default 25)." }),
  ),
  cursor: optionalParam(z.string().max(200).meta({ description: "Opaque: copy it from the Link header's next URL." })),
});

export const releaseListQuerySchema = pageQuerySchema.extend({
  query: optionalParam(z.string().trim().max(200).meta({ description: "Only versions starting with this." })),
});

export const deployListQuerySchema = pageQuerySchema.extend({
  environment: optionalParam(environmentNameSchema),
  status: optionalParam(z.enum(["pending", "succeeded", "failed"])),
  kind: optionalParam(z.enum(["deploy", "rollback", "promotion", "config", "other"])),
  app: optionalParam(z.string().trim().max(100).meta({ description: "Heroku app name." })),
});

export const deliveryListQuerySchema = pageQuerySchema.extend({
  outcome: optionalParam(z.enum(["processed", "duplicate", "ignored", "rejected"])),
});
