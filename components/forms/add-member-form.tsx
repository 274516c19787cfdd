"use client";

import { useActionState } from "react";
import { addMemberAction } from "@/app/actions/org-actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function AddMemberForm({ orgSlug }: { orgSlug: string }) {
  const [state, action] = useActionState(addMemberAction.bind(null, orgSlug), {});
  return (
    <form action={action} noValidate className="space-y-2">
      <h3 className="text-sm font-semibold">Add a member</h3>
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
        <Field label="Email" name="email" type="email" required defaultValue={state.values?.email} error={state.fields?.email} />
        <div>
          <label htmlFor="field-role" className="block text-sm font-medium">Role</label>
          <select id="field-role" name="role" defaultValue={state.values?.role ?? "member"} className="mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900">
            <option value="member">Member</option>
            <option value="admin">Admin</option>
            <option value="owner">Owner</option>
          </select>
        </div>
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingText="Adding…">Add member</SubmitButton>
    </form>
  );
}
