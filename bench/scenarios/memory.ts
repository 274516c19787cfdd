// Sustained ingest at 8 connections while the server's resident memory is sampled every 10 s:
// growth between the first minute and the end would be a leak (caches, listeners, buffers).
import { hookUrl } from "../../test/faults/fault-fixtures";
import type { EventFeed } from "../events";
import { fireHooks } from "../load";
import { rssMiB } from "../processes";
import type { HookProject } from "../seed";
import type { RunningServer } from "../servers";
import type { Delivered } from "../verify";
import { summarize, type LoadSummary } from "./ingest";

const SAMPLE_EVERY_MS = 10_000;
const CONNECTIONS = 8;

export type MemoryResult = {
  minutes: number;
  connections: number;
  pid: number;
  beforeMiB: number | null;
  samples: { atSec: number; rssMiB: number | null }[];
  afterMiB: number | null;
  /** The sample growth is measured from: at 60 s, or the first one on runs shorter than 2 minutes. */
  early: { atSec: number; rssMiB: number };
  end: { atSec: number; rssMiB: number };
  growthPercent: number;
  load: LoadSummary;
};

export async function runMemory(o: {
  server: RunningServer;
  nextProject: () => HookProject;
  feed: EventFeed;
  minutes: number;
}): Promise<{ memory: MemoryResult; delivered: Delivered }> {
  const project = o.nextProject();
  const pid = o.server.pid;
  const beforeMiB = rssMiB(pid);
  const samples: MemoryResult["samples"] = [];
  const started = performance.now();
  const sample = () => samples.push({ atSec: Math.round((performance.now() - started) / 1000), rssMiB: rssMiB(pid) });
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  const late = o.feed.madeLate;
  const durationSec = Math.round(o.minutes * 60);
  let result;
  try {
    result = await fireHooks({ url: hookUrl(o.server.url, project.id), connections: CONNECTIONS, durationSec, next: o.feed.next });
  } finally {
    clearInterval(timer);
  }
  o.server.assertAlive();
  sample();
  await new Promise((r) => setTimeout(r, 5000));
  const afterMiB = rssMiB(pid);
  const measured = samples.filter((s): s is { atSec: number; rssMiB: number } => s.rssMiB !== null);
  if (measured.length < 2) throw new Error(`memory: too few RSS samples of pid ${pid} (did the server exit?)`);
  const early = durationSec >= 120 ? measured.reduce((a, b) => (Math.abs(b.atSec - 60) < Math.abs(a.atSec - 60) ? b : a)) : measured[0];
  const end = measured[measured.length - 1];
  const load = summarize(result, o.feed.madeLate - late);
  const growthPercent = ((end.rssMiB - early.rssMiB) / early.rssMiB) * 100;
  console.log(`[bench] memory: ${early.rssMiB.toFixed(0)} MiB at ${early.atSec} s → ${end.rssMiB.toFixed(0)} MiB at ${end.atSec} s (${growthPercent.toFixed(1)}%)`);
  return {
    memory: { minutes: o.minutes, connections: CONNECTIONS, pid, beforeMiB, samples, afterMiB, early, end, growthPercent, load },
    delivered: { projectId: project.id, connections: CONNECTIONS, acked: result.acked, sent: result.sentIds },
  };
}
