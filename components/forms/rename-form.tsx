"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/server/actions/form-state";

export function RenameForm({ action, name, label, readOnly }: { action: (prev: FormState, data: FormData) => Promise<FormState>; name: string; label: string; readOnly?: boolean }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate className="space-y-2">
      <Field label={label} name="name" required readOnly={readOnly} defaultValue={state.values?.name ?? name} error={state.fields?.name} />
      <FormMessage state={state} />
      {readOnly ? null : <SubmitButton>Save</SubmitButton>}
    </form>
  );
}
