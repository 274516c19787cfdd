import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../test/hooks/http-server";
import { onCleanup } from "./cleanup";

/** The bench's own build (next.config.ts reads SHIPLOG_DIST_DIR): the test suite's .next is never touched. */
export const DIST_DIR = ".next-bench";

export const hasBenchBuild = () => existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"));

// `next build` adds its dist dir's types to tsconfig.json's "include" and points next-env.d.ts at
// them. Both belong to the checkout (and to whoever else works in it): put them back as they were.
const REWRITTEN_BY_NEXT = ["tsconfig.json", "next-env.d.ts"];

export async function buildForBench(): Promise<void> {
  const saved = REWRITTEN_BY_NEXT.map((name) => {
    const file = path.join(ROOT, name);
    return { file, text: existsSync(file) ? readFileSync(file, "utf8") : null };
  });
  // Also on Ctrl-C, which ends this process before any finally block here runs.
  const restore = onCleanup("restore tsconfig.json and next-env.d.ts", () => {
    for (const { file, text } of saved) {
      if (text !== null && (!existsSync(file) || readFileSync(file, "utf8") !== text)) writeFileSync(file, text);
    }
  });
  const started = performance.now();
  let output = "";
  try {
    // next build sets NODE_ENV itself; an inherited "test" or "development" would spoil the build.
    const env: Record<string, string | undefined> = { ...process.env, SHIPLOG_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" };
    delete env.NODE_ENV;
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], { cwd: ROOT, env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      child.once("error", reject);
      child.once("exit", resolve);
    });
    if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${output.split("\n").slice(-40).join("\n")}`);
  } finally {
    await restore();
  }
  console.log(`[bench] built ${DIST_DIR} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
