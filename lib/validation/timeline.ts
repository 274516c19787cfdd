import { z } from "zod";

const optionalText = (max: number) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v) || undefined, z.string().trim().max(max).optional().catch(undefined));

/** Timeline filters from the URL: anything malformed is dropped rather than failing the page. */
export const timelineFiltersSchema = z.object({
  environment: optionalText(64),
  app: optionalText(30),
  status: z.preprocess((v) => (Array.isArray(v) ? v[0] : v) || undefined, z.enum(["pending", "succeeded", "failed"]).optional().catch(undefined)),
  kind: z.preprocess((v) => (Array.isArray(v) ? v[0] : v) || undefined, z.enum(["deploy", "rollback", "promotion", "config", "other"]).optional().catch(undefined)),
  q: optionalText(200),
  range: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().pipe(z.union([z.literal(7), z.literal(30), z.literal(90)])).catch(30)),
});

export type TimelineFilters = z.infer<typeof timelineFiltersSchema>;

export const HEALTH_RANGES = [7, 30, 90] as const;
