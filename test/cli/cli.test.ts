import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";

// The CLI runs as its own process, so with the embedded database this test process must not hold
// the data directory open while it runs: the database is only opened here once the CLI is done.
if (process.env.SHIPLOG_DATA_DIR?.startsWith("memory://") && !process.env.DATABASE_URL) {
  const dir = mkdtempSync(path.join(tmpdir(), "shiplog-cli-"));
  process.env.SHIPLOG_DATA_DIR = path.join(dir, "pglite");
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
}

type Run = { code: number | null; stdout: string; stderr: string };

function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { env: process.env, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
/** As a user types it. npm prints its own "> shiplog cli" banner on stdout first. */
const npmCli = (...args: string[]) => run("npm", ["run", "cli", "--", ...args]);
/** The CLI alone, to see exactly what it prints. */
const cli = (...args: string[]) => run(process.execPath, ["--import", "tsx", "cli/index.ts", ...args]);
const lines = (text: string) => text.split("\n").filter((l) => l !== "");

const TOKEN = /^shiplog_[A-Za-z0-9_-]{43}$/;

describe("management CLI", { concurrency: false }, () => {
  after(async () => {
    const { getDatabase } = await import("@/lib/server/db");
    await getDatabase().close();
  });

  test("bad arguments: one line on stderr, nothing on stdout, exit code 2", async () => {
    const cases = [
      [],
      ["dance"],
      ["createuser"],
      ["createuser", "--email", "a@example.com"],
      ["createuser", "--email", "not-an-email", "--password", "long enough"],
      ["createuser", "--email", "a@example.com", "--password", "short"],
      ["createuser", "--email", "a@example.com", "--password", "long enough", "--org", "Not A Slug"],
      ["createuser", "--email", "a@example.com", "--password", "long enough", "--admin"],
      ["createuser", "--email", "a@example.com", "--password", "long enough", "stray"],
      ["createuser", "--email"],
      ["createtoken"],
      ["createtoken", "--email", "a@example.com", "--name", ""],
    ];
    const results = await Promise.all(cases.map((args) => cli(...args)));
    results.forEach((r, i) => {
      const label = JSON.stringify(cases[i]);
      assert.equal(r.code, 2, `${label}: ${r.stderr}`);
      assert.equal(r.stdout, "", label);
      assert.equal(lines(r.stderr).length, 1, `${label}: ${r.stderr}`);
      assert.match(r.stderr, /^shiplog: \S/, label);
    });
    assert.match(results[3].stderr, /--password/);
    assert.match(results[5].stderr, /--password: Use at least 8 characters/);

    const viaNpm = await npmCli("createuser", "--email", "a@example.com");
    assert.equal(viaNpm.code, 2);
    assert.deepEqual(lines(viaNpm.stderr), ["shiplog: missing --password"]);
  });

  test("createuser, createtoken: a working token alone on the last stdout line, idempotent on email", async () => {
    const created = await npmCli("createuser", "--email", "Root@Example.com", "--password", "first password", "--superuser", "--org", "acme");
    assert.equal(created.code, 0, created.stderr);
    const again = await cli("createuser", "--email", "root@example.com", "--password", "second password", "--org", "acme");
    assert.equal(again.code, 0, again.stderr);
    const second = await cli("createuser", "--email", "ops@example.com", "--password", "ops password", "--org", "acme");
    assert.equal(second.code, 0, second.stderr);

    const minted = await npmCli("createtoken", "--email", "root@example.com", "--name", "deploy bot");
    assert.equal(minted.code, 0, minted.stderr);
    const token = lines(minted.stdout).at(-1) ?? "";
    assert.match(token, TOKEN);
    const direct = await cli("createtoken", "--email", "ops@example.com");
    assert.equal(direct.code, 0, direct.stderr);
    assert.equal(lines(direct.stdout).length, 1, "createtoken prints the token alone");
    assert.match(direct.stdout.trim(), TOKEN);

    const unknown = await cli("createtoken", "--email", "nobody@example.com");
    assert.equal(unknown.code, 1);
    assert.equal(unknown.stdout, "");
    assert.deepEqual(lines(unknown.stderr), ["shiplog: no user with email nobody@example.com (create one with createuser)"]);

    // Now look at what the CLI did (the CLI processes have exited, the database is free).
    const { db } = await import("@/lib/server/db");
    const { verifyPassword } = await import("@/lib/server/auth/passwords");
    const { callJson } = await import("../helpers/api-client");
    const root = await db().user.findUniqueOrThrow({ where: { email: "root@example.com" }, include: { memberships: { include: { org: true } }, apiTokens: true } });
    assert.equal(await db().user.count(), 2);
    assert.equal(root.isSuperuser, false, "the flags of the last createuser win");
    assert.equal(await verifyPassword("second password", root.passwordHash), true);
    assert.deepEqual(root.memberships.map((m) => [m.org.slug, m.role]), [["acme", "owner"]]);
    const ops = await db().member.findFirstOrThrow({ where: { user: { email: "ops@example.com" } }, include: { org: true } });
    assert.deepEqual([ops.org.slug, ops.role], ["acme", "owner"]);
    assert.equal(await db().organization.count(), 1);
    assert.deepEqual(root.apiTokens.map((t) => t.name), ["deploy bot"]);
    assert.notEqual(root.apiTokens[0].tokenHash, token, "stored hashed");

    const used = await callJson("POST", "/api/0/organizations/acme/repositories/", { token, body: { name: "acme/shop" } });
    assert.equal(used.status, 201);
    const opsToken = direct.stdout.trim();
    assert.equal((await callJson("GET", "/api/0/organizations/acme/repositories/", { token: opsToken })).status, 200);
  });
});
