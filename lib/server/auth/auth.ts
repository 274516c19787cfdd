import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInSchema } from "@/lib/validation/accounts";
import { resolveAuthSecret } from "./auth-secret";
import { closeSession, openSession, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { clearSignInFailures, recordSignInFailure, signInRetryAfter } from "./sign-in-throttle";

export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

function clientAddress(headers: Headers): string | null {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || null;
}

declare module "next-auth" {
  interface User {
    sessionId?: string;
  }
}

// Lazy config: the secret is only required when a request needs it, not while `next build` imports this.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: resolveAuthSecret(),
  // Shiplog is self-hosted behind whatever host name its owner picks.
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin" },
  logger: {
    // A wrong password is not a server error; keep it out of the logs (it would also log the attempt's details).
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const attempt = { email: parsed.data.email, ip: clientAddress(request.headers) };
        // Checked here, not in the form's action, so posting to Auth.js's endpoint directly is throttled too.
        if ((await signInRetryAfter(attempt)) > 0) throw new ThrottledSignin();
        const opened = await openSession(parsed.data.email, parsed.data.password);
        if (!opened) {
          await recordSignInFailure(attempt);
          throw new CredentialsSignin();
        }
        await clearSignInFailures(attempt);
        const { user, sessionId } = opened;
        return { id: String(user.id), email: user.email, name: user.name, sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.sessionId) token.sid = user.sessionId;
      return token;
    },
    session({ session, token }) {
      return { ...session, sessionId: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
  events: {
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await closeSession(sid);
    },
  },
}));
