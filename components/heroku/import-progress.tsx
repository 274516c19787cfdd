"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ImportProgress } from "@/lib/server/heroku-api/connection-view";

type Props = { initial: ImportProgress | null; app: string; poll: () => Promise<ImportProgress[]> };

const percent = (p: ImportProgress) => (p.status === "done" ? 100 : p.total ? Math.min(99, Math.floor((p.seen / p.total) * 100)) : 0);
const active = (p: ImportProgress | null) => p?.status === "queued" || p?.status === "running";

/** The app's latest import; polls while it runs (so a reload mid-import picks it up again). */
export function ImportProgressBar({ initial, app, poll }: Props) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  const [seenInitial, setSeenInitial] = useState(initial);
  if (initial !== seenInitial) {
    setSeenInitial(initial);
    setProgress(initial);
  }
  const running = active(progress);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(async () => {
      const next = (await poll()).find((p) => p.app === app) ?? null;
      setProgress(next);
      if (!active(next)) router.refresh();
    }, 1000);
    return () => clearInterval(timer);
  }, [running, poll, app, router]);
  if (!progress) return null;
  const value = percent(progress);
  return (
    <div className="mt-2 space-y-1">
      <div
        role="progressbar"
        aria-label={`Import of ${app}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        className="h-2 w-full overflow-hidden rounded bg-zinc-200 dark:bg-zinc-800"
      >
        <div className={`h-full ${progress.status === "failed" ? "bg-red-500" : "bg-indigo-600"}`} style={{ width: `${value}%` }} />
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400" aria-live="polite">
        {progress.status === "done"
          ? `Import finished: ${progress.seen} releases read, ${progress.recorded} recorded (100%).`
          : progress.status === "failed"
            ? `Import stopped: ${progress.error}`
            : `Importing… ${progress.seen}${progress.total ? ` of ${progress.total}` : ""} releases (${value}%).${progress.error ? ` ${progress.error}` : ""}`}
      </p>
    </div>
  );
}
