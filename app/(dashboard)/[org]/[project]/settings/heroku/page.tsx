import { headers } from "next/headers";
import {
  addRepositoryAction,
  regenerateTokenAction,
  revealReleaseTokenAction,
  saveHerokuSettingsAction,
  sendTestEventAction,
  setHerokuEnabledAction,
} from "@/app/actions/heroku-settings-actions";
import { DeliveriesTable } from "@/components/heroku/deliveries-table";
import { HerokuConnectionCard } from "@/components/heroku/heroku-connection-card";
import { AddRepositoryForm } from "@/components/heroku/add-repository-form";
import { HerokuSettingsForm } from "@/components/heroku/heroku-settings-form";
import { PluginStatusCard } from "@/components/heroku/plugin-status-card";
import { ReleaseTokenCard } from "@/components/heroku/release-token-card";
import { SetupInstructions } from "@/components/heroku/setup-instructions";
import { TestEventForm } from "@/components/heroku/test-event-form";
import { Card } from "@/components/ui/card";
import { publicBaseUrl } from "@/lib/server/base-url";
import { getDelivery, prettyBody } from "@/lib/server/deliveries/get-delivery";
import { listDeliveries } from "@/lib/server/deliveries/list-deliveries";
import { loadHerokuConnectionCard } from "@/lib/server/heroku-api/connection-card-data";
import { roleAtLeast } from "@/lib/server/orgs/org-access";
import { loadProjectPage } from "@/lib/server/pages/page-access";
import { getHerokuConfig, herokuCliCommand } from "@/lib/server/plugins/heroku-config";
import { getOrCreateReleaseToken, hookUrl } from "@/lib/server/projects/release-token";
import { listRepositories } from "@/lib/server/repositories/repositories";
import { deliveriesPageQuerySchema } from "@/lib/validation/heroku-settings-form";

export const metadata = { title: "Heroku settings" };

type Props = { params: Promise<{ org: string; project: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HerokuSettingsPage({ params, searchParams }: Props) {
  const { org: orgSlug, project: projectSlug } = await params;
  const { org, project, role } = await loadProjectPage(orgSlug, projectSlug);
  const canEdit = roleAtLeast(role, "admin");
  const query = deliveriesPageQuerySchema.parse(await searchParams);
  const [config, repositories, token, deliveries, selected, connection] = await Promise.all([
    getHerokuConfig(project.id),
    listRepositories({ orgId: org.id }),
    getOrCreateReleaseToken(project.id),
    listDeliveries({ projectId: project.id, outcome: query.outcome, limit: 50 }),
    query.delivery ? getDelivery({ projectId: project.id, id: query.delivery }) : null,
    canEdit ? loadHerokuConnectionCard(project.id) : null,
  ]);
  const deliveriesHref = (q: { outcome?: string; delivery?: string }) => {
    const search = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => Boolean(e[1])));
    return `/${org.slug}/${project.slug}/settings/heroku${search.size ? `?${search}` : ""}#deliveries`;
  };
  const base = publicBaseUrl(await headers());
  // The hook URL lets anyone post releases: only those who may change the settings see it.
  const webhookUrl = canEdit ? hookUrl(base, "heroku", project.id, token) : "<hook URL: ask an organization admin>";
  const apps = Object.keys(config.config.appEnvironments);

  return (
    <main className="space-y-6">
      <PluginStatusCard enabled={config.enabled} canEdit={canEdit} toggle={setHerokuEnabledAction.bind(null, org.slug, project.slug, !config.enabled)} />
      {connection ? (
        <HerokuConnectionCard org={org.slug} project={project.slug} view={connection.view} accountApps={connection.accountApps} defaultEnvironment={config.config.environment} />
      ) : null}
      <SetupInstructions webhookUrl={webhookUrl} cliCommand={herokuCliCommand(webhookUrl, apps[0])} />
      <Card title="Settings">
        <HerokuSettingsForm
          action={saveHerokuSettingsAction.bind(null, org.slug, project.slug)}
          repositories={repositories.map((r) => r.name)}
          config={{ ...config.config, hasSecret: config.config.webhookSecret.hasSavedValue }}
          readOnly={!canEdit}
        />
        {canEdit ? (
          <div className="mt-4">
            <AddRepositoryForm action={addRepositoryAction.bind(null, org.slug, project.slug)} />
          </div>
        ) : null}
      </Card>
      {canEdit ? <TestEventForm action={sendTestEventAction.bind(null, org.slug, project.slug)} apps={apps} /> : null}
      <div id="deliveries">
        <DeliveriesTable
          deliveries={deliveries.items}
          outcome={query.outcome}
          href={deliveriesHref}
          selected={selected ? { id: selected.id, reason: selected.reason, body: prettyBody(selected.body), outcome: selected.outcome, status: selected.status } : null}
        />
      </div>
      <ReleaseTokenCard
        key={token.slice(-4)}
        tokenHint={canEdit ? token.slice(-4) : null}
        reveal={revealReleaseTokenAction.bind(null, org.slug, project.slug)}
        builtinUrl={canEdit ? hookUrl(base, "builtin", project.id, token) : "<ask an admin for the hook URL>"}
        canEdit={canEdit}
        regenerate={regenerateTokenAction.bind(null, org.slug, project.slug)}
      />
    </main>
  );
}
