import { pagedResponse } from "@/lib/server/api/pagination";
import { readQuery } from "@/lib/server/api/read-query";
import { defineRoutes, projectRoute } from "@/lib/server/api/route-handlers";
import { listDeploys } from "@/lib/server/releases/list-deploys";
import { deployJson } from "@/lib/server/releases/release-view";
import { deployListQuerySchema } from "@/lib/validation/api-queries";

export const { GET, POST, PUT, PATCH, DELETE } = defineRoutes({
  GET: projectRoute("member", async ({ request, org, project }) => {
    const { per_page, cursor, environment, status, kind, app } = readQuery(request, deployListQuerySchema);
    const page = await listDeploys({ projectId: project.id, orgId: org.id, filters: { environment, status, kind, app }, limit: per_page, cursor });
    return pagedResponse(request, page.items.map(deployJson), page.nextCursor);
  }),
});
