// Regenerates docs/screenshots/*.png from the release build in dist/.
// Run after `./scripts/trunk-release.sh build`: `node end2end/bench/screenshots.mjs`.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = (name) => join(root, 'docs', 'screenshots', name);
const port = 8094;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', join(root, 'dist')], { stdio: 'ignore' });
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Opens the app, applies `setup`, scrolls every chart into view so it paints, and returns to the top. */
async function open(browser, viewport, setup, query = '') {
  const ctx = await browser.newContext({ viewport });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}/${query}`);
  // The page builds in stages (app/src/components/stages.rs); the guide is the last.
  await page.waitForFunction(() => document.querySelector('.kpi-value')?.textContent && document.getElementById('guide-title'));
  if (setup) await setup(page);
  for (const c of await page.locator('canvas:not(.overlay)').all()) {
    await c.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  return { ctx, page };
}

try {
  await new Promise((r) => setTimeout(r, 600));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
  const wide = { width: 1400, height: 1000 };

  let { ctx, page } = await open(browser, wide, (p) => p.locator('#presets').selectOption('seed-001'));
  await page.screenshot({ path: out('dashboard-cqrs.png'), fullPage: true });
  await ctx.close();

  ({ ctx, page } = await open(browser, wide, async (p) => {
    await p.locator('#presets').selectOption('seed-004');
    await p.locator('#theme').click();
    await p.locator('#theme').click(); // system → light → dark
  }));
  await page.screenshot({ path: out('dashboard-dark-replay.png'), fullPage: true });
  await ctx.close();

  ({ ctx, page } = await open(browser, { width: 360, height: 800 }, (p) => p.locator('#presets').selectOption('seed-003')));
  await page.screenshot({ path: out('phone-360.png'), fullPage: true });
  await ctx.close();

  ({ ctx, page } = await open(browser, wide, null, '?v=1&users=abc&rate=NaN&util=500&rf=2.5&bogus=1&view=cqrs&size=2000'));
  await page.screenshot({ path: out('link-corrections.png') });
  await ctx.close();

  ({ ctx, page } = await open(browser, wide, async (p) => {
    await p.locator('#presets').selectOption('seed-001');
    await p.locator('#present').click();
    await p.keyboard.press('ArrowRight');
    for (let i = 0; i < 4; i++) await p.keyboard.press(' ');
  }));
  await page.screenshot({ path: out('presenter-numbers.png') });
  await ctx.close();

  // The architecture diagram: light, dark, phone, and the presenter's design and 10× slides.
  const diagramShot = async (page, name) => {
    const card = page.locator('section.diagram');
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: out(name) });
  };
  ({ ctx, page } = await open(browser, wide, async (p) => {
    await p.locator('#presets').selectOption('seed-001');
    await p.locator('#dia-write_db').focus();
  }));
  await diagramShot(page, 'diagram-cqrs-light.png');
  await ctx.close();

  ({ ctx, page } = await open(browser, wide, async (p) => {
    await p.locator('#presets').selectOption('seed-003');
    await p.locator('#theme').click();
    await p.locator('#theme').click();
  }));
  await diagramShot(page, 'diagram-messaging-dark.png');
  await ctx.close();

  ({ ctx, page } = await open(browser, { width: 360, height: 800 }, (p) => p.locator('#presets').selectOption('seed-002')));
  await diagramShot(page, 'diagram-phone-360.png');
  await ctx.close();

  ({ ctx, page } = await open(browser, wide, null, '?v=1&rate=0.01&write=10&view=cqrs&step=3'));
  await page.screenshot({ path: out('presenter-design.png') });
  await ctx.close();
  ({ ctx, page } = await open(browser, wide, null, '?v=1&rate=0.01&write=10&view=cqrs&step=7'));
  await page.waitForTimeout(300);
  await page.screenshot({ path: out('presenter-tenx-diagrams.png'), fullPage: true });
  await ctx.close();

  // Where to run it: 100 MB/s on Kinesis, light, dark and a phone.
  const platforms = '?v=1&users=100&rate=1000&size=1000&platform=kinesis-provisioned';
  const cardShot = async (page, name) => {
    const card = page.locator('section.platforms');
    // The chart's sweep runs once its area is on screen: scroll there and wait for paint.
    await page.locator('section.platforms').evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await page.locator('#chart-platforms').scrollIntoViewIfNeeded({ timeout: 10000 });
    await page.waitForFunction(() => {
      const c = document.getElementById('chart-platforms');
      return c && c.width > 0;
    }, null, { timeout: 10000 }).catch(() => {});
    await page.waitForTimeout(1200);
    await card.screenshot({ path: out(name) });
  };
  ({ ctx, page } = await open(browser, wide, null, platforms));
  await cardShot(page, 'platforms-light.png');
  await ctx.close();
  ({ ctx, page } = await open(browser, wide, async (p) => {
    await p.locator('#theme').click();
    await p.locator('#theme').click();
  }, platforms));
  await cardShot(page, 'platforms-dark.png');
  await ctx.close();
  ({ ctx, page } = await open(browser, { width: 360, height: 800 }, null, platforms));
  await cardShot(page, 'platforms-phone-360.png');
  await ctx.close();

  await browser.close();
  console.log('wrote docs/screenshots/*.png');
} finally {
  server.kill();
}
