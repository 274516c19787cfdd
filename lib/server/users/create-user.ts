import { db } from "@/lib/server/db";
import { conflict } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/auth/passwords";

export type CreateUserOptions = { email: string; password: string; name?: string | null };

/** Sign-up: the first account on a fresh server becomes the superuser. */
export async function createUser({ email, password, name }: CreateUserOptions) {
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email } })) {
      throw conflict("An account with this email already exists. Sign in instead.", { email: "Already registered." });
    }
    const isSuperuser = (await tx.user.count()) === 0;
    return tx.user.create({ data: { email, passwordHash, name: name ?? null, isSuperuser } });
  });
}

export type UpsertUserOptions = { email: string; password: string; isSuperuser: boolean };

/** The CLI's createuser: idempotent on email, an existing user gets the new password and flags. */
export async function upsertUser({ email, password, isSuperuser }: UpsertUserOptions) {
  const passwordHash = await hashPassword(password);
  return db().user.upsert({
    where: { email },
    create: { email, passwordHash, isSuperuser },
    update: { passwordHash, isSuperuser },
  });
}

export function countUsers() {
  return db().user.count();
}
