// A browser-less client for Auth.js over real HTTP: a cookie jar, sign-in through the credentials
// callback (as the sign-in form does) and sign-out, so tests can walk pages as a given user.

export class CookieJar {
  readonly cookies = new Map<string, string>();
  /** Every Set-Cookie line seen, for checking flags. */
  readonly setCookieLines: string[] = [];
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      this.setCookieLines.push(line);
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === "" || /max-age=0\b|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  copy(): CookieJar {
    const jar = new CookieJar();
    for (const [k, v] of this.cookies) jar.cookies.set(k, v);
    return jar;
  }
}

export async function request(baseUrl: string, path: string, jar: CookieJar | null, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (jar && jar.cookies.size) headers.set("cookie", jar.header());
  const response = await fetch(`${baseUrl}${path}`, { ...init, headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
  jar?.take(response);
  return response;
}

async function csrf(baseUrl: string, jar: CookieJar, headers: Record<string, string>) {
  const res = await request(baseUrl, "/api/auth/csrf", jar, { headers });
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

/** Signs in with email and password; the jar then holds the session cookie. Returns the callback's response. */
export async function signIn(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}) {
  const jar = new CookieJar();
  const csrfToken = await csrf(baseUrl, jar, headers);
  const response = await request(baseUrl, "/api/auth/callback/credentials", jar, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/` }).toString(),
  });
  return { jar, response };
}

export async function signOut(baseUrl: string, jar: CookieJar) {
  const csrfToken = await csrf(baseUrl, jar, {});
  return request(baseUrl, "/api/auth/signout", jar, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${baseUrl}/signin` }).toString(),
  });
}

export const sessionCookieName = (jar: CookieJar) => [...jar.cookies.keys()].find((k) => k.endsWith("authjs.session-token"));
