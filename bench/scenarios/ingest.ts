// Distinct, valid, signed api:release events at 1, 8 and 32 connections, against Shiplog and the
// baseline server in turn (interleaved run by run, so a noisy neighbour on the machine hits both).
import { hookUrl } from "../../test/faults/fault-fixtures";
import type { EventFeed } from "../events";
import { fireHooks, type LoadResult } from "../load";
import type { HookProject } from "../seed";
import type { RunningServer } from "../servers";
import type { Delivered } from "../verify";

export type LoadSummary = Omit<LoadResult, "acked" | "sentIds"> & { madeLate: number };
export type IngestTarget = { server: RunningServer; nextProject: () => HookProject };
export type IngestRun = { target: string; connections: number; run: number; load: LoadSummary; delivered: Delivered };

// Long enough for a fresh server to load its routes and JIT-compile the hook path (its first seconds run at a tenth of its speed).
const WARM_UP_SECONDS = 5;

export function summarize(result: LoadResult, madeLate: number): LoadSummary {
  const { connections, seconds, sent, ok, non2xx, errors, timeouts, throughput, p50, p99, outcomes, statuses } = result;
  return { connections, seconds, sent, ok, non2xx, errors, timeouts, throughput, p50, p99, outcomes, statuses, madeLate };
}

/** One measured load on a fresh project of the target. */
export async function measure(target: IngestTarget, feed: EventFeed, o: { connections: number; durationSec: number; expectedRate: number }) {
  const project = target.nextProject();
  // Enough events for the run to never make one on the clock, from the rate seen so far.
  feed.prefill(Math.min(60_000, Math.ceil(o.expectedRate * o.durationSec * 1.5) + 200));
  const late = feed.madeLate;
  const result = await fireHooks({ url: hookUrl(target.server.url, project.id), connections: o.connections, durationSec: o.durationSec, next: feed.next });
  target.server.assertAlive();
  const delivered: Delivered = { projectId: project.id, connections: o.connections, acked: result.acked, sent: result.sentIds };
  return { load: summarize(result, feed.madeLate - late), delivered };
}

export async function runIngest(o: { targets: IngestTarget[]; feed: EventFeed; connections: number[]; durationSec: number; runs: number }) {
  const runs: IngestRun[] = [];
  const warmUps: Delivered[] = [];
  const rate = new Map<string, number>();
  for (const target of o.targets) {
    // JIT, connection pools and the database's caches warm up on a project of its own.
    const { load, delivered } = await measure(target, o.feed, { connections: 8, durationSec: WARM_UP_SECONDS, expectedRate: 500 });
    warmUps.push(delivered);
    rate.set(target.server.name, load.throughput);
    console.log(`[bench] ingest warm-up ${target.server.name}: ${load.throughput.toFixed(0)} req/s`);
  }
  for (let run = 1; run <= o.runs; run++) {
    for (const connections of o.connections) {
      for (const target of o.targets) {
        const name = target.server.name;
        const key = `${name}@${connections}`;
        const { load, delivered } = await measure(target, o.feed, { connections, durationSec: o.durationSec, expectedRate: rate.get(key) ?? rate.get(name) ?? 500 });
        rate.set(key, Math.max(load.throughput, 1));
        runs.push({ target: name, connections, run, load, delivered });
        console.log(
          `[bench] ingest ${name} run ${run} @${connections}: ${load.throughput.toFixed(0)} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms, ` +
            `non-2xx ${load.non2xx}, errors ${load.errors} (${load.timeouts} timeouts)`,
        );
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }
  return { runs, warmUps };
}
