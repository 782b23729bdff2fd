import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'fs';
import { Dashboard } from '../pages/dashboard';

/** The estimate's KPI cards (not the bad-hour card's tiles, which have no A). */
const KPI_CARD = '.kpis:not(.tl-kpis) .kpi';

/** Pins the default scenario as A, then makes B ten times the users by typing it, as a person would. */
async function pinThenGrow(page: Page, d: Dashboard) {
  await page.locator('#pin-a').click();
  await expect(page.locator('#unpin')).toBeVisible();
  const users = page.locator('#num-users');
  await users.fill('10M');
  await users.press('Enter');
  await expect(d.value('users')).toHaveText('10M');
}

test('scrolling down to Compare moves nothing under the pointer: the cards above are built at their full height', async ({ page }) => {
  // The platforms chart used to be built only when it scrolled into view, and
  // it pushed this card 368 px down: a click aimed at Pin landed on the chart.
  await page.addInitScript(() => {
    addEventListener('planner-ready', () => { (window as unknown as { __ready?: boolean }).__ready = true; }, { once: true });
  });
  const d = new Dashboard(page);
  await d.open();
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  const pin = page.locator('#pin-a');
  const docY = () => pin.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const before = await docY();
  await pin.scrollIntoViewIfNeeded();
  // Longer than the platforms sweep's and the timeline's settle times (300 and 120 ms).
  await page.waitForTimeout(600);
  expect(await docY()).toBe(before);
  await expect(page.locator('#chart-platforms')).toBeVisible();
  await expect(page.locator('#tl-verdict')).not.toBeEmpty();
});

/** The figure (title, legend, canvas, table) around chart `id`. */
const figure = (page: Page, id: string) => page.locator('figure.chart', { has: page.locator(`#chart-${id}`) });

test('with A pinned, every KPI card shows A and the change from A', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  const before = await page.locator(`${KPI_CARD} .kpi-value`).allInnerTexts();
  expect(before.length).toBeGreaterThanOrEqual(9);
  await pinThenGrow(page, d);
  await expect(d.kpi('brokers')).toHaveText('12,894');
  const cards = page.locator(KPI_CARD);
  await expect(cards).toHaveCount(before.length);
  for (let i = 0; i < before.length; i++) {
    const card = cards.nth(i);
    // A is what this card showed before the change; Δ has a sign (or says nothing changed).
    await expect(card.locator('.kpi-a')).toHaveText(`A ${before[i]}`);
    await expect(card.locator('.kpi-delta')).toHaveText(/^Δ ([+−]\S|no change)/);
    expect(await card.innerText()).not.toMatch(/NaN|\binf\b|Infinity/);
  }
  await expect(page.locator('#vs-a-brokers')).toHaveText('1,290');
  await expect(page.locator('#delta-brokers')).toHaveText('+11,604 (+900 %)');
  await expect(page.locator('#delta-cost')).toHaveText(/^\+\$\S+ \((\+\d+(\.\d+)? %|×\S+)\)$/);
  // Clear A: the cards show B alone again.
  await page.locator('#unpin').click();
  await expect(page.locator('.kpi-vs')).toHaveCount(0);
});

test('the latency chart overlays A dashed, and its legend, text and table name A', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await pinThenGrow(page, d);
  const fig = figure(page, 'latency');
  await expect(fig.locator('.legend')).toContainText('A · Delivery p99');
  await expect(fig.locator('.legend')).toContainText('A · Queue wait p99');
  await expect(fig.locator('.legend .swatch.dashed')).toHaveCount(2);
  await expect(d.chart('latency')).toHaveAttribute('aria-label', /A · Delivery p99 .*pinned scenario A/);
  await page.locator('#chart-latency-table-toggle').click();
  await expect(page.locator('#chart-latency-table thead')).toContainText('A · Delivery p99');
  const withA = await d.chartPixels('latency');
  // The same B without A: the dashed lines must have been drawn.
  await page.locator('#unpin').click();
  await expect(fig.locator('.legend')).not.toContainText('A · ');
  await expect.poll(() => d.chartPixels('latency')).not.toBe(withA);
});

test('the cost and replay charts overlay A too', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await pinThenGrow(page, d);
  await expect(figure(page, 'cost').locator('.legend')).toContainText('A · Monthly cost');
  await page.locator('#tab-replay').click();
  const fig = figure(page, 'replay');
  await expect(fig.locator('.legend')).toContainText('A · Events read per load');
  await expect(fig.locator('.legend')).toContainText('A · Load time, ms');
  // Longer streams in B: B's curve moves, A's dashed one stays.
  await page.locator('#advanced > summary').click();
  const stream = page.locator('#num-stream');
  await stream.fill('100000');
  await stream.press('Enter');
  await expect(d.value('stream')).toHaveText('100K');
  const withA = await d.chartPixels('replay');
  await page.locator('#unpin').click();
  await expect(fig.locator('.legend')).not.toContainText('A · ');
  await expect.poll(() => d.chartPixels('replay')).not.toBe(withA);
});

test('a saved chart PNG carries the chart title above the plot and the legend below it', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await pinThenGrow(page, d);
  await d.onScreen('latency');
  const canvas = await d.chart('latency').evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height }));
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#chart-latency-png').click()]);
  expect(dl.suggestedFilename()).toBe('chart-latency.png');
  const png = readFileSync(await dl.path());
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  // IHDR: width and height, big-endian, at bytes 16 and 20.
  const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  expect(w).toBe(canvas.w);
  expect(h).toBeGreaterThan(canvas.h + 40);
  // Decoded in the page: text in the strip above the plot and in the strip below it.
  const ink = await page.evaluate(async ({ b64, plotH }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.width, img.height];
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const inked = (y0: number, y1: number) => {
      const px = ctx.getImageData(0, y0, c.width, y1 - y0).data;
      const bg = ctx.getImageData(0, 0, 1, 1).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i] !== bg[0] || px[i + 1] !== bg[1] || px[i + 2] !== bg[2]) n++;
      return n;
    };
    const strips = c.height - plotH;
    return { top: inked(0, Math.floor(strips / 3)), bottom: inked(c.height - Math.floor(strips / 3), c.height) };
  }, { b64: png.toString('base64'), plotH: canvas.h });
  expect(ink.top, 'the title').toBeGreaterThan(100);
  expect(ink.bottom, 'the legend').toBeGreaterThan(100);
});

test('at 360 px the cards with A and Δ still fit', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const d = new Dashboard(page);
  await d.open();
  await pinThenGrow(page, d);
  await expect(page.locator('.kpi-vs').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const spilled = await page.locator(KPI_CARD).evaluateAll((cards) =>
    cards.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent));
  expect(spilled).toEqual([]);
});
