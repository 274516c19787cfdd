import { receiveReleaseHook } from "@/lib/server/hooks/receive-release-hook";

// Sentry's hook URL, with or without its trailing slash (next.config.ts: skipTrailingSlashRedirect,
// because Heroku does not follow redirects). Other methods are answered too, with 405, but only
// after the URL and plugin checks, as API.md §3 orders them.
type Context = { params: Promise<{ plugin: string; projectId: string; signature: string }> };

export const dynamic = "force-dynamic";

async function handle(request: Request, { params }: Context): Promise<Response> {
  return receiveReleaseHook(request, await params);
}

export const POST = handle;
export const GET = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
