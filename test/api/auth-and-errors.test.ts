import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { db } from "@/lib/server/db";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";
import { verifyApiToken } from "@/lib/server/tokens/verify-api-token";
import { errorObject } from "@/lib/validation/api-objects";
import { callApi, callJson } from "../helpers/api-client";
import { useTestDatabase } from "../helpers/database";
import { seedOrg, seedProject, seedUser } from "../helpers/seed";

useTestDatabase();

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

/** Every error answer: the one shape, `fields` only for 400s. */
function assertError(result: { status: number; body: unknown }, status: number, code: string) {
  assert.equal(result.status, status, JSON.stringify(result.body));
  const body = errorObject.parse(result.body) as ErrorBody;
  assert.equal(body.error.code, code);
  assert.ok(body.error.message.length > 0);
  assert.deepEqual(Object.keys(result.body as object), ["error"]);
  if (status !== 400) assert.equal(body.error.fields, undefined);
  return body.error;
}

describe("authentication", () => {
  test("no token, a malformed header, an unknown token: 401 in the error shape with WWW-Authenticate", async () => {
    const variants: Record<string, string>[] = [{}, { authorization: "Basic dXNlcjpwYXNz" }, { authorization: "Bearer" }, { authorization: "Bearer shiplog_nottherealtokenatallnope" }, { authorization: "Bearer ' OR 1=1 --" }];
    for (const headers of variants) {
      const result = await callJson("POST", "/api/0/organizations/", { headers, body: { name: "X" } });
      assertError(result, 401, "unauthorized");
      assert.equal(result.headers.get("www-authenticate"), 'Bearer realm="shiplog"');
    }
    assert.equal(await db().organization.count(), 0);
  });

  test("tokens are stored hashed, act as their user, record last use, and stop working once revoked", async () => {
    const { user, token } = await seedUser();
    const row = await db().apiToken.findFirstOrThrow({ where: { userId: user.id } });
    assert.notEqual(row.tokenHash, token);
    assert.match(row.tokenHash, /^[0-9a-f]{64}$/);
    assert.equal(token.endsWith(row.tokenHint), true);
    assert.equal(row.lastUsedAt, null);

    const created = await callJson<{ slug: string }>("POST", "/api/0/organizations/", { token, body: { name: "Acme", slug: "acme" } });
    assert.equal(created.status, 201);
    const member = await db().member.findFirstOrThrow({ where: { org: { slug: "acme" } } });
    assert.equal(member.userId, user.id);
    assert.equal(member.role, "owner");
    const [listed] = await listApiTokens({ userId: user.id });
    assert.ok(listed.lastUsedAt, "lastUsedAt is set by a request");
    assert.equal("tokenHash" in listed, false);

    await revokeApiToken({ userId: user.id, tokenId: row.id });
    assertError(await callJson("GET", "/api/0/organizations/acme/repositories/", { token }), 401, "unauthorized");
  });

  test("lastUsedAt is written at most once a minute (no write per request)", async () => {
    const { token } = await seedUser();
    const t0 = new Date("2026-03-01T10:00:00Z");
    const user = await verifyApiToken(token, t0);
    assert.ok(user);
    await verifyApiToken(token, new Date(t0.getTime() + 30_000));
    let row = await db().apiToken.findUniqueOrThrow({ where: { id: user.tokenId } });
    assert.equal(row.lastUsedAt?.toISOString(), t0.toISOString());
    await verifyApiToken(token, new Date(t0.getTime() + 61_000));
    row = await db().apiToken.findUniqueOrThrow({ where: { id: user.tokenId } });
    assert.equal(row.lastUsedAt?.toISOString(), new Date(t0.getTime() + 61_000).toISOString());
  });

  test("a user cannot revoke someone else's token", async () => {
    const a = await seedUser();
    const b = await seedUser();
    const [bToken] = await listApiTokens({ userId: b.user.id });
    await assert.rejects(revokeApiToken({ userId: a.user.id, tokenId: bToken.id }), /Token not found/);
    assert.equal((await callApi("POST", "/api/0/organizations/", { token: b.token, body: { name: "Still works" } })).status, 201);
  });
});

describe("one error shape", () => {
  test("unknown paths under /api/0 answer a JSON 404, for any method and depth", async () => {
    const { token } = await seedUser();
    for (const [method, path] of [
      ["GET", "/api/0/nothing-here/"],
      ["POST", "/api/0/organizations/acme/widgets/"],
      ["DELETE", "/api/0/projects/a/b/c/d/e/f"],
      ["GET", "/api/0/"],
      ["GET", "/api/0"],
      ["PUT", "/api/0/projects/acme/shop/plugins/github/"],
    ]) {
      const response = await callApi(method, path, { token });
      assert.match(response.headers.get("content-type") ?? "", /application\/json/);
      assertError({ status: response.status, body: await response.json() }, 404, "not_found");
    }
  });

  test("a method a route does not serve: JSON 405 with Allow", async () => {
    const { user, token } = await seedUser();
    const org = await seedOrg(user.id);
    const result = await callJson("DELETE", `/api/0/organizations/${org.slug}/repositories/`, { token });
    assertError(result, 405, "method_not_allowed");
    assert.equal(result.headers.get("allow"), "GET, POST, HEAD, OPTIONS");
    assertError(await callJson("GET", "/api/0/organizations/", { token }), 405, "method_not_allowed");
  });

  test("malformed JSON → 400 invalid_json; wrong types → 400 invalid_request with fields", async () => {
    const { token } = await seedUser();
    const before = await db().organization.count();
    assertError(await callJson("POST", "/api/0/organizations/", { token, rawBody: '{"name": "Acme",' }), 400, "invalid_json");
    const wrong = assertError(await callJson("POST", "/api/0/organizations/", { token, body: { name: 42, slug: "Not A Slug!" } }), 400, "invalid_request");
    assert.deepEqual(Object.keys(wrong.fields ?? {}).sort(), ["name", "slug"]);
    const notObject = assertError(await callJson("POST", "/api/0/organizations/", { token, body: ["Acme"] }), 400, "invalid_request");
    assert.ok(notObject.fields);
    const empty = assertError(await callJson("POST", "/api/0/organizations/", { token }), 400, "invalid_request");
    assert.ok(empty.fields?.name);
    assert.equal(await db().organization.count(), before);
  });

  test("bodies over 1 MiB → 413, whether or not Content-Length announces them", async () => {
    const { token } = await seedUser();
    const big = JSON.stringify({ name: "x".repeat(1024 * 1024) });
    assertError(await callJson("POST", "/api/0/organizations/", { token, rawBody: big }), 413, "payload_too_large");
    // Chunked: no Content-Length, so the limit must be enforced while reading.
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    assertError(await callJson("POST", "/api/0/organizations/", { token, rawBody: stream }), 413, "payload_too_large");
    assert.ok(sent < 20, "stopped reading soon after the limit");
    // Just under the limit is fine (and then fails validation, not size).
    const almost = JSON.stringify({ name: "x".repeat(1024 * 1024 - 20) });
    assertError(await callJson("POST", "/api/0/organizations/", { token, rawBody: almost }), 400, "invalid_request");
  });

  test("query parameters are validated too", async () => {
    const { user, token } = await seedUser();
    const org = await seedOrg(user.id);
    const project = await seedProject(org.id);
    const base = `/api/0/projects/${org.slug}/${project.slug}`;
    for (const q of ["per_page=0", "per_page=101", "per_page=abc", "per_page=2.5"]) {
      const e = assertError(await callJson("GET", `${base}/releases/?${q}`, { token }), 400, "invalid_request");
      assert.ok(e.fields?.per_page, q);
    }
    assert.ok(assertError(await callJson("GET", `${base}/releases/?cursor=garbage`, { token }), 400, "invalid_request").fields?.cursor);
    assert.ok(assertError(await callJson("GET", `${base}/deploys/?status=done`, { token }), 400, "invalid_request").fields?.status);
    assert.ok(assertError(await callJson("GET", `${base}/hooks/deliveries/?outcome=lost`, { token }), 400, "invalid_request").fields?.outcome);
  });
});
