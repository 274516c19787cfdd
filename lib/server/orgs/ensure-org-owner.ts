import { db } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";
import { createOrganization } from "./organizations";

/** The CLI's `createuser --org`: creates the organization if missing and makes the user its owner. Idempotent. */
export async function ensureOrgOwner({ userId, slug }: { userId: number; slug: string }) {
  const existing = await db().organization.findUnique({ where: { slug } });
  if (!existing) {
    try {
      return { org: await createOrganization({ userId, name: slug, slug }), created: true };
    } catch (error) {
      // Created meanwhile by someone else: fall through and join it as owner.
      if (!isAppError(error) || error.status !== 409) throw error;
    }
  }
  const org = existing ?? (await db().organization.findUniqueOrThrow({ where: { slug } }));
  await db().member.upsert({
    where: { orgId_userId: { orgId: org.id, userId } },
    create: { orgId: org.id, userId, role: "owner" },
    update: { role: "owner" },
  });
  return { org, created: false };
}
