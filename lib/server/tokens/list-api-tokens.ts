import { db } from "@/lib/server/db";

/** The user's tokens, newest first; never the hash. */
export function listApiTokens({ userId }: { userId: number }) {
  return db().apiToken.findMany({
    where: { userId },
    select: { id: true, name: true, tokenHint: true, createdAt: true, lastUsedAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}
