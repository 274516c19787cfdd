import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { db } from "@/lib/server/db";
import { hookSignature, signatureMatches } from "@/lib/server/projects/release-token";
import { herokuPluginObject, releaseTokenObject } from "@/lib/validation/api-objects";
import { BASE_URL, callJson } from "../helpers/api-client";
import { useTestDatabase } from "../helpers/database";
import { addMember, seedOrg, seedProject, seedUser } from "../helpers/seed";

useTestDatabase();

type Err = { error: { code: string; fields?: Record<string, string> } };

async function setup() {
  const { user, token } = await seedUser();
  const org = await seedOrg(user.id);
  const project = await seedProject(org.id);
  return { user, token, org, project, base: `/api/0/projects/${org.slug}/${project.slug}` };
}

describe("/api/0/projects/{org}/{project}/releases/token/", () => {
  test("GET creates the token on first read, then returns the same one; webhookUrl is the builtin hook", async () => {
    const { token, project, base } = await setup();
    assert.equal((await db().project.findUniqueOrThrow({ where: { id: project.id } })).releaseToken, null);
    const first = await callJson("GET", `${base}/releases/token/`, { token });
    assert.equal(first.status, 200);
    const body = releaseTokenObject.parse(first.body);
    assert.match(body.token, /^[0-9a-f]{64}$/);
    assert.equal(body.webhookUrl, `${BASE_URL}/api/hooks/release/builtin/${project.id}/${hookSignature(body.token, "builtin", project.id)}/`);
    // Stored encrypted, not as given.
    const stored = (await db().project.findUniqueOrThrow({ where: { id: project.id } })).releaseToken;
    assert.ok(stored && !stored.includes(body.token));
    const second = releaseTokenObject.parse((await callJson("GET", `${base}/releases/token`, { token })).body);
    assert.equal(second.token, body.token);
  });

  test("POST regenerates: a new token, and signatures made with the old one stop verifying", async () => {
    const { token, project, base } = await setup();
    const old = releaseTokenObject.parse((await callJson("GET", `${base}/releases/token/`, { token })).body);
    const regenerated = await callJson("POST", `${base}/releases/token/`, { token });
    assert.equal(regenerated.status, 200);
    const fresh = releaseTokenObject.parse(regenerated.body);
    assert.notEqual(fresh.token, old.token);
    assert.notEqual(fresh.webhookUrl, old.webhookUrl);
    const oldSignature = hookSignature(old.token, "builtin", project.id);
    assert.equal(signatureMatches(fresh.token, "builtin", project.id, oldSignature), false);
    assert.equal(releaseTokenObject.parse((await callJson("GET", `${base}/releases/token/`, { token })).body).token, fresh.token);
  });

  test("members may not read or regenerate it (403); the webhook URL uses SHIPLOG_URL or the request's host", async () => {
    const { org, base, token } = await setup();
    const member = await seedUser();
    await addMember(org.id, member.user.id, "member");
    assert.equal((await callJson("GET", `${base}/releases/token/`, { token: member.token })).status, 403);
    assert.equal((await callJson("POST", `${base}/releases/token/`, { token: member.token })).status, 403);
    const proxied = releaseTokenObject.parse(
      (await callJson("GET", `${base}/releases/token/`, { token, headers: { "x-forwarded-host": "shiplog.example.com", "x-forwarded-proto": "https" } })).body,
    );
    assert.ok(proxied.webhookUrl.startsWith("https://shiplog.example.com/api/hooks/release/builtin/"));
  });
});

describe("/api/0/projects/{org}/{project}/plugins/heroku/", () => {
  test("GET: disabled defaults, the heroku hook URL and the CLI command", async () => {
    const { token, project, base } = await setup();
    const result = await callJson("GET", `${base}/plugins/heroku/`, { token });
    assert.equal(result.status, 200);
    const plugin = herokuPluginObject.parse(result.body);
    assert.deepEqual(plugin.enabled, false);
    assert.deepEqual(plugin.config, { repository: null, environment: "production", appEnvironments: {}, webhookSecret: { hasSavedValue: false } });
    assert.match(plugin.webhookUrl, new RegExp(`^${BASE_URL}/api/hooks/release/heroku/${project.id}/[0-9a-f]{64}/$`));
    assert.equal(plugin.cliCommand, `heroku webhooks:add -i api:release -l sync -u ${plugin.webhookUrl} -a <your-app>`);
  });

  test("PUT saves the fields given, keeps the others, and never returns the secret", async () => {
    const { token, org, base } = await setup();
    await db().repository.create({ data: { orgId: org.id, name: "acme/shop", url: "https://github.com/acme/shop" } });
    const secret = "whsec-very-secret-value";
    const put = await callJson("PUT", `${base}/plugins/heroku/`, {
      token,
      body: { repository: "acme/shop", environment: "staging", appEnvironments: { "acme-shop": "production", "acme-shop-staging": "staging" }, webhookSecret: secret },
    });
    assert.equal(put.status, 200);
    assert.ok(!JSON.stringify(put.body).includes(secret));
    assert.deepEqual(herokuPluginObject.parse(put.body).config, {
      repository: "acme/shop",
      environment: "staging",
      appEnvironments: { "acme-shop": "production", "acme-shop-staging": "staging" },
      webhookSecret: { hasSavedValue: true },
    });
    const stored = await db().pluginConfig.findFirstOrThrow({ where: { plugin: "heroku" } });
    assert.ok(stored.webhookSecret && !stored.webhookSecret.includes(secret), "stored encrypted");

    // Missing, null and empty secret keep the saved one; "" environment means the default.
    for (const webhookSecret of [undefined, null, ""]) {
      const again = await callJson("PUT", `${base}/plugins/heroku`, { token, body: { environment: "", webhookSecret } });
      const plugin = herokuPluginObject.parse(again.body);
      assert.equal(plugin.config.webhookSecret.hasSavedValue, true);
      assert.equal(plugin.config.environment, "production");
      assert.equal(plugin.config.repository, "acme/shop");
    }
    const cleared = herokuPluginObject.parse((await callJson("PUT", `${base}/plugins/heroku/`, { token, body: { repository: null } })).body);
    assert.equal(cleared.config.repository, null);
    const read = herokuPluginObject.parse((await callJson("GET", `${base}/plugins/heroku/`, { token })).body);
    assert.deepEqual(read.config.appEnvironments, { "acme-shop": "production", "acme-shop-staging": "staging" });
    assert.ok(!JSON.stringify(read).includes(secret));
  });

  test("PUT 400 with fields: bad environment, bad app name, unknown repository, wrong types; nothing saved", async () => {
    const { token, base } = await setup();
    const cases: [unknown, string][] = [
      [{ environment: "prod/eu" }, "environment"],
      [{ environment: "x".repeat(65) }, "environment"],
      [{ environment: "line\nbreak" }, "environment"],
      [{ appEnvironments: { "Not An App!": "staging" } }, "appEnvironments.Not An App!"],
      [{ appEnvironments: ["acme"] }, "appEnvironments"],
      [{ appEnvironments: { "acme-shop": "a/b" } }, "appEnvironments.acme-shop"],
      [{ repository: "acme/missing" }, "repository"],
      [{ webhookSecret: 12345 }, "webhookSecret"],
    ];
    for (const [body, field] of cases) {
      const result = await callJson<Err>("PUT", `${base}/plugins/heroku/`, { token, body });
      assert.equal(result.status, 400, JSON.stringify(body));
      assert.equal(result.body.error.code, "invalid_request");
      assert.ok(Object.keys(result.body.error.fields ?? {}).some((k) => k.startsWith(field.split(".")[0])), `${JSON.stringify(result.body)} names ${field}`);
    }
    const plugin = herokuPluginObject.parse((await callJson("GET", `${base}/plugins/heroku/`, { token })).body);
    assert.equal(plugin.config.environment, "production");
  });

  test("POST enables, DELETE disables; both answer the GET shape", async () => {
    const { token, project, base } = await setup();
    const on = await callJson("POST", `${base}/plugins/heroku/`, { token });
    assert.equal(on.status, 200);
    assert.equal(herokuPluginObject.parse(on.body).enabled, true);
    assert.equal((await db().pluginConfig.findFirstOrThrow({ where: { projectId: project.id } })).enabled, true);
    const off = await callJson("DELETE", `${base}/plugins/heroku`, { token });
    assert.equal(off.status, 200);
    assert.equal(herokuPluginObject.parse(off.body).enabled, false);
    assert.equal((await db().pluginConfig.findFirstOrThrow({ where: { projectId: project.id } })).enabled, false);
  });

  test("members get 403 on every method; nothing changes", async () => {
    const { org, project, base } = await setup();
    const member = await seedUser();
    await addMember(org.id, member.user.id, "member");
    for (const method of ["GET", "PUT", "POST", "DELETE"]) {
      const result = await callJson<Err>(method, `${base}/plugins/heroku/`, { token: member.token, body: method === "PUT" ? { environment: "x" } : undefined });
      assert.equal(result.status, 403, method);
      assert.equal(result.body.error.code, "forbidden");
    }
    assert.equal(await db().pluginConfig.count({ where: { projectId: project.id } }), 0);
  });
});
