import { jsonResponse } from "@/lib/server/api/json-response";
import { readJsonBody } from "@/lib/server/api/read-json-body";
import { defineRoutes, projectRoute, type ProjectScope } from "@/lib/server/api/route-handlers";
import { publicBaseUrl } from "@/lib/server/base-url";
import { setHerokuEnabled, updateHerokuConfig } from "@/lib/server/plugins/heroku-config";
import { getHerokuPluginView } from "@/lib/server/plugins/heroku-plugin-view";
import { herokuConfigInputSchema } from "@/lib/validation/plugin";

// Sentry's plugin endpoint: GET reads, PUT configures, POST enables, DELETE disables. The answer
// carries the hook URL (as good as the release token), so every method is for admins.
const pluginJson = async ({ request, project }: ProjectScope) =>
  jsonResponse(await getHerokuPluginView({ projectId: project.id, baseUrl: publicBaseUrl(request) }));

export const { GET, POST, PUT, PATCH, DELETE } = defineRoutes({
  GET: projectRoute("admin", pluginJson),
  PUT: projectRoute("admin", async (scope) => {
    const input = await readJsonBody(scope.request, herokuConfigInputSchema);
    await updateHerokuConfig({ projectId: scope.project.id, orgId: scope.org.id, input });
    return pluginJson(scope);
  }),
  POST: projectRoute("admin", async (scope) => {
    await setHerokuEnabled({ projectId: scope.project.id, enabled: true });
    return pluginJson(scope);
  }),
  DELETE: projectRoute("admin", async (scope) => {
    await setHerokuEnabled({ projectId: scope.project.id, enabled: false });
    return pluginJson(scope);
  }),
});
