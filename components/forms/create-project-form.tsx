"use client";

import { useActionState } from "react";
import { createProjectAction } from "@/app/actions/project-actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function CreateProjectForm({ orgSlug }: { orgSlug: string }) {
  const [state, action] = useActionState(createProjectAction.bind(null, orgSlug), {});
  return (
    <form action={action} noValidate className="space-y-2 rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <Field label="Project name" name="name" required autoFocus defaultValue={state.values?.name} error={state.fields?.name} placeholder="Shop" />
      <Field label="Slug (optional)" name="slug" defaultValue={state.values?.slug} error={state.fields?.slug} hint="Used in URLs. Made from the name when empty." placeholder="shop" />
      <FormMessage state={state} />
      <SubmitButton pendingText="Creating…">Create project</SubmitButton>
    </form>
  );
}
