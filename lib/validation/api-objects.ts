import { z } from "zod";

// The objects the REST API answers with (../shared/API.md §2). They document the API
// (GET /api/0/openapi.json) and the tests parse every answer with them, so neither can drift.
const isoDate = z.iso.datetime({ offset: true }).meta({ description: "ISO 8601, UTC" });
const id = z.string().regex(/^\d+$/);

export const errorObject = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "Machine-readable, e.g. not_found, invalid_request, unauthorized" }),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional().meta({ description: "Only for validation errors (400): field → why" }),
    }),
  })
  ;

export const organizationObject = z.object({ id, slug: z.string(), name: z.string() });

export const projectObject = z
  .object({ id: id.meta({ description: "The numeric project id used in hook URLs" }), slug: z.string(), name: z.string() })
  ;

export const repositoryObject = z.object({ id, name: z.string(), url: z.string().nullable() });

export const releaseTokenObject = z
  .object({ token: z.string(), webhookUrl: z.string().meta({ description: "The `builtin` release hook URL" }) })
  ;

export const herokuPluginObject = z
  .object({
    enabled: z.boolean(),
    config: z.object({
      repository: z.string().nullable(),
      environment: z.string(),
      appEnvironments: z.record(z.string(), z.string()),
      webhookSecret: z.object({ hasSavedValue: z.boolean() }).meta({ description: "Write-only: the secret is never returned" }),
    }),
    webhookUrl: z.string(),
    cliCommand: z.string(),
  })
  ;

const person = z.object({ email: z.string(), name: z.string().nullable() });

export const deployObject = z
  .object({
    id,
    version: z.string(),
    environment: z.string(),
    status: z.enum(["pending", "succeeded", "failed"]),
    kind: z.enum(["deploy", "rollback", "promotion", "config", "other"]),
    app: z.string(),
    herokuReleaseVersion: z.number().int().nullable().meta({ description: "The N of Heroku's vN" }),
    description: z.string().nullable(),
    deployer: person.nullable(),
    dateStarted: isoDate.nullable(),
    dateFinished: isoDate.nullable(),
  })
  ;

export const releaseObject = z
  .object({
    version: z.string(),
    dateCreated: isoDate,
    dateReleased: isoDate.nullable(),
    url: z.string().nullable(),
    owner: person.nullable(),
    lastDeploy: deployObject.nullable(),
    deployCount: z.number().int(),
  })
  ;

export const headCommitObject = z
  .object({
    repository: z.string(),
    commitId: z.string(),
    message: z.string().nullable(),
    url: z.string().nullable().meta({ description: "Link to the commit, when the repository has a URL" }),
  })
  ;

export const releaseDetailObject = releaseObject
  .extend({ deploys: z.array(deployObject), headCommits: z.array(headCommitObject) })
  ;

export const deliveryObject = z
  .object({
    id,
    receivedAt: isoDate,
    plugin: z.string(),
    eventId: z.string().nullable(),
    action: z.string().nullable(),
    status: z.number().int().meta({ description: "The HTTP status Shiplog answered" }),
    outcome: z.enum(["processed", "duplicate", "ignored", "rejected"]),
    reason: z.string().nullable(),
    releaseVersion: z.string().nullable(),
  })
  ;
