import {
  connectHerokuAction,
  forgetHerokuAction,
  importAppAction,
  importProgressAction,
  reconcileNowAction,
  trackAppsAction,
  untrackAppAction,
} from "@/app/actions/heroku-connection-actions";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import type { HerokuConnectionView } from "@/lib/server/heroku-api/connection-view";
import { HerokuAppsForm } from "./heroku-apps-form";
import { HerokuConnectForm } from "./heroku-connect-form";
import { ImportProgressBar } from "./import-progress";
import { ReconcileButton } from "./reconcile-button";

type Props = {
  org: string;
  project: string;
  view: HerokuConnectionView;
  /** The account's apps, or the sentence saying why they could not be listed. */
  accountApps: { names: string[] } | { error: string } | null;
  defaultEnvironment: string;
};

const STATE_TEXT: Record<string, string> = { subscribed: "● Subscribed", failed: "✕ Subscription failed", none: "○ Not subscribed" };

/** Connect a Heroku account, pick apps, see subscriptions and imports. Admins only (the page decides). */
export function HerokuConnectionCard({ org, project, view, accountApps, defaultEnvironment }: Props) {
  if (!view.connected) {
    return (
      <Card title="Connect Heroku's API" description="Shiplog then subscribes your apps itself, imports their past releases and fills any gap.">
        <HerokuConnectForm action={connectHerokuAction.bind(null, org, project)} />
      </Card>
    );
  }
  const tracked = new Map(view.apps.map((a) => [a.name, a]));
  const poll = importProgressAction.bind(null, org, project);
  return (
    <Card
      title="Heroku API connection"
      description={<>Connected as <strong>{view.accountEmail}</strong>.</>}
      actions={
        <form action={forgetHerokuAction.bind(null, org, project)}>
          <SubmitButton variant="secondary" pendingText="Forgetting…">Forget key</SubmitButton>
        </form>
      }
    >
      {view.lastError ? (
        <div role="alert" className="mb-4 space-y-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200">
          <p>{view.lastError}</p>
          <HerokuConnectForm action={connectHerokuAction.bind(null, org, project)} reconnect />
        </div>
      ) : null}
      {accountApps && "error" in accountApps ? <p role="alert" className="mb-4 text-sm text-red-600">{accountApps.error}</p> : null}
      {accountApps && "names" in accountApps ? (
        <HerokuAppsForm
          action={trackAppsAction.bind(null, org, project)}
          apps={accountApps.names.map((name) => ({ name, tracked: tracked.has(name), environment: tracked.get(name)?.environment ?? defaultEnvironment }))}
        />
      ) : null}
      {view.apps.length ? (
        <div className="mt-6 space-y-4">
          <h3 className="text-sm font-semibold">Tracked apps</h3>
          <ul className="space-y-4">
            {view.apps.map((app) => (
              <li key={app.name} className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800" aria-label={`Tracked app ${app.name}`}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <div>
                    <span className="font-mono text-sm">{app.name}</span> <span className="text-xs text-zinc-500">→ {app.environment}</span>
                    <p className="text-xs" data-testid={`webhook-state-${app.name}`}>{STATE_TEXT[app.webhookState] ?? app.webhookState}{app.webhookError ? `: ${app.webhookError}` : ""}</p>
                    {app.reconcileError ? <p className="text-xs text-red-600">Last reconcile: {app.reconcileError}</p> : null}
                  </div>
                  <div className="flex gap-2">
                    <form action={importAppAction.bind(null, org, project, app.name)}>
                      <SubmitButton variant="secondary" pendingText="Starting…">Import past releases</SubmitButton>
                    </form>
                    <form action={untrackAppAction.bind(null, org, project, app.name)}>
                      <SubmitButton variant="danger" pendingText="Removing…">Remove subscription</SubmitButton>
                    </form>
                  </div>
                </div>
                <ImportProgressBar initial={app.lastImport} app={app.name} poll={poll} />
              </li>
            ))}
          </ul>
          <ReconcileButton action={reconcileNowAction.bind(null, org, project)} />
        </div>
      ) : null}
    </Card>
  );
}
