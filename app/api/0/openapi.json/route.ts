import { buildOpenApiDocument } from "@/lib/server/api/openapi-document";
import { defineRoutes, publicRoute } from "@/lib/server/api/route-handlers";
import { publicBaseUrl } from "@/lib/server/base-url";

// The API's description is public, like Sentry's docs: no token needed.
export const { GET, POST, PUT, PATCH, DELETE } = defineRoutes({
  GET: publicRoute(async (request) => Response.json(buildOpenApiDocument(publicBaseUrl(request)))),
});
