// The data behind the fake Heroku Platform API: accounts (API keys), apps, releases, slugs, webhooks.
import { createHash, randomUUID } from "node:crypto";

export type FakeRelease = {
  id: string;
  version: number;
  description: string;
  status: "pending" | "succeeded" | "failed";
  current: boolean;
  created_at: string;
  updated_at: string;
  slug: { id: string } | null;
  user: { id: string; email: string };
  app: { id: string; name: string };
};
export type FakeSlug = { id: string; commit: string | null; commit_description: string | null };
export type FakeWebhook = { id: string; url: string; include: string[]; level: string; secret: string; created_at: string; updated_at: string };
export type FakeApp = { id: string; name: string; releases: FakeRelease[]; slugs: Map<string, FakeSlug>; webhooks: FakeWebhook[] };
export type FakeAccount = { id: string; email: string; revoked: boolean; apps: Set<string> };

const hex = (s: string) => createHash("sha1").update(s).digest("hex");
const START = Date.parse("2025-01-01T00:00:00Z");

export class FakeHerokuState {
  accounts = new Map<string, FakeAccount>();
  apps = new Map<string, FakeApp>();

  addAccount(apiKey: string, email: string) {
    const account = { id: randomUUID(), email, revoked: false, apps: new Set<string>() };
    this.accounts.set(apiKey, account);
    return account;
  }

  addApp(apiKey: string, name: string): FakeApp {
    const app = { id: randomUUID(), name, releases: [], slugs: new Map(), webhooks: [] };
    this.apps.set(name, app);
    this.accounts.get(apiKey)!.apps.add(name);
    return app;
  }

  /** Appends releases v(N+1)…; every third one is a config change reusing the previous slug, as on Heroku. */
  addReleases(appName: string, count: number, o: { status?: FakeRelease["status"]; email?: string } = {}): FakeRelease[] {
    const app = this.apps.get(appName)!;
    const added: FakeRelease[] = [];
    for (let i = 0; i < count; i++) {
      const version = app.releases.length + 1;
      const previousSlug = app.releases.at(-1)?.slug ?? null;
      let slug = previousSlug;
      let description = `Set FEATURE_${version} config var`;
      if (version === 1 || version % 3 !== 0 || !previousSlug) {
        const commit = hex(`${appName}-${version}`);
        slug = { id: randomUUID() };
        app.slugs.set(slug.id, { id: slug.id, commit, commit_description: `  * dev: change ${version}` });
        description = `Deploy ${commit.slice(0, 7)}`;
      }
      const at = new Date(START + version * 60_000).toISOString();
      for (const r of app.releases) r.current = false;
      const release: FakeRelease = {
        id: randomUUID(),
        version,
        description,
        status: o.status ?? "succeeded",
        current: true,
        created_at: at,
        updated_at: at,
        slug,
        user: { id: randomUUID(), email: o.email ?? "dev@example.com" },
        app: { id: app.id, name: app.name },
      };
      app.releases.push(release);
      added.push(release);
    }
    return added;
  }

  /** The release as a webhook event's `data`: the slug carries its commit there. */
  eventData(appName: string, release: FakeRelease) {
    const slug = release.slug ? this.apps.get(appName)!.slugs.get(release.slug.id)! : null;
    return { ...release, slug };
  }
}
