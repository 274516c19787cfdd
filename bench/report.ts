import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../test/hooks/http-server";
import type { Machine } from "./machine";
import type { BenchOptions, DbKind } from "./options";
import type { IngestRun, LoadSummary } from "./scenarios/ingest";
import type { MemoryResult } from "./scenarios/memory";
import type { FloorResult } from "./scenarios/next-floor";
import { STORM, type StormRun } from "./scenarios/storm";
import { PAGE, type TimelineSize } from "./scenarios/timeline";
import { spread, type Spread } from "./stats";
import type { ExactlyOnceCheck, StoredCheck } from "./verify";

export type Results = {
  machine: Machine;
  options: Omit<BenchOptions, "only"> & { only: string[] };
  ingest?: (Omit<IngestRun, "delivered"> & { stored?: StoredCheck })[];
  baselineStored?: StoredCheck;
  nextFloor?: FloorResult;
  storm?: (Omit<StormRun, "events"> & { exactlyOnce: ExactlyOnceCheck })[];
  memory?: MemoryResult & { stored: StoredCheck };
  timeline?: TimelineSize[];
};

type Check = { check: string; target: string; value: string; pass: boolean | null };

// Targets from issue 7; the embedded database runs one transaction at a time, hence its own p99.
const P99_TARGET_MS: Record<DbKind, number> = { postgres: 100, pglite: 250 };
const RATIO_TARGET = 0.5;
const STORM_RATIO_TARGET = 0.5;
const PAGE_TARGET_MS = 100;
const PAGE_GROWTH_TARGET = 1.5;
const RSS_GROWTH_TARGET = 10;

const f0 = (n: number) => n.toFixed(0);
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const fmt = (s: Spread, d: (n: number) => string = f0) => `${d(s.min)} / **${d(s.median)}** / ${d(s.max)}`;

function ingestSummary(results: Results) {
  const runs = results.ingest ?? [];
  return results.options.connections.map((connections) => {
    const of = (target: string) => runs.filter((r) => r.target === target && r.connections === connections);
    const side = (target: string) => {
      const rs = of(target);
      if (!rs.length) return null;
      const loads = rs.map((r) => r.load);
      const stored = rs.map((r) => r.stored).filter((s): s is StoredCheck => Boolean(s));
      return {
        throughput: spread(loads.map((l) => l.throughput)),
        p50: spread(loads.map((l) => l.p50)),
        p99: spread(loads.map((l) => l.p99)),
        ok: sum(loads.map((l) => l.ok)),
        non2xx: sum(loads.map((l) => l.non2xx)),
        errors: sum(loads.map((l) => l.errors)),
        madeLate: sum(loads.map((l) => l.madeLate)),
        stored: stored.length ? sum(stored.map((s) => s.stored)) : null,
        cutAtEnd: stored.length ? sum(stored.map((s) => s.cutAtEnd)) : null,
        storedPass: stored.length === rs.length ? stored.every((s) => s.pass) : null,
      };
    };
    const ratios = of("shiplog").flatMap((s) => {
      const b = of("baseline").find((r) => r.run === s.run);
      return b && b.load.throughput > 0 ? [s.load.throughput / b.load.throughput] : [];
    });
    return { connections, shiplog: side("shiplog"), baseline: side("baseline"), ratio: ratios.length ? spread(ratios) : null };
  });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function summarizeResults(results: Results) {
  const db = results.options.db;
  const ingest = results.ingest ? ingestSummary(results) : null;
  const checks: Check[] = [];
  const p99Target = P99_TARGET_MS[db];
  for (const row of ingest ?? []) {
    const s = row.shiplog;
    if (!s) continue;
    checks.push({ check: `ingest @${row.connections}: errors + non-2xx`, target: "0", value: String(s.errors + s.non2xx), pass: s.errors + s.non2xx === 0 });
    checks.push({
      check: `ingest @${row.connections}: every 2xx stored, nothing else`,
      target: `stored = 2xx + cut at end (≤ ${row.connections}/run)`,
      value: s.stored === null ? "not checked" : `${s.stored} stored, ${s.ok} 2xx, ${s.cutAtEnd} cut`,
      pass: s.storedPass,
    });
    checks.push({ check: `ingest @${row.connections}: p99 (median of runs)`, target: `< ${p99Target} ms`, value: `${f0(s.p99.median)} ms`, pass: s.p99.median < p99Target });
    if (db === "postgres" && row.connections === 32) {
      checks.push({
        check: "ingest @32: Shiplog ÷ baseline throughput (median of runs)",
        target: `≥ ${RATIO_TARGET}`,
        value: row.ratio ? f2(row.ratio.median) : "no baseline",
        pass: row.ratio ? row.ratio.median >= RATIO_TARGET : null,
      });
    }
  }
  let storm = null;
  if (results.storm?.length) {
    const throughput = spread(results.storm.map((r) => r.load.throughput));
    const distinct = ingest?.find((r) => r.connections === STORM.connections)?.shiplog?.throughput.median;
    const ratio = distinct ? throughput.median / distinct : null;
    storm = { throughput, p99: spread(results.storm.map((r) => r.load.p99)), ratioToDistinct: ratio };
    const answers = results.storm.map((r) => r.load);
    const bad = sum(answers.map((l) => l.errors + l.non2xx));
    checks.push({ check: "storm: errors + non-2xx", target: "0", value: String(bad), pass: bad === 0 });
    checks.push({
      check: "storm: exactly once",
      target: `${STORM.events} deploys and event ids per run`,
      value: results.storm.map((r) => `${r.exactlyOnce.deploys}/${r.exactlyOnce.hookEvents}`).join(", "),
      pass: results.storm.every((r) => r.exactlyOnce.pass),
    });
    checks.push({
      check: `storm ÷ distinct ingest @${STORM.connections} throughput`,
      target: `≥ ${STORM_RATIO_TARGET} (within 2×)`,
      value: ratio === null ? "no ingest run" : f2(ratio),
      pass: ratio === null ? null : ratio >= STORM_RATIO_TARGET,
    });
  }
  let timeline = null;
  if (results.timeline?.length) {
    const small = results.timeline.find((t) => t.deploys === 1_000);
    const big = results.timeline.find((t) => t.deploys === 100_000);
    timeline = { growth: small && big ? Object.fromEntries(Object.keys(big.timings).map((k) => [k, big.timings[k].median / small.timings[k].median])) : null };
    checks.push({
      check: "timeline: first page at 100k deploys (median)",
      target: `< ${PAGE_TARGET_MS} ms`,
      value: big ? `${f1(big.timings[PAGE].median)} ms` : "not run (--quick)",
      pass: big ? big.timings[PAGE].median < PAGE_TARGET_MS : null,
    });
    const growth = timeline.growth?.[PAGE];
    checks.push({ check: "timeline: first page 100k ÷ 1k (median)", target: `≤ ${PAGE_GROWTH_TARGET}`, value: growth === undefined ? "not run" : f2(growth), pass: growth === undefined ? null : growth <= PAGE_GROWTH_TARGET });
  }
  if (results.memory) {
    const m = results.memory;
    checks.push({ check: `memory: RSS growth ${m.early.atSec} s → ${m.end.atSec} s`, target: `< ${RSS_GROWTH_TARGET}%`, value: `${f1(m.growthPercent)}%`, pass: m.growthPercent < RSS_GROWTH_TARGET });
    checks.push({ check: "memory: errors + non-2xx, every 2xx stored", target: "0, yes", value: `${m.load.errors + m.load.non2xx}, ${m.stored.pass ? "yes" : "no"}`, pass: m.load.errors + m.load.non2xx === 0 && m.stored.pass });
  }
  return { ingest, storm, timeline, checks };
}

function loadLine(l: LoadSummary) {
  return `${f0(l.throughput)} req/s, p50 ${l.p50} ms, p99 ${l.p99} ms, ${l.ok} 2xx, ${l.non2xx} non-2xx, ${l.errors} errors (${l.timeouts} timeouts: no answer within 10 s)`;
}

export function renderMarkdown(results: Results, summary: ReturnType<typeof summarizeResults>): string {
  const m = results.machine;
  const o = results.options;
  const lines: string[] = [
    `# npm run bench — ${o.db === "postgres" ? "PostgreSQL" : "PGlite (embedded)"}${o.quick ? " — QUICK run (smoke test, not for comparison)" : ""}`,
    "",
    `${m.date} · ${m.cores} × ${m.cpu} · ${m.memoryGiB} GiB · Node ${m.node} · load average ${m.loadAverageStart.join(" ")} at start, ${m.loadAverageEnd?.join(" ") ?? "?"} at end`,
    `code: ${m.commit}${m.uncommittedFiles ? ` + ${m.uncommittedFiles} uncommitted file(s)` : ""} · ${o.runs} run(s) of ${o.durationSec} s at ${o.connections.join(", ")} connections · scenarios: ${o.only.join(", ")}`,
    "",
    "Figures are min / **median** / max over runs. The load generator (autocannon) runs on the same machine as the servers.",
    "",
    "## Checks",
    "",
    "| check | target | value | |",
    "|---|---|---|---|",
    ...summary.checks.map((c) => `| ${c.check} | ${c.target} | ${c.value} | ${c.pass === null ? "n/a" : c.pass ? "pass" : "**FAIL**"} |`),
  ];
  if (summary.ingest) {
    lines.push(
      "",
      "## Ingest: distinct signed api:release events",
      "",
      "| connections | Shiplog req/s | baseline req/s | Shiplog ÷ baseline | Shiplog p50 ms | Shiplog p99 ms | baseline p99 ms | Shiplog 2xx / stored / errors+non-2xx |",
      "|---|---|---|---|---|---|---|---|",
      ...summary.ingest.map((r) => {
        const s = r.shiplog;
        const b = r.baseline;
        return `| ${r.connections} | ${s ? fmt(s.throughput) : "–"} | ${b ? fmt(b.throughput) : "–"} | ${r.ratio ? fmt(r.ratio, f2) : "–"} | ${s ? fmt(s.p50) : "–"} | ${s ? fmt(s.p99) : "–"} | ${b ? fmt(b.p99) : "–"} | ${s ? `${s.ok} / ${s.stored ?? "?"} / ${s.errors + s.non2xx}` : "–"} |`;
      }),
      "",
      "The baseline (bench/baseline-server.ts) is a bare node:http server doing one hook's irreducible work with the same driver and the same SQL, without Next.js or Prisma.",
    );
    if (results.baselineStored) {
      const b = results.baselineStored;
      lines.push(`Baseline rows check: ${b.stored} stored for ${b.acknowledged} 2xx (${b.lost} lost, ${b.cutAtEnd} cut at the end of runs).`);
    }
    const floor = results.nextFloor;
    if (floor) {
      const at = summary.ingest.find((r) => r.connections === floor.connections);
      const ceiling = at?.baseline ? floor.throughput.median / at.baseline.throughput.median : null;
      const share = at?.shiplog ? at.shiplog.throughput.median / floor.throughput.median : null;
      lines.push(
        "",
        `### Next.js floor @${floor.connections}: the hook route with no work`,
        "",
        `The same route for a project that does not exist (404 from memory: no database, no body read): ${fmt(floor.throughput)} req/s, p50 ${fmt(floor.p50)} ms, p99 ${fmt(floor.p99)} ms (${floor.non404} answers other than 404).`,
        `No Next.js route can ingest faster than this on this machine, so Shiplog ÷ baseline cannot exceed floor ÷ baseline = **${ceiling === null ? "–" : f2(ceiling)}**; Shiplog's real hooks run at ${share === null ? "–" : f2(share)} of the floor.`,
      );
    }
  }
  if (results.storm && summary.storm) {
    lines.push(
      "",
      `## Duplicates storm: ${STORM.events} events × ${STORM.copies} copies at ${STORM.connections} connections`,
      "",
      `Throughput ${fmt(summary.storm.throughput)} req/s, p99 ${fmt(summary.storm.p99)} ms; ÷ distinct ingest @${STORM.connections}: ${summary.storm.ratioToDistinct === null ? "–" : f2(summary.storm.ratioToDistinct)}.`,
      "",
      ...results.storm.map((r) => `- run ${r.run}: ${loadLine(r.load)}; answers ${JSON.stringify(r.load.outcomes)}; stored ${r.exactlyOnce.deploys} deploys, ${r.exactlyOnce.hookEvents} event ids`),
    );
  }
  if (results.timeline?.length) {
    const names = Object.keys(results.timeline[0].timings);
    const small = results.timeline.find((t) => t.deploys === 1_000);
    const big = results.timeline.find((t) => t.deploys === 100_000);
    lines.push(
      "",
      `## Timeline (ms, ${o.timelineSamples} samples after 3 warm-ups)`,
      "",
      "| what | 1,000 deploys | 100,000 deploys | 100k ÷ 1k (median) |",
      "|---|---|---|---|",
      ...names.map((n) => {
        const a = small?.timings[n];
        const b = big?.timings[n];
        return `| ${n} | ${a ? fmt(a, f1) : "–"} | ${b ? fmt(b, f1) : "–"} | ${a && b ? f2(b.median / a.median) : "–"} |`;
      }),
      "",
      "Health has no HTTP endpoint of its own (the page computes it with the rest): it is timed in-process, in a separate process on the same database.",
    );
  }
  if (results.memory) {
    const mem = results.memory;
    const mib = (x: number | null) => (x === null ? "?" : f0(x));
    lines.push(
      "",
      `## Memory: ${mem.minutes} min of ingest at ${mem.connections} connections (pid ${mem.pid})`,
      "",
      `RSS ${mib(mem.beforeMiB)} MiB before, ${f0(mem.early.rssMiB)} MiB at ${mem.early.atSec} s, ${f0(mem.end.rssMiB)} MiB at ${mem.end.atSec} s (${f1(mem.growthPercent)}%), ${mib(mem.afterMiB)} MiB 5 s after. ${loadLine(mem.load)}.`,
      "",
      `Samples (s: MiB): ${mem.samples.map((s) => `${s.atSec}: ${mib(s.rssMiB)}`).join(", ")}`,
    );
  }
  return lines.join("\n") + "\n";
}

/** Writes latest-<db>.{json,md} and copies them to latest.{json,md} (the most recent run). */
export function writeResults(results: Results): string {
  const summary = summarizeResults(results);
  const dir = path.join(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `latest-${results.options.db}`);
  const markdown = renderMarkdown(results, summary);
  writeFileSync(`${base}.json`, JSON.stringify({ ...results, summary }, null, 2) + "\n");
  writeFileSync(`${base}.md`, markdown);
  copyFileSync(`${base}.json`, path.join(dir, "latest.json"));
  copyFileSync(`${base}.md`, path.join(dir, "latest.md"));
  return markdown;
}
