import { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { saveBuiltinRelease } from "@/lib/server/releases/save-builtin-release";
import { releaseViews } from "@/lib/server/releases/release-view";
import { fieldErrors } from "@/lib/validation/common";
import { releaseVersionSchema } from "@/lib/validation/release-version";
import { rejectedOutcome } from "./hook-response";
import type { HookInput, HookOutcome, ReleaseHookPlugin } from "./hook-types";

const storable = (s: string) => !s.includes("\0") && s.isWellFormed();

// Sentry's builtin release hook body. Unknown fields are ignored, as Sentry's serializer did.
const builtinSchema = z.object({
  version: releaseVersionSchema,
  ref: z.string().max(250, "Use at most 250 characters.").refine(storable, "Contains characters that cannot be stored.").nullish(),
  url: z.url({ protocol: /^https?$/, message: "Enter an http(s) URL." }).max(2000, "Use at most 2000 characters.").refine(storable, "Contains characters that cannot be stored.").nullish(),
  dateReleased: z.iso
    .datetime({ offset: true, message: "Use an ISO 8601 date-time, e.g. 2026-11-30T10:15:02Z." })
    .transform((s) => new Date(s))
    .refine((d) => d.getUTCFullYear() >= 1970, "Dates before 1970 are not release dates.")
    .nullish(),
});

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The generic hook for scripts and CI: no body signature, the signed URL is the credential. */
export const builtinPlugin: ReleaseHookPlugin = {
  async prepare(project) {
    return {
      enabled: true, // like Sentry's: always on for a project with a release token
      async handle({ body, receivedAt }: HookInput): Promise<HookOutcome> {
        let json: unknown;
        try {
          json = JSON.parse(utf8.decode(body));
        } catch {
          return rejectedOutcome(new AppError(400, "invalid_json", "The body is not JSON (UTF-8)."));
        }
        if (!json || typeof json !== "object" || Array.isArray(json)) {
          return rejectedOutcome(new AppError(400, "invalid_json", "The body must be a JSON object."));
        }
        const parsed = builtinSchema.safeParse(json);
        if (!parsed.success) return rejectedOutcome(new AppError(400, "invalid_request", "Some fields are invalid.", fieldErrors(parsed.error)));
        const { version, ref, url, dateReleased } = parsed.data;
        const releaseId = await saveBuiltinRelease({ project, version, ref: ref ?? null, url: url ?? null, dateReleased: dateReleased ?? null, now: receivedAt });
        const [release] = await releaseViews({ orgId: project.orgId, projectId: project.id, releaseIds: [releaseId] });
        return { status: 201, outcome: "processed", reason: null, eventId: null, action: null, releaseVersion: version, answer: release };
      },
    };
  },
};
