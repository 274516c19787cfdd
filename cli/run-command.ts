import type { Command } from "./parse-command";

export type Output = { out(line: string): void; err(line: string): void };

/** Runs a parsed command against the database (migrated first: the CLI bootstraps fresh servers). Returns the exit code. */
export async function runCommand(command: Exclude<Command, { name: "help" }>, io: Output): Promise<number> {
  // Imported here, not at the top: reading the environment and opening the database only once the arguments are known good.
  const { getDatabase } = await import("@/lib/server/db");
  const { applyMigrations } = await import("@/lib/server/migrations/apply-migrations");
  const database = getDatabase();
  try {
    const { applied } = await database.withSession((s) => applyMigrations(s));
    if (applied.length) io.err(`applied migrations: ${applied.join(", ")}`);
    if (command.name === "createuser") return await createUser(command, io);
    if (command.name === "reencrypt") return await reencrypt(io);
    return await createToken(command, io);
  } finally {
    await database.close();
  }
}

async function createUser(command: Extract<Command, { name: "createuser" }>, io: Output): Promise<number> {
  const { upsertUser } = await import("@/lib/server/users/create-user");
  const { ensureOrgOwner } = await import("@/lib/server/orgs/ensure-org-owner");
  const user = await upsertUser({ email: command.email, password: command.password, isSuperuser: command.superuser });
  io.out(`user ${user.email}${user.isSuperuser ? " (superuser)" : ""}`);
  if (command.org) {
    const { org, created } = await ensureOrgOwner({ userId: user.id, slug: command.org });
    io.out(`owner of organization ${org.slug}${created ? " (created)" : ""}`);
  }
  return 0;
}

async function createToken(command: Extract<Command, { name: "createtoken" }>, io: Output): Promise<number> {
  const { db } = await import("@/lib/server/db");
  const { createApiToken } = await import("@/lib/server/tokens/create-api-token");
  const user = await db().user.findUnique({ where: { email: command.email } });
  if (!user) {
    io.err(`shiplog: no user with email ${command.email} (create one with createuser)`);
    return 1;
  }
  const { token } = await createApiToken({ userId: user.id, name: command.tokenName });
  // Alone on the last line, so scripts can take it with `| tail -n 1`.
  io.out(token);
  return 0;
}

async function reencrypt(io: Output): Promise<number> {
  const { reencryptStoredSecrets } = await import("@/lib/server/crypto/reencrypt-stored-secrets");
  const { checked, rewritten, unreadable } = await reencryptStoredSecrets();
  io.out(`${checked} stored secrets checked, ${rewritten} re-encrypted with the current AUTH_SECRET`);
  if (unreadable.length) {
    io.err(`shiplog: ${unreadable.length} could not be decrypted with AUTH_SECRET or AUTH_SECRET_PREVIOUS: ${unreadable.join(", ")}`);
    return 1;
  }
  // Servers still running with the old AUTH_SECRET would encrypt new values under the old key.
  io.out("every stored secret opens with AUTH_SECRET: remove AUTH_SECRET_PREVIOUS once every server runs with the new AUTH_SECRET");
  return 0;
}
