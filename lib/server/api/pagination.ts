import { publicBaseUrl } from "@/lib/server/base-url";
import { jsonResponse } from "./json-response";

/**
 * One page of a list: the items as the body and, unless this is the last page, the next page's URL
 * in `Link: <…>; rel="next"` — the same URL with the opaque cursor (GitHub's and Sentry's convention).
 */
export function pagedResponse(request: Request, items: unknown[], nextCursor: string | null): Response {
  const headers = new Headers();
  if (nextCursor) headers.set("Link", `<${nextPageUrl(request, nextCursor)}>; rel="next"`);
  return jsonResponse(items, { headers });
}

export function nextPageUrl(request: Request, cursor: string): string {
  const url = new URL(request.url);
  url.searchParams.set("cursor", cursor);
  // The public origin, not the one the server sees behind a proxy.
  return `${publicBaseUrl(request)}${url.pathname}${url.search}`;
}
