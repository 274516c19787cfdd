"use client";

import { useActionState } from "react";
import { createOrganizationAction } from "@/app/actions/org-actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function CreateOrganizationForm() {
  const [state, action] = useActionState(createOrganizationAction, {});
  return (
    <form action={action} noValidate className="space-y-2 rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <Field label="Organization name" name="name" required autoFocus defaultValue={state.values?.name} error={state.fields?.name} placeholder="Acme" />
      <Field label="Slug (optional)" name="slug" defaultValue={state.values?.slug} error={state.fields?.slug} hint="Used in URLs. Made from the name when empty." placeholder="acme" />
      <FormMessage state={state} />
      <SubmitButton pendingText="Creating…">Create organization</SubmitButton>
    </form>
  );
}
