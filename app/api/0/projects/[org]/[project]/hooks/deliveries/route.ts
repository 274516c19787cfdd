import { pagedResponse } from "@/lib/server/api/pagination";
import { readQuery } from "@/lib/server/api/read-query";
import { defineRoutes, projectRoute } from "@/lib/server/api/route-handlers";
import { listDeliveries } from "@/lib/server/deliveries/list-deliveries";
import { deliveryListQuerySchema } from "@/lib/validation/api-queries";

export const { GET, POST, PUT, PATCH, DELETE } = defineRoutes({
  GET: projectRoute("member", async ({ request, project }) => {
    const { per_page, cursor, outcome } = readQuery(request, deliveryListQuerySchema);
    const page = await listDeliveries({ projectId: project.id, outcome, limit: per_page, cursor });
    return pagedResponse(request, page.items, page.nextCursor);
  }),
});
