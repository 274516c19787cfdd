import { createHmac, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/server/errors";

export const HEROKU_SIGNATURE_HEADER = "Heroku-Webhook-Hmac-SHA256";

/** base64(HMAC-SHA256(secret, raw body bytes)): what Heroku puts in Heroku-Webhook-Hmac-SHA256. */
export function herokuBodySignature(secret: string, body: Uint8Array | string): string {
  return createHmac("sha256", secret).update(body).digest("base64");
}

/**
 * Checks the body signature over the exact bytes received, before anything parses them, in constant
 * time. Each failure says which one it is: Sentry answered 204 and dropped the release silently.
 */
export function verifyHerokuBody({ secret, header, body }: { secret: string | null; header: string | null; body: Uint8Array }) {
  if (!secret) {
    throw new AppError(
      401,
      "webhook_secret_not_configured",
      "No webhook secret is configured for the Heroku plugin: save the secret `heroku webhooks:add` printed in the plugin settings.",
    );
  }
  if (!header?.trim()) {
    throw new AppError(401, "signature_header_missing", `The ${HEROKU_SIGNATURE_HEADER} header is missing.`);
  }
  const expected = Buffer.from(herokuBodySignature(secret, body));
  const given = Buffer.from(header.trim());
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new AppError(
      401,
      "signature_mismatch",
      `The ${HEROKU_SIGNATURE_HEADER} header does not match the body: the webhook secret saved in Shiplog differs from Heroku's.`,
    );
  }
}
