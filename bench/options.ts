import { parseArgs } from "node:util";

export const SCENARIOS = ["ingest", "baseline", "storm", "timeline", "memory"] as const;
export type Scenario = (typeof SCENARIOS)[number];
export type DbKind = "pglite" | "postgres";

export type BenchOptions = {
  db: DbKind;
  build: boolean;
  durationSec: number;
  runs: number;
  connections: number[];
  memoryMinutes: number;
  timelineSizes: number[];
  timelineSamples: number;
  only: Set<Scenario>;
  quick: boolean;
};

export const USAGE = `npm run bench [-- options]
  --db pglite|postgres   database the server runs on (default pglite; postgres uses TEST_DATABASE_URL's server)
  --no-build             reuse the existing .next-bench build
  --only a,b             scenarios to run: ${SCENARIOS.join(", ")} (default all)
  --duration S           seconds per ingest run (default 10)
  --runs N               runs per measurement (default 3)
  --memory-minutes M     sustained ingest for the memory scenario (default 5)
  --quick                duration 3, runs 1, memory 0.5 min, timeline at 1k deploys only`;

class UsageError extends Error {}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number (got "${value}")`);
  return n;
}

export function readOptions(argv: string[]): BenchOptions {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        db: { type: "string", default: "pglite" },
        "no-build": { type: "boolean", default: false },
        only: { type: "string" },
        duration: { type: "string" },
        runs: { type: "string" },
        "memory-minutes": { type: "string" },
        quick: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (values.db !== "pglite" && values.db !== "postgres") throw new UsageError(`--db must be pglite or postgres (got "${values.db}")`);
    const only = new Set<Scenario>();
    for (const name of (values.only ?? SCENARIOS.join(",")).split(",").map((s) => s.trim()).filter(Boolean)) {
      if (!(SCENARIOS as readonly string[]).includes(name)) throw new UsageError(`unknown scenario "${name}" (known: ${SCENARIOS.join(", ")})`);
      only.add(name as Scenario);
    }
    const quick = values.quick;
    return {
      db: values.db,
      build: !values["no-build"],
      durationSec: positive("duration", values.duration, quick ? 3 : 10),
      runs: Math.round(positive("runs", values.runs, quick ? 1 : 3)),
      connections: [1, 8, 32],
      memoryMinutes: positive("memory-minutes", values["memory-minutes"], quick ? 0.5 : 5),
      timelineSizes: quick ? [1_000] : [1_000, 100_000],
      timelineSamples: quick ? 5 : 15,
      only,
      quick,
    };
  } catch (error) {
    if (!(error instanceof UsageError) && (error as { code?: string }).code !== "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw error;
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}
