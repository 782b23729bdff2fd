// Regenerates the bad-hour screenshots (docs/screenshots/timeline-*.png,
// drill-controls.png, presenter-bad-hour.png, diagram-drill.png) from the
// release build in dist/: `node end2end/bench/timeline-screenshots.mjs`.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = (name) => join(root, 'docs', 'screenshots', name);
const port = 8095;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', join(root, 'dist')], { stdio: 'ignore' });
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const DRILL = '?v=1&burst=1140:20:5&fail=zone@1150';
const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

async function card(browser, viewport, theme, name) {
  const ctx = await browser.newContext({ viewport, colorScheme: theme });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}/${DRILL}`);
  const c = page.locator('section.timeline');
  await c.scrollIntoViewIfNeeded();
  await page.locator('#tl-verdict').waitFor();
  // The chart paints only on screen: bring it there (a phone's card is taller than the screen).
  await page.locator('#chart-timeline').scrollIntoViewIfNeeded();
  await frames(page);
  await page.waitForTimeout(400);
  // Hover the chart at about 19:20 so the read-out shows.
  const box = await page.locator('#chart-timeline-overlay').boundingBox();
  if (box) await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5, { steps: 3 });
  await page.waitForTimeout(200);
  await c.screenshot({ path: out(name) });
  return { ctx, page };
}

try {
  await new Promise((r) => setTimeout(r, 600));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
  const wide = { width: 1400, height: 1000 };
  let { ctx, page } = await card(browser, wide, 'light', 'timeline-light.png');
  await page.locator('#drill > summary').click();
  await page.locator('#drill').scrollIntoViewIfNeeded();
  await page.locator('#burst-1-dur').fill('soon');
  await page.locator('#burst-1-dur').press('Enter');
  await page.locator('#drill').screenshot({ path: out('drill-controls.png') });
  const dia = page.locator('section.diagram');
  await dia.scrollIntoViewIfNeeded();
  await dia.screenshot({ path: out('diagram-drill.png') });
  await ctx.close();
  ({ ctx } = await card(browser, wide, 'dark', 'timeline-dark.png'));
  await ctx.close();
  ({ ctx } = await card(browser, { width: 360, height: 800 }, 'light', 'timeline-phone-360.png'));
  await ctx.close();
  ctx = await browser.newContext({ viewport: wide });
  page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}/${DRILL}&step=9`);
  await page.locator('#p-chart-timeline').waitFor();
  await frames(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: out('presenter-bad-hour.png') });
  await ctx.close();
  await browser.close();
} finally {
  server.kill();
}
