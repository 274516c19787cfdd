import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { decryptSecret, encryptSecret } from "@/lib/server/crypto/secret-box";
import { db } from "@/lib/server/db";
import { checkHealth } from "@/lib/server/health";
import { getHerokuConfig, loadHerokuHookConfig, updateHerokuConfig } from "@/lib/server/plugins/heroku-config";
import { clearSignInFailures, recordSignInFailure, signInRetryAfter } from "@/lib/server/auth/sign-in-throttle";
import { getOrCreateReleaseToken, hookSignature, regenerateReleaseToken, signatureMatches } from "@/lib/server/projects/release-token";
import { useTestDatabase } from "../helpers/database";
import { seedOwnedProject as seedProject } from "../helpers/seed";

useTestDatabase();

describe("secrets at rest", () => {
  test("encrypt/decrypt round-trips, is randomized, and detects tampering", () => {
    const a = encryptSecret("s3cret");
    assert.notEqual(a, encryptSecret("s3cret"));
    assert.ok(!a.includes("s3cret"));
    assert.equal(decryptSecret(a), "s3cret");
    const tampered = a.slice(0, -2) + (a.endsWith("A") ? "BB" : "AA");
    assert.throws(() => decryptSecret(tampered), /Cannot decrypt/);
  });

  test("webhook secrets and release tokens are stored encrypted and never returned by the config view", async () => {
    const { org, project } = await seedProject();
    await updateHerokuConfig({ projectId: project.id, orgId: org.id, input: { webhookSecret: "hook-secret-123" } });
    const row = await db().pluginConfig.findFirstOrThrow({ where: { projectId: project.id } });
    assert.ok(row.webhookSecret?.startsWith("enc:v1:"));
    assert.ok(!JSON.stringify(await getHerokuConfig(project.id)).includes("hook-secret-123"));
    assert.equal((await loadHerokuHookConfig(project.id)).webhookSecret, "hook-secret-123");
    // An empty update keeps the saved secret.
    await updateHerokuConfig({ projectId: project.id, orgId: org.id, input: { environment: "production" } });
    assert.equal((await loadHerokuHookConfig(project.id)).webhookSecret, "hook-secret-123");

    const token = await getOrCreateReleaseToken(project.id);
    assert.equal(await getOrCreateReleaseToken(project.id), token);
    const stored = await db().project.findUniqueOrThrow({ where: { id: project.id } });
    assert.ok(stored.releaseToken?.startsWith("enc:v1:") && !stored.releaseToken.includes(token));
    const signature = hookSignature(token, "heroku", project.id);
    assert.ok(signatureMatches(token, "heroku", project.id, signature));
    assert.ok(signatureMatches(token, "heroku", project.id, signature.toUpperCase()));
    const fresh = await regenerateReleaseToken(project.id);
    assert.ok(!signatureMatches(fresh, "heroku", project.id, signature));
  });
});

describe("sign-in throttling", () => {
  test("five failures lock the account for everyone, including unknown emails; success clears it", async () => {
    const attempt = { email: "nobody@example.com", ip: "203.0.113.9" };
    for (let i = 0; i < 4; i++) await recordSignInFailure(attempt);
    assert.equal(await signInRetryAfter(attempt), 0);
    await recordSignInFailure(attempt);
    const wait = await signInRetryAfter(attempt);
    assert.ok(wait > 14 * 60 && wait <= 15 * 60, `locked for ${wait}s`);
    // From another address too: the lock is on the account.
    assert.ok((await signInRetryAfter({ email: "nobody@example.com", ip: "198.51.100.1" })) > 0);
    assert.equal(await signInRetryAfter({ email: "other@example.com", ip: "198.51.100.1" }), 0);
    await clearSignInFailures(attempt);
    assert.equal(await signInRetryAfter({ email: "nobody@example.com", ip: null }), 0);
  });

  test("thirty failures from one address lock that address across accounts", async () => {
    for (let i = 0; i < 30; i++) await recordSignInFailure({ email: `user${i}@example.com`, ip: "192.0.2.77" });
    assert.ok((await signInRetryAfter({ email: "fresh@example.com", ip: "192.0.2.77" })) > 0);
    assert.equal(await signInRetryAfter({ email: "fresh@example.com", ip: "192.0.2.78" }), 0);
  });
});

test("health reports the database as up", async () => {
  const health = await checkHealth();
  assert.equal(health.status, "ok");
  assert.equal(health.database.status, "up");
});
