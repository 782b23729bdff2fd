import { test, expect } from '@playwright/test';
import { Dashboard } from '../pages/dashboard';

test('present: keyboard walkthrough whose numbers match the KPI cards; Esc returns intact', async ({ page }, testInfo) => {
  const d = new Dashboard(page);
  await d.open();
  await page.locator('#presets').selectOption('seed-001');
  const shards = await d.kpi('write-shards').textContent();
  const bottleneck = await page.locator('#bottleneck').textContent();
  const lag = await d.kpi('lag').textContent();

  await page.locator('#present').click();
  const title = page.locator('#slide-title');
  await expect(page.locator('#slide-count')).toHaveText('1 / 9');
  await expect(title).toContainText('CQRS: the trade-off');
  await expect(page.locator('#slide')).toContainText(`consistency lag of ${lag}`);
  await expect.poll(() => page.url()).toContain('step=1');
  await page.screenshot({ path: testInfo.outputPath('step-1.png') });

  // Slide 2 reveals the derivation one line at a time, ending on the KPI's own value.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#slide-count')).toHaveText('2 / 9');
  const lines = page.locator('#slide .slide-lines li');
  await expect(lines).toHaveCount(1);
  let shown = 1;
  while (await page.locator('#slide .hint').count()) {
    await page.keyboard.press(' ');
    shown++;
    await expect(lines).toHaveCount(shown);
  }
  expect(shown).toBeGreaterThan(2);
  await expect(lines.last()).toHaveText(`⇒ Write DB shards: ${shards}`);
  await page.screenshot({ path: testInfo.outputPath('step-2.png') });

  // Slide 3: the design at this scale, drawn, with the same counts as the cards.
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('The design at 1M users');
  await expect(page.locator('#presenter #p-diagram .dia-count').first()).toBeVisible();
  await expect(page.locator('#presenter #p-dia-write_db .dia-count')).toHaveText(new RegExp(`^${shards} × `));
  await page.screenshot({ path: testInfo.outputPath('step-3.png') });

  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('The first bottleneck');
  await expect(lines.first()).toContainText(`${bottleneck} break first`);
  await page.screenshot({ path: testInfo.outputPath('step-4.png') });

  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('Scaling moves, tier by tier');
  await expect(page.locator('#slide li.current')).toContainText('1M users');
  await page.screenshot({ path: testInfo.outputPath('step-5.png') });

  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('Trade-offs and costs');
  await expect(page.locator('#slide')).toContainText(`Consistency lag p99 ${lag}`);
  await expect(page.locator('#slide')).toContainText('a month on demand');
  await page.screenshot({ path: testInfo.outputPath('step-6.png') });

  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('Traffic grows 10×: what first?');
  await expect(page.locator('#slide')).toContainText(`Write DB shards: ${shards} → 24`);
  await expect(page.locator('#slide')).toContainText('Seed 001');
  // The design before and after 10×.
  await expect(page.locator('#presenter #p-now-dia-write_db .dia-count')).toHaveText(new RegExp(`^${shards} × `));
  await expect(page.locator('#presenter #p-tenx-dia-write_db .dia-count')).toHaveText(/^24 × /);
  await page.screenshot({ path: testInfo.outputPath('step-7.png') });
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#slide-count')).toHaveText('8 / 9');
  await expect(title).toHaveText('Where to run it');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#slide-count')).toHaveText('9 / 9');
  await expect(title).toHaveText('The bad hour');
  await expect(page.locator('#slide')).toContainText('nothing queues');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#slide-count')).toHaveText('9 / 9');

  // Back steps, cheat sheet toggles.
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('#slide-count')).toHaveText('8 / 9');
  await page.keyboard.press('c');
  await expect(page.locator('#cheatsheet')).toContainText('Round trip within a datacenter');
  await expect(page.locator('#cheatsheet')).toContainText('≈ 11.57/s');

  await page.keyboard.press('Escape');
  await expect(page.locator('#presenter')).toHaveCount(0);
  await expect(page.locator('#tab-cqrs')).toHaveAttribute('aria-selected', 'true');
  await expect(d.kpi('write-shards')).toHaveText(shards ?? '');
  await expect.poll(() => page.url()).not.toContain('step=');
});

test('a link with a step opens the presentation there', async ({ page }) => {
  await page.goto('/?v=1&view=replay&replays=1000&step=4');
  await expect(page.locator('#presenter')).toBeVisible();
  await expect(page.locator('#slide-count')).toHaveText('4 / 9');
  await expect(page.locator('#slide-title')).toHaveText('The first bottleneck');
  await expect(page.locator('#slide')).toContainText('Event-store nodes break first');
  await page.goto('/?step=99');
  await expect(page.locator('#slide-count')).toHaveText('9 / 9');
  await expect(page.locator('#corrections')).toContainText('slides run 1–9');
});

test('the compact bar changes the numbers live while presenting', async ({ page }) => {
  await page.goto('/?v=1&step=2');
  const lines = page.locator('#slide .slide-lines li');
  await expect(page.locator('#slide-count')).toHaveText('2 / 9');
  while (await page.locator('#slide .hint').count()) await page.keyboard.press('ArrowRight');
  await expect(lines.last()).toHaveText('⇒ Brokers: 1,290');
  await page.locator('#p-in-users').focus();
  await page.keyboard.press('Home');
  await expect(page.locator('#p-val-users')).toHaveText('100');
  await expect(lines.last()).toHaveText('⇒ Brokers: 3');
  // Arrow keys on the slider move the slider, not the slides.
  await expect(page.locator('#slide-count')).toHaveText('2 / 9');
});
