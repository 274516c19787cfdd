import { headers } from "next/headers";
import {
  addRepositoryAction,
  regenerateTokenAction,
  saveHerokuSettingsAction,
  sendTestEventAction,
  setHerokuEnabledAction,
} from "@/app/actions/heroku-settings-actions";
import { HerokuConnectionCard } from "@/components/heroku/heroku-connection-card";
import { AddRepositoryForm } from "@/components/heroku/add-repository-form";
import { HerokuSettingsForm } from "@/components/heroku/heroku-settings-form";
import { PluginStatusCard } from "@/components/heroku/plugin-status-card";
import { ReleaseTokenCard } from "@/components/heroku/release-token-card";
import { SetupInstructions } from "@/components/heroku/setup-instructions";
import { TestEventForm } from "@/components/heroku/test-event-form";
import { Card } from "@/components/ui/card";
import { publicBaseUrl } from "@/lib/server/base-url";
import { loadHerokuConnectionCard } from "@/lib/server/heroku-api/connection-card-data";
import { roleAtLeast } from "@/lib/server/orgs/org-access";
import { loadProjectPage } from "@/lib/server/pages/page-access";
import { getHerokuConfig, herokuCliCommand } from "@/lib/server/plugins/heroku-config";
import { getOrCreateReleaseToken, hookUrl } from "@/lib/server/projects/release-token";
import { listRepositories } from "@/lib/server/repositories/repositories";

export const metadata = { title: "Heroku settings" };

type Props = { params: Promise<{ org: string; project: string }> };

export default async function HerokuSettingsPage({ params }: Props) {
  const { org: orgSlug, project: projectSlug } = await params;
  const { org, project, role } = await loadProjectPage(orgSlug, projectSlug);
  const canEdit = roleAtLeast(role, "admin");
  const [config, repositories, token, connection] = await Promise.all([
    getHerokuConfig(project.id),
    listRepositories({ orgId: org.id }),
    getOrCreateReleaseToken(project.id),
    canEdit ? loadHerokuConnectionCard(project.id) : null,
  ]);
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
      <ReleaseTokenCard
        token={canEdit ? token : ""}
        builtinUrl={canEdit ? hookUrl(base, "builtin", project.id, token) : "<ask an admin for the hook URL>"}
        canEdit={canEdit}
        regenerate={regenerateTokenAction.bind(null, org.slug, project.slug)}
      />
    </main>
  );
}
