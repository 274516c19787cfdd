import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = { enabled: boolean; canEdit: boolean; toggle: () => Promise<void> };

/** Enable/disable; a plain form so it works without JavaScript. */
export function PluginStatusCard({ enabled, canEdit, toggle }: Props) {
  return (
    <Card
      title="Heroku integration"
      description={
        enabled
          ? "Enabled: Shiplog records the releases Heroku sends to this project's hook URL."
          : "Disabled: Heroku's calls to this project's hook URL are refused with 403 and nothing is recorded."
      }
      actions={
        <span
          className={`rounded-full px-2.5 py-1 text-xs font-semibold ${enabled ? "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200" : "bg-zinc-200 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"}`}
        >
          {enabled ? "● Enabled" : "○ Disabled"}
        </span>
      }
    >
      {canEdit ? (
        <form action={toggle}>
          <SubmitButton variant={enabled ? "secondary" : "primary"} pendingText={enabled ? "Disabling…" : "Enabling…"}>
            {enabled ? "Disable integration" : "Enable integration"}
          </SubmitButton>
        </form>
      ) : (
        <p className="text-sm text-zinc-500">Only organization owners and admins can change this.</p>
      )}
    </Card>
  );
}
