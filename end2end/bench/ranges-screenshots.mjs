// Regenerates the range-mode screenshots (docs/screenshots/ranges-*.png) from
// the release build in dist/: `node end2end/bench/ranges-screenshots.mjs`.
// Each shot is the page's top (the users slider in range mode, the KPI
// cards with their p10 · p50 · p90, the first charts with their bands),
// plus the least-regret card on the wide light page.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = (name) => join(root, 'docs', 'screenshots', name);
const port = 8096;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', join(root, 'dist')], { stdio: 'ignore' });
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const LINK = '?v=1&users=500K..2M&size=1KB..4KB';
const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

async function shot(browser, viewport, theme, name, regret) {
  const ctx = await browser.newContext({ viewport, colorScheme: theme });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}/${LINK}`);
  await page.locator('#band-brokers').waitFor();
  await page.locator('#chart-nodes').scrollIntoViewIfNeeded();
  await frames(page);
  await page.waitForTimeout(600);
  await page.evaluate(() => window.scrollTo(0, 0));
  await frames(page);
  await page.screenshot({ path: out(name) });
  if (regret) {
    const r = page.locator('#regret');
    await r.scrollIntoViewIfNeeded();
    await page.locator('#regret .regret-choice').first().waitFor({ timeout: 30000 });
    await r.screenshot({ path: out(regret) });
  }
  await ctx.close();
}

try {
  await new Promise((r) => setTimeout(r, 600));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
  await shot(browser, { width: 1400, height: 1000 }, 'light', 'ranges-light.png', 'ranges-regret.png');
  await shot(browser, { width: 1400, height: 1000 }, 'dark', 'ranges-dark.png');
  await shot(browser, { width: 360, height: 1400 }, 'light', 'ranges-phone-360.png');
  await browser.close();
} finally {
  server.kill();
}
