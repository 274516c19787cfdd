// A private PostgreSQL instance for the outage test: the test stops and starts it at will, which
// it must never do to the shared cluster other tests use. Runs as the postgres OS user (initdb
// refuses root), listens on loopback only, and is removed afterwards.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../hooks/http-server";

const BIN = "/usr/lib/postgresql/15/bin";

export const canRunPrivatePostgres = () => existsSync(`${BIN}/initdb`) && process.getuid?.() === 0;

export type PrivatePostgres = { url: string; start(): void; stop(): void; destroy(): void };

function asPostgres(args: string[]) {
  execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(" ")], { stdio: "pipe", timeout: 60_000 });
}

export async function createPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), "shiplog-faults-pg-"));
  const pgPort = await freePort(3590, 10);
  const uid = Number(execFileSync("id", ["-u", "postgres"]).toString());
  const gid = Number(execFileSync("id", ["-g", "postgres"]).toString());
  chownSync(dir, uid, gid);
  const data = path.join(dir, "data");
  asPostgres([`${BIN}/initdb`, "-D", data, "-U", "shiplog", "-A", "trust", "--no-sync"]);
  const options = `-p ${pgPort} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const start = () => asPostgres([`${BIN}/pg_ctl`, "-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "-t", "30", "start"]);
  // -m fast: what a restart or failover looks like to clients (sessions terminated, then refused).
  const stop = () => asPostgres([`${BIN}/pg_ctl`, "-D", data, "-m", "fast", "-w", "-t", "30", "stop"]);
  start();
  return {
    url: `postgres://shiplog@127.0.0.1:${pgPort}/postgres`,
    start,
    stop,
    destroy() {
      try {
        stop();
      } catch {}
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
