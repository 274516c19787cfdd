import { decryptSecret, encryptSecret } from "@/lib/server/crypto/secret-box";
import { db } from "@/lib/server/db";
import { AppError, invalid } from "@/lib/server/errors";
import { createHerokuClient, type HerokuClient } from "./heroku-client";
import { getAccount } from "./heroku-endpoints";
import { HerokuApiError, isHerokuApiError } from "./heroku-errors";

// The per-project Heroku connection: the key is checked against GET /account before it is stored
// (encrypted), and a 401 later marks the connection broken until someone reconnects.

/** Checks the key with Heroku, then stores it encrypted with the account's email. */
export async function connectHeroku({ projectId, apiKey }: { projectId: number; apiKey: string }) {
  const key = apiKey.trim();
  if (!key || key.length > 500 || /\s/.test(key)) throw invalid({ apiKey: "Paste the API key (or OAuth token) alone, without spaces." });
  let account;
  try {
    account = await getAccount(createHerokuClient({ apiKey: key, retries: 1 }));
  } catch (error) {
    if (isHerokuApiError(error, "heroku_unauthorized")) {
      throw invalid({ apiKey: "Heroku did not accept this key: check it (heroku auth:token) and paste it again." }, "Heroku did not accept this key.");
    }
    throw error;
  }
  const data = { apiKey: encryptSecret(key), accountEmail: account.email.toLowerCase(), lastError: null };
  await db().herokuConnection.upsert({ where: { projectId }, create: { projectId, ...data }, update: data });
  return { accountEmail: data.accountEmail };
}

/** Forgets the key and the tracked apps. Webhooks already on Heroku keep delivering to the hook URL. */
export async function forgetHeroku({ projectId }: { projectId: number }) {
  await db().$transaction([
    db().herokuImportJob.updateMany({ where: { projectId, status: { in: ["queued", "running"] } }, data: { status: "failed", error: "Heroku was disconnected." } }),
    db().herokuApp.deleteMany({ where: { projectId } }),
    db().herokuConnection.deleteMany({ where: { projectId } }),
  ]);
}

export type ClientOverrides = { backoffMs?: number; retries?: number };

/** A client with the project's key; a project without a connection is told to connect first. */
export async function clientForProject(projectId: number, overrides: ClientOverrides = {}): Promise<HerokuClient> {
  const row = await db().herokuConnection.findUnique({ where: { projectId } });
  if (!row) throw new AppError(409, "heroku_not_connected", "Connect Heroku first: paste an API key on the Heroku settings screen.");
  return createHerokuClient({ apiKey: decryptSecret(row.apiKey), ...overrides });
}

/**
 * Runs a call with the project's client and remembers its outcome on the connection: a revoked key
 * shows on the screen (and stops background work) until the user reconnects.
 */
export async function withHeroku<T>(projectId: number, fn: (client: HerokuClient) => Promise<T>, overrides?: ClientOverrides): Promise<T> {
  const client = await clientForProject(projectId, overrides);
  try {
    const result = await fn(client);
    await db().herokuConnection.updateMany({ where: { projectId, lastError: { not: null } }, data: { lastError: null } });
    return result;
  } catch (error) {
    if (error instanceof HerokuApiError && error.herokuCode === "heroku_unauthorized") {
      await db().herokuConnection.updateMany({ where: { projectId }, data: { lastError: error.message } });
    }
    throw error;
  }
}
