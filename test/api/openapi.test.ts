import assert from "node:assert/strict";
import { test } from "node:test";
import type { z } from "zod";
import { NOT_ALLOWED } from "@/lib/server/api/route-handlers";
import type { DeliveryJson } from "@/lib/server/deliveries/list-deliveries";
import type { ReleaseDetailJson } from "@/lib/server/releases/get-release";
import type { DeployJson, ReleaseJson } from "@/lib/server/releases/release-view";
import type { deliveryObject, deployObject, releaseDetailObject, releaseObject } from "@/lib/validation/api-objects";
import { apiRoutes, callApi, openApiPath } from "../helpers/api-client";

// No database needed: the document is built from code.

// Compile-time drift check: the services' JSON types and the documented zod objects agree both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: [Same<DeployJson, z.infer<typeof deployObject>>, Same<ReleaseJson, z.infer<typeof releaseObject>>, Same<ReleaseDetailJson, z.infer<typeof releaseDetailObject>>, Same<DeliveryJson, z.infer<typeof deliveryObject>>] = [true, true, true, true];

type Doc = {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, { responses: Record<string, { content: { "application/json": { schema: unknown } } }>; requestBody?: unknown; parameters: { name: string; in: string }[] }>>;
  components: { schemas: Record<string, { type?: string; properties?: Record<string, unknown> }> };
};

test("GET /api/0/openapi.json: OpenAPI 3.1, public, with or without the trailing slash", async () => {
  assert.deepEqual(agree, [true, true, true, true]);
  for (const path of ["/api/0/openapi.json", "/api/0/openapi.json/"]) {
    const response = await callApi("GET", path);
    assert.equal(response.status, 200);
    const doc = (await response.json()) as Doc;
    assert.equal(doc.openapi, "3.1.0");
    assert.equal(doc.servers[0].url, "http://shiplog.test");
  }
});

test("the document lists exactly the methods the route files serve, no more, no less", async () => {
  const doc = (await (await callApi("GET", "/api/0/openapi.json")).json()) as Doc;
  const served: string[] = [];
  for (const route of apiRoutes) {
    const path = openApiPath(route);
    // The document describes itself implicitly; the catch-alls serve only 404s.
    if (path === "/api/0/openapi.json/" || path === "/api/0/" || route.segments.some((s) => s.startsWith("[..."))) continue;
    const mod = (await import(route.file)) as Record<string, unknown>;
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      const handler = mod[method] as { [NOT_ALLOWED]?: boolean } | undefined;
      assert.ok(handler, `${route.file} exports ${method} (a JSON 405 at least)`);
      if (!handler[NOT_ALLOWED]) served.push(`${method} ${path}`);
    }
  }
  const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
  assert.deepEqual(served.sort(), documented.sort());
  assert.equal(documented.length, 14, "the 14 rows of API.md §2");
});

test("operations carry their path and query parameters, bodies and answers from the zod schemas", async () => {
  const doc = (await (await callApi("GET", "/api/0/openapi.json")).json()) as Doc;
  const deploys = doc.paths["/api/0/projects/{org}/{project}/deploys/"].get;
  assert.deepEqual(deploys.parameters.map((p) => `${p.in}:${p.name}`), ["path:org", "path:project", "query:per_page", "query:cursor", "query:environment", "query:status", "query:kind", "query:app"]);
  assert.deepEqual(deploys.responses["200"].content["application/json"].schema, { type: "array", items: { $ref: "#/components/schemas/Deploy" } });
  assert.deepEqual(deploys.responses["401"].content["application/json"].schema, { $ref: "#/components/schemas/Error" });
  const put = doc.paths["/api/0/projects/{org}/{project}/plugins/heroku/"].put;
  const body = (put.requestBody as { content: { "application/json": { schema: { properties: Record<string, unknown> } } } }).content["application/json"].schema;
  assert.deepEqual(Object.keys(body.properties).sort(), ["appEnvironments", "environment", "repository", "webhookSecret"]);
  const schemas = doc.components.schemas;
  assert.deepEqual(Object.keys(schemas.Release.properties ?? {}).sort(), ["dateCreated", "dateReleased", "deployCount", "lastDeploy", "owner", "url", "version"]);
  assert.deepEqual(schemas.ReleaseDetail.properties?.deploys, { type: "array", items: { $ref: "#/components/schemas/Deploy" } });
  assert.ok(!JSON.stringify(schemas.HerokuPlugin).includes('"webhookSecret":{"type":"string"'), "the secret is write-only");
  // Every $ref resolves.
  for (const [, name] of JSON.stringify(doc).matchAll(/"#\/components\/schemas\/(\w+)"/g)) assert.ok(schemas[name], name);
});
