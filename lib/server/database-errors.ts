import { getDatabase } from "@/lib/server/db";

// Errors that mean "the database cannot be reached right now", not "this request is wrong":
// socket errors from pg, PostgreSQL's shutdown/connection classes (57P0x, 08xxx), and Prisma's
// connection, pool-timeout and transaction-API codes. Checked along the `cause` chain because
// Prisma wraps driver errors.
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
const MESSAGES = /connection terminated|connection (is )?closed|timeout exceeded when trying to connect|server closed the connection|the database system is (shutting down|starting up|in recovery mode)|terminating connection|connection error|Client has encountered a connection error|not queryable/i;

function looksUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown; kind?: unknown };
  for (const code of [e.code, e.originalCode]) {
    if (typeof code !== "string") continue;
    if (NETWORK_CODES.has(code) || PRISMA_CODES.has(code) || /^57P0[1-3]$/.test(code) || /^08/.test(code)) return true;
  }
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  return looksUnavailable(e.cause, depth + 1);
}

/** Asks the database itself, with a short deadline: errors we do not recognise are judged by whether it answers. */
async function databaseAnswers(timeoutMs: number): Promise<boolean> {
  try {
    await Promise.race([
      getDatabase().prisma.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs).unref()),
    ]);
    return true;
  } catch {
    return false;
  }
}

/** True when `error` came from an unreachable database (so the caller should answer 503 and be retried). */
export async function isDatabaseUnavailable(error: unknown, probeTimeoutMs = 1500): Promise<boolean> {
  if (looksUnavailable(error)) return true;
  return !(await databaseAnswers(probeTimeoutMs));
}

/** Seconds a client should wait before retrying while the database is away. */
export const RETRY_AFTER_SECONDS = 30;
