import assert from "node:assert/strict";
import { test } from "node:test";
import { db } from "@/lib/server/db";
import { getOrCreateReleaseToken } from "@/lib/server/projects/release-token";
import { callJson } from "../helpers/api-client";
import { useTestDatabase } from "../helpers/database";
import { seedDelivery, seedDeploy, seedOrg, seedProject, seedRelease, seedUser } from "../helpers/seed";

useTestDatabase();

// User B has their own organization with a project of the same slug: B's token must still see
// nothing of organization A — 404 everywhere, never 403 (which would confirm A's objects exist).
test("user B's token gets 404 for everything of organization A, and changes nothing", async () => {
  const a = await seedUser();
  const orgA = await seedOrg(a.user.id, "org-a");
  const projectA = await seedProject(orgA.id, "shop");
  const release = await seedRelease({ orgId: orgA.id, projectId: projectA.id, version: "secret-release" });
  await seedDeploy({ orgId: orgA.id, projectId: projectA.id, releaseId: release.id });
  await seedDelivery({ projectId: projectA.id });
  await db().repository.create({ data: { orgId: orgA.id, name: "acme/private" } });
  const releaseToken = await getOrCreateReleaseToken(projectA.id);

  const b = await seedUser();
  const orgB = await seedOrg(b.user.id, "org-b");
  await seedProject(orgB.id, "shop");

  const A = "/api/0/projects/org-a/shop";
  const calls: [string, string, unknown?][] = [
    ["POST", "/api/0/organizations/org-a/projects/", { name: "Intruder" }],
    ["GET", "/api/0/organizations/org-a/repositories/"],
    ["POST", "/api/0/organizations/org-a/repositories/", { name: "intruder/repo" }],
    ["GET", `${A}/releases/token/`],
    ["POST", `${A}/releases/token/`],
    ["GET", `${A}/plugins/heroku/`],
    ["PUT", `${A}/plugins/heroku/`, { environment: "hijacked", webhookSecret: "attacker" }],
    ["POST", `${A}/plugins/heroku/`],
    ["DELETE", `${A}/plugins/heroku/`],
    ["GET", `${A}/releases/`],
    ["GET", `${A}/releases/secret-release/`],
    ["GET", `${A}/deploys/`],
    ["GET", `${A}/hooks/deliveries/`],
    // B's own org slug with A's project id or slug mixed in.
    ["GET", "/api/0/projects/org-b/shop/releases/secret-release/"],
  ];
  for (const [method, path, body] of calls) {
    for (const variant of [path, path.replace(/\/$/, "")]) {
      const result = await callJson<{ error: { code: string; message: string } }>(method, variant, { token: b.token, body });
      assert.equal(result.status, 404, `${method} ${variant}`);
      assert.equal(result.body.error.code, "not_found");
      const text = JSON.stringify(result.body);
      for (const leak of ["secret-release", "acme/private", releaseToken]) assert.ok(!text.includes(leak), `${method} ${variant} leaks ${leak}`);
    }
  }

  // Nothing of A changed.
  assert.equal(await db().project.count({ where: { orgId: orgA.id } }), 1);
  assert.equal(await db().repository.count({ where: { orgId: orgA.id } }), 1);
  assert.equal(await getOrCreateReleaseToken(projectA.id), releaseToken);
  assert.equal(await db().pluginConfig.count({ where: { projectId: projectA.id } }), 0);

  // And A sees all of it with their own token (the 404s above are about B, not broken routes).
  for (const [method, path] of calls.slice(0, -1).filter(([m]) => m === "GET")) {
    assert.equal((await callJson(method, path, { token: a.token })).status, 200, `${method} ${path} as A`);
  }
});
