import { db } from "@/lib/server/db";
import { verifyPassword } from "@/lib/server/auth/passwords";

// The account `npm run seed` creates on an empty server. Fine for trying Shiplog; a production
// server refuses to start while it still exists with this password.
export const DEMO_EMAIL = "demo@example.com";
export const DEMO_PASSWORD = "shiplog-demo";

export async function demoAccountIsActive(): Promise<boolean> {
  const user = await db().user.findUnique({ where: { email: DEMO_EMAIL } });
  return Boolean(user && (await verifyPassword(DEMO_PASSWORD, user.passwordHash)));
}
