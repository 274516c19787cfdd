import type { z } from "zod";
import { createOrganizationSchema, createProjectSchema } from "@/lib/validation/accounts";
import * as objects from "@/lib/validation/api-objects";
import { deliveryListQuerySchema, deployListQuerySchema, pageQuerySchema, releaseListQuerySchema } from "@/lib/validation/api-queries";
import { herokuConfigInputSchema } from "@/lib/validation/plugin";
import { createRepositorySchema } from "@/lib/validation/repositories";

// Every /api/0 operation, with the very zod schemas the routes validate with and the tests check
// answers against: GET /api/0/openapi.json is generated from this list (openapi-document.ts), and a
// test checks that it names exactly the methods the route files serve.

export const apiObjects = {
  Organization: objects.organizationObject,
  Project: objects.projectObject,
  Repository: objects.repositoryObject,
  ReleaseToken: objects.releaseTokenObject,
  HerokuPlugin: objects.herokuPluginObject,
  Deploy: objects.deployObject,
  Release: objects.releaseObject,
  HeadCommit: objects.headCommitObject,
  ReleaseDetail: objects.releaseDetailObject,
  Delivery: objects.deliveryObject,
  Error: objects.errorObject,
} satisfies Record<string, z.ZodType>;

export type ApiObjectName = keyof typeof apiObjects;

export type ApiOperation = {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  summary: string;
  /** Least organization role needed; "user" = any valid token. */
  role: "user" | "member" | "admin";
  query?: z.ZodObject;
  body?: z.ZodType;
  status: 200 | 201;
  answer: { object: ApiObjectName; list?: boolean };
  errors: number[];
};

const ORG = "/api/0/organizations/{org}";
const PROJECT = "/api/0/projects/{org}/{project}";
const read = [401, 404];
const write = [400, 401, 403, 404, 413];

export const apiOperations: ApiOperation[] = [
  { method: "POST", path: "/api/0/organizations/", summary: "Create an organization (you become its owner)", role: "user", body: createOrganizationSchema, status: 201, answer: { object: "Organization" }, errors: [400, 401, 409, 413] },
  { method: "POST", path: `${ORG}/projects/`, summary: "Create a project", role: "admin", body: createProjectSchema, status: 201, answer: { object: "Project" }, errors: [...write, 409] },
  { method: "GET", path: `${ORG}/repositories/`, summary: "List repositories, newest first", role: "member", query: pageQuerySchema, status: 200, answer: { object: "Repository", list: true }, errors: [400, ...read] },
  { method: "POST", path: `${ORG}/repositories/`, summary: "Add a repository (its URL is used for commit links)", role: "admin", body: createRepositorySchema, status: 201, answer: { object: "Repository" }, errors: [...write, 409] },
  { method: "GET", path: `${PROJECT}/releases/token/`, summary: "Read the release token (created on first read) and the builtin hook URL", role: "admin", status: 200, answer: { object: "ReleaseToken" }, errors: [401, 403, 404] },
  { method: "POST", path: `${PROJECT}/releases/token/`, summary: "Regenerate the release token: hook URLs built from the old one stop working", role: "admin", status: 200, answer: { object: "ReleaseToken" }, errors: [401, 403, 404] },
  { method: "GET", path: `${PROJECT}/plugins/heroku/`, summary: "Read the Heroku plugin (the webhook secret is never returned)", role: "admin", status: 200, answer: { object: "HerokuPlugin" }, errors: [401, 403, 404] },
  { method: "PUT", path: `${PROJECT}/plugins/heroku/`, summary: "Configure the Heroku plugin; missing fields keep their value", role: "admin", body: herokuConfigInputSchema, status: 200, answer: { object: "HerokuPlugin" }, errors: write },
  { method: "POST", path: `${PROJECT}/plugins/heroku/`, summary: "Enable the Heroku plugin", role: "admin", status: 200, answer: { object: "HerokuPlugin" }, errors: [401, 403, 404] },
  { method: "DELETE", path: `${PROJECT}/plugins/heroku/`, summary: "Disable the Heroku plugin", role: "admin", status: 200, answer: { object: "HerokuPlugin" }, errors: [401, 403, 404] },
  { method: "GET", path: `${PROJECT}/releases/`, summary: "List releases, newest first", role: "member", query: releaseListQuerySchema, status: 200, answer: { object: "Release", list: true }, errors: [400, ...read] },
  { method: "GET", path: `${PROJECT}/releases/{version}/`, summary: "One release with its deploys and head commits", role: "member", status: 200, answer: { object: "ReleaseDetail" }, errors: read },
  { method: "GET", path: `${PROJECT}/deploys/`, summary: "The deploy timeline, newest first", role: "member", query: deployListQuerySchema, status: 200, answer: { object: "Deploy", list: true }, errors: [400, ...read] },
  { method: "GET", path: `${PROJECT}/hooks/deliveries/`, summary: "Every hook received, newest first", role: "member", query: deliveryListQuerySchema, status: 200, answer: { object: "Delivery", list: true }, errors: [400, ...read] },
];
