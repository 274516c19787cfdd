import type { DeployListItem } from "@/lib/server/releases/list-deploys";

// What the browser gets for one deploy: the timeline's list item, dates as ISO strings.
// (A type-only import: nothing of the server module reaches the client bundle.)
export type TimelineItem = Omit<DeployListItem, "dateStarted" | "dateFinished" | "sortDate"> & {
  dateStarted: string | null;
  dateFinished: string | null;
  sortDate: string;
};

/** Newest first by (sortDate, id), as the server orders them. */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return b.sortDate.localeCompare(a.sortDate) || b.id - a.id;
}

/** A 40-character hex commit is shown as its first 7 characters; other versions as they are. */
export function shortVersion(version: string): string {
  return /^[0-9a-f]{40}$/i.test(version) ? version.slice(0, 7) : version;
}

export function dayLabel(iso: string, now: Date): string {
  const day = iso.slice(0, 10);
  const today = now.toISOString().slice(0, 10);
  const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
  if (day === today) return "Today";
  if (day === yesterday) return "Yesterday";
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", { weekday: "short", month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
}

export function relativeTime(iso: string, now: Date): string {
  const seconds = Math.round((now.getTime() - new Date(iso).getTime()) / 1000);
  const abs = Math.abs(seconds);
  const units: [number, Intl.RelativeTimeFormatUnit][] = [[60, "second"], [60, "minute"], [24, "hour"], [30, "day"], [12, "month"], [Infinity, "year"]];
  let value = abs;
  let unit: Intl.RelativeTimeFormatUnit = "second";
  for (const [size, name] of units) {
    unit = name;
    if (value < size) break;
    value = Math.floor(value / size);
  }
  if (unit === "second" && value < 10) return "just now";
  return new Intl.RelativeTimeFormat("en", { numeric: "auto" }).format(seconds >= 0 ? -value : value, unit);
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} days`;
}
