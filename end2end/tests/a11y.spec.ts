import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { Dashboard } from '../pages/dashboard';

// axe-core over what a person sees: the dashboard with every drawer open and
// the presenter, in both themes, at a desktop and a phone width. Any
// violation fails, whatever its impact, listed by rule and element: the
// moderate ones too (every region named, every landmark told apart).

// An axe pass over the whole page takes seconds on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

async function violations(page: Page): Promise<string[]> {
  // Only violations are read, so axe need not list every passing node
  // (`resultTypes`, axe-core's option for large pages): the same rules run.
  // Legacy mode runs axe.run in the page itself. The default mode runs each
  // frame's part, then opens a second, blank page to merge them. The app has
  // no frames, so the findings are the same, and a pass over the page with
  // every drawer open took 2.6 s instead of 6.4-7.4 s (2026-12-02).
  const result = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 780 }]) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${theme}, ${viewport.width} px`, () => {
      test.use({ viewport, colorScheme: theme });

      test('dashboard with every drawer open has no axe violations', async ({ page }) => {
        const d = new Dashboard(page);
        await d.open();
        await d.setTheme(theme);
        for (const id of ['advanced', 'failure', 'drill', 'assumptions']) await d.openDrawer(id);
        // The bad-hour card's body (built at start-up) is part of what axe sees.
        await expect(page.locator('#tl-verdict')).not.toBeEmpty();
        // A changed field shows its badge and enables its reset; a card shows its work.
        await page.locator('#cap-broker_msgs').fill('10000');
        await page.locator('#cap-broker_msgs').press('Enter');
        await expect(page.locator('#assumptions .badge')).toHaveText('1 changed');
        // A platform's prices (a collapsed group) opened, one changed, one unpriced.
        await page.locator('#oprices-kinesis-provisioned > summary').click();
        await page.locator('#oprice-kinesis-provisioned-unit_hour').fill('0.03');
        await page.locator('#oprice-kinesis-provisioned-unit_hour').press('Enter');
        await page.locator('#oprices-event-hubs-standard > summary').click();
        await expect(page.locator('#assumptions > summary .badge')).toHaveText('2 changed');
        await page.locator('#show-brokers').click();
        await expect(page.locator('#work-brokers')).toBeVisible();
        // Issue #19: a range set (users and a capacity), its bands on the cards,
        // the least-regret card worked out on screen.
        await d.setRange('users', '500K', '2M');
        await d.setRange('cap.broker_msgs', '5000', '20000');
        await expect(d.band('brokers')).toHaveText(/^p10 /);
        await page.locator('#regret').scrollIntoViewIfNeeded();
        await expect(page.locator('#regret .regret-choice').first()).toBeVisible({ timeout: 20_000 });
        expect(await violations(page)).toEqual([]);
      });

      test('presenter (design slide and cheat sheet) has no axe violations', async ({ page }) => {
        const d = new Dashboard(page);
        await d.open();
        await d.setTheme(theme);
        await page.locator('#present').click();
        await expect(page.locator('#presenter')).toBeVisible();
        // Walk to the diagram slide, then open the cheat sheet.
        for (let n = 0; n < 20 && !((await page.locator('#slide-title').textContent()) ?? '').startsWith('The design'); n++) {
          await page.locator('#slide-next').click();
        }
        await expect(page.locator('#presenter .slide-diagrams')).toBeVisible();
        await page.locator('#cheat-toggle').click();
        await expect(page.locator('#cheatsheet')).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    });
  }
}

// Each pattern tab has its own cards and tables: dark on a desktop, light on a phone.
for (const [theme, viewport] of [['dark', { width: 1280, height: 900 }], ['light', { width: 360, height: 780 }]] as const) {
  test.describe(`${theme}, ${viewport.width} px`, () => {
    test.use({ viewport, colorScheme: theme });

    test('every pattern tab has no axe violations', async ({ page }) => {
      const d = new Dashboard(page);
      await d.open();
      await d.setTheme(theme);
      const tabs = page.locator('.tabs [role="tab"]');
      expect(await tabs.count()).toBeGreaterThan(4);
      const found: string[] = [];
      for (let i = 0; i < (await tabs.count()); i++) {
        await tabs.nth(i).click();
        await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
        found.push(...(await violations(page)).map((v) => `tab ${i + 1}: ${v}`));
      }
      expect(found).toEqual([]);
    });
  });
}

// The check itself: with `resultTypes` trimmed, a planted violation is still found.
test('the axe check reports a planted serious violation', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('beforeend', '<img id="planted" src="data:,">'));
  const found = await violations(page);
  expect(found.some((v) => v.includes('image-alt') && v.includes('#planted'))).toBe(true);
});
