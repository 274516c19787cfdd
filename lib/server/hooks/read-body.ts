import { AppError } from "@/lib/server/errors";

export const MAX_BODY_BYTES = 1024 * 1024;

const tooLarge = (limit: number) =>
  new AppError(413, "payload_too_large", `The body is larger than ${limit / 1024 / 1024} MiB.`);

/**
 * The raw body bytes, read before anything parses them (signatures are over the exact bytes).
 * Stops reading as soon as the limit is passed, so a huge body costs at most `limit` bytes of memory.
 */
export async function readBody(request: Request, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(400, "unreadable_body", "The request body could not be read (the connection was cut?).");
  }
  return Buffer.concat(chunks, size);
}
