import type { z } from "zod";
import { env } from "@/lib/server/env";
import { badResponse, herokuErrorFor, unreachable } from "./heroku-errors";

export type HerokuClientOptions = {
  apiKey: string;
  baseUrl?: string;
  timeoutMs?: number;
  /** Attempts after the first, for idempotent calls (and for 429s, which Heroku did not process). */
  retries?: number;
  /** First backoff step; doubled each attempt. Tests shorten it. */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
};

export type HerokuRequest<T> = {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  schema: z.ZodType<T>;
  body?: unknown;
  /** Heroku's Range header, e.g. "version ..; max=200, order=desc", or a Next-Range echoed back. */
  range?: string;
  what: string;
};

export type HerokuResponse<T> = { data: T; nextRange: string | null; headers: Headers };

const ACCEPT = "application/vnd.heroku+json; version=3";
// Heroku grants ~4500 calls an hour, refilled continuously (one every 0.8 s): below this many left,
// calls go at the refill pace instead of running into 429s.
const LOW_REMAINING = 20;
const REFILL_MS = 800;
const MAX_RETRY_AFTER_MS = 60_000;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type HerokuClient = { request<T>(r: HerokuRequest<T>): Promise<HerokuResponse<T>> };

export function createHerokuClient(o: HerokuClientOptions): HerokuClient {
  const baseUrl = (o.baseUrl ?? env.HEROKU_API_URL).replace(/\/+$/, "");
  const sleep = o.sleep ?? defaultSleep;
  const retries = o.retries ?? 4;
  const backoffMs = o.backoffMs ?? 500;
  let remaining: number | null = null;

  async function request<T>(r: HerokuRequest<T>): Promise<HerokuResponse<T>> {
    const method = r.method ?? "GET";
    const idempotent = method !== "POST";
    for (let attempt = 0; ; attempt++) {
      if (remaining !== null && remaining < LOW_REMAINING) await sleep(REFILL_MS);
      let response: Response;
      try {
        response = await fetch(`${baseUrl}${r.path}`, {
          method,
          headers: {
            Accept: ACCEPT,
            Authorization: `Bearer ${o.apiKey}`,
            ...(r.body !== undefined ? { "Content-Type": "application/json" } : {}),
            ...(r.range ? { Range: r.range } : {}),
          },
          body: r.body !== undefined ? JSON.stringify(r.body) : undefined,
          signal: AbortSignal.timeout(o.timeoutMs ?? 15_000),
          redirect: "error",
        });
      } catch (error) {
        if (idempotent && attempt < retries) {
          await sleep(backoffMs * 2 ** attempt);
          continue;
        }
        throw unreachable(baseUrl, error);
      }
      const left = Number(response.headers.get("RateLimit-Remaining"));
      remaining = response.headers.has("RateLimit-Remaining") && Number.isFinite(left) ? left : remaining;
      const retryable = response.status === 429 || (idempotent && response.status >= 500);
      if (retryable && attempt < retries) {
        // The wait below (Retry-After or backoff) already lets the bucket refill.
        if (response.status === 429) remaining = null;
        await response.body?.cancel();
        await sleep(retryDelay(response, backoffMs * 2 ** attempt));
        continue;
      }
      const text = await response.text();
      const json = parseJson(text);
      if (!response.ok) throw herokuErrorFor(response.status, errorBody(json));
      const parsed = r.schema.safeParse(json);
      if (!parsed.success) throw badResponse(r.what);
      return { data: parsed.data, nextRange: response.status === 206 ? response.headers.get("Next-Range") : null, headers: response.headers };
    }
  }
  return { request };
}

/** Retry-After (seconds) when Heroku sends it, else exponential backoff with a little jitter. */
function retryDelay(response: Response, fallbackMs: number): number {
  const seconds = Number(response.headers.get("Retry-After"));
  if (response.headers.has("Retry-After") && Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
  return fallbackMs + Math.floor(Math.random() * fallbackMs * 0.2);
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function errorBody(json: unknown): { id?: string; message?: string } | null {
  if (!json || typeof json !== "object") return null;
  const { id, message } = json as Record<string, unknown>;
  return { id: typeof id === "string" ? id : undefined, message: typeof message === "string" ? message : undefined };
}
