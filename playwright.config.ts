import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = process.env.E2E_DATA_DIR ?? "data/e2e";
// The fake Heroku Platform API (e2e/fake-heroku-server.ts) listens on the next port.
const herokuPort = port + 1;

// The browser is Debian's Chromium: Playwright's own download is not reachable from these machines.
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      command: `node --import tsx e2e/fake-heroku-server.ts ${herokuPort}`,
      // Any answer will do: the probe lacks the Heroku Accept header, so the fake answers 400 (counted as up).
      url: `http://127.0.0.1:${herokuPort}/account`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // A production server on a fresh embedded database: what a newcomer runs, minus the dev overlay.
      command: `rm -rf ${dataDir} && npx next start -p ${port} -H 127.0.0.1`,
      url: `http://127.0.0.1:${port}/signin`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        SHIPLOG_DATA_DIR: `${dataDir}/pglite`,
        AUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789abcdef",
        SHIPLOG_URL: `http://127.0.0.1:${port}`,
        NEXT_TELEMETRY_DISABLED: "1",
        HEROKU_API_URL: `http://127.0.0.1:${herokuPort}`,
      },
    },
  ],
});
