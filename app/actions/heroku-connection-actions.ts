"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { formError, invalidForm, type FormState } from "@/lib/server/actions/form-state";
import { requireUser } from "@/lib/server/auth/current-user";
import { publicBaseUrl } from "@/lib/server/base-url";
import { forbidden } from "@/lib/server/errors";
import { connectHeroku, forgetHeroku } from "@/lib/server/heroku-api/connection";
import { listImportProgress, type ImportProgress } from "@/lib/server/heroku-api/connection-view";
import { startImport } from "@/lib/server/heroku-api/import-jobs";
import { reconcileProject } from "@/lib/server/heroku-api/reconcile-apps";
import { unsubscribeApp } from "@/lib/server/heroku-api/subscribe-app";
import { trackApps } from "@/lib/server/heroku-api/track-apps";
import { getProjectAccess, roleAtLeast } from "@/lib/server/orgs/org-access";
import { appNameSchema, connectHerokuFormSchema, parseTrackAppsForm } from "@/lib/validation/heroku-connection";

// Thin: check the session and role, validate, call the service, turn known errors into sentences.
async function adminAccess(orgSlug: string, projectSlug: string) {
  const user = await requireUser();
  const access = await getProjectAccess(user.id, orgSlug, projectSlug);
  if (!roleAtLeast(access.role, "admin")) throw forbidden("Only organization owners and admins can change these settings.");
  return access;
}

const settingsPath = (org: string, project: string) => `/${org}/${project}/settings/heroku`;

export async function connectHerokuAction(org: string, project: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = connectHerokuFormSchema.safeParse({ apiKey: formData.get("apiKey") ?? "" });
  if (!parsed.success) return invalidForm(parsed.error, {});
  try {
    const access = await adminAccess(org, project);
    const { accountEmail } = await connectHeroku({ projectId: access.project.id, apiKey: parsed.data.apiKey });
    revalidatePath(settingsPath(org, project));
    return { ok: true, message: `Connected as ${accountEmail}.` };
  } catch (error) {
    return formError(error, {});
  }
}

export async function forgetHerokuAction(org: string, project: string): Promise<void> {
  const access = await adminAccess(org, project);
  await forgetHeroku({ projectId: access.project.id });
  revalidatePath(settingsPath(org, project));
}

export async function trackAppsAction(org: string, project: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseTrackAppsForm(formData);
  if (!parsed.success) return invalidForm(parsed.error, {});
  try {
    const access = await adminAccess(org, project);
    const baseUrl = publicBaseUrl(await headers());
    const { failures } = await trackApps({ projectId: access.project.id, orgId: access.org.id, apps: parsed.data, baseUrl });
    revalidatePath(settingsPath(org, project));
    if (failures.length) return { message: failures.join(" ") };
    return { ok: true, message: parsed.data.length ? "Apps saved and subscribed to their releases." : "No app is tracked now." };
  } catch (error) {
    return formError(error, {});
  }
}

export async function untrackAppAction(org: string, project: string, app: string): Promise<void> {
  const access = await adminAccess(org, project);
  await unsubscribeApp({ projectId: access.project.id, app: appNameSchema.parse(app) });
  revalidatePath(settingsPath(org, project));
}

export async function importAppAction(org: string, project: string, app: string): Promise<void> {
  const access = await adminAccess(org, project);
  await startImport({ projectId: access.project.id, app: appNameSchema.parse(app) });
  revalidatePath(settingsPath(org, project));
}

export async function reconcileNowAction(org: string, project: string): Promise<FormState> {
  try {
    const access = await adminAccess(org, project);
    const { recorded, failures } = await reconcileProject({ projectId: access.project.id });
    revalidatePath(settingsPath(org, project));
    if (failures.length) return { message: failures.join(" ") };
    return { ok: true, message: recorded ? `Recorded ${recorded} missed release${recorded === 1 ? "" : "s"}.` : "Nothing was missing." };
  } catch (error) {
    return formError(error, {});
  }
}

/** Polled by the progress bars while an import runs. */
export async function importProgressAction(org: string, project: string): Promise<ImportProgress[]> {
  const access = await adminAccess(org, project);
  return listImportProgress(access.project.id);
}
