import { db } from "@/lib/server/db";
import { decodeCursor, pageOf } from "@/lib/server/pagination";
import { escapeLike } from "@/lib/server/escape-like";
import { releaseViews } from "./release-view";

export type ListReleasesOptions = { orgId: number; projectId: number; query?: string; limit?: number; cursor?: string | null };

/**
 * The project's releases, newest first — newest meaning first seen in this project — one page at a
 * time, keyset on (ReleaseProject.createdAt, releaseId) so a cursor survives releases arriving meanwhile.
 */
export async function listReleases({ orgId, projectId, query, limit = 25, cursor }: ListReleasesOptions) {
  const after = decodeCursor(cursor);
  const q = query?.trim();
  const rows = await db().releaseProject.findMany({
    where: {
      projectId,
      ...(q ? { release: { version: { startsWith: escapeLike(q) } } } : {}),
      ...(after ? { OR: [{ createdAt: { lt: after.date } }, { createdAt: after.date, releaseId: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { releaseId: "desc" }],
    take: limit + 1,
    select: { releaseId: true, createdAt: true },
  });
  const page = pageOf(
    rows.map((r) => ({ id: r.releaseId, createdAt: r.createdAt })),
    limit,
    (r) => r.createdAt,
  );
  const items = await releaseViews({ orgId, projectId, releaseIds: page.items.map((r) => r.id) });
  return { items, nextCursor: page.nextCursor };
}
