/** How long another process may honour a changed release token or plugin config (README: Operating Shiplog). */
export const HOOK_CONFIG_TTL_MS = 10_000;

/**
 * A small in-process cache for what requests would otherwise read again: a project's release token
 * and plugin config on every hook, deploy health on every timeline refresh. Entries hold the load's promise, so concurrent
 * misses share one query. Writers in this process call `invalidate` after their write; other
 * processes on the same database see a change within `ttlMs`, which bounds how long an old
 * release token or a disabled plugin can still be honoured there.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: Promise<V>; expires: number }>();

  constructor(private readonly options: { ttlMs: number; maxEntries: number; now?: () => number }) {}

  get(key: K, load: (key: K) => Promise<V>): Promise<V> {
    const now = (this.options.now ?? Date.now)();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) {
      // Re-insert: Map keeps insertion order, so the first key is always the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = load(key);
    const entry = { value, expires: now + this.options.ttlMs };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value as K);
    // A failed load (database outage) must not be remembered: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  invalidate(key: K): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

const registry = globalThis as unknown as { shiplogCaches?: Map<string, TtlCache<unknown, unknown>> };

/**
 * The process-wide cache of this name. Next.js may load a module once per bundle (route handlers,
 * server actions, pages), so a module-level cache could miss the invalidation made by a settings
 * form: every bundle must see the same instance, hence globalThis.
 */
export function sharedCache<K, V>(name: string, options: { ttlMs: number; maxEntries: number }): TtlCache<K, V> {
  registry.shiplogCaches ??= new Map();
  let cache = registry.shiplogCaches.get(name);
  if (!cache) {
    cache = new TtlCache<unknown, unknown>(options);
    registry.shiplogCaches.set(name, cache);
  }
  return cache as TtlCache<K, V>;
}
