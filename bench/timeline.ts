// npm run bench:timeline [-- --db postgres]
// Times what the timeline page loads (first page of deploys, live-now, facets, health for 30 and
// 90 days) at 1,000 and at 100,000 deploys in one project, with a second project filled too, and
// reports the 100k ÷ 1k ratio: the cost must follow the page and the range, not the history.
// Rows are bulk-inserted with SQL (seeding speed is not what is measured here).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createScratchPostgres } from "../test/helpers/scratch-postgres";
import { fillProject } from "./fill-timeline";
import { timeMs, type Spread } from "./stats";

const { values } = parseArgs({ options: { db: { type: "string", default: "pglite" }, runs: { type: "string", default: "15" } } });
const runs = Number(values.runs);
let cleanup = async () => {};
if (values.db === "postgres") {
  process.env.TEST_DATABASE_URL ??= "postgres://shiplog:shiplog@127.0.0.1:5432/shiplog_test";
  const scratch = await createScratchPostgres();
  process.env.DATABASE_URL = scratch.url;
  cleanup = scratch.drop;
} else {
  const dir = mkdtempSync(path.join(os.tmpdir(), "shiplog-bench-"));
  process.env.SHIPLOG_DATA_DIR = path.join(dir, "pglite");
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
}
process.env.AUTH_SECRET ??= "bench-only-secret-0123456789abcdef0123456789";

const { db, ensureMigrated, getDatabase } = await import("../lib/server/db");
const { listDeploys } = await import("../lib/server/releases/list-deploys");
const { deployHealth } = await import("../lib/server/releases/deploy-health");
const { liveNow, timelineFacets } = await import("../lib/server/releases/live-now");

await ensureMigrated();

const user = await db().user.upsert({ where: { email: "bench@example.com" }, create: { email: "bench@example.com", passwordHash: "x" }, update: {} });
const fill = (slug: string, deploys: number) => fillProject(db(), { slug, deploys, userId: user.id });

const time = (fn: () => Promise<unknown>) => timeMs(fn, runs);

type Row = Record<string, Spread>;
const results: Record<string, Row> = {};
for (const size of [1_000, 100_000]) {
  await fill(`noise-${size}`, size / 2); // another project's rows, so indexes must separate them
  const { orgId, projectId } = await fill(`bench-${size}`, size);
  results[size] = {
    "first page (50 deploys)": await time(() => listDeploys({ projectId, orgId, limit: 50 })),
    "page with filter status=failed": await time(() => listDeploys({ projectId, orgId, limit: 50, filters: { status: "failed" } })),
    "live now + facets": await time(() => Promise.all([liveNow({ projectId }), timelineFacets({ projectId })])),
    "health, 30 days": await time(() => deployHealth({ projectId, rangeDays: 30 })),
    "health, 90 days": await time(() => deployHealth({ projectId, rangeDays: 90 })),
  };
  console.log(`${size} deploys measured`);
}

const names = Object.keys(results[1000]);
const fmt = (n: number) => n.toFixed(2);
const lines = [
  `# Timeline benchmark (${values.db})`,
  "",
  `${new Date().toISOString()} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"} · Node ${process.version} · ${runs} runs after 3 warm-ups · milliseconds (min / median / max)`,
  "",
  "| query | 1,000 deploys | 100,000 deploys | 100k ÷ 1k (median) |",
  "|---|---|---|---|",
  ...names.map((n) => {
    const a = results[1000][n];
    const b = results[100000][n];
    return `| ${n} | ${fmt(a.min)} / ${fmt(a.median)} / ${fmt(a.max)} | ${fmt(b.min)} / ${fmt(b.median)} / ${fmt(b.max)} | ${(b.median / a.median).toFixed(2)} |`;
  }),
  "",
];
mkdirSync("bench/results", { recursive: true });
writeFileSync(`bench/results/timeline-${values.db}.md`, lines.join("\n"));
writeFileSync(`bench/results/timeline-${values.db}.json`, JSON.stringify({ db: values.db, node: process.version, at: new Date().toISOString(), runs, results }, null, 2));
console.log(lines.join("\n"));
await getDatabase().close();
await cleanup();
