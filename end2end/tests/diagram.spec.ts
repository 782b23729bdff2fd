import { test, expect } from '@playwright/test';
import { Dashboard } from '../pages/dashboard';

// KPI id → the diagram box that shows the same component.
const BOXES: Record<string, string> = {
  'brokers': 'broker',
  'write-shards': 'write_db',
  'read-replicas': 'read_replica',
  'cache': 'cache',
  'event-store': 'event_store',
  'gateways': 'gateway',
  'message-db': 'message_db',
  'replay-workers': 'replay_worker',
};

const PRESETS = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'];

for (const id of PRESETS) {
  test(`preset ${id}: every node count in the diagram equals its KPI`, async ({ page }) => {
    const d = new Dashboard(page);
    await d.open();
    await page.locator('#presets').selectOption(id);
    let compared = 0;
    for (const [kpi, box] of Object.entries(BOXES)) {
      if (!(await d.kpi(kpi).count()) || !(await page.locator(`#dia-${box}`).count())) continue;
      const n = (await d.kpi(kpi).textContent()) ?? '';
      await expect(page.locator(`#dia-${box} .dia-count`)).toHaveText(new RegExp(`^${n.replace(/,/g, ',')} × `));
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });
}

test('the diagram follows the sliders, names what binds and marks the bottleneck', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  const brokers = page.locator('#dia-broker');
  await expect(brokers.locator('.dia-count')).toHaveText('1,290 × kafka.m7g.xlarge');
  await expect(brokers).toContainText('3 zones × 430');
  await expect(brokers).toContainText('bound by storage');
  await expect(brokers).toHaveClass(/bottleneck/);
  await d.slider('users').focus();
  await page.keyboard.press('Home'); // 100 users
  await expect(brokers.locator('.dia-count')).toHaveText('3 × kafka.m7g.xlarge');
  await expect(brokers).toContainText('bound by replication factor');
  await expect(page.locator('#dia-text')).toContainText('Brokers: 3 × kafka.m7g.xlarge');
});

test('keyboard focus on a box shows its constraint table and cost share', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await page.locator('#dia-broker').focus();
  const detail = page.locator('#dia-detail');
  await expect(detail).toContainText('Brokers: 1,290 nodes');
  await expect(detail.locator('tr.binding')).toContainText('storage');
  await expect(detail.locator('tr', { hasText: 'message rate' })).toContainText('144');
  await expect(detail).toContainText('of the monthly cost');
});

test('cost is on screen, in compare and in the Markdown export', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await expect(d.kpi('cost')).toHaveText('$3.48M');
  await expect(page.locator('#note-cost')).toContainText('per 1K users');
  await expect(page.locator('#note-brokers')).toHaveText('bound by storage');
  await expect(page.locator('#cost-table tr', { hasText: 'Total' })).toContainText('$3.48M');
  // Consumers are sized (issue #18): a box in the diagram and a row of the cost.
  await expect(page.locator('#cost-table')).toContainText('Consumers');
  await expect(page.locator('#dia-consumer')).toContainText('1,073 × m7g.xlarge');
  await page.locator('#pin-a').click();
  await page.locator('#x10').click();
  await expect(page.locator('#compare-table tr', { hasText: 'Monthly cost' })).toContainText('$3.48M');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-md').click()]);
  const path = await download.path();
  const text = require('fs').readFileSync(path, 'utf8');
  expect(text).toContain('Monthly cost (on-demand)');
});

test('at 360 px the diagram scrolls inside its card; the page does not', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const d = new Dashboard(page);
  await d.open();
  await page.locator('#diagram').scrollIntoViewIfNeeded();
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(360);
  const scroller = await page.locator('.dia-scroll').evaluate(el => el.scrollWidth > el.clientWidth);
  expect(scroller).toBe(true);
});

test('the diagram saves as a standalone SVG with the counts and inline styles', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#dia-svg').click()]);
  expect(download.suggestedFilename()).toBe('capacity-scenario-diagram.svg');
  const text = require('fs').readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('<?xml')).toBe(true);
  expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(text).toContain('1,290 × kafka.m7g.xlarge');
  expect(text).toContain('bound by storage');
  // The page's classes are gone; their look travels inline.
  expect(text).not.toContain('class=');
  expect(text).toMatch(/style="[^"]*fill:/);
  await expect(page.locator('#dia-svg-status')).toHaveText('Diagram saved as SVG');
  // It opens as an image: the browser's own parser accepts it.
  const ok = await page.evaluate((svg) => new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror') === null, text);
  expect(ok).toBe(true);
});

test('each zone and failure input shows its default and source, and resets', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await page.locator('#failure > summary').click();
  const line = page.locator('#failure .param[data-key="tolerate"] .cap-source');
  await expect(line).toContainText('Default losing one zone');
  await expect(line).toContainText('MSK');
  const reset = page.locator('#reset-tolerate');
  await expect(reset).toBeDisabled();
  await page.locator('#in-tolerate').selectOption('none');
  await expect(page).toHaveURL(/tolerate=none/);
  await expect(reset).toBeEnabled();
  await reset.click();
  await expect(page.locator('#in-tolerate')).toHaveValue('zone');
  await expect(page).not.toHaveURL(/tolerate=/);
  await expect(reset).toBeDisabled();
  // A slider of the group: zones.
  await expect(page.locator('#failure')).toContainText('Default 3');
  await expect(page.locator('#reset-az')).toBeDisabled();
  await d.slider('az').focus();
  await page.keyboard.press('Home'); // 1 zone
  await expect(page).toHaveURL(/az=1/);
  await page.locator('#reset-az').click();
  await expect(page).not.toHaveURL(/az=1/);
  await expect(page.locator('#reset-az')).toBeDisabled();
});

test('the CSV carries each component\'s monthly cost beside the total', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
  const lines = require('fs').readFileSync(await download.path(), 'utf8').trim().split('\n');
  const head = lines[0].split(',');
  const total = head.indexOf('monthly_usd');
  const per = head.map((h: string, i: number) => [h, i] as [string, number]).filter(([h]) => h.endsWith('_monthly_usd'));
  expect(per.map(([h]) => h)).toContain('brokers_monthly_usd');
  for (const row of lines.slice(1)) {
    const v = row.split(',').map(Number);
    const sum = per.reduce((a, [, i]) => a + v[i], 0);
    expect(Math.abs(sum - v[total])).toBeLessThanOrEqual(1e-6 * Math.max(v[total], 1));
  }
});
