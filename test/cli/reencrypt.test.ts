// `npm run cli -- reencrypt`, the second half of an AUTH_SECRET rotation: values encrypted under the
// old secret are rewritten under the new one, after which the old secret is no longer needed.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { encryptSecret } from "@/lib/server/crypto/secret-box";
import { createDatabase } from "@/lib/server/db";
import { applyMigrations } from "@/lib/server/migrations/apply-migrations";

// The CLI is its own process: on the embedded database this process must not hold the directory
// open while it runs, so each step opens and closes its own connection.
if (process.env.SHIPLOG_DATA_DIR?.startsWith("memory://") && !process.env.DATABASE_URL) {
  const dir = mkdtempSync(path.join(tmpdir(), "shiplog-reencrypt-"));
  process.env.SHIPLOG_DATA_DIR = path.join(dir, "pglite");
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
}
const OLD = process.env.AUTH_SECRET!;
const NEW = "the-new-auth-secret-0123456789abcdef-rotation";

async function withDatabase<T>(fn: (prisma: ReturnType<typeof createDatabase>["prisma"]) => Promise<T>): Promise<T> {
  const database = createDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.SHIPLOG_DATA_DIR!, poolSize: 2 });
  try {
    await database.withSession((s) => applyMigrations(s));
    return await fn(database.prisma);
  } finally {
    await database.close();
  }
}

function reencrypt(env: { AUTH_SECRET: string; AUTH_SECRET_PREVIOUS?: string }) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const childEnv = { ...process.env, ...env };
    if (!env.AUTH_SECRET_PREVIOUS) delete childEnv.AUTH_SECRET_PREVIOUS;
    execFile(process.execPath, ["--import", "tsx", "cli/index.ts", "reencrypt"], { env: childEnv, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe("reencrypt (AUTH_SECRET rotation)", { concurrency: false }, () => {
  test("rewrites every stored secret under the new key; afterwards the old key is not needed", async () => {
    const plain = { token: "release-token-plain-value", secret: "webhook-secret-plain-value", apiKey: "heroku-api-key-plain-value" };
    const before = await withDatabase(async (prisma) => {
      const org = await prisma.organization.create({ data: { slug: "rotate", name: "Rotate" } });
      const project = await prisma.project.create({ data: { orgId: org.id, slug: "shop", name: "Shop", releaseToken: encryptSecret(plain.token) } });
      await prisma.project.create({ data: { orgId: org.id, slug: "no-token", name: "No token" } });
      await prisma.pluginConfig.create({ data: { projectId: project.id, plugin: "heroku", webhookSecret: encryptSecret(plain.secret) } });
      await prisma.herokuConnection.create({ data: { projectId: project.id, apiKey: encryptSecret(plain.apiKey), accountEmail: "ops@example.com" } });
      return { projectId: project.id };
    });

    const withoutOld = await reencrypt({ AUTH_SECRET: NEW });
    assert.equal(withoutOld.code, 1, "the old key is still needed before re-encryption");
    assert.match(withoutOld.stderr, new RegExp(`3 could not be decrypted.*Project ${before.projectId} releaseToken`));
    for (const value of Object.values(plain)) assert.ok(!withoutOld.stderr.includes(value) && !withoutOld.stdout.includes(value), "no secret printed");

    const rotated = await reencrypt({ AUTH_SECRET: NEW, AUTH_SECRET_PREVIOUS: OLD });
    assert.equal(rotated.code, 0, rotated.stderr);
    assert.match(rotated.stdout, /3 stored secrets checked, 3 re-encrypted/);

    const after = await reencrypt({ AUTH_SECRET: NEW });
    assert.equal(after.code, 0, after.stderr);
    assert.match(after.stdout, /3 stored secrets checked, 0 re-encrypted/);

    // And this process, which only knows the old secret, can no longer read them.
    const stored = await withDatabase(async (prisma) => ({
      token: (await prisma.project.findUniqueOrThrow({ where: { id: before.projectId } })).releaseToken!,
      secret: (await prisma.pluginConfig.findFirstOrThrow({ where: { projectId: before.projectId } })).webhookSecret!,
      apiKey: (await prisma.herokuConnection.findUniqueOrThrow({ where: { projectId: before.projectId } })).apiKey,
    }));
    const { decryptSecret } = await import("@/lib/server/crypto/secret-box");
    for (const [name, value] of Object.entries(stored)) {
      assert.match(value, /^enc:v1:/, name);
      assert.throws(() => decryptSecret(value), /Cannot decrypt/, `${name} is under the new key`);
    }
  });

  test("bad arguments: exit 2", async () => {
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) =>
      execFile(process.execPath, ["--import", "tsx", "cli/index.ts", "reencrypt", "--force"], { env: process.env }, (error, _out, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stderr }),
      ),
    );
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^shiplog: .*--force/);
  });
});
