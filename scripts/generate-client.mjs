// Generates the Prisma client (lib/generated/prisma). Prisma's CLI insists on a schema-engine
// binary path even though `generate` never runs it, and this machine cannot download one, so we
// point it at an existing file. Migrations do not use that engine: see lib/server/migrations/.
import { spawnSync } from "node:child_process";

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
