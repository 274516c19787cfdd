// The pure parts: release kind from Heroku's description, version rules, event normalization.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseHerokuEvent } from "@/lib/server/hooks/heroku-event";
import { deployKindOf } from "@/lib/server/releases/deploy-kind";
import { releaseVersionProblem } from "@/lib/validation/release-version";
import { sample } from "./hook-fixtures";

const bytes = (value: unknown) => Buffer.from(JSON.stringify(value));
const now = new Date("2026-12-01T00:00:00Z");

describe("deploy kind from the description", () => {
  const cases: [string | null, string][] = [
    ["Deploy 3f2a9c1", "deploy"],
    ["Deployed 3f2a9c1", "deploy"],
    ["Rollback to v46", "rollback"],
    ["Promote acme-shop-staging v6 0f0a53b", "promotion"],
    ["Set LOG_LEVEL config vars", "config"],
    ["Set FOO, BAR config vars", "config"],
    ["Remove FOO config vars", "config"],
    ["Attach DATABASE (@ref:postgresql-rigid-12345)", "config"],
    ["Detach HEROKU_POSTGRESQL_RED", "config"],
    ["Update REDIS by heroku-redis", "config"],
    ["Add heroku-postgresql:essential-0 add-on", "config"],
    ["Remove papertrail add-on", "config"],
    ["Initial release", "other"],
    ["Enable Logplex", "other"],
    ["", "other"],
    [null, "other"],
  ];
  for (const [description, kind] of cases) {
    test(`${JSON.stringify(description)} → ${kind}`, () => assert.equal(deployKindOf(description), kind));
  }
});

describe("Sentry's release version rules", () => {
  test("accepts commits and ordinary versions", () => {
    for (const v of ["3f2a9c1d4e5b6a7988776655443322110fedcba9", "v1.2.3", "my-app@1.0+build.5", "x".repeat(250), "latest-ish", "...", "ünïcode 🚀"]) {
      assert.equal(releaseVersionProblem(v), null, v);
    }
  });
  test("rejects empty, . .. latest (any case, padded), bad characters and over 250 characters", () => {
    for (const v of ["", " ", ".", "..", " .. ", "latest", "Latest", " LATEST ", "a/b", "a\\b", "a\rb", "a\nb", "a\tb", "a\fb", "a\0b", "\udc00", "x".repeat(251)]) {
      assert.notEqual(releaseVersionProblem(v), null, JSON.stringify(v));
    }
  });
});

describe("parseHerokuEvent", () => {
  test("normalizes a sample: event id, times, status, deployer", () => {
    const parsed = parseHerokuEvent(bytes(sample("release-update-succeeded")), now);
    assert.equal(parsed.kind, "release");
    if (parsed.kind !== "release") return;
    assert.deepEqual(parsed.meta, { eventId: "5b1a3d0e-6f0e-4c1c-9a43-0d6a1b2c3d02", action: "update", releaseVersion: "3f2a9c1d4e5b6a7988776655443322110fedcba9" });
    assert.equal(parsed.event.status, "succeeded");
    assert.equal(parsed.event.startedAt?.toISOString(), "2026-11-30T10:15:02.000Z");
    assert.equal(parsed.event.finishedAt?.toISOString(), "2026-11-30T10:16:40.000Z");
    assert.equal(parsed.event.herokuVersion, 47);
    assert.equal(parsed.event.deployerEmail, "jane@example.com");
  });

  test("a finished event without updated_at finishes when received; a pending one has no finish time", () => {
    const body = sample("release-update-failed");
    delete body.data.updated_at;
    const failed = parseHerokuEvent(bytes(body), now);
    assert.equal(failed.kind === "release" && failed.event.finishedAt?.toISOString(), now.toISOString());
    const pending = parseHerokuEvent(bytes(sample("release-create-pending")), now);
    assert.equal(pending.kind === "release" && pending.event.finishedAt, null);
  });

  test("the event id falls back to webhook_metadata.event.id", () => {
    const body = { ...sample("release-create-pending"), id: undefined }; // JSON drops it
    const parsed = parseHerokuEvent(bytes(body), now);
    assert.equal(parsed.meta.eventId, "e9f8d7c6-4444-4d5e-9f6a-3b4c5d6e7f01");
  });

  test("an absurdly long description is kept, cut to 1000 characters", () => {
    const body = sample("release-create-pending");
    body.data.description = `Deploy ${"x".repeat(5000)}`;
    const parsed = parseHerokuEvent(bytes(body), now);
    assert.equal(parsed.kind === "release" && parsed.event.description?.length, 1000);
  });
});
