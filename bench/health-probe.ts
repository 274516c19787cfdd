// Run by the timeline scenario as a child process, with the server's DATABASE_URL or SHIPLOG_DATA_DIR:
// no HTTP endpoint serves deploy health alone (the releases page computes it with the rest), so it is
// timed in-process, as bench/timeline.ts does. Prints one JSON line.
import { parseArgs } from "node:util";
import { getDatabase } from "@/lib/server/db";
import { deployHealth } from "@/lib/server/releases/deploy-health";
import { timeMs } from "./stats";

const { values } = parseArgs({ options: { project: { type: "string" }, samples: { type: "string", default: "15" } } });
const projectId = Number(values.project);
const samples = Number(values.samples);
try {
  const result = {
    "health, 30 days (in-process)": await timeMs(() => deployHealth({ projectId, rangeDays: 30 }), samples),
    "health, 90 days (in-process)": await timeMs(() => deployHealth({ projectId, rangeDays: 90 }), samples),
  };
  console.log(JSON.stringify(result));
} finally {
  await getDatabase().close();
}
