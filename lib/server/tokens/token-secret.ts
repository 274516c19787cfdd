import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// API tokens: a recognisable prefix (so secret scanners and people can spot a leaked one) and 32
// random bytes. Only the sha256 is stored: a database dump does not hand out working tokens, and
// unlike passwords the token has full entropy, so a fast hash is enough.
const PREFIX = "shiplog_";

export function generateApiToken(): string {
  return PREFIX + randomBytes(32).toString("base64url");
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The last characters, shown in lists so people can tell their tokens apart. */
export function tokenHint(token: string): string {
  return token.slice(-4);
}

/** Constant-time comparison of two hex digests. */
export function hashesMatch(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** Cheap shape check before touching the database (the header is attacker-controlled). */
export function looksLikeApiToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{16,200}$/.test(value);
}
