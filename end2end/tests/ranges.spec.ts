import { test, expect } from '@playwright/test';
import { Dashboard } from '../pages/dashboard';

// Issue #19: plan under uncertainty. A person gives users as a range
// through the slider's range mode; every KPI card shows its p10 · p50 · p90,
// the cost card a range, show work the draws; the link reopens all of it.

const BAND = /^p10 .+ · p50 .+ · p90 .+$/;

test('a users range set through the UI bands the KPIs, and the link reopens the same bands', async ({ page, browser }) => {
  const d = new Dashboard(page);
  await d.open();
  await expect(d.band('brokers')).toHaveCount(0);
  await d.setRange('users', '500K', '2M');
  // The field reads the range at a glance, and its track carries the band.
  await expect(d.value('users')).toHaveText('500K–2M');
  await expect(page.locator('[data-key="users"] .range-band')).toBeVisible();
  await expect(page.locator('[id="range-users-mid"]')).toHaveValue('1M');
  // Bands follow once the inputs rest.
  await expect(d.band('brokers')).toHaveText(BAND);
  await expect(d.band('cost')).toHaveText(/^p10 \$.+ · p90 \$/);
  await expect(page.locator('#band-brokers')).not.toHaveClass(/stale/);
  // The users range moves the broker count: p10 below p90.
  const text = (await d.band('brokers').textContent()) ?? '';
  const [p10, , p90] = [...text.matchAll(/p\d0 ([\d,]+)/g)].map((m) => Number(m[1].replace(/,/g, '')));
  expect(p10).toBeLessThan(p90);
  await expect(page.locator('#cost-band')).toContainText('p10 · p50 · p90');
  // Show work says how the band was drawn.
  await page.locator('#show-brokers').click();
  await expect(page.locator('#work-brokers')).toContainText('1000 draws, seed 0x');
  await expect(page.locator('#work-brokers')).toContainText('users 500K..1M..2M (log scale)');

  // The link carries the range; a fresh browser reopens the same figures.
  await expect.poll(() => new URL(page.url()).searchParams.get('users')).toBe('500000..2000000');
  const bands = await Promise.all(['brokers', 'cost', 'partitions'].map((id) => d.band(id).textContent()));
  const ctx = await browser.newContext();
  const fresh = await ctx.newPage();
  const d2 = new Dashboard(fresh);
  await fresh.goto(page.url());
  await expect(d2.band('brokers')).toHaveText(bands[0] ?? '');
  await expect(d2.band('cost')).toHaveText(bands[1] ?? '');
  await expect(d2.band('partitions')).toHaveText(bands[2] ?? '');
  await expect(fresh.locator('[id="range-users"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(fresh.locator('#corrections')).toHaveCount(0);
  await ctx.close();

  // Range mode off: the value stays at the mid, the bands go.
  await page.locator('[id="range-users"]').click();
  await expect(d.band('brokers')).toHaveCount(0);
  await expect(d.value('users')).toHaveText('1M');
});

test('an end typed past the other is swapped and said, and the range is kept', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await d.setRange('users', '500K', '2M');
  const low = page.locator('[id="range-users-low"]');
  await low.fill('3M');
  await low.press('Enter');
  await expect(page.locator('[id="range-users-note"]')).toContainText('swapped');
  await expect(d.value('users')).toHaveText('2M–3M');
  // Text that is no number is named; the range stays as it was.
  const high = page.locator('[id="range-users-high"]');
  await high.fill('lots');
  await high.press('Enter');
  await expect(page.locator('[id="range-users-high-error"]')).toContainText('lots');
  await expect(d.value('users')).toHaveText('2M–3M');
  await expect(d.band('brokers')).toHaveText(BAND);
});

test('a capacity row takes a range too, and a hostile ranged link is corrected, not lost', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open('?v=1&users=2M..500K&cap.broker_msgs=1e5..4e5');
  await expect(page.locator('#corrections')).toContainText('reversed');
  await expect(d.value('users')).toHaveText('500K–2M');
  await d.openDrawer('assumptions');
  await expect(page.locator('[id="range-cap.broker_msgs"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-key="cap.broker_msgs"] .range-glance')).toHaveText(/100K.*400K/);
  await expect(d.band('brokers')).toHaveText(BAND);
});

test('least regret weighs a dollar short as the drawer says, and the link keeps the weight', async ({ page, context }) => {
  const d = new Dashboard(page);
  await d.open('?users=250K..4M&rate=1');
  const card = page.locator('#regret');
  const weights = page.locator('#regret-weights');
  await card.scrollIntoViewIfNeeded();
  await expect(weights).toContainText("a dollar of capacity short weighs 1.25 (Netflix's default spend regret)");
  const brokers = page.locator('#regret-brokers');
  await expect(brokers).toBeVisible({ timeout: 20_000 });
  const before = (await brokers.textContent()) ?? '';
  expect(before).toContain('each dollar short 1.25');
  // The weight is a row of the assumptions drawer, with its source.
  await d.openDrawer('assumptions');
  const field = page.locator('#cap-regret_under');
  await expect(field).toHaveValue('1.25');
  await expect(page.locator('[data-key="cap.regret_under"]')).toContainText('Netflix service-capacity-modeling');
  await field.fill('10');
  await field.press('Tab');
  await expect.poll(() => page.url()).toContain('cap.regret_under=10');
  await card.scrollIntoViewIfNeeded();
  await expect(weights).toContainText('a dollar of capacity short weighs 10 (set under Assumptions');
  // Each candidate's shortfall now weighs eight times as much: the regrets change.
  await expect(brokers).not.toHaveText(before, { timeout: 20_000 });
  await expect(brokers).toContainText('each dollar short 10.');
  // The link reopens the same weight.
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await fresh.locator('#regret').scrollIntoViewIfNeeded();
  await expect(fresh.locator('#regret-weights')).toContainText('short weighs 10');
  await expect(fresh.locator('#regret-brokers')).toHaveText((await brokers.textContent()) ?? '', { timeout: 20_000 });
});
