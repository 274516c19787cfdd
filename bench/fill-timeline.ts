import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * An organization `slug` (the user `userId` its owner) with one project "shop" holding `deploys`
 * deploys over three years ending now: every 5th failed, every 3rd to staging, every 17th a
 * rollback. Bulk SQL, because seeding speed is not what is measured.
 */
export async function fillProject(prisma: PrismaClient, { slug, deploys, userId }: { slug: string; deploys: number; userId: number }) {
  const org = await prisma.organization.create({ data: { slug, name: slug, members: { create: { userId, role: "owner" } } } });
  const project = await prisma.project.create({ data: { orgId: org.id, slug: "shop", name: "Shop" } });
  for (const name of ["production", "staging"]) await prisma.environment.create({ data: { orgId: org.id, name } });
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Release" ("orgId", version, "dateCreated")
    SELECT ${org.id}, md5(g::text || '${slug}') || substr(md5(g::text), 1, 8), now() - (g * interval '1 minute') * (1095 * 1440 / ${deploys})
    FROM generate_series(1, ${deploys}) g`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "ReleaseProject" ("releaseId", "projectId", "createdAt") SELECT id, ${project.id}, "dateCreated" FROM "Release" WHERE "orgId" = ${org.id}`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Deploy" ("projectId", "releaseId", "environmentId", app, "herokuReleaseId", "herokuVersion", status, kind, description, "deployerEmail", "dateStarted", "dateFinished", "sortDate", "updatedAt")
    SELECT ${project.id}, r.id, (SELECT id FROM "Environment" WHERE "orgId" = ${org.id} AND name = CASE WHEN r.id % 3 = 0 THEN 'staging' ELSE 'production' END),
           CASE WHEN r.id % 3 = 0 THEN 'acme-shop-staging' ELSE 'acme-shop' END, 'h' || r.id, r.id,
           (CASE WHEN r.id % 5 = 0 THEN 'failed' ELSE 'succeeded' END)::"DeployStatus", (CASE WHEN r.id % 17 = 0 THEN 'rollback' ELSE 'deploy' END)::"DeployKind",
           'Deploy ' || left(r.version, 7), 'bench@example.com', r."dateCreated", r."dateCreated" + interval '70 seconds', r."dateCreated", now()
    FROM "Release" r WHERE r."orgId" = ${org.id}`);
  await prisma.$executeRawUnsafe(`ANALYZE`);
  return { orgId: org.id, projectId: project.id, slug };
}
