import { z } from "zod";

// Sentry's release version rules (Release.is_valid_version + its 250-character column), so versions
// accepted by Sentry are accepted here and the other way round. NUL is added: PostgreSQL cannot store it.
export const MAX_VERSION_LENGTH = 250;
const BAD_VERSION_CHARS = /[/\\\r\n\t\f\0]/;

/** Why `version` is not a valid release version, or null when it is. */
export function releaseVersionProblem(version: string): string | null {
  if (version.length > MAX_VERSION_LENGTH) return `Use at most ${MAX_VERSION_LENGTH} characters.`;
  if (BAD_VERSION_CHARS.test(version)) return "No “/”, “\\”, line breaks, tabs, form feeds or NUL characters.";
  if (!version.isWellFormed()) return "Contains broken Unicode (a lone surrogate).";
  const trimmed = version.trim();
  if (!trimmed) return "Must not be empty.";
  if (trimmed === "." || trimmed === "..") return "“.” and “..” are not versions.";
  if (trimmed.toLowerCase() === "latest") return "“latest” is reserved.";
  return null;
}

export const releaseVersionSchema = z.string().superRefine((value, ctx) => {
  const problem = releaseVersionProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
