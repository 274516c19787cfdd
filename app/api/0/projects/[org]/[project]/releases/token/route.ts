import { jsonResponse } from "@/lib/server/api/json-response";
import { defineRoutes, projectRoute } from "@/lib/server/api/route-handlers";
import { publicBaseUrl } from "@/lib/server/base-url";
import { getOrCreateReleaseToken, hookUrl, regenerateReleaseToken } from "@/lib/server/projects/release-token";

// The release token signs hook URLs: whoever reads it can post releases, so admins only.
function tokenJson(request: Request, projectId: number, token: string) {
  return jsonResponse({ token, webhookUrl: hookUrl(publicBaseUrl(request), "builtin", projectId, token) });
}

export const { GET, POST, PUT, PATCH, DELETE } = defineRoutes({
  GET: projectRoute("admin", async ({ request, project }) => tokenJson(request, project.id, await getOrCreateReleaseToken(project.id))),
  POST: projectRoute("admin", async ({ request, project }) => tokenJson(request, project.id, await regenerateReleaseToken(project.id))),
});
