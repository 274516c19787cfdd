import type { TimelineItem } from "./timeline-item";

// Status is told by icon and word, never by colour alone.
export function StatusBadge({ status }: { status: TimelineItem["status"] }) {
  if (status === "pending") {
    return (
      <span className="inline-flex items-center gap-1.5 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-200">
        <span aria-hidden="true" className="size-3 animate-spin rounded-full border-2 border-amber-600 border-t-transparent motion-reduce:animate-none" />
        Pending
      </span>
    );
  }
  if (status === "failed") {
    return (
      <span className="inline-flex items-center gap-1 rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800 dark:bg-red-900/50 dark:text-red-200">
        <span aria-hidden="true">✕</span> Failed
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200">
      <span aria-hidden="true">✓</span> Succeeded
    </span>
  );
}

const KIND_LABEL: Record<TimelineItem["kind"], string> = {
  deploy: "Deploy",
  rollback: "Rollback",
  promotion: "Promotion",
  config: "Config",
  other: "Other",
};

export function KindBadge({ kind }: { kind: TimelineItem["kind"] }) {
  const style =
    kind === "rollback"
      ? "bg-orange-100 text-orange-900 dark:bg-orange-900/40 dark:text-orange-200"
      : "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300";
  return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${style}`}>{kind === "rollback" ? "↩ " : ""}{KIND_LABEL[kind]}</span>;
}

export function EnvironmentBadge({ name }: { name: string }) {
  const style =
    name === "production"
      ? "border-indigo-300 text-indigo-800 dark:border-indigo-700 dark:text-indigo-200"
      : "border-zinc-300 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300";
  return <span className={`rounded border px-1.5 py-0.5 text-xs font-medium ${style}`}>{name}</span>;
}
