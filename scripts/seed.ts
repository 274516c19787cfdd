// npm run seed -- [--deploys 1000] [--org demo] [--project shop]
// Fills a demo project with a realistic deploy history through the same service the hook uses
// (recordHerokuRelease), so the timeline and the health numbers can be tried and benchmarked.
// Stop the dev server first when using the embedded database (one process per data directory).
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { ensureMigrated, getDatabase, db } from "../lib/server/db";
import { setHerokuEnabled, updateHerokuConfig, environmentForApp } from "../lib/server/plugins/heroku-config";
import { recordHerokuRelease } from "../lib/server/releases/record-heroku-release";
import { deployKindOf } from "../lib/server/releases/deploy-kind";
import { hashPassword } from "../lib/server/auth/passwords";
import { DEMO_EMAIL, DEMO_PASSWORD } from "../lib/server/users/demo-account";

const { values } = parseArgs({
  options: { deploys: { type: "string", default: "1000" }, org: { type: "string", default: "demo" }, project: { type: "string", default: "shop" }, days: { type: "string", default: "365" } },
});
const total = Number(values.deploys);
const days = Number(values.days);
if (!Number.isInteger(total) || total < 1 || total > 1_000_000 || !Number.isInteger(days) || days < 1) {
  console.error("usage: npm run seed -- --deploys <1..1000000> [--days 365] [--org demo] [--project shop]");
  process.exit(2);
}

await ensureMigrated();
const user =
  (await db().user.findFirst({ where: { isSuperuser: true } })) ??
  (await db().user.create({ data: { email: DEMO_EMAIL, name: "Demo", passwordHash: await hashPassword(DEMO_PASSWORD), isSuperuser: true } }));
const org = await db().organization.upsert({
  where: { slug: values.org },
  create: { slug: values.org, name: "Demo", members: { create: { userId: user.id, role: "owner" } } },
  update: {},
});
const project = await db().project.upsert({
  where: { orgId_slug: { orgId: org.id, slug: values.project } },
  create: { orgId: org.id, slug: values.project, name: "Shop" },
  update: {},
});
const appEnvironments = { "acme-shop": "production", "acme-shop-staging": "staging" };
await updateHerokuConfig({ projectId: project.id, orgId: org.id, input: { appEnvironments } });
await setHerokuEnabled({ projectId: project.id, enabled: true });

const start = Date.now() - days * 86_400_000;
const step = (days * 86_400_000) / total;
const started = performance.now();
let herokuVersion = (await db().deploy.count({ where: { projectId: project.id } })) + 1;
let lastProduction = "";
for (let i = 0; i < total; i++) {
  const at = new Date(start + i * step);
  const app = i % 3 === 0 ? "acme-shop-staging" : "acme-shop";
  const roll = (i * 7919) % 100;
  const commit = randomUUID().replaceAll("-", "").padEnd(40, "0").slice(0, 40);
  const description =
    roll < 3 && lastProduction ? `Rollback to v${herokuVersion - 2}` : roll < 8 ? "Set FEATURE_FLAG config vars" : roll < 10 ? `Promote acme-shop-staging v${herokuVersion - 1}` : `Deploy ${commit.slice(0, 7)}`;
  const version = description.startsWith("Rollback") ? lastProduction : commit;
  const status = roll >= 95 ? "failed" : i === total - 1 ? "pending" : "succeeded";
  await recordHerokuRelease({
    project: { id: project.id, orgId: org.id },
    event: {
      version,
      commitMessage: "Seeded change",
      app,
      herokuReleaseId: randomUUID(),
      herokuVersion: herokuVersion++,
      status,
      kind: deployKindOf(description),
      description,
      deployerEmail: i % 4 === 0 ? "someone@example.com" : user.email,
      startedAt: at,
      finishedAt: status === "pending" ? null : new Date(at.getTime() + 45_000 + (i % 90) * 1000),
    },
    dedupeKey: `seed:${randomUUID()}`,
    environment: environmentForApp({ environment: "production", appEnvironments }, app),
    repositoryId: null,
    now: at,
  });
  if (app === "acme-shop" && status === "succeeded") lastProduction = version;
  if ((i + 1) % 1000 === 0) process.stdout.write(`\r${i + 1}/${total} deploys`);
}
const seconds = (performance.now() - started) / 1000;
console.log(`\nSeeded ${total} deploys into /${org.slug}/${project.slug} in ${seconds.toFixed(1)} s (${Math.round(total / seconds)}/s).`);
await getDatabase().close();
