import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/server/env";

// A development server needs no configuration: without AUTH_SECRET it makes one and keeps it
// beside the embedded database. Production must be given one.
export function resolveAuthSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") {
    throw new Error("Shiplog cannot start: AUTH_SECRET is not set. Generate one with `openssl rand -base64 32`.");
  }
  const file = path.join(path.dirname(env.SHIPLOG_DATA_DIR), "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
