import type { z } from "zod";
import { invalid } from "@/lib/server/errors";
import { fieldErrors } from "@/lib/validation/common";

/** The query string validated by `schema`: a bad value is a 400 naming the parameter. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = new URL(request.url).searchParams;
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (!parsed.success) throw invalid(fieldErrors(parsed.error), "Some query parameters are invalid.");
  return parsed.data;
}
