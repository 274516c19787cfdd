import { getOrCreateReleaseToken, hookUrl } from "@/lib/server/projects/release-token";
import { getHerokuConfig, herokuCliCommand, type HerokuConfigView } from "./heroku-config";

export type HerokuPluginView = HerokuConfigView & { webhookUrl: string; cliCommand: string };

/** The Heroku plugin as the API shows it: config (never the secret), its hook URL and the command that installs it. */
export async function getHerokuPluginView({ projectId, baseUrl }: { projectId: number; baseUrl: string }): Promise<HerokuPluginView> {
  const [config, token] = await Promise.all([getHerokuConfig(projectId), getOrCreateReleaseToken(projectId)]);
  const webhookUrl = hookUrl(baseUrl, "heroku", projectId, token);
  return { ...config, webhookUrl, cliCommand: herokuCliCommand(webhookUrl) };
}
