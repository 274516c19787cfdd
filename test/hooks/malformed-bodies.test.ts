// 500 malformed bodies, correctly signed so they get past every signature check and reach the
// parser: truncated JSON, wrong types, huge strings, odd Unicode, nested garbage, random bytes.
// None may answer 5xx and none may write a release or a deploy. A seeded generator keeps a
// failure reproducible (the failing case's label and seed are in the assertion message).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { useTestDatabase } from "../helpers/database";
import { countRows, createHookProject, sample, sendHook } from "./hook-fixtures";

 
useTestDatabase();

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

type Json = Record<string, unknown>;
const clone = (v: Json): Json => structuredClone(v);
const ODD = ["\u0000", "\ud800", "\udfff", "\u202e", "\ufeff", "\u{1f680}", "\u0301", "\uffff", "a\u0000b", "\u2028"];

// Paths the receiver uses, each with values that are wrong for it whatever else the body holds.
const WRONG: [string[], unknown[]][] = [
  [["data"], [null, 1, "x", [], true]],
  [["data", "app"], [null, 1, "x", [], {}]],
  [["data", "app", "name"], [null, 1, "", "UPPER", "has space", "dot.ted", [], {}, "a".repeat(101)]],
  [["data", "slug"], [1, "x", [], true]],
  [["data", "slug", "commit"], [1, true, [], {}, "", " ", ".", "..", "latest", "a/b", "a\\b", "\n", "\t", "\f", "\u0000", "\ud800x", "v".repeat(251)]],
  [["data", "version"], ["47", 1.5, -1, 2 ** 31, {}, []]],
  [["data", "status"], [1, [], {}, "x".repeat(51)]],
  [["data", "created_at"], [1, "yesterday", "2026-13-40T00:00:00Z", "0000-01-01T00:00:00Z", {}, "2026-11-30"]],
  [["data", "updated_at"], [false, "noon", []]],
  [["data", "id"], [1, "", "r".repeat(201), {}, "a\u0000"]],
  [["data", "user"], ["jane", 1, []]],
  [["data", "user", "email"], [1, {}, [], "e".repeat(255), "x\u0000@y"]],
  [["data", "actor", "email"], [2, []]],
  [["actor"], ["jane", 3]],
  [["id"], [1, {}, [], "", "i".repeat(201), "\u0000"]],
  [["webhook_metadata"], ["x", 1]],
  [["webhook_metadata", "event", "id"], [7, "", "\ud800"]],
];

function setPath(target: Json, path: string[], value: unknown) {
  let node: Json = target;
  for (const key of path.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== "object") node[key] = {};
    node = node[key] as Json;
  }
  node[path[path.length - 1]] = value;
}

function nested(depth: number, random: () => number): unknown {
  if (depth === 0) return ODD[Math.floor(random() * ODD.length)];
  return random() < 0.5 ? [nested(depth - 1, random)] : { [ODD[depth % ODD.length]]: nested(depth - 1, random) };
}

/** One malformed body and a label saying how it was made. */
function malformed(i: number, random: () => number): { label: string; body: string | Uint8Array } {
  const base = clone(sample(random() < 0.5 ? "release-create-pending" : "release-update-succeeded"));
  base.id = `fuzz-${i}`;
  const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)];
  switch (i % 6) {
    case 0: {
      const text = JSON.stringify(base);
      const cut = 1 + Math.floor(random() * (text.length - 2));
      return { label: `truncated at ${cut}`, body: text.slice(0, cut) };
    }
    case 1: {
      const [path, values] = pick(WRONG);
      const value = pick(values);
      setPath(base, path, value);
      return { label: `wrong ${path.join(".")} = ${JSON.stringify(value)?.slice(0, 40)}`, body: JSON.stringify(base) };
    }
    case 2: {
      // Huge strings where a limit applies; some push the body past 1 MiB (413).
      const size = pick([300, 5_000, 200_000, 1_100_000]);
      const path = pick([["data", "slug", "commit"], ["data", "app", "name"], ["id"], ["data", "id"], ["data", "user", "email"]]);
      setPath(base, path, pick(ODD.slice(5)).repeat(size));
      return { label: `huge ${path.join(".")} × ${size}`, body: JSON.stringify(base) };
    }
    case 3: {
      // Odd Unicode is fine in general; here it lands where it breaks a rule: a commit with "/",
      // a non-ASCII app name, an id that cannot be stored (NUL, lone surrogate).
      const path = pick([["data", "slug", "commit"], ["data", "app", "name"], ["id"], ["data", "id"]]);
      const odd = `${pick(ODD)}${pick(["v1", "", "latest"])}${pick(ODD)}`;
      const value = path[1] === "slug" ? `${odd}/` : path[1] === "app" ? `a${odd}` : `${odd}${pick(["\u0000", "\ud800"])}`;
      setPath(base, path, value);
      return { label: `odd unicode in ${path.join(".")}`, body: JSON.stringify(base) };
    }
    case 4: {
      const garbage = nested(1 + Math.floor(random() * 200), random);
      const where = pick(["root", "data", "app", "slug"]);
      if (where === "root") return { label: "nested garbage as the body", body: JSON.stringify(garbage) };
      setPath(base, where === "data" ? ["data"] : ["data", where], garbage);
      return { label: `nested garbage in ${where}`, body: JSON.stringify(base) };
    }
    default: {
      const bytes = new Uint8Array(1 + Math.floor(random() * 2000)).map(() => Math.floor(random() * 256));
      bytes[0] = pick([0x7b, 0x5b, 0xff, 0x22]); // "{", "[", invalid UTF-8, '"'
      return { label: "random bytes", body: bytes };
    }
  }
}

describe("malformed bodies", () => {
  test("500 malformed, correctly signed bodies: no 5xx, no release or deploy written", { timeout: 600_000 }, async () => {
    const project = await createHookProject();
    const random = rng(SEED);
    const statuses = new Map<number, number>();
    for (let i = 0; i < 500; i++) {
      const { label, body } = malformed(i, random);
      const res = await sendHook(project, { body });
      assert.ok(res.status < 500, `#${i} (${label}, seed ${SEED}) answered ${res.status}: ${JSON.stringify(res.json)}`);
      assert.ok(res.status >= 400 || res.status === 202, `#${i} (${label}) was accepted: ${res.status} ${JSON.stringify(res.json)}`);
      if (res.status >= 400) assert.equal(typeof res.json.error.code, "string", `#${i} (${label}) error shape`);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
    const rows = await countRows(project);
    assert.deepEqual({ releases: rows.releases, deploys: rows.deploys, environments: rows.environments, hookEvents: rows.hookEvents }, {
      releases: 0,
      deploys: 0,
      environments: 0,
      hookEvents: 0,
    });
    assert.equal(rows.deliveries, 500, "every one is in the delivery log");
    assert.ok((statuses.get(400) ?? 0) > 300, `mostly 400s: ${JSON.stringify([...statuses])}`);
    // The same project still takes a good event: the silence above is not a broken pipeline.
    assert.equal((await sendHook(project, { body: sample("release-update-succeeded") })).status, 200);
    assert.equal((await countRows(project)).deploys, 1);
  });
});
