import { db } from "@/lib/server/db";
import { afterCursor, decodeCursor, pageOf } from "@/lib/server/pagination";

/** The API's repository list: newest first and paged like every API list (the UI lists them by name). */
export async function listRepositoriesPage({ orgId, limit = 25, cursor }: { orgId: number; limit?: number; cursor?: string | null }) {
  const rows = await db().repository.findMany({
    where: { AND: [{ orgId }, afterCursor("createdAt", decodeCursor(cursor))] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const page = pageOf(rows, limit, (r) => r.createdAt);
  return { items: page.items.map(repositoryJson), nextCursor: page.nextCursor };
}

export function repositoryJson(r: { id: number; name: string; url: string | null }) {
  return { id: String(r.id), name: r.name, url: r.url };
}
