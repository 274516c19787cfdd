"use client";

import { useActionState } from "react";
import { createApiTokenAction } from "@/app/actions/token-actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function CreateApiTokenForm() {
  const [state, action] = useActionState(createApiTokenAction, {});
  return (
    <div className="space-y-4">
      <form action={action} noValidate className="space-y-2">
        <Field label="Token name" name="name" required defaultValue={state.token ? "" : state.values?.name} error={state.fields?.name} hint="What it is for, e.g. “deploy bot”." key={state.token ?? "form"} />
        <FormMessage state={state} />
        <SubmitButton pendingText="Creating…">Create token</SubmitButton>
      </form>
      {state.token ? (
        <div className="rounded-md border border-emerald-300 bg-emerald-50 p-3 dark:border-emerald-800 dark:bg-emerald-950">
          <label htmlFor="new-api-token" className="block text-sm font-medium">New API token</label>
          <input
            id="new-api-token"
            readOnly
            value={state.token}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-900"
          />
          <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">Use it as <code>Authorization: Bearer &lt;token&gt;</code>.</p>
        </div>
      ) : null}
    </div>
  );
}
