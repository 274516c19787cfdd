import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { deliveryObject, deployObject, releaseDetailObject, releaseObject } from "@/lib/validation/api-objects";
import { callJson } from "../helpers/api-client";
import { useTestDatabase } from "../helpers/database";
import { minutesAfter, seedDelivery, seedDeploy, seedOrg, seedProject, seedRelease, seedUser } from "../helpers/seed";

useTestDatabase();

let setups = 0;
async function setup() {
  const { user, token } = await seedUser(`olive-${++setups}@example.com`, "Olive Owner");
  const org = await seedOrg(user.id);
  const project = await seedProject(org.id);
  return { user, token, org, project, base: `/api/0/projects/${org.slug}/${project.slug}` };
}

const nextLink = (headers: Headers) => /^<([^>]+)>; rel="next"$/.exec(headers.get("link") ?? "")?.[1] ?? null;

/** Follows Link headers, calling `between` after each page (to insert rows meanwhile). */
async function walk<T>(first: string, token: string, schema: z.ZodType<T>, between?: (page: number) => Promise<void>) {
  const items: T[] = [];
  let url: string | null = first;
  for (let page = 1; url; page++) {
    const result: { status: number; body: unknown[]; headers: Headers } = await callJson("GET", url, { token });
    assert.equal(result.status, 200);
    items.push(...result.body.map((x) => schema.parse(x)));
    url = nextLink(result.headers);
    if (url) assert.ok(url.startsWith("http://shiplog.test/api/0/"), url);
    await between?.(page);
    assert.ok(page < 50, "pagination terminates");
  }
  return items;
}

describe("GET /api/0/projects/{org}/{project}/releases/", () => {
  test("newest first, as Release objects with lastDeploy and deployCount", async () => {
    const { user, token, org, project, base } = await setup();
    const r1 = await seedRelease({ orgId: org.id, projectId: project.id, version: "1.0.0", at: minutesAfter(1), ownerEmail: user.email, url: "https://example.com/r1" });
    await seedRelease({ orgId: org.id, projectId: project.id, version: "1.1.0", at: minutesAfter(2) });
    await seedDeploy({ orgId: org.id, projectId: project.id, releaseId: r1.id, environment: "staging", app: "acme-staging", at: minutesAfter(3), herokuVersion: 7 });
    const last = await seedDeploy({ orgId: org.id, projectId: project.id, releaseId: r1.id, environment: "production", at: minutesAfter(4), deployerEmail: user.email });
    // Another project's release in the same organization is not listed.
    const other = await seedProject(org.id);
    await seedRelease({ orgId: org.id, projectId: other.id, version: "9.9.9", at: minutesAfter(5) });

    const result = await callJson<unknown[]>("GET", `${base}/releases/`, { token });
    assert.equal(result.status, 200);
    const releases = result.body.map((r) => releaseObject.parse(r));
    assert.deepEqual(releases.map((r) => r.version), ["1.1.0", "1.0.0"]);
    const [, one] = releases;
    assert.equal(one.deployCount, 2);
    assert.equal(one.dateCreated, minutesAfter(1).toISOString());
    assert.equal(one.url, "https://example.com/r1");
    assert.deepEqual(one.owner, { email: user.email, name: "Olive Owner" });
    assert.equal(one.lastDeploy?.id, String(last.id));
    assert.deepEqual(one.lastDeploy?.deployer, { email: user.email, name: "Olive Owner" });
    assert.equal(releases[0].lastDeploy, null);
    assert.equal(releases[0].deployCount, 0);
    assert.equal(result.headers.get("link"), null);
  });

  test("?query= is a version prefix, taken literally (no LIKE wildcards)", async () => {
    const { token, org, project, base } = await setup();
    for (const [i, version] of ["2.0.0", "2.0.1", "2.1.0", "20_x", "200", "abc%"].entries()) {
      await seedRelease({ orgId: org.id, projectId: project.id, version, at: minutesAfter(i) });
    }
    const versions = async (q: string) => ((await callJson<{ version: string }[]>("GET", `${base}/releases/?query=${encodeURIComponent(q)}`, { token })).body).map((r) => r.version);
    assert.deepEqual(await versions("2.0"), ["2.0.1", "2.0.0"]);
    assert.deepEqual(await versions("20_"), ["20_x"]);
    assert.deepEqual(await versions("a%"), []);
    assert.deepEqual(await versions("abc%"), ["abc%"]);
    assert.deepEqual(await versions(""), ["abc%", "200", "20_x", "2.1.0", "2.0.1", "2.0.0"]);
  });

  test("pages with per_page and Link; a cursor stays valid while new releases arrive", async () => {
    const { token, org, project, base } = await setup();
    // 12 releases, two of them sharing one timestamp (the id breaks the tie).
    for (let i = 0; i < 12; i++) await seedRelease({ orgId: org.id, projectId: project.id, version: `v${i}`, at: minutesAfter(i === 5 ? 4 : i) });
    const expected = ["v11", "v10", "v9", "v8", "v7", "v6", "v5", "v4", "v3", "v2", "v1", "v0"];
    let inserted = 0;
    const seen = await walk(`${base}/releases/?per_page=5`, token, releaseObject, async () => {
      // Newer releases arrive between page fetches: they must not shift or repeat the old ones.
      await seedRelease({ orgId: org.id, projectId: project.id, version: `new${inserted++}`, at: minutesAfter(100 + inserted) });
    });
    assert.deepEqual(seen.map((r) => r.version), expected);
    assert.equal(inserted, 3);

    const defaults = await callJson<unknown[]>("GET", `${base}/releases/`, { token });
    assert.equal(defaults.body.length, 15);
    assert.equal(defaults.headers.get("link"), null);
    const one = await callJson<{ version: string }[]>("GET", `${base}/releases/?per_page=1&query=v1`, { token });
    assert.deepEqual(one.body.map((r) => r.version), ["v11"]);
    assert.match(nextLink(one.headers) ?? "", /[?&]query=v1(&|$)/, "the next link keeps the filters");
    assert.match(nextLink(one.headers) ?? "", /[?&]per_page=1(&|$)/);
  });

  test("more than 25 releases: default page size 25, per_page=100 at most", async () => {
    const { token, org, project, base } = await setup();
    await db().release.createMany({ data: Array.from({ length: 30 }, (_, i) => ({ orgId: org.id, version: `bulk-${i}` })) });
    const ids = await db().release.findMany({ where: { orgId: org.id }, select: { id: true } });
    await db().releaseProject.createMany({ data: ids.map(({ id }, i) => ({ releaseId: id, projectId: project.id, createdAt: minutesAfter(i) })) });
    const page = await callJson<unknown[]>("GET", `${base}/releases/`, { token });
    assert.equal(page.body.length, 25);
    assert.ok(nextLink(page.headers));
    assert.equal((await callJson<unknown[]>("GET", `${base}/releases/?per_page=100`, { token })).body.length, 30);
  });
});

describe("GET /api/0/projects/{org}/{project}/releases/{version}/", () => {
  test("the release with its deploys (newest first) and head commits; 404 otherwise", async () => {
    const { token, org, project, base } = await setup();
    const repo = await db().repository.create({ data: { orgId: org.id, name: "acme/shop", url: "https://github.com/acme/shop" } });
    const bare = await db().repository.create({ data: { orgId: org.id, name: "acme/lib" } });
    const release = await seedRelease({ orgId: org.id, projectId: project.id, version: "1.2.3+build.7", at: minutesAfter(0) });
    await db().headCommit.createMany({
      data: [
        { releaseId: release.id, repositoryId: repo.id, commitId: "0f0a53b", message: "Fix checkout" },
        { releaseId: release.id, repositoryId: bare.id, commitId: "abc1234" },
      ],
    });
    const d1 = await seedDeploy({ orgId: org.id, projectId: project.id, releaseId: release.id, environment: "staging", at: minutesAfter(1), status: "succeeded" });
    const d2 = await seedDeploy({ orgId: org.id, projectId: project.id, releaseId: release.id, environment: "production", at: minutesAfter(2), status: "pending" });

    const result = await callJson("GET", `${base}/releases/${encodeURIComponent("1.2.3+build.7")}/`, { token });
    assert.equal(result.status, 200);
    const detail = releaseDetailObject.parse(result.body);
    assert.equal(detail.version, "1.2.3+build.7");
    assert.equal(detail.deployCount, 2);
    assert.deepEqual(detail.deploys.map((d) => [d.id, d.environment, d.status]), [[String(d2.id), "production", "pending"], [String(d1.id), "staging", "succeeded"]]);
    assert.equal(detail.deploys[0].dateFinished, null);
    assert.deepEqual(detail.headCommits, [
      { repository: "acme/shop", commitId: "0f0a53b", message: "Fix checkout", url: "https://github.com/acme/shop/commit/0f0a53b" },
      { repository: "acme/lib", commitId: "abc1234", message: null, url: null },
    ]);

    assert.equal((await callJson("GET", `${base}/releases/nope/`, { token })).status, 404);
    const other = await seedProject(org.id);
    await seedRelease({ orgId: org.id, projectId: other.id, version: "elsewhere" });
    const elsewhere = await callJson<{ error: { code: string } }>("GET", `${base}/releases/elsewhere`, { token });
    assert.equal(elsewhere.status, 404);
    assert.equal(elsewhere.body.error.code, "not_found");
  });
});

describe("GET /api/0/projects/{org}/{project}/deploys/", () => {
  test("the timeline newest first, filtered by environment, status, app and kind", async () => {
    const { token, org, project, base } = await setup();
    const r = await seedRelease({ orgId: org.id, projectId: project.id, version: "abc" });
    const mk = (minute: number, environment: string, app: string, status: "pending" | "succeeded" | "failed", kind: "deploy" | "rollback" = "deploy") =>
      seedDeploy({ orgId: org.id, projectId: project.id, releaseId: r.id, environment, app, status, kind, at: minutesAfter(minute), herokuVersion: minute });
    await mk(1, "staging", "acme-staging", "succeeded");
    await mk(2, "production", "acme", "failed");
    await mk(3, "production", "acme", "succeeded", "rollback");
    await mk(4, "staging", "acme-staging", "pending");

    const all = await callJson<unknown[]>("GET", `${base}/deploys/`, { token });
    assert.equal(all.status, 200);
    const deploys = all.body.map((d) => deployObject.parse(d));
    assert.deepEqual(deploys.map((d) => d.herokuReleaseVersion), [4, 3, 2, 1]);
    assert.equal(deploys[0].version, "abc");
    assert.equal(deploys[0].app, "acme-staging");

    const versions = async (q: string) => (await callJson<{ herokuReleaseVersion: number }[]>("GET", `${base}/deploys/?${q}`, { token })).body.map((d) => d.herokuReleaseVersion);
    assert.deepEqual(await versions("environment=production"), [3, 2]);
    assert.deepEqual(await versions("status=succeeded"), [3, 1]);
    assert.deepEqual(await versions("app=acme-staging&status=pending"), [4]);
    assert.deepEqual(await versions("kind=rollback"), [3]);
    assert.deepEqual(await versions("environment=nowhere"), []);
    assert.deepEqual(await versions("environment=&status="), [4, 3, 2, 1]);
    const paged = await walk(`${base}/deploys/?per_page=3&environment=production`, token, deployObject);
    assert.deepEqual(paged.map((d) => d.herokuReleaseVersion), [3, 2]);
    const small = await walk(`${base}/deploys/?per_page=1`, token, deployObject);
    assert.deepEqual(small.map((d) => d.herokuReleaseVersion), [4, 3, 2, 1]);
  });
});

describe("GET /api/0/projects/{org}/{project}/hooks/deliveries/", () => {
  test("every delivery newest first, filtered by outcome, without the stored body", async () => {
    const { token, project, base } = await setup();
    await seedDelivery({ projectId: project.id, outcome: "processed", at: minutesAfter(1), status: 201 });
    await seedDelivery({ projectId: project.id, outcome: "rejected", at: minutesAfter(2), status: 400, reason: "invalid payload", body: '{"secret-ish":"payload"}' });
    await seedDelivery({ projectId: project.id, outcome: "duplicate", at: minutesAfter(3) });
    await seedDelivery({ projectId: project.id, outcome: "ignored", at: minutesAfter(4), reason: "not a release event" });

    const result = await callJson<unknown[]>("GET", `${base}/hooks/deliveries/`, { token });
    assert.equal(result.status, 200);
    const deliveries = result.body.map((d) => deliveryObject.parse(d));
    assert.deepEqual(deliveries.map((d) => d.outcome), ["ignored", "duplicate", "rejected", "processed"]);
    assert.ok(!JSON.stringify(result.body).includes("secret-ish"));
    assert.ok(deliveries.every((d) => !("body" in d)));
    const rejected = (await callJson<unknown[]>("GET", `${base}/hooks/deliveries?outcome=rejected`, { token })).body.map((d) => deliveryObject.parse(d));
    assert.deepEqual(rejected.map((d) => [d.status, d.reason]), [[400, "invalid payload"]]);
    assert.deepEqual(Object.keys(rejected[0]).sort(), ["action", "eventId", "id", "outcome", "plugin", "reason", "receivedAt", "releaseVersion", "status"]);

    let inserted = 0;
    const walked = await walk(`${base}/hooks/deliveries/?per_page=3`, token, deliveryObject, async () => {
      await seedDelivery({ projectId: project.id, at: minutesAfter(10 + inserted++) });
    });
    assert.deepEqual(walked.map((d) => d.outcome), ["ignored", "duplicate", "rejected", "processed"]);
  });
});
