import type { Role } from "@/lib/generated/prisma/client";
import { forbidden } from "@/lib/server/errors";
import { getOrgAccess, getProjectAccess, roleAtLeast } from "@/lib/server/orgs/org-access";
import { authenticateRequest, type ApiUser } from "./authenticate";
import { errorResponse, methodNotAllowed, routeNotFound } from "./error-response";

// Every /api/0 route is built from these, so authentication and "who may see what" live in one
// place per route family: user routes, organization routes (/organizations/{org}/…) and project
// routes (/projects/{org}/{project}/…). Objects of organizations the token's user is not a member
// of are 404, never 403: a 403 would confirm they exist.

type Params = Record<string, string>;
export type RouteContext = { params: Promise<Params> };
export type Handler = (request: Request, context: RouteContext) => Promise<Response>;

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

/** Marks the 405 handlers, so tests can tell the methods a route really serves. */
export const NOT_ALLOWED = Symbol("shiplog.notAllowed");

/** Any thrown error becomes the one error shape (lib/server/api/error-response.ts). */
export function publicRoute(handle: (request: Request, params: Params) => Promise<Response>): Handler {
  return async (request, context) => {
    try {
      return await handle(request, await context.params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export type UserScope = { request: Request; user: ApiUser; params: Params };

export function userRoute(handle: (scope: UserScope) => Promise<Response>): Handler {
  return publicRoute(async (request, params) => handle({ request, params, user: await authenticateRequest(request) }));
}

type OrgAccess = Awaited<ReturnType<typeof getOrgAccess>>;
export type OrgScope = UserScope & OrgAccess;

/** /organizations/{org}/…: the token's user must be a member (404 otherwise) with at least `role` (403). */
export function orgRoute(role: Role, handle: (scope: OrgScope) => Promise<Response>): Handler {
  return userRoute(async (scope) => {
    const access = await getOrgAccess(scope.user.id, scope.params.org);
    requireRole(access.role, role);
    return handle({ ...scope, ...access });
  });
}

type ProjectAccess = Awaited<ReturnType<typeof getProjectAccess>>;
export type ProjectScope = UserScope & ProjectAccess;

/** /projects/{org}/{project}/…: same rule, and the project must belong to that organization. */
export function projectRoute(role: Role, handle: (scope: ProjectScope) => Promise<Response>): Handler {
  return userRoute(async (scope) => {
    const access = await getProjectAccess(scope.user.id, scope.params.org, scope.params.project);
    requireRole(access.role, role);
    return handle({ ...scope, ...access });
  });
}

function requireRole(actual: Role, needed: Role) {
  if (!roleAtLeast(actual, needed)) throw forbidden(`Only organization ${needed === "admin" ? "owners and admins" : `${needed}s`} can do that.`);
}

/**
 * The route module's exports: the given handlers, and a JSON 405 (with `Allow`) for the other
 * methods instead of Next's empty one. Use as `export const { GET, POST, PUT, PATCH, DELETE } = defineRoutes({…})`.
 */
export function defineRoutes(handlers: Partial<Record<Method, Handler>>): Record<Method, Handler> {
  const allowed = METHODS.filter((m) => handlers[m]);
  const allowHeader = [...allowed, ...(handlers.GET ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const notAllowed: Handler = async () => {
    const response = errorResponse(methodNotAllowed(allowed));
    response.headers.set("Allow", allowHeader);
    return response;
  };
  Object.assign(notAllowed, { [NOT_ALLOWED]: true });
  return Object.fromEntries(METHODS.map((m) => [m, handlers[m] ?? notAllowed])) as Record<Method, Handler>;
}

/** Unknown /api/0/… paths: a JSON 404 in the API's error shape rather than Next's HTML page. */
export const unknownRoute = async (): Promise<Response> => errorResponse(routeNotFound());
