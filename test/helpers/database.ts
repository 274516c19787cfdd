import { after, before } from "node:test";
import { ensureMigrated, getDatabase } from "@/lib/server/db";

/** Call at the top of a test file: migrates the fresh database first and closes it at the end. */
export function useTestDatabase() {
  before(() => ensureMigrated());
  after(() => getDatabase().close());
}

export const dbKind = () => (process.env.TEST_DB === "postgres" ? "postgres" : "pglite");
