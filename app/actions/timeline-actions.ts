"use server";

import { requireUser } from "@/lib/server/auth/current-user";
import { getProjectAccess } from "@/lib/server/orgs/org-access";
import { listDeploys } from "@/lib/server/releases/list-deploys";
import { toTimelineItem } from "@/lib/server/releases/timeline-items";
import { timelineFiltersSchema } from "@/lib/validation/timeline";
import type { TimelineItem } from "@/components/timeline/timeline-item";

const PAGE_SIZE = 50;

/** The next page of the timeline, for "Load more"; checks the session and membership itself. */
export async function loadMoreDeploysAction(
  orgSlug: string,
  projectSlug: string,
  search: Record<string, string>,
  cursor: string,
): Promise<{ items: TimelineItem[]; nextCursor: string | null }> {
  const user = await requireUser();
  const { org, project } = await getProjectAccess(user.id, orgSlug, projectSlug);
  const filters = timelineFiltersSchema.parse(search);
  const page = await listDeploys({
    projectId: project.id,
    orgId: org.id,
    filters: { environment: filters.environment, app: filters.app, status: filters.status, kind: filters.kind, query: filters.q },
    limit: PAGE_SIZE,
    cursor,
  });
  return { items: page.items.map(toTimelineItem), nextCursor: page.nextCursor };
}
