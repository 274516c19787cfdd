import { getDatabase } from "@/lib/server/db";

export type Health = { status: "ok" | "degraded"; database: { status: "up" | "down"; driver: "pglite" | "postgres"; latencyMs: number | null; error?: string } };

/** A trivial query with a deadline: load balancers and people ask "is the database reachable?". */
export async function checkHealth(timeoutMs = 2000): Promise<Health> {
  const database = getDatabase();
  const started = performance.now();
  try {
    await Promise.race([
      database.prisma.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
    return { status: "ok", database: { status: "up", driver: database.kind, latencyMs: Math.round(performance.now() - started) } };
  } catch (error) {
    return { status: "degraded", database: { status: "down", driver: database.kind, latencyMs: null, error: (error as Error).message.split("\n")[0].slice(0, 200) } };
  }
}
