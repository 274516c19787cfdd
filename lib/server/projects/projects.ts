import { db } from "@/lib/server/db";
import { conflict, isUniqueViolation } from "@/lib/server/errors";
import { slugify } from "@/lib/validation/common";

export type CreateProjectOptions = { orgId: number; name: string; slug?: string };

export async function createProject({ orgId, name, slug }: CreateProjectOptions) {
  const finalSlug = slug ?? slugify(name, "project");
  try {
    return await db().project.create({ data: { orgId, name, slug: finalSlug } });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict(`This organization already has a project "${finalSlug}".`, { slug: "This slug is taken." });
    }
    throw error;
  }
}

export function listProjects({ orgId }: { orgId: number }) {
  return db().project.findMany({ where: { orgId }, orderBy: { name: "asc" } });
}

export function renameProject({ projectId, name }: { projectId: number; name: string }) {
  return db().project.update({ where: { id: projectId }, data: { name } });
}
