// Starts a Shiplog server (`next dev`, or `next start` on the production build) on a free port for
// tests that must go through real HTTP, and stops or kills it.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export async function freePort(from = 3310, count = 50): Promise<number> {
  for (let port = from; port < from + count; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer().once("error", () => resolve(false)).listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${from + count - 1}`);
}

export type DevServer = {
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
  /** SIGKILL to the whole process group: no shutdown hooks run. */
  kill(): Promise<void>;
  exited(): boolean;
  log(): string;
};

export type ServerOptions = {
  mode?: "dev" | "start";
  port?: number;
  /** Where to look for a free port when `port` is not given. */
  portRange?: [number, number];
  timeoutMs?: number;
};

/** True when `next build` has produced a production build to `next start`. */
export const hasProductionBuild = () => existsSync(path.join(ROOT, ".next", "BUILD_ID"));

/** A server with the given database settings; resolves once it answers HTTP. */
export async function startServer(env: Record<string, string>, options: ServerOptions = {}): Promise<DevServer> {
  const mode = options.mode ?? "start";
  const [from, count] = options.portRange ?? [3310, 50];
  const port = options.port ?? (await freePort(from, count));
  const timeoutMs = options.timeoutMs ?? 240_000;
  // The test process's database and NODE_ENV=test are not the server's.
  const childEnv: Record<string, string | undefined> = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  for (const key of ["NODE_ENV", "DATABASE_URL", "SHIPLOG_DATA_DIR"]) delete childEnv[key];
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), mode, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...childEnv, ...env } as NodeJS.ProcessEnv,
    detached: true, // its own process group, so stop() and kill() end next's workers too
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const signal = async (sig: NodeJS.Signals, graceMs: number) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid, sig);
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {}
    }, graceMs);
    await exited;
    clearTimeout(timer);
  };
  const server: DevServer = {
    url,
    port,
    pid: child.pid ?? -1,
    stop: () => signal("SIGTERM", 10_000),
    kill: () => signal("SIGKILL", 0),
    exited: () => child.exitCode !== null || child.signalCode !== null,
    log: () => output,
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exited()) throw new Error(`next ${mode} exited (${child.exitCode ?? child.signalCode}):\n${output}`);
    try {
      // Any HTTP answer means the route is compiled and the database migrated (instrumentation.ts).
      await fetch(`${url}/api/hooks/release/heroku/0/warm-up`, { method: "POST", redirect: "manual" });
      return server;
    } catch {
      await new Promise((r) => setTimeout(r, mode === "dev" ? 1000 : 200));
    }
  }
  await server.stop();
  throw new Error(`next ${mode} did not answer within ${timeoutMs} ms:\n${output}`);
}

/** `next dev`, for tests that must not depend on a production build. */
