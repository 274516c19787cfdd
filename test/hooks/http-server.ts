// Starts `next dev` on a free port (3300+) for tests that must go through real HTTP, and stops it.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

async function freePort(from = 3310): Promise<number> {
  for (let port = from; port < from + 50; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer().once("error", () => resolve(false)).listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error("no free port in 3310–3359");
}

export type DevServer = { url: string; stop(): Promise<void>; log(): string };

/** `next dev` with the given database settings; resolves once it answers HTTP. */
export async function startDevServer(env: Record<string, string>, timeoutMs = 240_000): Promise<DevServer> {
  const port = await freePort();
  // The test process's database and NODE_ENV=test are not the server's.
  const childEnv: Record<string, string | undefined> = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  for (const key of ["NODE_ENV", "DATABASE_URL", "SHIPLOG_DATA_DIR"]) delete childEnv[key];
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "dev", "-p", String(port)], {
    cwd: ROOT,
    env: { ...childEnv, ...env } as NodeJS.ProcessEnv,
    detached: true, // its own process group, so stop() ends next's workers too
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next dev exited (${child.exitCode}):\n${output}`);
    try {
      // Any HTTP answer means the route is compiled and the database migrated (instrumentation.ts).
      await fetch(`${url}/api/hooks/release/heroku/0/warm-up`, { method: "POST", redirect: "manual" });
      return { url, stop, log: () => output };
    } catch {
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  await stop();
  throw new Error(`next dev did not answer within ${timeoutMs} ms:\n${output}`);
}
