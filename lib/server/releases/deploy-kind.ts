import type { DeployKind } from "@/lib/generated/prisma/client";

// Heroku says what a release is only in its description, e.g. "Deploy 3f2a9c1", "Rollback to v46",
// "Promote acme-staging v6 0f0a53b", "Set LOG_LEVEL config vars", "Attach DATABASE (@ref:postgresql-x)",
// "Update REDIS by heroku-redis", "Add heroku-postgresql:essential-0 add-on".
const CONFIG_PATTERNS = [
  /\bconfig vars?\b/i,
  /^(attach|detach)\b/i,
  /\badd-?ons?\b/i,
  /@ref:/i,
  /^update \S+ by \S+/i,
];

export function deployKindOf(description: string | null | undefined): DeployKind {
  const text = description?.trim() ?? "";
  if (/^deploy\b/i.test(text) || /^deployed\b/i.test(text)) return "deploy";
  if (/^rollback to v\d+/i.test(text)) return "rollback";
  if (/^promote\b/i.test(text)) return "promotion";
  if (CONFIG_PATTERNS.some((pattern) => pattern.test(text))) return "config";
  return "other";
}
