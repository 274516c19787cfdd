import { z } from "zod";
import { apiObjects, apiOperations, type ApiOperation } from "./api-operations";

// OpenAPI 3.1 uses JSON Schema 2020-12, which is what z.toJSONSchema produces.
type JsonSchema = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const ERROR_TEXT: Record<number, string> = {
  400: "Invalid JSON, or invalid fields (see error.fields)",
  401: "Missing, invalid or revoked API token",
  403: "Your role in the organization does not allow this",
  404: "No such object, or it belongs to an organization you are not a member of",
  409: "Already exists",
  413: "Request body over 1 MiB",
};

/** Drops what JSON Schema generation adds but the document does not need. */
function tidy(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema), (key, value) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      delete value.$schema;
      delete value.$id;
      if (value.format === "date-time") delete value.pattern;
      if (value.minimum === Number.MIN_SAFE_INTEGER) delete value.minimum;
      if (value.maximum === Number.MAX_SAFE_INTEGER) delete value.maximum;
    }
    return value;
  });
}

const toSchema = (schema: z.ZodType) => tidy(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema);

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(apiObjects)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io: "input", uri: (id) => `#/components/schemas/${id}`, unrepresentable: "any" });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, tidy(s as JsonSchema)]));
}

function operationObject(op: ApiOperation) {
  const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string" } }));
  const query = op.query ? toSchema(op.query) : null;
  const queryParams = Object.entries((query?.properties ?? {}) as Record<string, JsonSchema>).map(([name, schema]) => ({
    name,
    in: "query",
    required: false,
    schema,
    ...(typeof schema.description === "string" ? { description: schema.description } : {}),
  }));
  const answer = op.answer.list ? { type: "array", items: ref(op.answer.object) } : ref(op.answer.object);
  return {
    summary: op.summary,
    description: op.role === "user" ? "Any valid API token." : `Needs organization role: ${op.role} or above.`,
    parameters: [...pathParams, ...queryParams],
    ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(op.body) } } } } : {}),
    responses: {
      [op.status]: {
        description: op.answer.list ? "Newest first; the next page's URL is in the Link header (absent on the last page)" : "OK",
        ...(op.answer.list ? { headers: { Link: { schema: { type: "string" }, description: '<url>; rel="next"' } } } : {}),
        content: { "application/json": { schema: answer } },
      },
      ...Object.fromEntries(op.errors.map((status) => [status, { description: ERROR_TEXT[status], content: { "application/json": { schema: ref("Error") } } }])),
    },
  };
}

export function buildOpenApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of apiOperations) (paths[op.path] ??= {})[op.method.toLowerCase()] = operationObject(op);
  return {
    openapi: "3.1.0",
    info: {
      title: "Shiplog REST API",
      version: "0",
      description: "Sentry-style paths. Every path also works without its trailing slash. Authenticate with `Authorization: Bearer <token>`.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    paths,
    components: { schemas: componentSchemas(), securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
  };
}
