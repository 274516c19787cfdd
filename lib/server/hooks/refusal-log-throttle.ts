// Refusals of requests that are not (yet) trusted — bad body signature, plugin disabled, wrong method,
// body too large — are logged at most BURST at once per project, then REFILL_PER_SECOND: enough to
// show what is wrong, without letting a flood of forged hooks cost a write each and push the real
// deliveries out of the capped log. Bodies that were signed correctly are always logged.

const BURST = 20;
const REFILL_PER_SECOND = 1;
const MAX_PROJECTS = 10_000;
const THROTTLED_STATUSES = new Set([401, 403, 405, 413]);

type Bucket = { tokens: number; at: number; skipped: number };
const registry = globalThis as unknown as { shiplogRefusalBuckets?: Map<number, Bucket> };

export const isThrottledRefusal = (status: number) => THROTTLED_STATUSES.has(status);

/**
 * Whether this refusal may be logged now; when it may, also how many were skipped since the last
 * one logged (to say so in its reason). Per process: with several instances each has its own budget.
 */
export function admitRefusal(projectId: number, now = Date.now()): { admit: false } | { admit: true; skipped: number } {
  const buckets = (registry.shiplogRefusalBuckets ??= new Map());
  let bucket = buckets.get(projectId);
  if (!bucket) {
    if (buckets.size >= MAX_PROJECTS) buckets.delete(buckets.keys().next().value as number);
    bucket = { tokens: BURST, at: now, skipped: 0 };
    buckets.set(projectId, bucket);
  }
  bucket.tokens = Math.min(BURST, bucket.tokens + ((now - bucket.at) / 1000) * REFILL_PER_SECOND);
  bucket.at = now;
  if (bucket.tokens < 1) {
    bucket.skipped++;
    return { admit: false };
  }
  bucket.tokens--;
  const skipped = bucket.skipped;
  bucket.skipped = 0;
  return { admit: true, skipped };
}
