// Runs once when the server starts, before it serves: apply pending migrations.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { ensureMigrated } = await import("@/lib/server/db");
    await ensureMigrated();
  }
}
