import { db } from "@/lib/server/db";

// Limits per 15-minute window. Unknown emails are counted like known ones, so the answer never
// tells whether an account exists.
const WINDOW_MS = 15 * 60 * 1000;
const LIMITS = { email: 5, ip: 30 } as const;

type Scope = keyof typeof LIMITS;
const keyOf = (scope: Scope, value: string) => `${scope}:${value.toLowerCase()}`;

/** Seconds until sign-in is allowed again for this email or address; 0 when allowed now. */
export async function signInRetryAfter({ email, ip }: { email: string; ip: string | null }): Promise<number> {
  const keys = [keyOf("email", email), ...(ip ? [keyOf("ip", ip)] : [])];
  const rows = await db().loginThrottle.findMany({ where: { key: { in: keys } } });
  const now = Date.now();
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}

export async function recordSignInFailure({ email, ip }: { email: string; ip: string | null }) {
  await Promise.all([bump("email", email), ...(ip ? [bump("ip", ip)] : [])]);
}

export async function clearSignInFailures({ email }: { email: string }) {
  await db().loginThrottle.deleteMany({ where: { key: keyOf("email", email) } });
}

async function bump(scope: Scope, value: string) {
  const key = keyOf(scope, value);
  const now = new Date();
  const windowStart = new Date(now.getTime() - WINDOW_MS);
  // One statement, so concurrent failures all count: a window older than 15 minutes starts over.
  await db().$executeRaw`
    INSERT INTO "LoginThrottle" (key, failures, "windowStart", "lockedUntil") VALUES (${key}, 1, ${now}, NULL)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart} THEN 1 ELSE "LoginThrottle".failures + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${windowStart} THEN ${now} ELSE "LoginThrottle"."windowStart" END,
      "lockedUntil" = CASE
        WHEN "LoginThrottle"."windowStart" >= ${windowStart} AND "LoginThrottle".failures + 1 >= ${LIMITS[scope]}
        THEN ${new Date(now.getTime() + WINDOW_MS)} ELSE "LoginThrottle"."lockedUntil" END`;
}
