import { db } from "@/lib/server/db";
import { reencryptSecret } from "./secret-box";

export type ReencryptReport = {
  checked: number;
  rewritten: number;
  /** Where a value opened with no key: "Project 12 releaseToken" (never the value). */
  unreadable: string[];
};

type Column = {
  /** Table and column, as the report names them. */
  table: string;
  field: string;
  rows(): Promise<{ key: number; stored: string }[]>;
  /** Writes only if the value is still the one read, so a concurrent save is never overwritten. */
  replace(key: number, from: string, to: string): Promise<number>;
};

// Every column secret-box writes. A new encrypted column must be added here, or rotation leaves it behind.
const COLUMNS: Column[] = [
  {
    table: "Project",
    field: "releaseToken",
    rows: async () =>
      (await db().project.findMany({ where: { releaseToken: { not: null } }, select: { id: true, releaseToken: true } })).map((r) => ({ key: r.id, stored: r.releaseToken! })),
    replace: async (id, from, to) => (await db().project.updateMany({ where: { id, releaseToken: from }, data: { releaseToken: to } })).count,
  },
  {
    table: "PluginConfig",
    field: "webhookSecret",
    rows: async () =>
      (await db().pluginConfig.findMany({ where: { webhookSecret: { not: null } }, select: { id: true, webhookSecret: true } })).map((r) => ({ key: r.id, stored: r.webhookSecret! })),
    replace: async (id, from, to) => (await db().pluginConfig.updateMany({ where: { id, webhookSecret: from }, data: { webhookSecret: to } })).count,
  },
  {
    table: "HerokuConnection",
    field: "apiKey",
    rows: async () => (await db().herokuConnection.findMany({ select: { projectId: true, apiKey: true } })).map((r) => ({ key: r.projectId, stored: r.apiKey })),
    replace: async (projectId, from, to) => (await db().herokuConnection.updateMany({ where: { projectId, apiKey: from }, data: { apiKey: to } })).count,
  },
];

/**
 * The second half of an AUTH_SECRET rotation: rewrites every stored secret still encrypted under a
 * key from AUTH_SECRET_PREVIOUS with the current one. Safe to run while servers run, and again.
 */
export async function reencryptStoredSecrets(): Promise<ReencryptReport> {
  const report: ReencryptReport = { checked: 0, rewritten: 0, unreadable: [] };
  for (const column of COLUMNS) {
    for (const { key, stored } of await column.rows()) {
      report.checked++;
      let fresh: string | null;
      try {
        fresh = reencryptSecret(stored);
      } catch {
        report.unreadable.push(`${column.table} ${key} ${column.field}`);
        continue;
      }
      if (fresh && (await column.replace(key, stored, fresh)) === 1) report.rewritten++;
    }
  }
  return report;
}
