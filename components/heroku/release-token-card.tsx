"use client";

import { useRef, useState, useTransition } from "react";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  /** The token's last four characters (null for members, who may not see it). */
  tokenHint: string | null;
  builtinUrl: string;
  canEdit: boolean;
  reveal: () => Promise<{ token?: string; message?: string }>;
  regenerate: () => Promise<void>;
};

// The page never carries the token: "Reveal" asks the server for it (admins only) and "Hide" forgets it.
export function ReleaseTokenCard({ tokenHint, builtinUrl, canEdit, reveal, regenerate }: Props) {
  const [token, setToken] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revealing, startReveal] = useTransition();
  const dialog = useRef<HTMLDialogElement>(null);
  const toggle = () => {
    setError(null);
    if (token) return setToken(null);
    startReveal(async () => {
      const answer = await reveal();
      if (answer.token) setToken(answer.token);
      else setError(answer.message ?? "The token could not be loaded.");
    });
  };
  const curl = `curl -X POST ${builtinUrl} \\\n  -H 'Content-Type: application/json' \\\n  -d '{"version": "'"$(git rev-parse HEAD)"'"}'`;
  return (
    <Card title="Release token" description="Hook URLs are signed with this token. Anyone with a hook URL can post releases to this project.">
      <div className="flex flex-wrap items-center gap-2">
        <code className="rounded bg-zinc-100 px-2 py-1 font-mono text-xs break-all dark:bg-zinc-800" data-testid="release-token">
          {token ?? `${"•".repeat(24)}${tokenHint ?? "••••"}`}
        </code>
        {canEdit ? (
          <>
            <button
              type="button"
              onClick={toggle}
              disabled={revealing}
              aria-live="polite"
              className="rounded px-2 py-1 text-xs font-medium text-indigo-600 hover:bg-zinc-100 disabled:opacity-60 dark:text-indigo-400 dark:hover:bg-zinc-800"
            >
              {revealing ? "Revealing…" : token ? "Hide" : "Reveal"}
            </button>
            {token ? <CopyButton text={token} label="Copy token" /> : null}
          </>
        ) : null}
        {canEdit ? (
          <button
            type="button"
            onClick={() => dialog.current?.showModal()}
            className="rounded border border-red-300 px-2 py-1 text-xs font-medium text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950"
          >
            Regenerate…
          </button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="mt-2 text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      <dialog ref={dialog} aria-labelledby="regen-title" className="m-auto max-w-md rounded-lg p-6 shadow-xl backdrop:bg-black/40 dark:bg-zinc-900 dark:text-zinc-100">
        <h3 id="regen-title" className="text-base font-semibold">Regenerate the release token?</h3>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          Every hook URL built from the current token stops working at once: Heroku webhooks and scripts using them get 403
          until you update them with the new URL.
        </p>
        <form action={regenerate} onSubmit={() => setTimeout(() => dialog.current?.close(), 0)} className="mt-5 flex justify-end gap-2">
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-md px-3 py-2 text-sm font-medium hover:bg-zinc-100 dark:hover:bg-zinc-800">
            Cancel
          </button>
          <SubmitButton variant="danger" pendingText="Regenerating…">Regenerate token</SubmitButton>
        </form>
      </dialog>
      <h3 className="mt-5 text-sm font-semibold">Generic hook (for scripts and CI)</h3>
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">POST a JSON body with a <code>version</code> (and optionally <code>ref</code>, <code>url</code>, <code>dateReleased</code>):</p>
      <div className="mt-2 flex items-start gap-2 rounded-md bg-zinc-900 p-3 font-mono text-xs text-zinc-100">
        <pre className="min-w-0 flex-1 overflow-x-auto whitespace-pre-wrap break-all" data-testid="builtin-curl">{curl}</pre>
        <CopyButton text={curl} label="Copy" className="shrink-0 text-zinc-300 hover:bg-zinc-700 hover:text-white" />
      </div>
    </Card>
  );
}
