import autocannon from "autocannon";
import type { SignedEvent } from "./events";

export type LoadResult = {
  connections: number;
  seconds: number;
  /** Requests written (each a distinct event unless the source repeats them). */
  sent: number;
  ok: number;
  non2xx: number;
  /** Connection errors, and timeouts (no answer within autocannon's 10 s). */
  errors: number;
  timeouts: number;
  /** 2xx answers per second. */
  throughput: number;
  p50: number;
  p99: number;
  /** Answer outcomes ("processed", "duplicate", …) of 2xx answers. */
  outcomes: Record<string, number>;
  statuses: Record<string, number>;
  /** Heroku release ids of the events answered 2xx, and of every event sent. */
  acked: string[];
  sentIds: string[];
};

type Context = { event?: SignedEvent };

/** POSTs signed events to a hook URL from `connections` keep-alive connections, for a duration or an amount. */
export async function fireHooks(o: {
  url: string;
  connections: number;
  next: () => SignedEvent;
  durationSec?: number;
  amount?: number;
}): Promise<LoadResult> {
  const acked: string[] = [];
  const sentIds: string[] = [];
  const outcomes: Record<string, number> = {};
  const statuses: Record<string, number> = {};
  const started = performance.now();
  const result = await autocannon({
    url: o.url,
    connections: o.connections,
    pipelining: 1,
    ...(o.amount ? { amount: o.amount } : { duration: o.durationSec ?? 10 }),
    requests: [
      {
        setupRequest(request, context) {
          const event = o.next();
          (context as Context).event = event;
          sentIds.push(event.herokuReleaseId);
          return {
            ...request,
            method: "POST",
            body: event.body,
            headers: { ...request.headers, "content-type": "application/json", "heroku-webhook-hmac-sha256": event.signature },
          };
        },
        onResponse(status, body, context) {
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status < 200 || status > 299) return;
          const event = (context as Context).event;
          if (event) acked.push(event.herokuReleaseId);
          const outcome = /"outcome"\s*:\s*"(\w+)"/.exec(body)?.[1] ?? "unknown";
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        },
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    connections: o.connections,
    seconds,
    sent: sentIds.length,
    ok: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    throughput: result["2xx"] / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    outcomes,
    statuses,
    acked,
    sentIds,
  };
}
