// API.md §3's checks, in order, and the Heroku body signature: every failure has its status, its
// error code, and stores nothing but (after the URL check) a rejected delivery.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { db } from "@/lib/server/db";
import { herokuBodySignature } from "@/lib/server/hooks/verify-heroku-body";
import { setHerokuEnabled, updateHerokuConfig } from "@/lib/server/plugins/heroku-config";
import { hookSignature, regenerateReleaseToken } from "@/lib/server/projects/release-token";
import { useTestDatabase } from "../helpers/database";
import { countRows, createHookProject, freshEvent, lastDelivery, sample, sendHook, type HookProject } from "./hook-fixtures";

useTestDatabase();

async function assertNothingStored(project: HookProject, deliveries: number) {
  const rows = await countRows(project);
  assert.deepEqual(rows, { releases: 0, deploys: 0, environments: 0, headCommits: 0, hookEvents: 0, deliveries });
}

async function assertRejected(project: HookProject, res: { status: number; json: { error: { code: string } } }, status: number, code: string) {
  assert.equal(res.status, status);
  assert.equal(res.json.error.code, code);
  assert.equal(typeof (res.json.error as { message?: unknown }).message, "string");
  const delivery = await lastDelivery(project.id);
  assert.equal(delivery?.outcome, "rejected");
  assert.equal(delivery?.status, status);
  assert.match(delivery?.reason ?? "", new RegExp(code));
}

describe("URL checks (no delivery is recorded before the URL checks out)", () => {
  test("unknown project: 404, also for ids that are not numbers or do not fit an integer", async () => {
    const project = await createHookProject();
    for (const projectId of ["999999", "abc", "0", "-1", "99999999999", "1e3", `${project.id}.0`]) {
      const res = await sendHook(project, { projectId });
      assert.equal(res.status, 404, projectId);
      assert.equal(res.json.error.code, "project_not_found");
    }
    await assertNothingStored(project, 0);
  });

  test("project without a release token: 403", async () => {
    const project = await createHookProject();
    await db().project.update({ where: { id: project.id }, data: { releaseToken: null } });
    const res = await sendHook(project, { body: sample("release-create-pending") });
    assert.equal(res.status, 403);
    assert.equal(res.json.error.code, "release_token_missing");
    await assertNothingStored(project, 0);
  });

  test("bad URL signatures: 403 (garbage, another plugin's, another project's, an old token's)", async () => {
    const project = await createHookProject();
    const other = await createHookProject();
    const signatures = [
      "0".repeat(64),
      "not-hex",
      "",
      hookSignature(project.token, "builtin", project.id),
      hookSignature(other.token, "heroku", other.id),
      hookSignature(project.token, "heroku", project.id).slice(0, 63),
    ];
    for (const signature of signatures) {
      const res = await sendHook(project, { signature, body: sample("release-create-pending") });
      assert.equal(res.status, 403, signature);
      assert.equal(res.json.error.code, "invalid_url_signature");
    }
    const oldToken = project.token;
    await regenerateReleaseToken(project.id);
    const res = await sendHook(project, { signature: hookSignature(oldToken, "heroku", project.id) });
    assert.equal(res.status, 403, "a regenerated token invalidates old URLs");
    await assertNothingStored(project, 0);
  });

  test("changes made in this process apply to the very next hook (the per-project cache is invalidated)", async () => {
    const project = await createHookProject();
    assert.equal((await sendHook(project, { body: freshEvent("release-create-pending") })).status, 200, "warms the cache");

    await updateHerokuConfig({ projectId: project.id, orgId: project.orgId, input: { webhookSecret: "a-new-secret" } });
    assert.equal((await sendHook(project, { body: freshEvent("release-create-pending") })).status, 401, "old secret refused");
    const renewed = { ...project, secret: "a-new-secret" };
    assert.equal((await sendHook(renewed, { body: freshEvent("release-create-pending") })).status, 200, "new secret accepted");

    await setHerokuEnabled({ projectId: project.id, enabled: false });
    assert.equal((await sendHook(renewed, { body: freshEvent("release-create-pending") })).status, 403, "disabled");
    await setHerokuEnabled({ projectId: project.id, enabled: true });

    const token = await regenerateReleaseToken(project.id);
    assert.equal((await sendHook(renewed, { body: freshEvent("release-create-pending") })).status, 403, "old URL refused");
    assert.equal((await sendHook({ ...renewed, token }, { body: freshEvent("release-create-pending") })).status, 200, "new URL accepted");
  });

  test("the URL signature is Sentry's: hex HMAC-SHA256(token, '<plugin>-<projectId>'), upper-case hex accepted", async () => {
    const project = await createHookProject();
    const { createHmac } = await import("node:crypto");
    const sentryStyle = createHmac("sha256", project.token).update(`heroku-${project.id}`).digest("hex");
    assert.equal((await sendHook(project, { signature: sentryStyle.toUpperCase(), body: sample("release-create-pending") })).status, 200);
  });

  test("unknown plugin: 404 after the signature check (a bad signature is 403 first)", async () => {
    const project = await createHookProject();
    for (const plugin of ["github", "__proto__", "toString"]) {
      const res = await sendHook(project, { plugin, signature: hookSignature(project.token, plugin, project.id) });
      await assertRejected(project, res, 404, "plugin_not_found");
    }
    assert.equal((await sendHook(project, { plugin: "github", signature: "0".repeat(64) })).status, 403);
    await assertNothingStored(project, 3);
  });

  test("plugin disabled: 403, and it comes before the method check", async () => {
    const project = await createHookProject({ enabled: false });
    await assertRejected(project, await sendHook(project, { body: sample("release-create-pending") }), 403, "plugin_disabled");
    await assertRejected(project, await sendHook(project, { method: "GET" }), 403, "plugin_disabled");
    await assertNothingStored(project, 2);
  });

  test("a plugin row that was never created counts as disabled", async () => {
    const project = await createHookProject();
    await db().pluginConfig.deleteMany({ where: { projectId: project.id } });
    await assertRejected(project, await sendHook(project, { body: sample("release-create-pending") }), 403, "plugin_disabled");
  });

  test("methods other than POST: 405 with Allow: POST", async () => {
    const project = await createHookProject();
    for (const method of ["GET", "PUT", "PATCH", "DELETE"] as const) {
      const res = await sendHook(project, { method, body: sample("release-create-pending") });
      await assertRejected(project, res, 405, "method_not_allowed");
      assert.equal(res.headers.get("allow"), "POST");
    }
    await assertNothingStored(project, 4);
  });

  test("body over 1 MiB: 413, whether Content-Length says so or not", async () => {
    const project = await createHookProject();
    const big = JSON.stringify({ ...sample("release-create-pending"), padding: "x".repeat(1024 * 1024) });
    await assertRejected(project, await sendHook(project, { body: big }), 413, "payload_too_large");
    // A streamed body (no Content-Length) is cut off while reading.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(100 * 1024).fill(32));
        controller.close();
      },
    });
    const { POST } = await import("@/app/api/hooks/release/[plugin]/[projectId]/[signature]/route");
    const signature = hookSignature(project.token, "heroku", project.id);
    const request = new Request(`http://localhost/api/hooks/release/heroku/${project.id}/${signature}/`, { method: "POST", body: stream, duplex: "half" } as RequestInit);
    const res = await POST(request, { params: Promise.resolve({ plugin: "heroku", projectId: String(project.id), signature }) });
    assert.equal(res.status, 413);
    // Exactly 1 MiB is accepted (and then judged on its content).
    const exact = JSON.stringify({ ...sample("release-create-pending"), padding: "" });
    const padded = exact.replace('"padding":""', `"padding":"${"x".repeat(1024 * 1024 - Buffer.byteLength(exact))}"`);
    assert.equal(Buffer.byteLength(padded), 1024 * 1024);
    assert.equal((await sendHook(project, { body: padded })).status, 200);
  });
});

describe("Heroku body signature (401 says which check failed; nothing stored but the delivery)", () => {
  test("no webhook secret configured", async () => {
    const project = await createHookProject({ secret: null });
    const res = await sendHook(project, { body: sample("release-create-pending"), bodySignature: herokuBodySignature("guess", "{}") });
    await assertRejected(project, res, 401, "webhook_secret_not_configured");
    await assertNothingStored(project, 1);
  });

  test("header missing (or blank)", async () => {
    const project = await createHookProject();
    await assertRejected(project, await sendHook(project, { body: sample("release-create-pending"), bodySignature: null }), 401, "signature_header_missing");
    await assertRejected(project, await sendHook(project, { body: sample("release-create-pending"), bodySignature: "  " }), 401, "signature_header_missing");
    await assertNothingStored(project, 2);
  });

  test("signature mismatch: wrong secret, tampered body, hex instead of base64, truncated", async () => {
    const project = await createHookProject();
    const body = JSON.stringify(sample("release-create-pending"));
    const good = herokuBodySignature(project.secret, body);
    const { createHmac } = await import("node:crypto");
    const wrong = [
      herokuBodySignature("another-secret", body),
      herokuBodySignature(project.secret, body + " "),
      createHmac("sha256", project.secret).update(body).digest("hex"),
      good.slice(0, -2),
    ];
    for (const bodySignature of wrong) {
      await assertRejected(project, await sendHook(project, { body, bodySignature }), 401, "signature_mismatch");
    }
    const delivery = await lastDelivery(project.id);
    assert.equal(delivery?.body, body, "the rejected body is kept for inspection");
    await assertNothingStored(project, 4);
    // The signature covers the exact bytes: re-serialized JSON with the same meaning does not verify.
    const reformatted = JSON.stringify(JSON.parse(body), null, 2);
    assert.equal((await sendHook(project, { body: reformatted, bodySignature: good })).status, 401);
    assert.equal((await sendHook(project, { body, bodySignature: ` ${good} ` })).status, 200, "surrounding spaces are tolerated");
  });
});

describe("Body parsing", () => {
  test("not JSON, not UTF-8, or not an object: 400 invalid_json", async () => {
    const project = await createHookProject();
    const bodies: (string | Uint8Array)[] = ["", "{", "not json", "[]", "null", "42", '"a string"', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])];
    for (const body of bodies) {
      await assertRejected(project, await sendHook(project, { body }), 400, "invalid_json");
    }
    await assertNothingStored(project, bodies.length);
  });

  test("wrong types of used fields: 400 with the field named; unknown fields are fine", async () => {
    const project = await createHookProject();
    const base = sample("release-create-pending");
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, data: { ...base.data, version: "47" } }, "data.version"],
      [{ ...base, data: { ...base.data, app: { name: 7 } } }, "data.app.name"],
      [{ ...base, data: { ...base.data, slug: { commit: 123 } } }, "data.slug.commit"],
      [{ ...base, data: { ...base.data, created_at: "yesterday" } }, "data.created_at"],
      [{ ...base, data: { ...base.data, user: "jane" } }, "data.user"],
      [{ ...base, data: "nope" }, "data"],
      [{ ...base, id: 5 }, "id"],
    ];
    for (const [body, field] of cases) {
      const res = await sendHook(project, { body });
      assert.equal(res.status, 400, field);
      assert.ok(field in res.json.error.fields, `${field} in ${JSON.stringify(res.json.error.fields)}`);
    }
    await assertNothingStored(project, cases.length);
    const extra = { ...base, brand_new_field: { nested: [1, 2] }, data: { ...base.data, release_phase_v2: true } };
    assert.equal((await sendHook(project, { body: extra })).status, 200);
  });

  test("Sentry's version rules on data.slug.commit: 400 for each, and the same rules accept real commits", async () => {
    const project = await createHookProject();
    const bad = ["", "  ", ".", "..", "latest", "LATEST", "a/b", "a\\b", "a\nb", "a\rb", "a\tb", "a\fb", "a\0b", "\ud800", "x".repeat(251)];
    for (const commit of bad) {
      const body = { ...sample("release-create-pending"), id: `evt-${bad.indexOf(commit)}`, data: { ...sample("release-create-pending").data, slug: { commit } } };
      const res = await sendHook(project, { body });
      assert.equal(res.status, 400, JSON.stringify(commit));
      assert.ok(res.json.error.fields["data.slug.commit"]);
    }
    await assertNothingStored(project, bad.length);
    const ok = { ...sample("release-create-pending"), data: { ...sample("release-create-pending").data, slug: { commit: "v".repeat(250) } } };
    assert.equal((await sendHook(project, { body: ok })).status, 200);
  });
});
