import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "./auth";
import { findSessionUser } from "./sessions";

/** The signed-in user, checked against the session table on every request (so sign-out is real). */
export const getCurrentUser = cache(async () => {
  const session = (await auth()) as { sessionId?: string } | null;
  if (!session?.sessionId) return null;
  return findSessionUser(session.sessionId);
});

/** For pages and actions that need a user: anonymous visitors go to sign-in. */
export async function requireUser() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return user;
}
