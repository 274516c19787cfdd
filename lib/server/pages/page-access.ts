import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { isAppError } from "@/lib/server/errors";
import { getOrgAccess, getProjectAccess } from "@/lib/server/orgs/org-access";

// Pages answer 404 for anything outside the user's organizations (same rule as the API).
async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
}

export async function loadOrgPage(orgSlug: string) {
  const user = await requireUser();
  const access = await orNotFound(getOrgAccess(user.id, orgSlug));
  return { user, ...access };
}

export async function loadProjectPage(orgSlug: string, projectSlug: string) {
  const user = await requireUser();
  const access = await orNotFound(getProjectAccess(user.id, orgSlug, projectSlug));
  return { user, ...access };
}
