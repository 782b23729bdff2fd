import { test, expect, type Page } from '@playwright/test';
import { Dashboard } from '../pages/dashboard';

// 100 MB/s in: users 100 × 1,000 actions/s × 1 KB (docs/PLATFORMS.md's worked table).
const STREAM = '?users=100&rate=1000&size=1000';

/** The "Where to run it" card's selectors. */
class Platforms {
  constructor(readonly page: Page) {}
  table() { return this.page.locator('#plat-table'); }
  rows() { return this.page.locator('#plat-table tbody tr'); }
  sort(key: string) { return this.page.locator(`#plat-sort-${key}`); }
  header(key: string) { return this.page.locator(`th:has(> #plat-sort-${key})`); }
  use(id: string) { return this.page.locator(`#use-${id}`); }
  async order(): Promise<string[]> {
    return this.rows().evaluateAll(rs => rs.map(r => r.id));
  }
}

test('the options table re-sorts when a header is clicked', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open(STREAM);
  const p = new Platforms(page);
  await p.table().scrollIntoViewIfNeeded();
  await expect(p.rows()).toHaveCount(15);
  // Model order: cheapest priced feasible first, and it is marked in words.
  const before = await p.order();
  expect(before[0]).toBe('plat-kinesis-provisioned');
  await expect(page.locator('#plat-kinesis-provisioned')).toContainText('Cheapest');
  await expect(p.header('monthly')).toHaveAttribute('aria-sort', 'none');

  // By keyboard: focus the header button and press Enter.
  await p.sort('option').focus();
  await page.keyboard.press('Enter');
  await expect(p.header('option')).toHaveAttribute('aria-sort', 'ascending');
  const byName = await p.order();
  expect(byName).not.toEqual(before);
  expect(byName[0]).toBe('plat-aiven');

  await p.sort('option').click();
  await expect(p.header('option')).toHaveAttribute('aria-sort', 'descending');
  await expect(p.header('monthly')).toHaveAttribute('aria-sort', 'none');
  expect((await p.order())[0]).not.toBe('plat-aiven');

  await p.sort('monthly').click();
  await p.sort('monthly').click();
  await expect(p.header('monthly')).toHaveAttribute('aria-sort', 'descending');
  expect((await p.order())[0]).toBe('plat-msk-serverless');
});

test('using Kinesis changes the cost, the broker card and the diagram, and travels in the link', async ({ page, context }) => {
  const d = new Dashboard(page);
  await d.open(STREAM);
  const p = new Platforms(page);
  const cost = await d.kpi('cost').textContent();
  await expect(page.locator('#dia-broker .dia-count')).toHaveText(/ × kafka\.m7g/);

  await p.use('kinesis-provisioned').scrollIntoViewIfNeeded();
  await p.use('kinesis-provisioned').click();
  await expect(p.use('kinesis-provisioned')).toHaveText('In use');
  await expect(d.kpi('cost')).not.toHaveText(cost ?? '');
  await expect(d.kpi('brokers')).toHaveText('143');
  await expect(page.locator('#note-brokers')).toHaveText('143 shards on Amazon Kinesis Data Streams (provisioned)');
  await expect(page.locator('#dia-broker .dia-count')).toHaveText('143 shards');
  await expect(page.locator('#dia-broker')).toContainText('on Amazon Kinesis Data');
  await expect(page.locator('#dia-text')).toContainText('Brokers: 143 shards on Amazon Kinesis Data Streams (provisioned)');
  await expect.poll(() => page.url()).toContain('platform=kinesis-provisioned');
  // The drawer's "Runs on" menu shows the same choice (its fields build when opened).
  await page.locator('#assumptions > summary').click();
  await expect(page.locator('#platform-select')).toHaveValue('kinesis-provisioned');

  // A fresh page from that link shows the same choice and cost.
  const kinesisCost = await d.kpi('cost').textContent();
  const fresh = await context.newPage();
  const f = new Dashboard(fresh);
  await fresh.goto(page.url());
  await expect(f.kpi('brokers')).toHaveText('143');
  await expect(f.kpi('cost')).toHaveText(kinesisCost ?? '');
  await expect(fresh.locator('#plat-current')).toContainText('Amazon Kinesis Data Streams (provisioned)');
  await expect(new Platforms(fresh).use('kinesis-provisioned')).toHaveAttribute('aria-pressed', 'true');
  await fresh.close();
});

test('the policy menu puts policy=aws-msk in the link and resizes the brokers', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  const before = await d.kpi('brokers').textContent();
  await page.locator('#assumptions > summary').click();
  await page.locator('#policy-select').selectOption('aws-msk');
  await expect(d.kpi('brokers')).not.toHaveText(before ?? '');
  await expect.poll(() => page.url()).toContain('policy=aws-msk');
  await expect(page.locator('#assumptions .badge')).toHaveText('1 changed');
});

test('the cost chart draws one line per priced option once on screen', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open(STREAM);
  await page.locator('.plat-chart').scrollIntoViewIfNeeded();
  await expect(d.chart('platforms')).toBeVisible();
  await expect.poll(() => d.paintedPixels('platforms')).toBeGreaterThan(1000);
  const legend = page.locator('figure:has(#chart-platforms) .legend li');
  await expect(legend.first()).toBeVisible();
  const names = await legend.allTextContents();
  expect(names.some(n => n.startsWith('Amazon Kinesis Data Streams (provisioned)'))).toBe(true);
  expect(names.some(n => n.includes('infeasible from ~'))).toBe(true);
  expect(names.some(n => n.startsWith('Confluent Cloud Standard'))).toBe(false);
  await page.locator('#chart-platforms-table-toggle').click();
  await expect(page.locator('#chart-platforms-table')).toBeVisible();
});

test('a platform price edited in the drawer changes the table, travels in the link and reopens', async ({ page, context }) => {
  const d = new Dashboard(page);
  await d.open(STREAM);
  const month = page.locator('#plat-kinesis-provisioned .plat-month');
  await month.scrollIntoViewIfNeeded();
  const before = await month.textContent();
  expect(before).toMatch(/^\$/);

  // The drawer's platform prices: one collapsed group per option.
  await page.locator('#assumptions > summary').click();
  const group = page.locator('#oprices-kinesis-provisioned');
  await expect(group).not.toHaveAttribute('open', '');
  await group.locator('> summary').click();
  const field = page.locator('#oprice-kinesis-provisioned-unit_hour');
  await expect(field).toHaveValue('0.015');
  await expect(group).toContainText('Catalog $0.015');
  await expect(group).toContainText('read 2026-12-01');
  // By keyboard: type the new shard-hour price and leave the field.
  await field.fill('0.03');
  await field.press('Tab');
  await expect(month).not.toHaveText(before ?? '');
  await expect(page.locator('#plat-kinesis-provisioned')).toContainText('Your price for: shard-hours');
  await expect(group).toContainText('Your price');
  await expect(group.locator('> summary .badge')).toHaveText('1 yours');
  await expect.poll(() => page.url()).toContain('price.kinesis-provisioned.unit_hour=0.03');
  const after = await month.textContent();

  // A price the catalog lacks: Redpanda Serverless stays unpriced until all five are set.
  const rp = page.locator('#oprices-redpanda-serverless');
  await rp.locator('> summary').click();
  await expect(page.locator('#oprice-redpanda-serverless-in_gb')).toHaveAttribute('placeholder', 'not public');

  // A fresh page from that link shows the same price and bill.
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  const f = new Platforms(fresh);
  await f.table().scrollIntoViewIfNeeded();
  await expect(fresh.locator('#plat-kinesis-provisioned .plat-month')).toHaveText(after ?? '');
  await fresh.locator('#assumptions > summary').click();
  await fresh.locator('#oprices-kinesis-provisioned > summary').click();
  await expect(fresh.locator('#oprice-kinesis-provisioned-unit_hour')).toHaveValue('0.03');

  // Reset brings the catalog's price back.
  await fresh.locator('#reset-oprice-kinesis-provisioned-unit_hour').click();
  await expect(fresh.locator('#plat-kinesis-provisioned .plat-month')).toHaveText(before ?? '');
  await expect.poll(() => fresh.url()).not.toContain('price.kinesis-provisioned');
  await fresh.close();
});

test('with A pinned on another platform, compare, cost and the table name A\'s option', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open(STREAM);
  await page.locator('#pin-a').click();
  const p = new Platforms(page);
  await p.use('kinesis-provisioned').scrollIntoViewIfNeeded();
  await p.use('kinesis-provisioned').click();
  await expect(page.locator('#compare-platform')).toHaveText('A: Amazon MSK Provisioned (Standard brokers) · now: Amazon Kinesis Data Streams (provisioned)');
  await expect(page.locator('#cost-platform-a')).toContainText('A: Amazon MSK Provisioned');
  await expect(page.locator('#plat-pinned')).toHaveText('A: Amazon MSK Provisioned (Standard brokers)');
  await expect(page.locator('#plat-msk-standard .plat-a')).toHaveText('A');
  // Back on A's option: nothing to point out.
  await p.use('msk-standard').click();
  await expect(page.locator('#compare-platform')).toHaveCount(0);
});
