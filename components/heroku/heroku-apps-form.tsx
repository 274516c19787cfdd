"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/server/actions/form-state";

type Props = {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  apps: { name: string; tracked: boolean; environment: string }[];
};

/** Tick the account's apps this project tracks, each with its environment. */
export function HerokuAppsForm({ action, apps }: Props) {
  const [state, formAction] = useActionState(action, {});
  if (!apps.length) return <p className="text-sm text-zinc-500">This Heroku account has no apps.</p>;
  return (
    <form action={formAction} className="space-y-3">
      <fieldset>
        <legend className="text-sm font-medium">Apps this project tracks</legend>
        <ul className="mt-2 max-h-80 space-y-2 overflow-y-auto">
          {apps.map((app) => (
            <li key={app.name} className="grid grid-cols-[1fr_12rem] items-center gap-3">
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="app" value={app.name} defaultChecked={app.tracked} />
                <span className="font-mono">{app.name}</span>
              </label>
              <label className="sr-only" htmlFor={`environment-${app.name}`}>Environment of {app.name}</label>
              <input
                id={`environment-${app.name}`}
                name={`environment:${app.name}`}
                defaultValue={app.environment}
                maxLength={64}
                className="block w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
              />
            </li>
          ))}
        </ul>
      </fieldset>
      <SubmitButton pendingText="Subscribing…">Save apps and subscribe</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
