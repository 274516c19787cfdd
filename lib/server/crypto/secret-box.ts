import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { resolveAuthSecret } from "@/lib/server/auth/auth-secret";
import { env } from "@/lib/server/env";

// Secrets Shiplog must read back (webhook secrets, release tokens) are stored encrypted with
// AES-256-GCM under a key derived from AUTH_SECRET. Rotation: set the new AUTH_SECRET, keep the old
// one in AUTH_SECRET_PREVIOUS until `npm run cli -- reencrypt` has rewritten every value.
const PREFIX = "enc:v1:";

function deriveKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "shiplog", "secrets-at-rest", 32));
}

let keys: Buffer[] | undefined;
function allKeys(): Buffer[] {
  keys ??= [resolveAuthSecret(), ...env.AUTH_SECRET_PREVIOUS].map(deriveKey);
  return keys;
}

export function encryptSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", allKeys()[0], iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), data]).toString("base64url");
}

/** The plain text and the index of the key that opened it (0 = AUTH_SECRET, 1… = AUTH_SECRET_PREVIOUS). */
function open(stored: string): { plain: string; keyIndex: number } {
  if (!stored.startsWith(PREFIX)) throw new Error("Stored secret is not in the encrypted format");
  const raw = Buffer.from(stored.slice(PREFIX.length), "base64url");
  const iv = raw.subarray(0, 12);
  const tag = raw.subarray(12, 28);
  const data = raw.subarray(28);
  const keys = allKeys();
  for (let keyIndex = 0; keyIndex < keys.length; keyIndex++) {
    try {
      const decipher = createDecipheriv("aes-256-gcm", keys[keyIndex], iv);
      decipher.setAuthTag(tag);
      return { plain: Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8"), keyIndex };
    } catch {
      // Wrong key: try the previous one.
    }
  }
  throw new Error("Cannot decrypt a stored secret: AUTH_SECRET changed and the old one is not in AUTH_SECRET_PREVIOUS");
}

export function decryptSecret(stored: string): string {
  return open(stored).plain;
}

/** The value encrypted under the current AUTH_SECRET, or null when it already is (rotation). */
export function reencryptSecret(stored: string): string | null {
  const { plain, keyIndex } = open(stored);
  return keyIndex === 0 ? null : encryptSecret(plain);
}
