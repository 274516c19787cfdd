import type { DeployKind, DeployStatus, Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { escapeLike } from "@/lib/server/escape-like";
import { afterCursor, decodeCursor, pageOf } from "@/lib/server/pagination";

export type DeployFilters = {
  environment?: string;
  status?: DeployStatus;
  kind?: DeployKind;
  app?: string;
  /** Free text: version prefix, description or deployer email. */
  query?: string;
};

export type DeployListItem = {
  id: number;
  version: string;
  environment: string;
  status: DeployStatus;
  kind: DeployKind;
  source: "hook" | "import" | "reconcile";
  app: string;
  herokuReleaseVersion: number | null;
  description: string | null;
  deployer: { email: string; name: string | null } | null;
  dateStarted: Date | null;
  dateFinished: Date | null;
  sortDate: Date;
};

export function deployWhere(projectId: number, filters: DeployFilters): Prisma.DeployWhereInput {
  const q = filters.query?.trim();
  return {
    projectId,
    ...(filters.environment ? { environment: { name: filters.environment } } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.app ? { app: filters.app } : {}),
    ...(q
      ? {
          OR: [
            { release: { version: { startsWith: escapeLike(q) } } },
            { description: { contains: escapeLike(q), mode: "insensitive" as const } },
            { deployerEmail: { contains: escapeLike(q.toLowerCase()) } },
          ],
        }
      : {}),
  };
}

/** The deploy timeline, newest first, one page at a time (keyset on sortDate, id). */
export async function listDeploys({
  projectId,
  orgId,
  filters = {},
  limit = 25,
  cursor,
}: {
  projectId: number;
  orgId: number;
  filters?: DeployFilters;
  limit?: number;
  cursor?: string | null;
}) {
  const rows = await db().deploy.findMany({
    where: { AND: [deployWhere(projectId, filters), afterCursor("sortDate", decodeCursor(cursor))] },
    orderBy: [{ sortDate: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: deployInclude,
  });
  const page = pageOf(rows, limit, (r) => r.sortDate);
  const names = await memberNames(orgId, page.items.map((r) => r.deployerEmail));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((r) => toDeployListItem(r, names)),
  };
}

type DeployRow = Prisma.DeployGetPayload<{ include: typeof deployInclude }>;
export const deployInclude = { release: { select: { version: true } }, environment: { select: { name: true } } } as const;

export function toDeployListItem(r: DeployRow, names: Map<string, string | null>): DeployListItem {
  return {
    id: r.id,
    version: r.release.version,
    environment: r.environment.name,
    status: r.status,
    kind: r.kind,
    source: r.source,
    app: r.app,
    herokuReleaseVersion: r.herokuVersion,
    description: r.description,
    deployer: r.deployerEmail ? { email: r.deployerEmail, name: names.get(r.deployerEmail) ?? null } : null,
    dateStarted: r.dateStarted,
    dateFinished: r.dateFinished,
    sortDate: r.sortDate,
  };
}

/** Names of organization members by email, in one query for a whole page (no N+1). */
export async function memberNames(orgId: number, emails: (string | null)[]): Promise<Map<string, string | null>> {
  const wanted = [...new Set(emails.filter((e): e is string => Boolean(e)))];
  if (wanted.length === 0) return new Map();
  const users = await db().user.findMany({
    where: { email: { in: wanted }, memberships: { some: { orgId } } },
    select: { email: true, name: true },
  });
  return new Map(users.map((u) => [u.email, u.name]));
}
