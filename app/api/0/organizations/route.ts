import { jsonResponse } from "@/lib/server/api/json-response";
import { readJsonBody } from "@/lib/server/api/read-json-body";
import { defineRoutes, userRoute } from "@/lib/server/api/route-handlers";
import { createOrganization } from "@/lib/server/orgs/organizations";
import { createOrganizationSchema } from "@/lib/validation/accounts";

// POST /api/0/organizations/ — any user may create one and becomes its owner (as in the web UI).
export const { GET, POST, PUT, PATCH, DELETE } = defineRoutes({
  POST: userRoute(async ({ request, user }) => {
    const input = await readJsonBody(request, createOrganizationSchema);
    const org = await createOrganization({ userId: user.id, ...input });
    return jsonResponse({ id: String(org.id), slug: org.slug, name: org.name }, { status: 201 });
  }),
});
