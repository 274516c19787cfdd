import { jsonResponse } from "@/lib/server/api/json-response";
import { pagedResponse } from "@/lib/server/api/pagination";
import { readJsonBody } from "@/lib/server/api/read-json-body";
import { readQuery } from "@/lib/server/api/read-query";
import { defineRoutes, orgRoute } from "@/lib/server/api/route-handlers";
import { listRepositoriesPage, repositoryJson } from "@/lib/server/repositories/list-repositories-page";
import { createRepository } from "@/lib/server/repositories/repositories";
import { pageQuerySchema } from "@/lib/validation/api-queries";
import { createRepositorySchema } from "@/lib/validation/repositories";

export const { GET, POST, PUT, PATCH, DELETE } = defineRoutes({
  GET: orgRoute("member", async ({ request, org }) => {
    const query = readQuery(request, pageQuerySchema);
    const page = await listRepositoriesPage({ orgId: org.id, limit: query.per_page, cursor: query.cursor });
    return pagedResponse(request, page.items, page.nextCursor);
  }),
  POST: orgRoute("admin", async ({ request, org }) => {
    const input = await readJsonBody(request, createRepositorySchema);
    const repository = await createRepository({ orgId: org.id, name: input.name, url: input.url });
    return jsonResponse(repositoryJson(repository), { status: 201 });
  }),
});
