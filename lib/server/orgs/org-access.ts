import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { forbidden, notFound } from "@/lib/server/errors";

const RANK: Record<Role, number> = { member: 0, admin: 1, owner: 2 };

export function roleAtLeast(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

/**
 * The organization `slug` as seen by `userId`, with their role. Organizations the user is not a
 * member of are "not found": saying "forbidden" would tell strangers they exist.
 */
export const getOrgAccess = cache(async (userId: number, slug: string) => {
  const member = await db().member.findFirst({
    where: { userId, org: { slug } },
    include: { org: true },
  });
  if (!member) throw notFound("Organization not found.");
  return { org: member.org, role: member.role };
});

export async function requireOrgRole(userId: number, slug: string, needed: Role) {
  const access = await getOrgAccess(userId, slug);
  if (!roleAtLeast(access.role, needed)) throw forbidden(`Only organization ${needed}s can do that.`);
  return access;
}

/** A project of an organization the user belongs to; not found otherwise. */
export const getProjectAccess = cache(async (userId: number, orgSlug: string, projectSlug: string) => {
  const { org, role } = await getOrgAccess(userId, orgSlug);
  const project = await db().project.findUnique({ where: { orgId_slug: { orgId: org.id, slug: projectSlug } } });
  if (!project) throw notFound("Project not found.");
  return { org, role, project };
});
