"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { formError, formValues, invalidForm, type FormState } from "@/lib/server/actions/form-state";
import { requireOrgRole } from "@/lib/server/orgs/org-access";
import { addMember, createOrganization, renameOrganization } from "@/lib/server/orgs/organizations";
import { addMemberSchema, createOrganizationSchema, renameSchema } from "@/lib/validation/accounts";

export async function createOrganizationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["name", "slug"]);
  const parsed = createOrganizationSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  let slug: string;
  try {
    slug = (await createOrganization({ userId: user.id, ...parsed.data })).slug;
  } catch (error) {
    return formError(error, values);
  }
  redirect(`/${slug}`);
}

export async function renameOrganizationAction(orgSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["name"]);
  const parsed = renameSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    const { org } = await requireOrgRole(user.id, orgSlug, "admin");
    await renameOrganization({ orgId: org.id, name: parsed.data.name });
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath(`/${orgSlug}`, "layout");
  return { ok: true, message: "Organization renamed.", values };
}

export async function addMemberAction(orgSlug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["email", "role"]);
  const parsed = addMemberSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    const { org } = await requireOrgRole(user.id, orgSlug, "owner");
    await addMember({ orgId: org.id, ...parsed.data });
  } catch (error) {
    return formError(error, values);
  }
  revalidatePath(`/${orgSlug}/settings`);
  return { ok: true, message: `${parsed.data.email} added as ${parsed.data.role}.` };
}
