import { db } from "@/lib/server/db";
import { conflict, isUniqueViolation } from "@/lib/server/errors";

export async function createRepository({ orgId, name, url }: { orgId: number; name: string; url?: string | null }) {
  try {
    return await db().repository.create({ data: { orgId, name, url: url ?? null } });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A repository named "${name}" already exists.`, { name: "Already exists." });
    throw error;
  }
}

export function listRepositories({ orgId }: { orgId: number }) {
  return db().repository.findMany({ where: { orgId }, orderBy: { name: "asc" } });
}
