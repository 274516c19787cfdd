// Refuse to start on a bad environment or a production start without secrets, then apply pending
// migrations. A server that cannot serve correctly must not look healthy.
export async function runStartupChecks(): Promise<void> {
  let problem: string | null = null;
  try {
    // Imported here so that an invalid environment (env.ts throws while loading) is reported too.
    const { env } = await import("./env");
    const { resolveAuthSecret } = await import("./auth/auth-secret");
    const { ensureMigrated } = await import("./db");
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      problem = "AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it in the environment.";
    } else {
      resolveAuthSecret();
      await ensureMigrated();
      const { demoAccountIsActive, DEMO_EMAIL } = await import("./users/demo-account");
      if (env.NODE_ENV === "production" && (await demoAccountIsActive())) {
        problem = `the demo account ${DEMO_EMAIL} still has its default password. Change it (npm run cli -- createuser --email ${DEMO_EMAIL} --password …) or delete it.`;
      }
    }
  } catch (error) {
    problem = (error as Error).message.replace(/^Shiplog cannot start: /, "");
  }
  if (problem) {
    console.error(`\nShiplog cannot start: ${problem}\n`);
    process.exit(1);
  }
  // Imports interrupted by a restart resume here; connected apps are reconciled periodically.
  const { startHerokuRunner } = await import("./heroku-api/background-runner");
  startHerokuRunner();
}
