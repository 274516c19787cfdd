"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/server/actions/form-state";

/** Compares every tracked app's latest releases with Shiplog's now, instead of waiting for the periodic run. */
export function ReconcileButton({ action }: { action: () => Promise<FormState> }) {
  const [state, formAction] = useActionState<FormState>(() => action(), {});
  return (
    <form action={formAction} className="space-y-2">
      <SubmitButton variant="secondary" pendingText="Comparing with Heroku…">Reconcile now</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
