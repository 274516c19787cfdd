import { env } from "@/lib/server/env";

/** The public origin for URLs Shiplog shows (hook URLs): SHIPLOG_URL, else the request's own origin. */
export function publicBaseUrl(request?: { headers: Headers } | Headers): string {
  if (env.SHIPLOG_URL) return env.SHIPLOG_URL.replace(/\/+$/, "");
  const headers = request instanceof Headers ? request : request?.headers;
  const host = headers?.get("x-forwarded-host") ?? headers?.get("host");
  if (!host) return "http://localhost:3000";
  const proto = headers?.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return `${proto}://${host}`;
}
