// The fake Heroku Platform API as a process for Playwright (see playwright.config.ts): one account
// (key E2E_HEROKU_KEY) with two apps, one of them with 450 releases to import.
import { startFakeHeroku } from "../test/heroku-api/fake-heroku";
import { E2E_HEROKU_EMAIL, E2E_HEROKU_KEY } from "./fake-heroku-account";

const port = Number(process.argv[2]);
const fake = await startFakeHeroku({ port });
fake.state.addAccount(E2E_HEROKU_KEY, E2E_HEROKU_EMAIL);
fake.state.addApp(E2E_HEROKU_KEY, "acme-shop-e2e");
fake.state.addApp(E2E_HEROKU_KEY, "acme-shop-staging-e2e");
fake.state.addReleases("acme-shop-e2e", 450);
console.log(`fake Heroku API on ${fake.url}`);
process.on("SIGTERM", () => fake.close().then(() => process.exit(0)));
