import { spawn } from "node:child_process";
import path from "node:path";
import { env as shiplogEnv } from "@/lib/server/env";
import { SECRET, TOKEN } from "../test/faults/fault-fixtures";
import { freePort, ROOT, startServer } from "../test/hooks/http-server";
import { AUTH_SECRET } from "./bench-env";
import { DIST_DIR } from "./build";
import { onCleanup } from "./cleanup";
import { envFor, type BenchDatabase } from "./databases";
import { listeningPid } from "./processes";

export type RunningServer = {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
  log(): string;
  /** Throws when the server is gone: load against a dead server only measures refused connections. */
  assertAlive(): void;
};

function deadServer(name: string, log: string) {
  const tail = log.trim().split("\n").slice(-20).join("\n");
  return new Error(`the ${name} server exited during the run (no error in its log means a signal from outside ended it). Its log ends:\n${tail}`);
}

// Other suites listen on 3100–3599.
const SHIPLOG_PORTS: [number, number] = [3600, 50];
const BASELINE_PORTS: [number, number] = [3650, 50];

/** `next start` on the bench build, against `database`; resolves once it answers (migrated). */
export async function startShiplog(database: BenchDatabase): Promise<RunningServer> {
  const server = await startServer(
    { ...database.env, SHIPLOG_DIST_DIR: DIST_DIR, AUTH_SECRET },
    { mode: "start", portRange: SHIPLOG_PORTS, timeoutMs: 120_000 },
  );
  const stop = onCleanup("stop the Shiplog server", () => server.stop());
  const assertAlive = () => {
    if (server.exited()) throw deadServer("Shiplog", server.log());
  };
  return { name: "shiplog", url: server.url, pid: listeningPid(server.pid, server.port), stop, log: server.log, assertAlive };
}

/** bench/baseline-server.ts for `project` on its own `database` (already migrated and seeded). */
export async function startBaseline(database: BenchDatabase, project: { id: number; orgId: number }): Promise<RunningServer> {
  const port = await freePort(...BASELINE_PORTS);
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "bench/baseline-server.ts")], {
    cwd: ROOT,
    env: envFor(database, {
      BASELINE_PORT: String(port),
      BASELINE_PROJECT_ID: String(project.id),
      BASELINE_ORG_ID: String(project.orgId),
      BASELINE_RELEASE_TOKEN: TOKEN,
      BASELINE_WEBHOOK_SECRET: SECRET,
      // Shiplog's own pool size (its default unless the environment sets one for both).
      DATABASE_POOL_SIZE: String(shiplogEnv.DATABASE_POOL_SIZE),
    }),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = onCleanup("stop the baseline server", async () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  });
  const deadline = Date.now() + 60_000;
  while (!/listening/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the baseline server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const assertAlive = () => {
    if (child.exitCode !== null || child.signalCode !== null) throw deadServer(`baseline (${child.exitCode ?? child.signalCode})`, output);
  };
  return { name: "baseline", url: `http://127.0.0.1:${port}`, pid: child.pid!, stop, log: () => output, assertAlive };
}
