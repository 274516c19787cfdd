"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signUpAction } from "@/app/actions/auth-actions";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignUpForm({ firstRun }: { firstRun: boolean }) {
  const [state, action] = useActionState(signUpAction, {});
  return (
    <form action={action} className="space-y-2 rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900" noValidate>
      <h1 className="text-lg font-semibold">{firstRun ? "Welcome to Shiplog" : "Create your account"}</h1>
      <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
        {firstRun
          ? "This is a new server: the account you create now administers it."
          : "After signing up, ask an organization owner to add you, or create your own organization."}
      </p>
      <Field label="Name" name="name" autoComplete="name" required autoFocus defaultValue={state.values?.name} error={state.fields?.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={state.fields?.email} />
      <Field label="Password" name="password" type="password" autoComplete="new-password" required minLength={8} hint="At least 8 characters." error={state.fields?.password} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Creating account…">Create account</SubmitButton>
      <p className="pt-4 text-sm text-zinc-600 dark:text-zinc-400">
        Already have an account? <Link className="font-medium text-indigo-600 hover:underline dark:text-indigo-400" href="/signin">Sign in</Link>
      </p>
    </form>
  );
}
