import { HOOK_CONFIG_TTL_MS, sharedCache } from "@/lib/server/cache/ttl-cache";
import { decryptSecret, encryptSecret } from "@/lib/server/crypto/secret-box";
import { db } from "@/lib/server/db";
import { invalid } from "@/lib/server/errors";
import type { HerokuConfigInput } from "@/lib/validation/plugin";

export const DEFAULT_ENVIRONMENT = "production";
const PLUGIN = "heroku";

export type HerokuConfigView = {
  enabled: boolean;
  config: {
    repository: string | null;
    environment: string;
    appEnvironments: Record<string, string>;
    webhookSecret: { hasSavedValue: boolean };
  };
};

function asMap(value: unknown): Record<string, string> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, string>) : {};
}

/** What people may see of the plugin: never the secret itself. */
export async function getHerokuConfig(projectId: number): Promise<HerokuConfigView> {
  const row = await db().pluginConfig.findUnique({
    where: { projectId_plugin: { projectId, plugin: PLUGIN } },
    include: { repository: { select: { name: true } } },
  });
  return {
    enabled: row?.enabled ?? false,
    config: {
      repository: row?.repository?.name ?? null,
      environment: row?.environment ?? DEFAULT_ENVIRONMENT,
      appEnvironments: asMap(row?.appEnvironments),
      webhookSecret: { hasSavedValue: Boolean(row?.webhookSecret) },
    },
  };
}

/** Saves the fields given; missing fields (and an empty secret) keep their saved value. */
export async function updateHerokuConfig({ projectId, orgId, input }: { projectId: number; orgId: number; input: HerokuConfigInput }) {
  let repositoryId: number | null | undefined;
  if (input.repository === null || input.repository === "") repositoryId = null;
  else if (input.repository !== undefined) {
    const repo = await db().repository.findUnique({ where: { orgId_name: { orgId, name: input.repository } } });
    if (!repo) throw invalid({ repository: `No repository named "${input.repository}" in this organization.` });
    repositoryId = repo.id;
  }
  const data = {
    ...(repositoryId !== undefined ? { repositoryId } : {}),
    ...(input.environment !== undefined ? { environment: input.environment } : {}),
    ...(input.appEnvironments !== undefined ? { appEnvironments: input.appEnvironments } : {}),
    ...(input.webhookSecret ? { webhookSecret: encryptSecret(input.webhookSecret) } : {}),
  };
  await db().pluginConfig.upsert({
    where: { projectId_plugin: { projectId, plugin: PLUGIN } },
    create: { projectId, plugin: PLUGIN, ...data },
    update: data,
  });
  hookConfigs.invalidate(projectId);
  return getHerokuConfig(projectId);
}

export async function setHerokuEnabled({ projectId, enabled }: { projectId: number; enabled: boolean }) {
  await db().pluginConfig.upsert({
    where: { projectId_plugin: { projectId, plugin: PLUGIN } },
    create: { projectId, plugin: PLUGIN, enabled },
    update: { enabled },
  });
  hookConfigs.invalidate(projectId);
  return getHerokuConfig(projectId);
}

export type HerokuHookConfig = {
  enabled: boolean;
  environment: string;
  appEnvironments: Record<string, string>;
  repositoryId: number | null;
  webhookSecret: string | null;
};

// Read on every Heroku hook; see TtlCache for how changes reach other processes.
const hookConfigs = sharedCache<number, HerokuHookConfig>("heroku-hook-configs", { ttlMs: HOOK_CONFIG_TTL_MS, maxEntries: 10_000 });

/** Everything the hook receiver needs, secret included. Server-side only. */
export function loadHerokuHookConfig(projectId: number): Promise<HerokuHookConfig> {
  return hookConfigs.get(projectId, async () => {
    const row = await db().pluginConfig.findUnique({ where: { projectId_plugin: { projectId, plugin: PLUGIN } } });
    return {
      enabled: row?.enabled ?? false,
      environment: row?.environment ?? DEFAULT_ENVIRONMENT,
      appEnvironments: asMap(row?.appEnvironments),
      repositoryId: row?.repositoryId ?? null,
      webhookSecret: row?.webhookSecret ? decryptSecret(row.webhookSecret) : null,
    };
  });
}

/** The environment a Heroku app deploys into: its mapping, else the plugin's default. */
export function environmentForApp(config: Pick<HerokuHookConfig, "environment" | "appEnvironments">, app: string): string {
  return config.appEnvironments[app] ?? config.environment ?? DEFAULT_ENVIRONMENT;
}

export function herokuCliCommand(webhookUrl: string, app = "<your-app>"): string {
  return `heroku webhooks:add -i api:release -l sync -u ${webhookUrl} -a ${app}`;
}
