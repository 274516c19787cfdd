"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState, useTransition } from "react";
import { loadMoreDeploysAction } from "@/app/actions/timeline-actions";
import { DeployEntry } from "./deploy-entry";
import { compareItems, dayLabel, type TimelineItem } from "./timeline-item";

const REFRESH_MS = 5000;

type Props = {
  orgSlug: string;
  projectSlug: string;
  search: Record<string, string>;
  initialItems: TimelineItem[];
  initialCursor: string | null;
  renderedAt: string;
};

/** Merges pages by id (newer data wins) and keeps the server's order. */
function merge(...lists: TimelineItem[][]): TimelineItem[] {
  const byId = new Map<number, TimelineItem>();
  for (const list of lists) for (const item of list) byId.set(item.id, item);
  return [...byId.values()].sort(compareItems);
}

export function Timeline({ orgSlug, projectSlug, search, initialItems, initialCursor, renderedAt }: Props) {
  const router = useRouter();
  const [older, setOlder] = useState<{ items: TimelineItem[]; cursor: string | null } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();
  const [now, setNow] = useState(() => new Date(renderedAt));

  // Live updates: re-render the server page every few seconds while the tab is visible.
  useEffect(() => {
    const tick = () => {
      if (document.visibilityState !== "visible") return;
      setNow(new Date());
      router.refresh();
    };
    const timer = setInterval(tick, REFRESH_MS);
    document.addEventListener("visibilitychange", tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", tick);
    };
  }, [router]);

  const items = useMemo(() => merge(older?.items ?? [], initialItems), [older, initialItems]);
  const cursor = older ? older.cursor : initialCursor;
  const groups = useMemo(() => {
    const out: { label: string; items: TimelineItem[] }[] = [];
    for (const item of items) {
      const label = dayLabel(item.sortDate, now);
      if (out.at(-1)?.label !== label) out.push({ label, items: [] });
      out.at(-1)!.items.push(item);
    }
    return out;
  }, [items, now]);

  function loadMore() {
    if (!cursor) return;
    setLoadError(null);
    startLoading(async () => {
      try {
        const page = await loadMoreDeploysAction(orgSlug, projectSlug, search, cursor);
        setOlder((prev) => ({ items: merge(prev?.items ?? [], page.items), cursor: page.nextCursor }));
      } catch {
        setLoadError("Could not load more deploys. Try again.");
      }
    });
  }

  const base = `/${orgSlug}/${projectSlug}/releases`;
  return (
    <div>
      <ol aria-label="Deploys, newest first" className="space-y-6">
        {groups.map((group) => (
          <li key={group.label}>
            <h3 className="sticky top-0 z-[1] mb-2 bg-zinc-50/95 py-1 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:bg-zinc-950/95">
              {group.label}
            </h3>
            <ol className="space-y-2 border-l-2 border-zinc-200 pl-4 dark:border-zinc-800">
              {group.items.map((item) => (
                <li key={item.id}>
                  <DeployEntry item={item} now={now} releaseHref={`${base}/${encodeURIComponent(item.version)}`} />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      <div className="mt-6 flex flex-col items-center gap-2">
        {cursor ? (
          <button
            type="button"
            onClick={loadMore}
            disabled={loading}
            className="rounded-md border border-zinc-300 bg-white px-4 py-2 text-sm font-medium hover:bg-zinc-50 disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800"
          >
            {loading ? "Loading…" : "Load more"}
          </button>
        ) : items.length > 0 ? (
          <p className="text-sm text-zinc-500">That is the whole history.</p>
        ) : null}
        <p role="alert" className="min-h-5 text-sm text-red-600">{loadError}</p>
      </div>
    </div>
  );
}
