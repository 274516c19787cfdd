"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";

type Props = { environments: string[]; apps: string[] };

const selectClass =
  "rounded-md border border-zinc-300 bg-white px-2 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/**
 * Filters live in the URL so links can be shared. With JavaScript a change is a soft navigation
 * (no full reload); without it the form still submits as a plain GET.
 */
export function FilterBar({ environments, apps }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();

  function apply(form: HTMLFormElement) {
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === "string" && value.trim()) next.set(key, value.trim());
    const range = params.get("range");
    if (range) next.set("range", range);
    const query = next.toString();
    startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  }

  const select = (name: string, label: string, options: string[]) => (
    <label className="flex flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
      {label}
      <select name={name} defaultValue={params.get(name) ?? ""} className={selectClass} onChange={(e) => apply(e.currentTarget.form!)}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o} value={o}>{o}</option>
        ))}
      </select>
    </label>
  );

  return (
    <form
      role="search"
      aria-label="Filter deploys"
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        apply(e.currentTarget);
      }}
      className="flex flex-wrap items-end gap-3"
      aria-busy={pending}
    >
      {select("environment", "Environment", environments)}
      {select("app", "App", apps)}
      {select("status", "Status", ["pending", "succeeded", "failed"])}
      {select("kind", "Kind", ["deploy", "rollback", "promotion", "config", "other"])}
      <label className="flex min-w-48 flex-1 flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">
        Search
        <input
          type="search"
          name="q"
          defaultValue={params.get("q") ?? ""}
          placeholder="Version, description or deployer"
          className={selectClass}
        />
      </label>
      <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-500">
        Filter
      </button>
      {pending ? <span className="text-xs text-zinc-500" role="status">Updating…</span> : null}
    </form>
  );
}
