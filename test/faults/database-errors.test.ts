// Which errors make a hook answer 503 (database unreachable: retry) rather than 500 (a bug).
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { db } from "@/lib/server/db";
import { isDatabaseUnavailable } from "@/lib/server/database-errors";
import { failedOutcome, hookResponse } from "@/lib/server/hooks/hook-response";
import { useTestDatabase } from "../helpers/database";

useTestDatabase();
// The first query opens the database; the probe below must not pay for that.
before(() => db().$queryRaw`SELECT 1`);

const wrapped = (cause: object) => Object.assign(new Error("Invalid `prisma.project.findUnique()` invocation"), { cause });

describe("database-unavailable errors", () => {
  test("socket, PostgreSQL shutdown and Prisma connection errors count as unavailable, also when wrapped", async () => {
    assert.equal(await isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })), true);
    assert.equal(await isDatabaseUnavailable(wrapped({ code: "57P01", message: "terminating connection due to administrator command" })), true);
    assert.equal(await isDatabaseUnavailable(wrapped(new Error("Connection terminated unexpectedly"))), true);
    assert.equal(await isDatabaseUnavailable(Object.assign(new Error("Timed out fetching a new connection"), { code: "P2024" })), true);
  });

  test("an unknown error while the database answers is a bug, not an outage", async () => {
    // A generous probe deadline: a loaded test machine must not turn this into "unavailable"
    // (in production a slow probe errs on the safe side: 503, and Heroku retries).
    assert.equal(await isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"), 10_000), false);
  });

  test("an outage answers 503 with Retry-After and says nothing was stored", async () => {
    const outcome = await failedOutcome(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
    assert.equal(outcome.status, 503);
    const response = hookResponse(outcome);
    assert.equal(response.headers.get("retry-after"), "30");
    assert.equal((await response.json()).error.code, "database_unavailable");
  });
});
