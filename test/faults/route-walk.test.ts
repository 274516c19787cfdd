// Cross-organization and anonymous route walk over real HTTP (next start): every page and API route
// of organization A is requested by an anonymous client and by a signed-in member of organization B.
// Each must answer 404, 401/403 or a redirect to sign-in, and no body may contain A's data. A member
// of A walks the same routes as a control (200 and A's data shown), so the test can fail.
// The same server's log and every page rendered are then searched for A's webhook secret and release
// token (an admin sees the token only by asking for it with "Reveal"), and the session cookie's
// flags and sign-out are checked.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { hashPassword } from "@/lib/server/auth/passwords";
import { decryptSecret, encryptSecret } from "@/lib/server/crypto/secret-box";
import { herokuBodySignature } from "@/lib/server/hooks/verify-heroku-body";
import { applyMigrations } from "@/lib/server/migrations/apply-migrations";
import { hookSignature } from "@/lib/server/projects/release-token";
import { dbKind } from "../helpers/database";
import { hasProductionBuild, ROOT, startServer, type DevServer } from "../hooks/http-server";
import { AUTH_SECRET, PORTS, serverDatabase, hookUrl, makeEvent, openDatabase, postEvent } from "./fault-fixtures";
import { request, sessionCookieName, signIn, signOut, type CookieJar } from "./http-session";
import { actionIds, callAction, type ActionCall } from "./server-actions";

const PASSWORD = "correct horse battery staple";
const A = { org: "acme-walk", orgName: "Acme Walk Org", project: "walk-shop", projectName: "Walk Shop Project" };
const MARK = { version: "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", description: "Deploy a1b2c3d marker-of-org-a" };
const WEBHOOK_SECRET = "whsec-walk-never-show-7f3e9a1c2b";
const RELEASE_TOKEN = "walk-release-token-5d8e2f1a9c4b7e3d6a0f";

type Route = { path: string; method?: string; body?: string; contentType?: string; note: string; memberStatus?: number };

// The walk is data: add a route here when one is added to the app. `{org}` etc. are organization A's.
const ROUTES: Route[] = [
  { path: "/{org}", note: "organization home" },
  { path: "/{org}/settings", note: "organization settings" },
  { path: "/{org}/projects/new", note: "new project form" },
  { path: "/{org}/{project}", note: "project home", memberStatus: 307 },
  { path: "/{org}/{project}/releases", note: "release timeline" },
  { path: "/{org}/{project}/releases?environment=production", note: "timeline filtered" },
  { path: "/{org}/{project}/releases/{version}", note: "release detail" },
  { path: "/{org}/{project}/settings", note: "project settings" },
  { path: "/{org}/{project}/settings/heroku", note: "Heroku plugin settings" },
];
// REST API routes (token or session auth), walked only when the REST API is in this tree.
const API_ROUTES: Route[] = [
  { path: "/api/0/organizations/{org}/", note: "API organization" },
  { path: "/api/0/organizations/{org}/releases/", note: "API releases" },
  { path: "/api/0/organizations/{org}/releases/{version}/", note: "API release" },
  { path: "/api/0/organizations/{org}/releases/{version}/deploys/", note: "API deploys" },
  { path: "/api/0/projects/{org}/{project}/", note: "API project" },
  { path: "/api/0/organizations/{org}/releases/", method: "POST", body: JSON.stringify({ version: "intruder", projects: ["{project}"] }), contentType: "application/json", note: "API create release" },
];
// Every server action that takes an organization: called on A's by anonymous and B's member.
const ACTIONS: ActionCall[] = [
  { name: "loadMoreDeploysAction", args: ["{org}", "{project}", {}, ""] },
  { name: "regenerateTokenAction", args: ["{org}", "{project}"] },
  { name: "revealReleaseTokenAction", args: ["{org}", "{project}"] },
  { name: "setHerokuEnabledAction", args: ["{org}", "{project}", false] },
  { name: "saveHerokuSettingsAction", args: ["{org}", "{project}", {}], form: { environment: "intruder", repository: "" } },
  { name: "addRepositoryAction", args: ["{org}", "{project}", {}], form: { name: "intruder/repo", url: "" } },
  { name: "sendTestEventAction", args: ["{org}", "{project}", {}], form: { app: "acme-walk-app" } },
  { name: "renameOrganizationAction", args: ["{org}", {}], form: { name: "Pwned Org" } },
  { name: "addMemberAction", args: ["{org}", {}], form: { email: "mallory@b.example", role: "owner" } },
  { name: "createProjectAction", args: ["{org}", {}], form: { name: "Intruder project", slug: "intruder" } },
  { name: "renameProjectAction", args: ["{org}", "{project}", {}], form: { name: "Pwned project" } },
  { name: "connectHerokuAction", args: ["{org}", "{project}", {}], form: { apiKey: "intruder-key" } },
  { name: "forgetHerokuAction", args: ["{org}", "{project}"] },
  { name: "trackAppsAction", args: ["{org}", "{project}", {}], form: { app: "acme-walk-app" } },
  { name: "untrackAppAction", args: ["{org}", "{project}", "acme-walk-app"] },
  { name: "importAppAction", args: ["{org}", "{project}", "acme-walk-app"] },
  { name: "reconcileNowAction", args: ["{org}", "{project}"] },
  { name: "importProgressAction", args: ["{org}", "{project}"] },
];
// Actions that take no organization (sign-in/up/out, creating one's own organization, one's own API tokens).
const UNSCOPED_ACTIONS = new Set(["signInAction", "signUpAction", "signOutAction", "createOrganizationAction", "createApiTokenAction", "revokeApiTokenAction"]);
const fillArgs = (args: unknown[]) => args.map((a) => (typeof a === "string" ? fill(a) : a));

const hasRestApi = existsSync(path.join(ROOT, "app", "api", "0"));

const fill = (p: string) => p.replaceAll("{org}", A.org).replaceAll("{project}", A.project).replaceAll("{version}", MARK.version);
// What the client asked for (a version in the URL) may be echoed back; anything else of A's is a leak.
const leaks = (body: string, requested = "") =>
  [A.orgName, A.projectName, MARK.version, MARK.description, WEBHOOK_SECRET, RELEASE_TOKEN].filter((s) => body.includes(s) && !requested.includes(s));

const skip = !hasProductionBuild() ? "needs `next build` first" : false;

describe(`route walk: other organization and anonymous (next start, ${dbKind()})`, { timeout: 300_000, skip }, () => {
  let env: Record<string, string>;
  let cleanup = async () => {};
  let server: DevServer;
  let projectId: number;
  let alice: CookieJar;
  let mallory: CookieJar;
  const rendered: string[] = [];

  before(async () => {
    ({ env, cleanup } = await serverDatabase("walk"));
    const database = openDatabase(env);
    try {
      await database.withSession((s) => applyMigrations(s));
      const passwordHash = await hashPassword(PASSWORD);
      const a = await database.prisma.user.create({ data: { email: "alice@a.example", name: "Alice", passwordHash } });
      const m = await database.prisma.user.create({ data: { email: "mallory@b.example", name: "Mallory", passwordHash } });
      const orgA = await database.prisma.organization.create({ data: { slug: A.org, name: A.orgName, members: { create: { userId: a.id, role: "owner" } } } });
      await database.prisma.organization.create({ data: { slug: "bravo-walk", name: "Bravo", members: { create: { userId: m.id, role: "owner" } } } });
      const project = await database.prisma.project.create({ data: { orgId: orgA.id, slug: A.project, name: A.projectName, releaseToken: encryptSecret(RELEASE_TOKEN) } });
      projectId = project.id;
      await database.prisma.pluginConfig.create({ data: { projectId, plugin: "heroku", enabled: true, webhookSecret: encryptSecret(WEBHOOK_SECRET) } });
      const environment = await database.prisma.environment.create({ data: { orgId: orgA.id, name: "production" } });
      const release = await database.prisma.release.create({ data: { orgId: orgA.id, version: MARK.version, projects: { create: { projectId } } } });
      await database.prisma.deploy.create({
        data: { projectId, releaseId: release.id, environmentId: environment.id, app: "acme-walk-app", herokuReleaseId: "walk-1", status: "succeeded", kind: "deploy", description: MARK.description, sortDate: new Date() },
      });
    } finally {
      await database.close();
    }
    server = await startServer({ AUTH_SECRET, ...env }, { mode: "start", portRange: PORTS });
    alice = (await signIn(server.url, "alice@a.example", PASSWORD)).jar;
    mallory = (await signIn(server.url, "mallory@b.example", PASSWORD)).jar;
    assert.ok(sessionCookieName(alice) && sessionCookieName(mallory), "sign-in did not set a session cookie");
  });
  after(async () => {
    await server?.stop();
    await cleanup();
  });

  async function walk(route: Route, jar: CookieJar | null) {
    const headers: Record<string, string> = route.contentType ? { "content-type": route.contentType } : {};
    const res = await request(server.url, fill(route.path), jar, { method: route.method ?? "GET", headers, body: route.body ? fill(route.body) : undefined });
    const body = await res.text();
    rendered.push(body);
    return { status: res.status, location: res.headers.get("location") ?? "", body };
  }

  const refused = (r: { status: number; location: string }) =>
    [401, 403, 404].includes(r.status) || ([302, 303, 307, 308].includes(r.status) && /\/signin/.test(r.location));

  test("a member of organization A sees A's pages (the control: the walk can tell data from no data)", async () => {
    const timeline = await walk(ROUTES.find((r) => r.note === "release timeline")!, alice);
    assert.equal(timeline.status, 200);
    assert.ok(timeline.body.includes(MARK.description), "the timeline shows the deploy");
    for (const route of ROUTES) assert.equal((await walk(route, alice)).status, route.memberStatus ?? 200, `${route.note} ${fill(route.path)}`);
  });

  test("anonymous and organization-B clients are refused on every route and see none of A's data", async () => {
    const routes = [...ROUTES, ...(hasRestApi ? API_ROUTES : [])];
    const failures: string[] = [];
    let walked = 0;
    for (const route of routes) {
      for (const [who, jar] of [["anonymous", null], ["other-org member", mallory]] as const) {
        const r = await walk(route, jar);
        walked++;
        if (!refused(r)) failures.push(`${who} ${route.method ?? "GET"} ${fill(route.path)} → ${r.status} ${r.location}`);
        const leaked = leaks(r.body, fill(route.path));
        if (leaked.length) failures.push(`${who} ${fill(route.path)} body contains ${leaked.join(", ")}`);
      }
    }
    console.log(`[faults:route-walk ${dbKind()}] routes: ${routes.length} (${ROUTES.length} pages${hasRestApi ? `, ${API_ROUTES.length} REST API` : ", REST API not in this tree"}), requests walked: ${walked} (anonymous + other organization), refused: ${walked - failures.length}`);
    assert.deepEqual(failures, []);
  });

  test("server actions: a member of A can call them (control); anonymous and B's member change nothing and see nothing", async () => {
    const ids = actionIds();
    const uncovered = [...ids.keys()].filter((n) => !UNSCOPED_ACTIONS.has(n) && !ACTIONS.some((a) => a.name === n));
    assert.deepEqual(uncovered, [], "a server action is missing from the walk: add it to ACTIONS");
    const load = ACTIONS[0];
    const control = await callAction(server.url, fill("/{org}/{project}/releases"), ids.get(load.name)!, { ...load, args: fillArgs(load.args) }, alice);
    assert.equal(control.status, 200);
    assert.ok(control.body.includes(MARK.description), "the control call returns A's deploy");
    const failures: string[] = [];
    let called = 0;
    for (const action of ACTIONS) {
      for (const [who, jar] of [["anonymous", null], ["other-org member", mallory]] as const) {
        const r = await callAction(server.url, fill("/{org}"), ids.get(action.name)!, { ...action, args: fillArgs(action.args) }, jar);
        called++;
        const leaked = leaks(r.body, fill("/{org}/{project}"));
        if (leaked.length) failures.push(`${who} ${action.name} → ${r.status}, body contains ${leaked.join(", ")}`);
        if (r.status === 200 && /"ok":true/.test(r.body)) failures.push(`${who} ${action.name} reported success`);
      }
    }
    console.log(`[faults:route-walk ${dbKind()}] server actions: ${ACTIONS.length} (+${UNSCOPED_ACTIONS.size} without an organization), calls: ${called}, leaks or successes: ${failures.length}`);
    assert.deepEqual(failures, []);
  });

  test("webhook secret and release token never appear in the server log or any rendered page", async () => {
    // Provoke the paths most likely to log: a good hook, a bad body signature, a bad URL signature, a failed sign-in.
    // fault-fixtures' hookUrl signs with another token: a wrong URL signature.
    const wrongUrl = hookUrl(server.url, projectId);
    const event = makeEvent(1);
    const signedUrl = `${server.url}/api/hooks/release/heroku/${projectId}/${hookSignature(RELEASE_TOKEN, "heroku", projectId)}/`;
    assert.equal((await postEvent(signedUrl, event, 20_000, herokuBodySignature(WEBHOOK_SECRET, event.body))).status, 200);
    assert.equal((await postEvent(signedUrl, makeEvent(2), 20_000, "bad")).status, 401);
    assert.equal((await postEvent(wrongUrl, makeEvent(3))).status, 403);
    await signIn(server.url, "alice@a.example", "wrong password");
    // The owner's settings page: the secret is write-only (a "saved" hint, never the value).
    const settings = await walk(ROUTES.find((r) => r.note === "Heroku plugin settings")!, alice);
    assert.equal(settings.status, 200);
    assert.ok(!settings.body.includes(WEBHOOK_SECRET), "the webhook secret is rendered on the settings page");
    assert.ok(!settings.body.includes(RELEASE_TOKEN), "the release token is rendered on the settings page");
    const reveal = ACTIONS.find((a) => a.name === "revealReleaseTokenAction")!;
    const revealed = await callAction(server.url, fill("/{org}/{project}/settings/heroku"), actionIds().get(reveal.name)!, { ...reveal, args: fillArgs(reveal.args) }, alice);
    assert.ok(revealed.body.includes(RELEASE_TOKEN), "control: the owner's Reveal answers with the token");
    const log = server.log();
    const pagesWithSecret = rendered.filter((b) => b.includes(WEBHOOK_SECRET) || b.includes(RELEASE_TOKEN)).length;
    console.log(`[faults:secrets ${dbKind()}] pages searched: ${rendered.length}, log bytes searched: ${log.length}, webhook secret or release token found: ${pagesWithSecret} pages / ${log.includes(WEBHOOK_SECRET) ? 1 : 0} log, release token in log: ${log.includes(RELEASE_TOKEN) ? 1 : 0}, AUTH_SECRET in log: ${log.includes(AUTH_SECRET) ? 1 : 0}, password in log: ${log.includes(PASSWORD) ? 1 : 0}`);
    assert.equal(pagesWithSecret, 0);
    assert.ok(!log.includes(WEBHOOK_SECRET), "webhook secret in the server log");
    assert.ok(!log.includes(RELEASE_TOKEN), "release token in the server log");
    assert.ok(!log.includes(AUTH_SECRET), "AUTH_SECRET in the server log");
    assert.ok(!log.includes(PASSWORD), "a password in the server log");
  });

  test("after the walk, organization A is unchanged (no action of an outsider took effect)", async () => {
    await server.stop();
    const database = openDatabase(env);
    try {
      const org = await database.prisma.organization.findUniqueOrThrow({ where: { slug: A.org }, include: { members: true, projects: true } });
      const config = await database.prisma.pluginConfig.findFirstOrThrow({ where: { projectId } });
      const repositories = await database.prisma.repository.count({ where: { orgId: org.id } });
      assert.equal(org.name, A.orgName);
      assert.equal(org.members.length, 1);
      assert.deepEqual(org.projects.map((p) => [p.slug, p.name]), [[A.project, A.projectName]]);
      assert.equal(decryptSecret(org.projects[0].releaseToken!), RELEASE_TOKEN);
      assert.equal(config.enabled, true);
      assert.ok(!JSON.stringify(config).includes("intruder"));
      assert.equal(repositories, 0);
    } finally {
      await database.close();
    }
    server = await startServer({ AUTH_SECRET, ...env }, { mode: "start", portRange: PORTS });
  });

  test("session cookie: HttpOnly, SameSite=Lax, Secure behind HTTPS; sign-out invalidates a copied cookie", async () => {
    const { jar, response } = await signIn(server.url, "alice@a.example", PASSWORD);
    assert.ok([302, 303].includes(response.status));
    const line = jar.setCookieLines.find((l) => /^authjs\.session-token=/.test(l));
    assert.ok(line, jar.setCookieLines.join("\n"));
    assert.match(line, /;\s*HttpOnly/i);
    assert.match(line, /;\s*SameSite=Lax/i);
    assert.doesNotMatch(line, /;\s*Secure/i, "plain HTTP cannot carry a Secure cookie");
    // Behind a TLS-terminating proxy (trustHost): the __Secure- cookie with the Secure flag.
    const https = await signIn(server.url, "alice@a.example", PASSWORD, { "x-forwarded-proto": "https" });
    const secureLine = https.jar.setCookieLines.find((l) => /session-token=/.test(l));
    assert.ok(secureLine, https.jar.setCookieLines.join("\n"));
    assert.match(secureLine, /^__Secure-authjs\.session-token=/);
    assert.match(secureLine, /;\s*Secure/i);
    assert.match(secureLine, /;\s*HttpOnly/i);

    const stolen = jar.copy();
    assert.equal((await request(server.url, fill("/{org}"), stolen)).status, 200);
    const out = await signOut(server.url, jar);
    assert.ok([302, 303].includes(out.status), `sign-out answered ${out.status}`);
    // The copy still carries a validly signed token, but its server-side session is gone.
    const replay = await request(server.url, fill("/{org}"), stolen);
    const body = await replay.text();
    assert.ok([302, 303, 307].includes(replay.status) && /\/signin/.test(replay.headers.get("location") ?? ""), `replayed cookie answered ${replay.status}`);
    assert.deepEqual(leaks(body), []);
  });
});
