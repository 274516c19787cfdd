import { AppError } from "@/lib/server/errors";
import { getHerokuConnectionView } from "./connection-view";
import { listAccountApps } from "./track-apps";

/** The connection and, when connected, the account's apps (or why Heroku could not list them). */
export async function loadHerokuConnectionCard(projectId: number) {
  const view = await getHerokuConnectionView(projectId);
  if (!view.connected || view.lastError) return { view, accountApps: null };
  try {
    const apps = await listAccountApps({ projectId });
    return { view: await getHerokuConnectionView(projectId), accountApps: { names: apps.map((a) => a.name) } };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // A revoked key was just recorded on the connection: show the reconnect form instead.
    return { view: await getHerokuConnectionView(projectId), accountApps: { error: error.message } };
  }
}
