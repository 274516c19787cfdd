import { db } from "@/lib/server/db";
import { notFound } from "@/lib/server/errors";

/** Deletes one of the user's tokens; someone else's token is "not found", like a missing one. */
export async function revokeApiToken({ userId, tokenId }: { userId: number; tokenId: number }) {
  const { count } = await db().apiToken.deleteMany({ where: { id: tokenId, userId } });
  if (count === 0) throw notFound("Token not found.");
}
