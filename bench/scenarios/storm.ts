// Heroku retries and duplicates: 100 fresh events, each delivered 10 times with the copies side by
// side, so copies of one event are in flight together. Exactly 100 deploys must come out of it.
import { hookUrl } from "../../test/faults/fault-fixtures";
import { duplicateDeliveries, type SignedEvent } from "../events";
import { fireHooks } from "../load";
import type { HookProject } from "../seed";
import type { RunningServer } from "../servers";
import { summarize, type LoadSummary } from "./ingest";

export const STORM = { events: 100, copies: 10, connections: 32 };

export type StormRun = { run: number; projectId: number; load: LoadSummary; events: SignedEvent[] };

export async function runStorm(o: { server: RunningServer; nextProject: () => HookProject; runs: number }): Promise<StormRun[]> {
  const runs: StormRun[] = [];
  for (let run = 1; run <= o.runs; run++) {
    const project = o.nextProject();
    const { events, deliveries } = duplicateDeliveries(STORM.events, STORM.copies);
    let i = 0;
    const result = await fireHooks({
      url: hookUrl(o.server.url, project.id),
      connections: STORM.connections,
      amount: deliveries.length,
      next: () => deliveries[i++ % deliveries.length],
    });
    o.server.assertAlive();
    const load = summarize(result, 0);
    runs.push({ run, projectId: project.id, load, events });
    console.log(`[bench] storm run ${run}: ${load.throughput.toFixed(0)} req/s, p99 ${load.p99} ms, outcomes ${JSON.stringify(load.outcomes)}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  return runs;
}
