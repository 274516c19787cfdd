import { pagedResponse } from "@/lib/server/api/pagination";
import { readQuery } from "@/lib/server/api/read-query";
import { defineRoutes, projectRoute } from "@/lib/server/api/route-handlers";
import { listReleases } from "@/lib/server/releases/list-releases";
import { releaseListQuerySchema } from "@/lib/validation/api-queries";

export const { GET, POST, PUT, PATCH, DELETE } = defineRoutes({
  GET: projectRoute("member", async ({ request, org, project }) => {
    const query = readQuery(request, releaseListQuerySchema);
    const page = await listReleases({ orgId: org.id, projectId: project.id, query: query.query, limit: query.per_page, cursor: query.cursor });
    return pagedResponse(request, page.items, page.nextCursor);
  }),
});
