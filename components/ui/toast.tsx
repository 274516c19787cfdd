"use client";

import { useEffect, useState } from "react";

/** A short-lived success note, announced politely; `stamp` changes on every new message. */
export function Toast({ message, stamp }: { message?: string; stamp: unknown }) {
  const [dismissed, setDismissed] = useState<unknown>(null);
  useEffect(() => {
    if (!message) return;
    const t = setTimeout(() => setDismissed(stamp), 4000);
    return () => clearTimeout(t);
  }, [message, stamp]);
  const visible = Boolean(message) && dismissed !== stamp;
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed right-4 bottom-4 z-50">
      {visible ? (
        <p className="rounded-md bg-zinc-900 px-4 py-2 text-sm text-white shadow-lg dark:bg-zinc-100 dark:text-zinc-900">{message}</p>
      ) : null}
    </div>
  );
}
