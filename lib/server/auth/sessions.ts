import { randomBytes } from "node:crypto";
import { db } from "@/lib/server/db";
import { dummyHash, verifyPassword } from "./passwords";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Checks credentials and opens a server-side session; null for any failure (same answer for unknown email and wrong password). */
export async function openSession(email: string, password: string) {
  const user = await db().user.findUnique({ where: { email } });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !ok) return null;
  const session = await db().session.create({
    data: {
      id: randomBytes(32).toString("base64url"),
      userId: user.id,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
  return { user, sessionId: session.id };
}

/** The signed-in user of a session id, or null when the session was closed or expired. */
export async function findSessionUser(sessionId: string) {
  const session = await db().session.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session || session.expiresAt < new Date()) return null;
  return session.user;
}

export async function closeSession(sessionId: string) {
  await db().session.deleteMany({ where: { id: sessionId } });
}
