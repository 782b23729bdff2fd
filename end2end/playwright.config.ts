import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser; flags that behave on a closed network.
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];
const port = Number(process.env.E2E_PORT ?? 8099);

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  timeout: 30_000,
  // Two workers for the two cores: the 108 tests are independent pages, and
  // the suite passed with two workers under load 3-11 (2026-12-02).
  workers: 2,
  retries: 0,
  // A line per test at a terminal; under CI a dot per test, so the log is short.
  // Either way each failure is printed in full at the end: its error and the
  // line of the spec where it failed.
  reporter: process.env.CI ? [['dot']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 900 },
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    trace: 'off',
  },
  // Serves the release build (trunk build --release) as a static site. serve.py
  // is python's http.server without its per-request log (thousands of lines a
  // run); its errors still reach stderr, which Playwright prints.
  webServer: {
    command: `python3 serve.py ${port} ../dist`,
    stdout: 'ignore',
    stderr: 'pipe',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
