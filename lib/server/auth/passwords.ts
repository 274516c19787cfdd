import bcrypt from "bcryptjs";

// bcrypt is adaptive: raise the cost as machines get faster. 11 ≈ 150 ms here.
const COST = 11;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

let dummy: Promise<string> | undefined;

/** Compared against when the email is unknown, so both failures cost the same time. */
export function dummyHash(): Promise<string> {
  dummy ??= bcrypt.hash("not-a-password", COST);
  return dummy;
}
