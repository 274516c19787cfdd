// npm run bench:profile [-- --db postgres] [--seconds 15] [--connections 8]
// Where a Shiplog server spends its CPU while ingesting hooks: starts the bench build (.next-bench,
// made by `npm run bench`) under `node --cpu-prof`, warms it up, loads it with distinct signed hooks,
// stops it with SIGINT (which writes the profile) and writes the self time per part of the stack
// to bench/results/profile-<db>.md. This is the profile behind the README's "what limits ingest".
import "./bench-env";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { hookUrl } from "../test/faults/fault-fixtures";
import { freePort, ROOT } from "../test/hooks/http-server";
import { AUTH_SECRET } from "./bench-env";
import { DIST_DIR, hasBenchBuild } from "./build";
import { cleanupAll, cleanupOnSignals, onCleanup } from "./cleanup";
import { createBenchDatabase, envFor } from "./databases";
import { EventFeed } from "./events";
import { fireHooks } from "./load";
import { seedHookProjects } from "./seed";

const { values } = parseArgs({ options: { db: { type: "string", default: "pglite" }, seconds: { type: "string", default: "15" }, connections: { type: "string", default: "8" } } });
const kind = values.db === "postgres" ? "postgres" : "pglite";
const seconds = Number(values.seconds);
const connections = Number(values.connections);

// Self time grouped by where the code comes from.
function partOf(url: string, fn: string): string {
  if (!url) return ["(idle)", "(garbage collector)", "(program)"].includes(fn) ? fn : "native (syscalls: socket writes, crypto, …)";
  if (url.includes("node_modules/@prisma/") || url.includes("node_modules/.prisma/")) return "Prisma client";
  if (url.startsWith("wasm://")) return "WebAssembly (Prisma's query compiler, PGlite)";
  if (url.includes("node_modules/next/")) return "Next.js";
  if (url.includes("node_modules/pg") || url.includes("node_modules/pg-")) return "pg driver";
  if (url.includes("node_modules/@electric-sql/")) return "PGlite";
  if (url.includes(`${DIST_DIR}/server/`)) return "Shiplog (bundled app code)";
  if (url.startsWith("node:")) return "Node.js (http, streams, promises, async hooks)";
  return "other";
}

async function main() {
  if (!hasBenchBuild()) throw new Error(`no build in ${DIST_DIR}: run \`npm run bench\` once first`);
  const database = await createBenchDatabase(kind, "profile");
  const [warm, measured] = await database.use((d) => seedHookProjects(d, 2));
  const profileDir = mkdtempSync(path.join(os.tmpdir(), "shiplog-profile-"));
  const port = await freePort(3600, 50);
  const child = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: envFor(database, { SHIPLOG_DIST_DIR: DIST_DIR, AUTH_SECRET, NEXT_TELEMETRY_DISABLED: "1" }),
    stdio: "ignore",
  });
  onCleanup("stop the profiled server", () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) break;
    if (i > 240) throw new Error("the server did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
  const feed = new EventFeed();
  feed.prefill(5000);
  await fireHooks({ url: hookUrl(url, warm.id), connections, durationSec: 5, next: feed.next });
  const load = await fireHooks({ url: hookUrl(url, measured.id), connections, durationSec: seconds, next: feed.next });
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGINT");
  await exited;

  const file = readdirSync(profileDir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error("the server wrote no profile");
  const profile = JSON.parse(readFileSync(path.join(profileDir, file), "utf8")) as {
    nodes: { id: number; callFrame: { functionName: string; url: string } }[];
    samples: number[];
    timeDeltas: number[];
    startTime: number;
    endTime: number;
  };
  // Only the samples of the measured window (the last `seconds` before the stop, minus shutdown).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const times: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((t += delta));
  const windowStart = profile.endTime - (seconds + 1) * 1e6;
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (times[i] < windowStart) return;
    const frame = byId.get(id)!.callFrame;
    const part = partOf(frame.url, frame.functionName);
    const dt = profile.timeDeltas[i + 1] ?? 0;
    self.set(part, (self.get(part) ?? 0) + dt);
    total += dt;
  });
  const rows = [...self].sort((a, b) => b[1] - a[1]);
  const lines = [
    `# Where the Shiplog server's CPU goes during ingest (${kind === "postgres" ? "PostgreSQL" : "PGlite"})`,
    "",
    `${new Date().toISOString()} · Node ${process.version} · ${connections} connections for ${seconds} s after a 5 s warm-up · ` +
      `${load.throughput.toFixed(0)} hooks/s, p50 ${load.p50} ms, p99 ${load.p99} ms, ${load.non2xx} non-2xx, ${load.errors} errors`,
    "",
    "`npm run bench:profile` — self time of the server process (V8 CPU profile), grouped by where the code comes from.",
    "",
    "| part | ms | share |",
    "|---|---|---|",
    ...rows.map(([part, us]) => `| ${part} | ${(us / 1000).toFixed(0)} | ${((100 * us) / total).toFixed(1)} % |`),
    "",
  ];
  mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
  writeFileSync(path.join(ROOT, `bench/results/profile-${kind}.md`), lines.join("\n"));
  console.log(lines.join("\n"));
}

cleanupOnSignals();
try {
  await main();
} catch (error) {
  console.error(`[bench:profile] failed: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanupAll();
}
