import { test, expect } from '@playwright/test';
import { Dashboard } from '../pages/dashboard';

// What nobody sees stays off the input path (docs/PERFORMANCE.md, stop 18):
// a chart below the fold leaves its marker alone while the sliders move, and
// draws it where the users value is once it scrolls back in.
test('a chart off screen draws its marker on scrolling in, at the users value set meanwhile', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  const overlay = page.locator('#chart-cost-overlay');
  const marker = () => overlay.evaluate((c: HTMLCanvasElement) => c.toDataURL());
  const inked = () => overlay.evaluate((c: HTMLCanvasElement) => {
    const px = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
    let n = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++;
    return n;
  });
  await d.onScreen('cost');
  await expect.poll(inked).toBeGreaterThan(0);
  const at1M = await marker();

  // Back to the top: the cost chart is off screen while users moves.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(overlay).not.toBeInViewport();
  await d.slider('users').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
  await expect(d.value('users')).not.toHaveText('1M');
  await page.waitForTimeout(200);
  expect(await marker()).toBe(at1M);

  // On screen again: the marker follows the new users value.
  await d.onScreen('cost');
  await expect.poll(marker).not.toBe(at1M);
  expect(await inked()).toBeGreaterThan(0);
});
