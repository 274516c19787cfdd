"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/server/actions/form-state";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function AddRepositoryForm({ action }: { action: (prev: FormState, data: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <details className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800" open={Boolean(state.message)}>
      <summary className="cursor-pointer text-sm font-medium">Add a repository</summary>
      <form action={formAction} noValidate className="mt-3 grid gap-x-3 sm:grid-cols-2">
        <Field label="Repository name" name="name" id="repo-name" placeholder="acme/shop" defaultValue={state.values?.name} error={state.fields?.name} />
        <Field label="Web URL (optional)" name="url" id="repo-url" type="url" placeholder="https://github.com/acme/shop" defaultValue={state.values?.url} error={state.fields?.url} />
        <div className="sm:col-span-2">
          <FormMessage state={state} />
          <SubmitButton variant="secondary" pendingText="Adding…">Add repository</SubmitButton>
        </div>
      </form>
    </details>
  );
}
