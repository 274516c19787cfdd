// Imported first by bench/run.ts. lib/server/env.ts reads process.env once, when first imported, and
// the bench encrypts the seeded release token and webhook secret: it must use the AUTH_SECRET it
// gives the servers it starts.
process.env.AUTH_SECRET ||= "bench-only-secret-0123456789abcdef0123456789";
process.env.TEST_DATABASE_URL ||= "postgres://shiplog:shiplog@127.0.0.1:5432/shiplog_test";
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
process.env.CHECKPOINT_DISABLE = "1";

export const AUTH_SECRET = process.env.AUTH_SECRET;
