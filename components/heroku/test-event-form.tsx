"use client";

import { useActionState } from "react";
import type { TestEventState } from "@/app/actions/heroku-settings-actions";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = { action: (prev: TestEventState, data: FormData) => Promise<TestEventState>; apps: string[] };

export function TestEventForm({ action, apps }: Props) {
  const [state, formAction] = useActionState(action, {});
  const result = state.result;
  return (
    <Card
      title="Send a test event"
      description="Shiplog signs a sample release event and posts it to this project's hook URL, exactly as Heroku would, then shows the answer."
    >
      <form action={formAction} noValidate className="grid gap-x-3 sm:grid-cols-2">
        <div>
          <label htmlFor="test-app" className="block text-sm font-medium">App</label>
          <select id="test-app" name="app" className="mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900">
            {apps.length === 0 ? <option value="">shiplog-test-app</option> : null}
            {apps.map((a) => (
              <option key={a} value={a}>{a}</option>
            ))}
          </select>
        </div>
        <Field
          label="Secret to sign with (optional)"
          name="secret"
          id="test-secret"
          type="password"
          autoComplete="off"
          hint="Paste the secret Heroku printed to check it matches the saved one. Empty: sign with the saved secret."
          error={state.fields?.secret}
        />
        <div className="sm:col-span-2">
          <SubmitButton variant="secondary" pendingText="Sending…">Send test event</SubmitButton>
        </div>
      </form>
      <div aria-live="polite" className="mt-3 min-h-12">
        {result ? (
          <p
            data-testid="test-event-result"
            className={`rounded-md p-3 text-sm ${result.ok ? "bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200" : "bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-200"}`}
          >
            <strong>{result.ok ? "✓ " : "✕ "}{result.outcome}</strong> (HTTP {result.status}) — {result.message}
          </p>
        ) : state.message ? (
          <p className="text-sm text-red-600">{state.message}</p>
        ) : null}
      </div>
    </Card>
  );
}
