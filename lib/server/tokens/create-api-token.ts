import { db } from "@/lib/server/db";
import { generateApiToken, hashApiToken, tokenHint } from "./token-secret";

export type CreateApiTokenOptions = { userId: number; name: string };

/** Creates a token for `userId`. The token itself is returned this once and never stored. */
export async function createApiToken({ userId, name }: CreateApiTokenOptions) {
  const token = generateApiToken();
  const row = await db().apiToken.create({
    data: { userId, name, tokenHash: hashApiToken(token), tokenHint: tokenHint(token) },
    select: { id: true, name: true, tokenHint: true, createdAt: true },
  });
  return { token, ...row };
}
