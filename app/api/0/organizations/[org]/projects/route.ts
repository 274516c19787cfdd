import { jsonResponse } from "@/lib/server/api/json-response";
import { readJsonBody } from "@/lib/server/api/read-json-body";
import { defineRoutes, orgRoute } from "@/lib/server/api/route-handlers";
import { createProject } from "@/lib/server/projects/projects";
import { createProjectSchema } from "@/lib/validation/accounts";

export const { GET, POST, PUT, PATCH, DELETE } = defineRoutes({
  POST: orgRoute("admin", async ({ request, org }) => {
    const input = await readJsonBody(request, createProjectSchema);
    const project = await createProject({ orgId: org.id, ...input });
    return jsonResponse({ id: String(project.id), slug: project.slug, name: project.name }, { status: 201 });
  }),
});
