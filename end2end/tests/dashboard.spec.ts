import { test, expect } from '@playwright/test';
import { Dashboard, TABS } from '../pages/dashboard';

// Each primary slider moves a KPI and a chart in the default (eventual) view.
const SLIDERS = [
  { key: 'users', kpi: 'brokers', chart: 'nodes' },
  { key: 'rate', kpi: 'peak-msgs', chart: 'bandwidth' },
  { key: 'size', kpi: 'ingress', chart: 'bandwidth' },
  { key: 'write', kpi: 'peak-msgs', chart: 'storage' },
];

for (const s of SLIDERS) {
  test(`the ${s.key} slider changes its KPI and the ${s.chart} chart`, async ({ page }) => {
    const d = new Dashboard(page);
    await d.open();
    const kpi = await d.kpi(s.kpi).textContent();
    const pixels = await d.chartPixels(s.chart);
    await d.slider(s.key).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
    await expect(d.kpi(s.kpi)).not.toHaveText(kpi ?? '');
    await expect.poll(() => d.chartPixels(s.chart)).not.toBe(pixels);
  });
}

test('each tab shows its own KPIs and its seed tier table', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  for (const t of TABS) {
    await page.locator(`#tab-${t.key}`).click();
    await expect(page.locator(`#tab-${t.key}`)).toHaveAttribute('aria-selected', 'true');
    await expect(d.kpi(t.kpi)).toBeVisible();
    await expect(page.locator('#tier-table')).toContainText(t.tier);
    for (const other of TABS.filter((o) => o.key !== t.key && o.kpi !== 'partitions')) {
      if (other.kpi !== t.kpi) await expect(d.kpi(other.kpi)).toHaveCount(other.key === 'sourcing' && t.key === 'replay' ? 1 : 0);
    }
  }
  // Arrow keys move between tabs.
  await page.locator('#tab-replay').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#tab-eventual')).toHaveAttribute('aria-selected', 'true');
});

test('the current tier row is highlighted and follows the users slider', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await expect(page.locator('#tier-table tr.current th')).toHaveText('1M users');
  await d.slider('users').focus();
  await page.keyboard.press('Home');
  await expect(page.locator('#tier')).toHaveText('100 users');
  await expect(page.locator('#tier-table tr.current th')).toHaveText('100 users');
});

test('traffic ×10 shows what crosses capacity and can be undone', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await page.locator('#tab-cqrs').click();
  await expect(page.locator('#bottleneck')).toHaveText('Write DB shards');
  const shards = await d.kpi('write-shards').textContent();
  await page.locator('#x10').click();
  await expect(d.value('users')).toHaveText('10M');
  const panel = page.locator('#tenx-panel');
  await expect(panel).toContainText('1M → 10M users');
  await expect(panel).toContainText('Do first: Shard the write database');
  await expect(panel).toContainText('Seed 001');
  await expect(d.kpi('write-shards')).not.toHaveText(shards ?? '');
  await page.locator('#undo-x10').click();
  await expect(d.value('users')).toHaveText('1M');
  await expect(d.kpi('write-shards')).toHaveText(shards ?? '');
  await expect(panel).toHaveCount(0);
});

test('editing an assumption changes the result; reset restores it', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await page.locator('#assumptions > summary').click();
  const field = page.locator('#cap-broker_msgs');
  await field.fill('10000');
  await field.press('Enter');
  // 10M msg/s on 10K msg/s brokers at 70 %: 1,429, × 3/2 to survive a zone, in threes: 2,145.
  await expect(d.kpi('brokers')).toHaveText('2,145');
  await expect(page.locator('#assumptions .badge')).toHaveText('1 changed');
  await page.locator('#reset-broker_msgs').click();
  await expect(d.kpi('brokers')).toHaveText('1,290');
});

test('a bad exact entry gets an inline message that names it, and nothing is lost', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  const field = page.locator('#num-users');
  await field.fill('twelve');
  await field.press('Enter');
  await expect(page.locator('#num-users-error')).toContainText('“twelve” is not a number');
  await expect(d.kpi('brokers')).toHaveText('1,290');
  await field.fill('5e12');
  await field.press('Enter');
  await expect(page.locator('#num-users-error')).toContainText('out of range');
  await expect(d.value('users')).toHaveText('10B');
});

test('theme toggle switches the page and the charts', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  const before = await d.chartPixels('nodes');
  await page.locator('#theme').click(); // system → light
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.locator('#theme').click(); // light → dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => d.chartPixels('nodes')).not.toBe(before);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(18, 20, 24)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('hovering a chart shows a read-out of the values under the cursor', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await d.chart('nodes').scrollIntoViewIfNeeded();
  const box = await d.chart('nodes').boundingBox();
  if (!box) throw new Error('chart has no box');
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  const readout = page.locator('#chart-nodes-readout');
  await expect(readout).toBeVisible();
  await expect(readout).toContainText('users');
  await expect(readout).toContainText('Brokers:');
  await page.mouse.move(0, 0);
  await expect(readout).toHaveCount(0);
});

test('charts have a text alternative and a table view', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await expect(d.chart('nodes')).toHaveAttribute('aria-label', /Nodes vs users .* At 1M users: Brokers \d/);
  await page.locator('#chart-nodes-table-toggle').click();
  const table = page.locator('#chart-nodes-table');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(9);
});

test('at 360 px wide nothing scrolls sideways', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const d = new Dashboard(page);
  await d.open();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect.poll(() => d.paintedPixels('nodes')).toBeGreaterThan(1000);
  await page.screenshot({ path: testInfo.outputPath('phone-360.png'), fullPage: true });
});

test('no NaN, inf or negative counts anywhere after extreme inputs', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await page.locator('#advanced > summary').click();
  for (const [key, value] of [['users', '1e10'], ['rate', '1e4'], ['size', '1e8'], ['peak', '100'], ['regions', '20'], ['util', '10']]) {
    const f = page.locator(`#num-${key}`);
    await f.fill(value);
    await f.press('Enter');
  }
  for (const t of ['eventual', 'cqrs', 'sourcing', 'messaging', 'replay']) {
    await page.locator(`#tab-${t}`).click();
    // Every number the model puts on screen: KPIs, callout, sliders, tier, and the charts' text alternatives.
    const shown = await page.locator('.kpis, .callout, .controls, .tier-line').allInnerTexts();
    const charts = await page.locator('canvas').evaluateAll((cs) => cs.map((c) => c.getAttribute('aria-label') ?? ''));
    for (const text of [...shown, ...charts]) {
      expect(text).not.toMatch(/NaN|\binf\b|Infinity|—|(^|[\s(])-\d/);
    }
  }
});

test('charts redraw sharp at their new size when the layout changes', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  const sizes = () => d.chart('nodes').evaluate((c: HTMLCanvasElement) => [c.width, Math.round(c.clientWidth * devicePixelRatio)]);
  await expect.poll(async () => { await d.onScreen('nodes'); const [w, css] = await sizes(); return w === css && w > 0; }).toBe(true);
  const before = (await sizes())[0];
  await page.setViewportSize({ width: 900, height: 900 });
  await expect.poll(async () => { await d.onScreen('nodes'); const [w, css] = await sizes(); return w === css && w !== before; }).toBe(true);
});

test('charts on screen paint at once; one below the fold waits until it is scrolled to', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  const d = new Dashboard(page);
  await d.open();
  // Ink on a canvas without scrolling to it (paintedPixels would scroll).
  const ink = (id: string) => d.chart(id).evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) n++;
    return n;
  });
  await expect.poll(() => ink('nodes')).toBeGreaterThan(1000);
  const below = await d.chart('latency').evaluate((c) => c.getBoundingClientRect().top > innerHeight);
  expect(below).toBe(true);
  expect(await ink('latency')).toBe(0);
  await d.onScreen('latency');
  await expect.poll(() => ink('latency')).toBeGreaterThan(1000);
});
