import type { z } from "zod";
import { AppError, invalid } from "@/lib/server/errors";
import { fieldErrors } from "@/lib/validation/common";

export const MAX_BODY_BYTES = 1024 * 1024;

const tooLarge = () => new AppError(413, "payload_too_large", "The request body is larger than 1 MiB.");

/** The raw body, refused past 1 MiB without buffering more than that (Content-Length can lie or be absent). */
export async function readBodyText(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Reads and validates a JSON body: over 1 MiB → 413, not JSON → 400 `invalid_json`, wrong shape →
 * 400 `invalid_request` with `fields`. An empty body counts as `{}` so optional-only bodies may be omitted.
 */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const text = await readBodyText(request);
  let data: unknown = {};
  if (text.trim() !== "") {
    try {
      data = JSON.parse(text);
    } catch {
      throw new AppError(400, "invalid_json", "The request body is not valid JSON.");
    }
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  return parsed.data;
}
