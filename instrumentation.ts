// Runs once when the server starts, before it serves (see lib/server/startup-checks.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { runStartupChecks } = await import("@/lib/server/startup-checks");
  await runStartupChecks();
}
