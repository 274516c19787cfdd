"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { formError, formValues, invalidForm, type FormState } from "@/lib/server/actions/form-state";
import { getProjectAccess, requireOrgRole, roleAtLeast } from "@/lib/server/orgs/org-access";
import { forbidden } from "@/lib/server/errors";
import { createProject, renameProject } from "@/lib/server/projects/projects";
import { createProjectSchema, renameSchema } from "@/lib/validation/accounts";

export async function createProjectAction(orgSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["name", "slug"]);
  const parsed = createProjectSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  let slug: string;
  try {
    const { org } = await requireOrgRole(user.id, orgSlug, "admin");
    slug = (await createProject({ orgId: org.id, ...parsed.data })).slug;
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath(`/${orgSlug}`, "layout");
  redirect(`/${orgSlug}/${slug}/releases`);
}

export async function renameProjectAction(orgSlug: string, projectSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["name"]);
  const parsed = renameSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    const { project, role } = await getProjectAccess(user.id, orgSlug, projectSlug);
    if (!roleAtLeast(role, "admin")) throw forbidden("Only organization owners and admins can rename projects.");
    await renameProject({ projectId: project.id, name: parsed.data.name });
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath(`/${orgSlug}`, "layout");
  return { ok: true, message: "Project renamed.", values };
}
