import { defineConfig } from "@playwright/test";
import { IMPORTED_PORT, PORT } from "./e2e/ports";

const BASE = `http://127.0.0.1:${PORT}`;
// The second server reads a dataset imported from fiche files only (e2e/fixtures), for exact API figures.
const IMPORTED_DATA = ".e2e-data/imported";

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: {
    timeout: 20_000,
    // e2e/visual.spec.ts: a pixel counts as changed past 20 % of colour distance (anti-aliasing
    // stays under it), and a page fails past 1 % of changed pixels: a moved panel, a new line of
    // text or a changed colour is far more, a font's rounding far less.
    toHaveScreenshot: { threshold: 0.2, maxDiffPixelRatio: 0.01, animations: "disabled", caret: "hide", scale: "css" },
  },
  // One baseline per screenshot, whatever the platform: CI runs on this machine's Chromium.
  snapshotPathTemplate: "{testDir}/__screenshots__/{testFilePath}/{arg}{ext}",
  // Two cores: one browser at a time keeps timings stable.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  outputDir: "test-results",
  use: {
    baseURL: BASE,
    browserName: "chromium",
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: "fr-FR",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Playwright's own browser download cannot work offline: use Debian's chromium.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
      ],
    },
  },
  webServer: [
    {
      command: `sh scripts/serve.sh -H 127.0.0.1 -p ${PORT}`,
      url: `${BASE}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { NEXT_TELEMETRY_DISABLED: "1" },
    },
    {
      // The import rejects e2e/fixtures/pas-une-fiche.txt on purpose (exit 1): the server starts anyway.
      command:
        `rm -rf ${IMPORTED_DATA} && (node_modules/.bin/tsx cli/atlas.ts import --data-dir ${IMPORTED_DATA} e2e/fixtures/*.txt; true) ` +
        `&& sh scripts/serve.sh -H 127.0.0.1 -p ${IMPORTED_PORT}`,
      url: `http://127.0.0.1:${IMPORTED_PORT}/api/meta`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { NEXT_TELEMETRY_DISABLED: "1", ATLAS_DATA_DIR: IMPORTED_DATA },
    },
  ],
});
