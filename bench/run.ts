// npm run bench [-- --db postgres] [--quick] [--only ingest,baseline,storm,timeline,memory] [--no-build]
// Issue 7's benchmarks against a production build (.next-bench) on a fresh database: hook ingest
// beside a bare baseline server, a duplicates storm, the timeline at 1k and 100k deploys, and memory
// under sustained ingest. Writes bench/results/latest-<db>.{json,md} and latest.{json,md}.
import "./bench-env";
import { buildForBench, DIST_DIR, hasBenchBuild } from "./build";
import { cleanupAll, cleanupOnSignals } from "./cleanup";
import { createBenchDatabase } from "./databases";
import { EventFeed } from "./events";
import { describeMachine, loadAverageNow } from "./machine";
import { readOptions, type BenchOptions } from "./options";
import { writeResults, type Results } from "./report";
import { runIngest, type IngestTarget } from "./scenarios/ingest";
import { runMemory } from "./scenarios/memory";
import { runNextFloor } from "./scenarios/next-floor";
import { runStorm } from "./scenarios/storm";
import { runTimeline } from "./scenarios/timeline";
import { seedHookProjects, type HookProject } from "./seed";
import { startBaseline, startShiplog, type RunningServer } from "./servers";
import { checkExactlyOnce, checkStored, type Delivered } from "./verify";

const options = readOptions(process.argv.slice(2));
cleanupOnSignals();

/** Ingest, baseline, storm and memory share one Shiplog server and database; rows are checked once it is stopped. */
async function loadScenarios(o: BenchOptions, results: Results) {
  const want = (s: Parameters<typeof o.only.has>[0]) => o.only.has(s);
  const usesShiplog = want("ingest") || want("storm") || want("memory");
  const feed = new EventFeed();
  // Every measured run gets a project of its own, seeded before the server starts (PGlite: one process per directory).
  const slots = (want("ingest") ? 1 + o.runs * o.connections.length : 0) + (want("storm") ? o.runs : 0) + (want("memory") ? 1 : 0);
  const shiplogDb = await createBenchDatabase(o.db, "shiplog");
  const projects = await shiplogDb.use((d) => seedHookProjects(d, Math.max(slots, 1)));
  const nextProject = () => {
    const project = projects.shift();
    if (!project) throw new Error("ran out of seeded projects");
    return project;
  };
  let baselineDb = null;
  let baselineProject: HookProject | null = null;
  if (want("baseline")) {
    baselineDb = await createBenchDatabase(o.db, "baseline");
    [baselineProject] = await baselineDb.use((d) => seedHookProjects(d, 1));
  }

  let shiplog: RunningServer | null = null;
  let baseline: RunningServer | null = null;
  const toCheck: { delivered: Delivered; record: (s: Awaited<ReturnType<typeof checkStored>>) => void }[] = [];
  const baselineDelivered: Delivered[] = [];
  try {
    if (usesShiplog) shiplog = await startShiplog(shiplogDb);
    if (baselineDb && baselineProject) {
      const project = baselineProject;
      baseline = await startBaseline(baselineDb, project);
    }
    if (want("ingest") || want("baseline")) {
      const targets: IngestTarget[] = [];
      if (want("ingest") && shiplog) targets.push({ server: shiplog, nextProject });
      if (baseline && baselineProject) {
        const project = baselineProject;
        targets.push({ server: baseline, nextProject: () => project });
      }
      const { runs, warmUps } = await runIngest({ targets, feed, connections: o.connections, durationSec: o.durationSec, runs: o.runs });
      results.ingest = runs.map(({ target, connections, run, load }) => ({ target, connections, run, load }));
      runs.forEach((run, i) => {
        if (run.target === "baseline") baselineDelivered.push(run.delivered);
        else toCheck.push({ delivered: run.delivered, record: (stored) => (results.ingest![i].stored = stored) });
      });
      if (baseline) baselineDelivered.push(warmUps[warmUps.length - 1]);
      if (want("ingest") && shiplog) {
        const connections = Math.max(...o.connections);
        results.nextFloor = await runNextFloor({ server: shiplog, connections, durationSec: o.durationSec, runs: o.runs });
      }
    }
    let stormRuns = null;
    if (want("storm") && shiplog) stormRuns = await runStorm({ server: shiplog, nextProject, runs: o.runs });
    if (want("memory") && shiplog) {
      const { memory, delivered } = await runMemory({ server: shiplog, nextProject, feed, minutes: o.memoryMinutes });
      toCheck.push({ delivered, record: (stored) => (results.memory = { ...memory, stored }) });
    }
    await shiplog?.stop();
    await baseline?.stop();

    await shiplogDb.use(async (d) => {
      for (const { delivered, record } of toCheck) record(await checkStored(d, delivered));
      if (stormRuns) {
        results.storm = [];
        for (const { run, projectId, load, events } of stormRuns) results.storm.push({ run, projectId, load, exactlyOnce: await checkExactlyOnce(d, projectId, events) });
      }
    });
    if (baselineDb && baselineProject && baselineDelivered.length) {
      const project = baselineProject;
      const all: Delivered = {
        projectId: project.id,
        connections: Math.max(...baselineDelivered.map((d) => d.connections)) * baselineDelivered.length,
        acked: baselineDelivered.flatMap((d) => d.acked),
        sent: baselineDelivered.flatMap((d) => d.sent),
      };
      results.baselineStored = await baselineDb.use((d) => checkStored(d, all));
    }
  } catch (error) {
    if (shiplog) console.error(`[bench] Shiplog server log (last lines):\n${shiplog.log().split("\n").slice(-30).join("\n")}`);
    if (baseline) console.error(`[bench] baseline server log (last lines):\n${baseline.log().split("\n").slice(-30).join("\n")}`);
    throw error;
  }
}

async function main() {
  const results: Results = { machine: describeMachine(), options: { ...options, only: [...options.only] } };
  console.log(`[bench] ${options.db}, scenarios ${[...options.only].join(", ")}${options.quick ? " (quick)" : ""}`);
  if (options.build) await buildForBench();
  else if (!hasBenchBuild()) throw new Error(`--no-build: there is no build in ${DIST_DIR} yet (run without --no-build once)`);
  if (["ingest", "baseline", "storm", "memory"].some((s) => options.only.has(s as never))) await loadScenarios(options, results);
  if (options.only.has("timeline")) results.timeline = await runTimeline({ kind: options.db, sizes: options.timelineSizes, samples: options.timelineSamples });
  results.machine.loadAverageEnd = loadAverageNow();
  console.log(`\n${writeResults(results)}`);
}

try {
  await main();
} catch (error) {
  console.error(`[bench] failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanupAll();
}
