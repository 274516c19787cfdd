import { AppError } from "@/lib/server/errors";
import { recordDelivery } from "./deliveries";
import { failedOutcome, hookResponse } from "./hook-response";
import type { HookOutcome } from "./hook-types";
import { findPlugin } from "./plugins";
import { readBody } from "./read-body";
import { verifyHookUrl, type HookParams } from "./verify-url";

/**
 * POST /api/hooks/release/{plugin}/{projectId}/{signature}/ — checks in API.md §3's order: unknown
 * project 404; no token or bad signature 403; unknown plugin 404; plugin disabled 403; not POST 405;
 * body over 1 MiB 413; then the plugin. Everything after the URL check is recorded as a Delivery.
 * The request does its database work and nothing else: no calls to other services.
 */
export async function receiveReleaseHook(request: Request, params: HookParams): Promise<Response> {
  let project;
  try {
    project = await verifyHookUrl(params);
  } catch (error) {
    // Before the URL checks out nothing is recorded: the project may not exist, the caller is unknown.
    return hookResponse(await failedOutcome(error));
  }
  const receivedAt = new Date();
  let body: Buffer | null = null;
  let outcome: HookOutcome;
  try {
    const prepared = await findPlugin(params.plugin).prepare(project);
    if (!prepared.enabled) {
      throw new AppError(403, "plugin_disabled", `The ${params.plugin} plugin is disabled for this project: enable it in the project's settings.`);
    }
    if (request.method !== "POST") throw new AppError(405, "method_not_allowed", "Release hooks accept POST only.");
    body = await readBody(request);
    outcome = await prepared.handle({ project, request, body, receivedAt });
  } catch (error) {
    outcome = await failedOutcome(error);
  }
  try {
    await recordDelivery({ projectId: project.id, plugin: params.plugin, receivedAt, outcome, body });
  } catch (error) {
    // The answer matters more than its log line: a processed event must not be retried for this
    // (and a retried one would only be a harmless duplicate). During an outage this fails too.
    console.error(`[hooks] could not record a delivery: ${String((error as Error)?.message ?? error).split("\n")[0].slice(0, 200)}`);
  }
  return hookResponse(outcome, outcome.status === 405 ? { allow: "POST" } : undefined);
}
