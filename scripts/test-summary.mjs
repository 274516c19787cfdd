// Adds up the node:test TAP files and Playwright's JSON report into one "N passed, N failed" line.
import { existsSync, readFileSync, readdirSync } from "node:fs";

let passed = 0, failed = 0, skipped = 0;
for (const file of readdirSync("test-results").filter((f) => f.endsWith(".tap"))) {
  const tap = readFileSync(`test-results/${file}`, "utf8");
  const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, "m"))?.[1] ?? 0);
  passed += count("pass");
  failed += count("fail") + count("cancelled");
  skipped += count("skipped") + count("todo");
}
if (existsSync("test-results/e2e.json")) {
  const { stats } = JSON.parse(readFileSync("test-results/e2e.json", "utf8"));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
}
console.log(`all: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
