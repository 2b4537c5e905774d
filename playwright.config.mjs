// End-to-end tests (layer 3): the release build in the system Chromium, served on loopback by
// tests/tools/static-server.mjs with the documented hosting headers. Run via `npm test` (which
// builds dist/ first) or, after `trunk build --release --offline`, `npx playwright test`.
import { defineConfig } from '@playwright/test';
import { HOSTS_PORT, HOSTS_URL, WIDGET_PORT, WIDGET_URL } from './tests/e2e/helpers/origins.mjs';
import { CHROMIUM_LAUNCH } from './tests/tools/chromium.mjs';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.mjs',
  outputDir: 'test-results',
  // Two cores: one browser at a time keeps timings stable.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    browserName: 'chromium',
    baseURL: WIDGET_URL,
    launchOptions: { ...CHROMIUM_LAUNCH },
    // A missing element fails in seconds, not after the whole test timeout.
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  webServer: [
    {
      command: `node tests/tools/static-server.mjs --root dist --port ${WIDGET_PORT} --mode widget`,
      url: `${WIDGET_URL}index.html`,
      // Never test against some other process that happens to hold the port.
      reuseExistingServer: false,
      stdout: 'pipe',
      timeout: 10_000,
    },
    {
      command: `node tests/tools/static-server.mjs --root tests/e2e/hosts --port ${HOSTS_PORT} --mode host`,
      url: `${HOSTS_URL}news-zh.html`,
      reuseExistingServer: false,
      stdout: 'pipe',
      timeout: 10_000,
    },
  ],
});
