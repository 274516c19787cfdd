import type { DeliveryOutcome } from "@/lib/generated/prisma/client";

/** The project a hook URL names, once its signature checked out. */
export type HookProject = { id: number; orgId: number };

export type HookInput = {
  project: HookProject;
  request: Request;
  /** The raw body bytes, exactly as received. */
  body: Buffer;
  receivedAt: Date;
};

/** What a hook answered and what the delivery log records about it. */
export type HookOutcome = {
  status: number;
  outcome: DeliveryOutcome;
  reason: string | null;
  eventId: string | null;
  action: string | null;
  releaseVersion: string | null;
  /** The JSON answer. */
  answer: unknown;
};

export type PreparedPlugin = { enabled: boolean; handle(input: HookInput): Promise<HookOutcome> };

/** A release hook plugin: `prepare` loads its config once per request (enabled check, then handling). */
export type ReleaseHookPlugin = { prepare(project: HookProject): Promise<PreparedPlugin> };
