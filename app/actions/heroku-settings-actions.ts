"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { requireUser } from "@/lib/server/auth/current-user";
import { formError, type FormState } from "@/lib/server/actions/form-state";
import { publicBaseUrl } from "@/lib/server/base-url";
import { forbidden } from "@/lib/server/errors";
import { getProjectAccess, roleAtLeast } from "@/lib/server/orgs/org-access";
import { setHerokuEnabled, updateHerokuConfig } from "@/lib/server/plugins/heroku-config";
import { sendTestEvent, type TestEventResult } from "@/lib/server/plugins/send-test-event";
import { readReleaseToken, regenerateReleaseToken } from "@/lib/server/projects/release-token";
import { createRepository } from "@/lib/server/repositories/repositories";
import { fieldErrors } from "@/lib/validation/common";
import { parseHerokuSettingsForm, testEventFormSchema } from "@/lib/validation/heroku-settings-form";
import { createRepositorySchema } from "@/lib/validation/repositories";

// Every action checks the session and the role itself: the client is never trusted.
async function adminAccess(orgSlug: string, projectSlug: string) {
  const user = await requireUser();
  const access = await getProjectAccess(user.id, orgSlug, projectSlug);
  if (!roleAtLeast(access.role, "admin")) throw forbidden("Only organization owners and admins can change these settings.");
  return { user, ...access };
}

const settingsPath = (org: string, project: string) => `/${org}/${project}/settings/heroku`;

export type SettingsFormState = FormState & { rows?: { name: string; environment: string }[] };

export async function saveHerokuSettingsAction(orgSlug: string, projectSlug: string, _prev: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  const values = { repository: String(formData.get("repository") ?? ""), environment: String(formData.get("environment") ?? "") };
  const parsed = parseHerokuSettingsForm(formData);
  if (!parsed.ok) return { message: "Please correct the highlighted fields.", fields: parsed.fields, values, rows: parsed.rows };
  try {
    const { org, project } = await adminAccess(orgSlug, projectSlug);
    await updateHerokuConfig({ projectId: project.id, orgId: org.id, input: parsed.input });
  } catch (error) {
    return { ...formError(error, values), rows: parsed.rows };
  }
  revalidatePath(settingsPath(orgSlug, projectSlug));
  return { ok: true, message: "Settings saved.", values, rows: parsed.rows };
}

export async function setHerokuEnabledAction(orgSlug: string, projectSlug: string, enabled: boolean): Promise<void> {
  const { project } = await adminAccess(orgSlug, projectSlug);
  await setHerokuEnabled({ projectId: project.id, enabled });
  revalidatePath(settingsPath(orgSlug, projectSlug));
}

export async function addRepositoryAction(orgSlug: string, projectSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = { name: String(formData.get("name") ?? ""), url: String(formData.get("url") ?? "") };
  const parsed = createRepositorySchema.safeParse(values);
  if (!parsed.success) return { message: "Please correct the highlighted fields.", fields: fieldErrors(parsed.error), values };
  try {
    const { org } = await adminAccess(orgSlug, projectSlug);
    await createRepository({ orgId: org.id, name: parsed.data.name, url: parsed.data.url });
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath(settingsPath(orgSlug, projectSlug));
  return { ok: true, message: `Repository ${parsed.data.name} added: pick it above and save.` };
}

export async function regenerateTokenAction(orgSlug: string, projectSlug: string): Promise<void> {
  const { project } = await adminAccess(orgSlug, projectSlug);
  await regenerateReleaseToken(project.id);
  revalidatePath(settingsPath(orgSlug, projectSlug));
}

export type RevealTokenState = { token?: string; message?: string };

/** The token is never in the page: an admin asks for it, and gets it in this action's answer only. */
export async function revealReleaseTokenAction(orgSlug: string, projectSlug: string): Promise<RevealTokenState> {
  try {
    const { project } = await adminAccess(orgSlug, projectSlug);
    const token = await readReleaseToken(project.id);
    return token ? { token } : { message: "This project has no release token yet: reload the page to create one." };
  } catch (error) {
    return { message: formError(error, {}).message };
  }
}

export type TestEventState = { result?: TestEventResult; message?: string; fields?: Record<string, string> };

export async function sendTestEventAction(orgSlug: string, projectSlug: string, _prev: TestEventState, formData: FormData): Promise<TestEventState> {
  const parsed = testEventFormSchema.safeParse({ app: formData.get("app"), secret: formData.get("secret") });
  if (!parsed.success) return { message: "Please correct the highlighted fields.", fields: fieldErrors(parsed.error) };
  try {
    const { project, user } = await adminAccess(orgSlug, projectSlug);
    const result = await sendTestEvent({ projectId: project.id, baseUrl: publicBaseUrl(await headers()), email: user.email, ...parsed.data });
    revalidatePath(settingsPath(orgSlug, projectSlug));
    return { result };
  } catch (error) {
    return formError(error, {});
  }
}
