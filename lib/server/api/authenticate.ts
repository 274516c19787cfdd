import { verifyApiToken, type TokenUser } from "@/lib/server/tokens/verify-api-token";
import { unauthorized } from "./error-response";

export type ApiUser = TokenUser;

/** The user behind `Authorization: Bearer <token>`; 401 when the header is missing or the token unknown or revoked. */
export async function authenticateRequest(request: Request): Promise<ApiUser> {
  const header = request.headers.get("authorization");
  if (!header) throw unauthorized("Send an API token: Authorization: Bearer <token>.");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthorized("Use the Bearer scheme: Authorization: Bearer <token>.");
  const user = await verifyApiToken(match[1]);
  if (!user) throw unauthorized("Invalid or revoked API token.");
  return user;
}
