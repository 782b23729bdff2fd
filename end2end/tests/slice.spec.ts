import { test, expect } from '@playwright/test';
import { Dashboard } from '../pages/dashboard';

test('moving the users slider with the keyboard changes the broker count and the chart', async ({ page }, testInfo) => {
  const d = new Dashboard(page);
  await d.open();
  await expect(d.kpi('brokers')).toHaveText('1,290');
  await expect(d.value('users')).toHaveText('1M');
  await expect.poll(() => d.paintedPixels('nodes')).toBeGreaterThan(1000);
  const before = await d.chartPixels('nodes');

  await d.slider('users').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');

  await expect(d.value('users')).not.toHaveText('1M');
  await expect(d.kpi('brokers')).not.toHaveText('1,290');
  const brokers = Number((await d.kpi('brokers').textContent())?.replace(/,/g, ''));
  expect(brokers).toBeLessThan(1290);
  await expect.poll(() => d.chartPixels('nodes')).not.toBe(before);

  await page.screenshot({ path: testInfo.outputPath('slice.png'), fullPage: true });
});
