// What Next.js alone allows on this machine: the same hook route, for a project id that does not
// exist, answered 404 from the in-process cache with no database work and no body read. Shiplog's
// ingest cannot go faster than this; comparing it with the baseline shows how much of the gap is
// the framework's per-request cost rather than Shiplog's.
import autocannon from "autocannon";
import type { RunningServer } from "../servers";
import { spread, type Spread } from "../stats";

export type FloorResult = { connections: number; throughput: Spread; p50: Spread; p99: Spread; non404: number };

const UNKNOWN_PROJECT = 2147483647;

export async function runNextFloor(o: { server: RunningServer; connections: number; durationSec: number; runs: number }): Promise<FloorResult> {
  const url = `${o.server.url}/api/hooks/release/heroku/${UNKNOWN_PROJECT}/${"0".repeat(64)}/`;
  const runs: { throughput: number; p50: number; p99: number; non404: number }[] = [];
  for (let run = 0; run <= o.runs; run++) {
    const result = await autocannon({ url, method: "POST", body: "{}", headers: { "content-type": "application/json" }, connections: o.connections, duration: o.durationSec });
    const non404 = result.non2xx + result["2xx"] - (result.statusCodeStats?.["404"]?.count ?? 0) + result.errors;
    // Run 0 warms the route up and is not counted.
    if (run > 0) runs.push({ throughput: result.requests.total / o.durationSec, p50: result.latency.p50, p99: result.latency.p99, non404 });
    console.log(`[bench] next floor run ${run}${run ? "" : " (warm-up)"} @${o.connections}: ${(result.requests.total / o.durationSec).toFixed(0)} req/s, p99 ${result.latency.p99} ms`);
    o.server.assertAlive();
  }
  return {
    connections: o.connections,
    throughput: spread(runs.map((r) => r.throughput)),
    p50: spread(runs.map((r) => r.p50)),
    p99: spread(runs.map((r) => r.p99)),
    non404: runs.reduce((n, r) => n + r.non404, 0),
  };
}
