import { test, expect, type Page } from '@playwright/test';
import { Dashboard } from '../pages/dashboard';

// The bad hour (issue #18): a burst added through the Time and failure form
// makes lag build on the timeline; a drill link reopens the same timeline.

/** The timeline card's and the drill form's selectors. */
class Timeline {
  constructor(readonly page: Page) {}
  card() { return this.page.locator('section.timeline'); }
  verdict() { return this.page.locator('#tl-verdict'); }
  kpi(id: string) { return this.page.locator(`#tl-kpi-${id}`); }
  note(id: string) { return this.page.locator(`#tl-note-${id}`); }
  chart() { return this.page.locator('#chart-timeline'); }
  /** Scrolls the card into view (it simulates only on screen) and waits for its verdict. */
  async show() {
    await this.card().scrollIntoViewIfNeeded();
    await expect(this.verdict()).not.toBeEmpty();
  }
  /** The KPI tiles' figures, by id. */
  async figures(): Promise<Record<string, string>> {
    return this.page.locator('.tl-kpis .kpi-value').evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [e.id, e.textContent ?? ''])));
  }
}

test('a burst added in the form makes lag build on the timeline', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  const t = new Timeline(page);
  await t.show();
  // The default drill: a flat day, nothing queues.
  await expect(t.kpi('max_lag')).toHaveText('0 s');
  await expect(t.note('max_lag')).toHaveText('nothing queues');
  await expect(t.verdict()).toContainText('nothing queues');
  await expect(t.chart()).toHaveAttribute('aria-label', /worst lag is 0 s/);

  await d.openDrawer('drill');
  await page.locator('#burst-add').click();
  await expect(page.locator('#burst-1-start')).toHaveValue('19:00');
  // By keyboard: a ×5 burst for 20 minutes.
  await page.locator('#burst-1-mult').fill('5');
  await page.locator('#burst-1-mult').press('Enter');
  await expect.poll(() => page.url()).toContain('burst=1140%3A20%3A5');
  // A bad entry names itself and keeps the burst.
  await page.locator('#burst-1-dur').fill('soon');
  await page.locator('#burst-1-dur').press('Enter');
  await expect(page.locator('#burst-msg')).toContainText('“soon” is not a number');
  await expect.poll(() => page.url()).toContain('burst=1140%3A20%3A5');

  await t.show();
  await expect(t.kpi('max_lag')).not.toHaveText('0 s');
  await expect(t.kpi('max_lag')).toHaveText(/^[\d.]+ (ms|s|min|h)$/);
  await expect(t.note('max_lag')).toContainText('messages in');
  await expect(t.verdict()).toContainText('lag peaks at');
  await expect(t.chart()).toHaveAttribute('aria-label', /1 burst\(s\)/);
  // Hovering the chart reads every line out at that minute.
  await t.chart().scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  const box = await page.locator('#chart-timeline-overlay').boundingBox();
  if (!box) throw new Error('no chart overlay');
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 3 });
  await expect(page.locator('#chart-timeline-readout')).toContainText('Offered load');
  // The show-work of a KPI, and the table alternative of the chart.
  await page.locator('#tl-show-max_lag').click();
  await expect(page.locator('#tl-work-max_lag')).toContainText('backlog');
  await page.locator('#chart-timeline-table-toggle').click();
  await expect(page.locator('#chart-timeline-table')).toContainText('19:00');
});

test('a drill link reopens the same timeline', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open('?v=1&burst=1140:20:5&fail=zone@1150');
  const t = new Timeline(page);
  await t.show();
  await expect(t.kpi('max_lag')).not.toHaveText('0 s');
  await expect(t.kpi('under_replicated')).toBeVisible();
  await expect(t.verdict()).toContainText('a zone loss at 19:10');
  const before = { verdict: await t.verdict().textContent(), kpis: await t.figures() };
  // The diagram marks the lost zone.
  await expect(page.locator('#dia-broker')).toContainText('zones lost at 19:10');

  await page.reload();
  await t.show();
  await expect(t.verdict()).toHaveText(before.verdict ?? '');
  expect(await t.figures()).toEqual(before.kpis);
  // The form shows the drill the link carries.
  await d.openDrawer('drill');
  await expect(page.locator('#in-fail')).toHaveValue('zone');
  await expect(page.locator('#in-fail-at')).toHaveValue('19:10');
  await expect(page.locator('#burst-1-mult')).toHaveValue('5');
});

test('on a phone the chart read-out stays inside the card, wherever the pointer is', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('./?v=1&burst=1140:20:5&fail=zone@1150');
  const t = new Timeline(page);
  await t.show();
  await t.chart().scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  const card = await t.card().boundingBox();
  const box = await page.locator('#chart-timeline-overlay').boundingBox();
  if (!card || !box) throw new Error('no card or chart');
  // Left and right of the middle of the plot (the axes take about a fifth on each side).
  for (const at of [0.3, 0.7]) {
    const r = page.locator('#chart-timeline-readout');
    // The plot is drawn once the chart has been seen on screen: hover until it answers.
    await expect(async () => {
      const overlay = page.locator('#chart-timeline-overlay');
      await overlay.hover({ position: { x: box.width * at - 2, y: box.height * 0.5 } });
      await overlay.hover({ position: { x: box.width * at, y: box.height * 0.5 } });
      await expect(r).toContainText('Offered load', { timeout: 500 });
    }).toPass({ timeout: 8000 });
    const rb = await r.boundingBox();
    if (!rb) throw new Error('no read-out box');
    expect(rb.x).toBeGreaterThanOrEqual(card.x);
    expect(rb.x + rb.width).toBeLessThanOrEqual(card.x + card.width);
  }
});
