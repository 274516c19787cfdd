// The cache in front of every hook's project and plugin lookups: it must share concurrent loads,
// expire, forget failures, stay bounded, and drop an entry when told.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { TtlCache } from "@/lib/server/cache/ttl-cache";

function counter() {
  let calls = 0;
  const load = async (key: string) => `${key}#${++calls}`;
  return { load, calls: () => calls };
}

describe("TtlCache", () => {
  test("concurrent misses share one load; hits do not load again", async () => {
    const cache = new TtlCache<string, string>({ ttlMs: 1000, maxEntries: 10 });
    const c = counter();
    const values = await Promise.all([cache.get("a", c.load), cache.get("a", c.load), cache.get("a", c.load)]);
    assert.deepEqual(values, ["a#1", "a#1", "a#1"]);
    assert.equal(await cache.get("a", c.load), "a#1");
    assert.equal(c.calls(), 1);
  });

  test("an entry expires after ttlMs", async () => {
    let now = 0;
    const cache = new TtlCache<string, string>({ ttlMs: 100, maxEntries: 10, now: () => now });
    const c = counter();
    await cache.get("a", c.load);
    now = 99;
    assert.equal(await cache.get("a", c.load), "a#1");
    now = 100;
    assert.equal(await cache.get("a", c.load), "a#2");
  });

  test("invalidate makes the next read load again", async () => {
    const cache = new TtlCache<string, string>({ ttlMs: 60_000, maxEntries: 10 });
    const c = counter();
    await cache.get("a", c.load);
    cache.invalidate("a");
    assert.equal(await cache.get("a", c.load), "a#2");
  });

  test("a failed load is not remembered", async () => {
    const cache = new TtlCache<string, string>({ ttlMs: 60_000, maxEntries: 10 });
    await assert.rejects(cache.get("a", async () => Promise.reject(new Error("database is down"))), /database is down/);
    assert.equal(cache.size, 0);
    assert.equal(await cache.get("a", async () => "back"), "back");
  });

  test("beyond maxEntries the least recently used entry goes", async () => {
    const cache = new TtlCache<string, string>({ ttlMs: 60_000, maxEntries: 2 });
    const c = counter();
    await cache.get("a", c.load);
    await cache.get("b", c.load);
    await cache.get("a", c.load); // a is now the most recent
    await cache.get("c", c.load); // evicts b
    assert.equal(cache.size, 2);
    assert.equal(await cache.get("a", c.load), "a#1");
    assert.equal(await cache.get("b", c.load), "b#4");
  });
});
