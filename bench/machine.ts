import { execFileSync } from "node:child_process";
import os from "node:os";
import { ROOT } from "../test/hooks/http-server";

export type Machine = {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  date: string;
  loadAverageStart: number[];
  loadAverageEnd?: number[];
  /** The code measured: HEAD plus any uncommitted changes in the checkout (the build is of the work tree). */
  commit: string;
  uncommittedFiles: number;
};

const round2 = (xs: number[]) => xs.map((x) => Math.round(x * 100) / 100);

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    date: new Date().toISOString(),
    loadAverageStart: round2(os.loadavg()),
    commit: git(["rev-parse", "--short", "HEAD"]) || "unknown",
    uncommittedFiles: git(["status", "--porcelain", "--untracked-files=no"]).split("\n").filter(Boolean).length,
  };
}

export const loadAverageNow = () => round2(os.loadavg());
