import { db } from "@/lib/server/db";
import { hashApiToken, hashesMatch, looksLikeApiToken } from "./token-secret";

// lastUsedAt is informational ("used 3 minutes ago"): writing it on every request would turn each
// read into a write, so it is refreshed at most once a minute per token.
const LAST_USED_PRECISION_MS = 60_000;

export type TokenUser = { id: number; email: string; name: string | null; tokenId: number };

/** The user a token acts as, or null for an unknown, revoked or malformed token. */
export async function verifyApiToken(token: string, now = new Date()): Promise<TokenUser | null> {
  if (!looksLikeApiToken(token)) return null;
  const tokenHash = hashApiToken(token);
  // The lookup is by hash, so its timing says nothing useful about the token itself; the explicit
  // constant-time comparison keeps that property even if the lookup ever changes.
  const row = await db().apiToken.findUnique({
    where: { tokenHash },
    select: { id: true, tokenHash: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!row || !hashesMatch(row.tokenHash, tokenHash)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await db().apiToken.updateMany({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { ...row.user, tokenId: row.id };
}
