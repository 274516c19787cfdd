import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { db } from "@/lib/server/db";
import { organizationObject, projectObject, repositoryObject } from "@/lib/validation/api-objects";
import { callJson } from "../helpers/api-client";
import { useTestDatabase } from "../helpers/database";
import { addMember, seedOrg, seedUser } from "../helpers/seed";

useTestDatabase();

type Err = { error: { code: string; fields?: Record<string, string> } };

describe("POST /api/0/organizations/", () => {
  test("201 {id, slug, name}; the slug is made from the name when omitted; ids are strings", async () => {
    const { user, token } = await seedUser();
    const a = await callJson("POST", "/api/0/organizations/", { token, body: { name: "Acme Corp" } });
    assert.equal(a.status, 201);
    const org = organizationObject.parse(a.body);
    assert.deepEqual(org, { id: org.id, slug: "acme-corp", name: "Acme Corp" });
    const row = await db().organization.findUniqueOrThrow({ where: { slug: "acme-corp" }, include: { members: true } });
    assert.equal(org.id, String(row.id));
    assert.deepEqual(row.members.map((m) => [m.userId, m.role]), [[user.id, "owner"]]);

    const b = await callJson("POST", "/api/0/organizations", { token, body: { name: "Other", slug: "globex" } });
    assert.equal(b.status, 201);
    assert.equal(organizationObject.parse(b.body).slug, "globex");
  });

  test("409 when the slug is taken (by anyone), 400 with fields for a bad slug or name", async () => {
    const { token } = await seedUser();
    const other = await seedUser();
    assert.equal((await callJson("POST", "/api/0/organizations/", { token: other.token, body: { name: "Taken", slug: "taken" } })).status, 201);
    const taken = await callJson<Err>("POST", "/api/0/organizations/", { token, body: { name: "Mine", slug: "taken" } });
    assert.equal(taken.status, 409);
    assert.equal(taken.body.error.code, "conflict");
    const bad = await callJson<Err>("POST", "/api/0/organizations/", { token, body: { name: "", slug: "api" } });
    assert.equal(bad.status, 400);
    assert.deepEqual(Object.keys(bad.body.error.fields ?? {}).sort(), ["name", "slug"]);
  });
});

describe("POST /api/0/organizations/{org}/projects/", () => {
  test("201 {id, slug, name} with the numeric project id used in hook URLs; 409 on a taken slug", async () => {
    const { user, token } = await seedUser();
    const org = await seedOrg(user.id);
    const created = await callJson("POST", `/api/0/organizations/${org.slug}/projects/`, { token, body: { name: "Shop" } });
    assert.equal(created.status, 201);
    const project = projectObject.parse(created.body);
    const row = await db().project.findUniqueOrThrow({ where: { orgId_slug: { orgId: org.id, slug: "shop" } } });
    assert.deepEqual(project, { id: String(row.id), slug: "shop", name: "Shop" });
    assert.match(project.id, /^\d+$/);

    const again = await callJson<Err>("POST", `/api/0/organizations/${org.slug}/projects`, { token, body: { name: "Shop 2", slug: "shop" } });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, "conflict");
    const invalid = await callJson<Err>("POST", `/api/0/organizations/${org.slug}/projects/`, { token, body: { slug: "x" } });
    assert.equal(invalid.status, 400);
    assert.ok(invalid.body.error.fields?.name);
  });

  test("a plain member gets 403 (they can see the organization); a stranger gets 404", async () => {
    const owner = await seedUser();
    const org = await seedOrg(owner.user.id);
    const member = await seedUser();
    await addMember(org.id, member.user.id, "member");
    const stranger = await seedUser();
    const asMember = await callJson<Err>("POST", `/api/0/organizations/${org.slug}/projects/`, { token: member.token, body: { name: "Nope" } });
    assert.equal(asMember.status, 403);
    assert.equal(asMember.body.error.code, "forbidden");
    const asStranger = await callJson<Err>("POST", `/api/0/organizations/${org.slug}/projects/`, { token: stranger.token, body: { name: "Nope" } });
    assert.equal(asStranger.status, 404);
    const missing = await callJson<Err>("POST", `/api/0/organizations/no-such-org/projects/`, { token: owner.token, body: { name: "Nope" } });
    assert.equal(missing.status, 404);
    assert.equal(await db().project.count({ where: { orgId: org.id } }), 0);
  });
});

describe("/api/0/organizations/{org}/repositories/", () => {
  test("POST 201 {id, name, url}; GET lists them newest first; 409 on a duplicate name", async () => {
    const { user, token } = await seedUser();
    const org = await seedOrg(user.id);
    const path = `/api/0/organizations/${org.slug}/repositories/`;
    const a = await callJson("POST", path, { token, body: { name: "acme/shop", url: "https://github.com/acme/shop/" } });
    assert.equal(a.status, 201);
    const repo = repositoryObject.parse(a.body);
    assert.deepEqual({ name: repo.name, url: repo.url }, { name: "acme/shop", url: "https://github.com/acme/shop" });
    const b = await callJson("POST", path, { token, body: { name: "acme/api" } });
    assert.equal(b.status, 201);
    assert.equal(repositoryObject.parse(b.body).url, null);

    const list = await callJson<unknown[]>("GET", path.slice(0, -1), { token });
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.map((r) => repositoryObject.parse(r).name), ["acme/api", "acme/shop"]);
    assert.equal(list.headers.get("link"), null);

    const dup = await callJson<Err>("POST", path, { token, body: { name: "acme/shop" } });
    assert.equal(dup.status, 409);
  });

  test("400 with fields for a non-http URL; members may list but not add", async () => {
    const owner = await seedUser();
    const org = await seedOrg(owner.user.id);
    const path = `/api/0/organizations/${org.slug}/repositories/`;
    for (const url of ["javascript:alert(1)", "not a url", 42]) {
      const bad = await callJson<Err>("POST", path, { token: owner.token, body: { name: "acme/x", url } });
      assert.equal(bad.status, 400, String(url));
      assert.ok(bad.body.error.fields?.url);
    }
    const member = await seedUser();
    await addMember(org.id, member.user.id, "member");
    assert.equal((await callJson("GET", path, { token: member.token })).status, 200);
    assert.equal((await callJson("POST", path, { token: member.token, body: { name: "acme/y" } })).status, 403);
  });

  test("GET pages with per_page and the Link header", async () => {
    const { user, token } = await seedUser();
    const org = await seedOrg(user.id);
    for (let i = 0; i < 5; i++) await db().repository.create({ data: { orgId: org.id, name: `r${i}`, createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) } });
    const names: string[] = [];
    let next: string | null = `/api/0/organizations/${org.slug}/repositories/?per_page=2`;
    while (next) {
      const page: { body: { name: string }[]; headers: Headers } = await callJson("GET", next, { token });
      names.push(...page.body.map((r) => r.name));
      next = /<([^>]+)>; rel="next"/.exec(page.headers.get("link") ?? "")?.[1] ?? null;
    }
    assert.deepEqual(names, ["r4", "r3", "r2", "r1", "r0"]);
  });
});
