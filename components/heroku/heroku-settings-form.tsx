"use client";

import { useActionState, useState } from "react";
import type { SettingsFormState } from "@/app/actions/heroku-settings-actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { Toast } from "@/components/ui/toast";

type Row = { key: number; name: string; environment: string };
type Props = {
  action: (prev: SettingsFormState, data: FormData) => Promise<SettingsFormState>;
  repositories: string[];
  config: { repository: string | null; environment: string; appEnvironments: Record<string, string>; hasSecret: boolean };
  readOnly: boolean;
};

const inputClass =
  "block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm aria-[invalid]:border-red-500 disabled:opacity-70 dark:border-zinc-700 dark:bg-zinc-900";

let nextKey = 0;
const toRows = (pairs: { name: string; environment: string }[]): Row[] => pairs.map((p) => ({ key: nextKey++, ...p }));

export function HerokuSettingsForm({ action, repositories, config, readOnly }: Props) {
  const [state, formAction] = useActionState(action, {});
  const [rows, setRows] = useState<Row[]>(() =>
    toRows(Object.entries(config.appEnvironments).map(([name, environment]) => ({ name, environment }))),
  );
  const [seenState, setSeenState] = useState(state);
  // A rejected save comes back with the rows as typed: show those, not the saved ones.
  if (state !== seenState) {
    setSeenState(state);
    if (state.rows) setRows(toRows(state.rows));
  }
  const err = (key: string) => state.fields?.[key];

  return (
    <form action={formAction} noValidate className="space-y-4">
      <fieldset disabled={readOnly} className="space-y-4">
        <div>
          <label htmlFor="field-repository" className="block text-sm font-medium">Repository</label>
          <select
            id="field-repository"
            name="repository"
            defaultValue={state.values?.repository ?? config.repository ?? ""}
            aria-describedby="field-repository-error field-repository-hint"
            aria-invalid={err("repository") ? true : undefined}
            className={`mt-1 ${inputClass}`}
          >
            <option value="">None (no commit links)</option>
            {repositories.map((r) => (
              <option key={r} value={r}>{r}</option>
            ))}
          </select>
          <p id="field-repository-hint" className="mt-1 text-xs text-zinc-500">Each release records its commit in this repository, for commit and compare links.</p>
          <p id="field-repository-error" aria-live="polite" className="mt-1 min-h-4 text-xs text-red-600 dark:text-red-400">{err("repository")}</p>
        </div>

        <Field
          label="Default environment"
          name="environment"
          defaultValue={state.values?.environment ?? config.environment}
          hint="Deploys of apps not mapped below go here. Empty means “production”."
          error={err("environment")}
          maxLength={64}
        />

        <fieldset>
          <legend className="text-sm font-medium">Apps and their environments</legend>
          <p className="mb-2 text-xs text-zinc-500">For example a staging app and a production app in one project.</p>
          <ul className="space-y-2">
            {rows.map((row, i) => (
              <li key={row.key} className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
                <div>
                  <label className="sr-only" htmlFor={`app-name-${row.key}`}>Heroku app name, row {i + 1}</label>
                  <input
                    id={`app-name-${row.key}`}
                    name="appName"
                    defaultValue={row.name}
                    placeholder="acme-shop-staging"
                    aria-invalid={err(`apps.${i}.name`) ? true : undefined}
                    aria-describedby={`app-name-${row.key}-error`}
                    className={inputClass}
                  />
                  <p id={`app-name-${row.key}-error`} className="mt-1 min-h-4 text-xs text-red-600 dark:text-red-400">{err(`apps.${i}.name`)}</p>
                </div>
                <div>
                  <label className="sr-only" htmlFor={`app-env-${row.key}`}>Environment, row {i + 1}</label>
                  <input
                    id={`app-env-${row.key}`}
                    name="appEnvironment"
                    defaultValue={row.environment}
                    placeholder="staging"
                    aria-invalid={err(`apps.${i}.environment`) ? true : undefined}
                    aria-describedby={`app-env-${row.key}-error`}
                    className={inputClass}
                  />
                  <p id={`app-env-${row.key}-error`} className="mt-1 min-h-4 text-xs text-red-600 dark:text-red-400">{err(`apps.${i}.environment`)}</p>
                </div>
                <button
                  type="button"
                  onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
                  className="rounded-md px-2 py-2 text-sm text-zinc-500 hover:bg-zinc-100 hover:text-red-600 dark:hover:bg-zinc-800"
                  aria-label={`Remove mapping row ${i + 1}`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => setRows((rs) => [...rs, { key: nextKey++, name: "", environment: "" }])}
            className="mt-1 rounded-md border border-dashed border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            + Add app
          </button>
        </fieldset>

        <Field
          label="Webhook secret"
          name="webhookSecret"
          type="password"
          autoComplete="off"
          placeholder={config.hasSecret ? "•••••••• saved — leave empty to keep it" : "Paste the secret Heroku printed"}
          hint={config.hasSecret ? "A secret is saved. It is never shown again; type a new one to replace it." : "No secret saved yet: Shiplog refuses deliveries until one is."}
          error={err("webhookSecret")}
        />
      </fieldset>
      <FormMessage state={state.ok ? {} : state} />
      {readOnly ? (
        <p className="text-sm text-zinc-500">You can see these settings; only organization owners and admins can change them.</p>
      ) : (
        <SubmitButton pendingText="Saving…">Save settings</SubmitButton>
      )}
      <Toast message={state.ok ? state.message : undefined} stamp={state} />
    </form>
  );
}
