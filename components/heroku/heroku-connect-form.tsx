"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/server/actions/form-state";

type Props = { action: (prev: FormState, data: FormData) => Promise<FormState>; reconnect?: boolean };

/** Paste a key; the server checks it with Heroku before keeping it. */
export function HerokuConnectForm({ action, reconnect }: Props) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate className="space-y-3">
      <Field
        label="Heroku API key"
        name="apiKey"
        type="password"
        autoComplete="off"
        hint="From `heroku auth:token` or your account settings, or an OAuth authorization token. Stored encrypted."
        error={state.fields?.apiKey}
        maxLength={500}
      />
      <SubmitButton pendingText="Checking with Heroku…">{reconnect ? "Reconnect Heroku" : "Connect Heroku"}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
