import { jsonResponse } from "@/lib/server/api/json-response";
import { defineRoutes, projectRoute } from "@/lib/server/api/route-handlers";
import { getRelease } from "@/lib/server/releases/get-release";

// `releases/token/` is a sibling static route and wins: a release named "token" is only in lists.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoutes({
  GET: projectRoute("member", async ({ org, project, params }) => {
    return jsonResponse(await getRelease({ orgId: org.id, projectId: project.id, version: params.version }));
  }),
});
