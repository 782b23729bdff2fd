import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { Dashboard } from '../pages/dashboard';

const PRESETS = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004', 'tier-100', 'tier-10k', 'tier-1m', 'tier-100m'];

/** Everything a person reads: KPI values, the tier, the bottleneck, every slider value. */
async function snapshot(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.kpi-value, #tier, #bottleneck, .param-value, [role="tab"][aria-selected="true"]')]
      .map((e) => `${e.id}=${e.textContent}`).join('|'));
}

async function waitForUrl(page: Page, pattern: RegExp) {
  await expect.poll(() => page.url()).toMatch(pattern);
}

for (const id of PRESETS) {
  test(`preset ${id} round-trips through its link with identical numbers and pixels`, async ({ page, browser }) => {
    const d = new Dashboard(page);
    await d.open();
    await page.locator('#presets').selectOption(id);
    await page.waitForTimeout(400); // past the URL debounce
    const url = page.url();
    await expect(page.locator('#tl-verdict')).not.toBeEmpty();
    const numbers = await snapshot(page);
    const charts = ['nodes', 'bandwidth', 'storage', 'latency'];
    const pixels: string[] = [];
    for (const c of charts) pixels.push(await d.chartPixels(c));

    // A fresh profile: no autosave, nothing but the link.
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const fresh = await ctx.newPage();
    const d2 = new Dashboard(fresh);
    await fresh.goto(url);
    // Polled: the later start-up stages (the bad-hour card's tiles) build after the first KPI.
    await expect.poll(() => snapshot(fresh)).toBe(numbers);
    for (const [i, c] of charts.entries()) await expect.poll(() => d2.chartPixels(c)).toBe(pixels[i]);
    await expect(fresh.locator('#corrections')).toHaveCount(0);
    await ctx.close();
  });
}

test('the default scenario is the bare URL, and a typical tweak stays short', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await d.slider('users').focus();
  await page.keyboard.press('PageUp');
  await waitForUrl(page, /\?v=1&users=/);
  await page.locator('#tab-cqrs').click();
  await waitForUrl(page, /view=cqrs/);
  expect(page.url().length).toBeLessThan(200);
  await page.locator('#presets').selectOption('tier-1m');
  await page.locator('#tab-eventual').click();
  await waitForUrl(page, /\/$/);
});

test('Back and Forward step through discrete actions', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await page.locator('#presets').selectOption('seed-001');
  await expect(page.locator('#tab-cqrs')).toHaveAttribute('aria-selected', 'true');
  await page.locator('#tab-messaging').click();
  await waitForUrl(page, /view=messaging/);
  await page.goBack();
  await expect(page.locator('#tab-cqrs')).toHaveAttribute('aria-selected', 'true');
  await expect(d.kpi('write-shards')).toHaveText('3');
  await page.goBack();
  await expect(page.locator('#tab-eventual')).toHaveAttribute('aria-selected', 'true');
  await expect(d.kpi('brokers')).toHaveText('1,290');
  await page.goForward();
  await expect(page.locator('#tab-cqrs')).toHaveAttribute('aria-selected', 'true');
});

test('a hostile title is shown as text and never runs', async ({ page }) => {
  const title = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await page.goto(`/?v=1&title=${encodeURIComponent(title)}`);
  await expect(page.locator('#title')).toHaveValue(title);
  await expect(page).toHaveTitle(`${title} · Event-driven capacity planner`);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('img')).toHaveCount(0);
  await page.locator('#export-md').click(); // the summary carries it as text too
});

test('garbage values get a notice naming each key; everything valid is kept', async ({ page }) => {
  await page.goto('/?v=1&users=abc&rate=NaN&util=500&rf=2.5&bogus=1&view=cqrs&size=2000');
  const notice = page.locator('#corrections');
  await expect(notice).toBeVisible();
  for (const [key, given, used] of [['users', 'abc', '1000000'], ['rate', 'NaN', '10'], ['util', '500', '95'], ['rf', '2.5', '3'], ['bogus', '1', 'ignored']]) {
    const row = notice.locator('tr', { has: page.locator(`code:text-is("${key}")`) });
    await expect(row).toContainText(given);
    await expect(row).toContainText(used);
  }
  await expect(page.locator('#tab-cqrs')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#val-size')).toHaveText('2 KB');
  await page.locator('#advanced > summary').click(); // drawers build their fields when opened
  await expect(page.locator('#val-util')).toHaveText('95 %');
  await page.locator('#dismiss-corrections').click();
  await expect(notice).toHaveCount(0);
  // The corrected link replaces the bad one.
  await expect.poll(() => page.url()).not.toContain('bogus');
});

test('a mangled link (bad encoding, huge, nested) never breaks the page', async ({ page }) => {
  for (const q of ['?%E0%A4%A', '?' + 'x=1&'.repeat(5000), '?users=%00%00&cmp=cmp%3Dusers%253Dx', '?v=99&&&==&users=1e400']) {
    await page.goto('/' + q);
    await expect(page.locator('#kpi-brokers')).not.toBeEmpty();
    // The estimate's KPIs and, once built, the bad hour's tiles.
    const text = (await page.locator('.kpis').allInnerTexts()).join(' ');
    expect(text).not.toMatch(/NaN|inf|—/);
  }
});

test('the last scenario is restored from localStorage; a link wins over it', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await page.locator('#presets').selectOption('seed-003');
  await page.waitForTimeout(400);
  await page.goto('/');
  await expect(page.locator('#tab-messaging')).toHaveAttribute('aria-selected', 'true');
  await expect(d.kpi('brokers')).toHaveText('129');
  await page.goto('/?v=1&view=cqrs');
  await expect(page.locator('#tab-cqrs')).toHaveAttribute('aria-selected', 'true');
  await expect(d.value('rate')).toHaveText('10/s');
});

test('compare: pin A, change to B, see deltas, overlay and a link that reopens it', async ({ page, browser }) => {
  const d = new Dashboard(page);
  await d.open();
  const before = await d.chartPixels('nodes');
  await page.locator('#pin-a').click();
  await page.locator('#x10').click();
  const table = page.locator('#compare-table');
  // The Brokers row, not "Retained by brokers".
  const brokers = table.locator('tr', { hasText: /^\s*Brokers/ });
  await expect(brokers).toContainText('1,290');
  await expect(brokers).toContainText('12,894');
  await expect(brokers).toContainText('+900 %');
  await expect(page.locator('#chart-nodes').locator('xpath=../..').locator('.legend')).toContainText('A · Brokers');
  await expect.poll(() => d.chartPixels('nodes')).not.toBe(before);
  await waitForUrl(page, /cmp=/);
  const ctx = await browser.newContext();
  const fresh = await ctx.newPage();
  await fresh.goto(page.url());
  await expect(fresh.locator('#compare-table tr', { hasText: /^\s*Brokers/ })).toContainText('+900 %');
  await ctx.close();
  await page.locator('#unpin').click();
  await expect(table).toHaveCount(0);
});

test('copy link puts the page URL on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const d = new Dashboard(page);
  await d.open('?v=1&users=5000');
  await page.locator('#copy-link').click();
  await expect(page.locator('#share-status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/\?v=1&users=5000$/);
});

test('downloads are non-empty and well formed', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open('?v=1&title=Launch%20plan');
  const grab = async (selector: string) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
    return { name: dl.suggestedFilename(), body: readFileSync(await dl.path()) };
  };
  const md = await grab('#export-md');
  expect(md.name).toBe('launch-plan.md');
  const text = md.body.toString('utf8');
  for (const part of ['# Launch plan', '## Inputs', '## Key numbers', '| Brokers | 1,290 |', '## Bottleneck', '## Derivation']) expect(text).toContain(part);

  const csv = (await grab('#export-csv')).body.toString('utf8').trim().split('\n');
  expect(csv[0]).toMatch(/^users,brokers,/);
  // 120 sweep points and one row at the scenario's own 5,000 users, marked current = 1.
  expect(csv.length).toBe(122);
  expect(csv[0]).toMatch(/,current$/);
  expect(csv.filter((l) => l.endsWith(',1')).length).toBe(1);
  const cols = csv[0].split(',').length;
  for (const line of csv) expect(line.split(',').length).toBe(cols);

  await d.chart('nodes').scrollIntoViewIfNeeded();
  await expect.poll(() => d.paintedPixels('nodes')).toBeGreaterThan(1000);
  const png = await grab('#chart-nodes-png');
  expect(png.name).toBe('chart-nodes.png');
  expect(png.body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.body.length).toBeGreaterThan(5000);
});

test('saved scenarios: save, rename, open, delete, export and import with a clear error', async ({ page }, testInfo) => {
  const d = new Dashboard(page);
  await d.open('?v=1&users=5000&title=Small');
  await page.locator('#library > summary').click();
  await page.locator('#save-scenario').click();
  await expect(page.locator('#library-message')).toHaveText('Saved “Small”.');
  await page.locator('.saved-name').first().fill('Small shop');
  await page.locator('.saved-name').first().press('Enter');
  await page.locator('#presets').selectOption('tier-100m');
  await expect(d.value('users')).toHaveText('100M');
  await page.getByRole('button', { name: 'Open Small shop' }).click();
  await expect(d.value('users')).toHaveText('5K');

  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#export-library').click()]);
  const json = JSON.parse(readFileSync(await dl.path(), 'utf8'));
  expect(json).toEqual({ version: 1, scenarios: [{ name: 'Small shop', link: 'v=1&users=5000&title=Small' }] });

  const bad = testInfo.outputPath('bad.json');
  require('node:fs').writeFileSync(bad, '{"version": 1, "scenarios": [{"name": "x"}]}');
  await page.locator('#import-library').setInputFiles(bad);
  await expect(page.locator('#library-message')).toContainText('Could not import bad.json: not a saved-scenarios file');
  await expect(page.locator('.saved li')).toHaveCount(1);

  const good = testInfo.outputPath('good.json');
  require('node:fs').writeFileSync(good, JSON.stringify({ version: 1, scenarios: [{ name: 'Big', link: 'users=1e8&view=replay' }] }));
  await page.locator('#import-library').setInputFiles(good);
  await expect(page.locator('#library-message')).toHaveText('Imported 1 scenario from good.json.');
  await expect(page.locator('.saved li')).toHaveCount(2);
  await page.getByRole('button', { name: 'Delete Small shop' }).click();
  await expect(page.locator('.saved li')).toHaveCount(1);
});
