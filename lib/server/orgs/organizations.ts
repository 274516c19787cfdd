import type { Role } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { conflict, isUniqueViolation, notFound } from "@/lib/server/errors";
import { slugify } from "@/lib/validation/common";

export type CreateOrganizationOptions = { userId: number; name: string; slug?: string };

/** Creates an organization owned by `userId`. */
export async function createOrganization({ userId, name, slug }: CreateOrganizationOptions) {
  const finalSlug = slug ?? slugify(name, "org");
  try {
    return await db().organization.create({
      data: { name, slug: finalSlug, members: { create: { userId, role: "owner" } } },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`The slug "${finalSlug}" is taken.`, { slug: "This slug is taken." });
    throw error;
  }
}

/** Organizations the user belongs to, with their role, alphabetically. */
export async function listOrganizations({ userId }: { userId: number }) {
  const members = await db().member.findMany({
    where: { userId },
    include: { org: true },
    orderBy: { org: { name: "asc" } },
  });
  return members.map((m) => ({ ...m.org, role: m.role }));
}

export async function renameOrganization({ orgId, name }: { orgId: number; name: string }) {
  return db().organization.update({ where: { id: orgId }, data: { name } });
}

export async function listMembers({ orgId }: { orgId: number }) {
  return db().member.findMany({
    where: { orgId },
    include: { user: { select: { id: true, email: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
}

/** Adds (or re-roles) an existing user; people sign up first, then an owner adds them. */
export async function addMember({ orgId, email, role }: { orgId: number; email: string; role: Role }) {
  const user = await db().user.findUnique({ where: { email } });
  if (!user) {
    throw notFound("No Shiplog account uses this email. Ask them to sign up first, then add them.");
  }
  return db().member.upsert({
    where: { orgId_userId: { orgId, userId: user.id } },
    create: { orgId, userId: user.id, role },
    update: { role },
  });
}
