// What a new user trips on (issue #20): Reset all and profiles, the
// presenter as a real modal, a mangled presentation link's corrections, and
// names a screen reader can tell apart.
import { test, expect, type Page } from '@playwright/test';
import { Dashboard } from '../pages/dashboard';

/** Whether focus is inside the presenter dialog. */
const focusInPresenter = (page: Page) =>
  page.evaluate(() => !!document.activeElement?.closest('#presenter'));

/** What has focus, for failure messages: its id or tag. */
const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || 'none');

test('a link that only picks a profile counts as a change, and Reset all resets it', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open('?v=1&profile.broker=kafka.m7g.4xlarge');
  await page.locator('#assumptions > summary').click();
  await expect(page.locator('#profile-broker')).toHaveValue('kafka.m7g.4xlarge');
  await expect(page.locator('#assumptions .badge')).toHaveText('1 changed');
  // The changed row is marked, as a changed capacity is.
  await expect(page.locator('.cap.changed')).toHaveCount(1);
  await expect(page.locator('.cap.changed #profile-broker')).toHaveCount(1);
  const reset = page.locator('#reset-all');
  await expect(reset).toBeEnabled();
  await reset.click();
  await expect(page.locator('#profile-broker')).toHaveValue('kafka.m7g.xlarge');
  await expect(page.locator('#assumptions .badge')).toHaveCount(0);
  await expect(reset).toBeDisabled();
  await expect(page.locator('.cap.changed')).toHaveCount(0);
  await expect.poll(() => page.url()).not.toContain('profile.');
});

test('the presenter takes focus, keeps Tab inside, and gives focus back to Present', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  // Opened from the keyboard, as someone who tabs would.
  await page.locator('#present').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#presenter')).toBeVisible();
  await expect(page.locator('#slide-title')).toBeFocused();
  // The dashboard behind cannot be reached.
  await expect(page.locator('main.layout')).toHaveAttribute('inert', '');
  for (const key of ['Tab', 'Shift+Tab']) {
    const seen = new Set<string>();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press(key);
      const where = await focused(page);
      expect(await focusInPresenter(page), `${key} #${i + 1} left the dialog for ${where}`).toBe(true);
      seen.add(where);
    }
    // It walks the dialog's controls, not stuck on one.
    expect(seen.size).toBeGreaterThan(5);
  }
  // Stepping keeps focus on the (same) title: the slide's text changes under it.
  await page.locator('#slide-title').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#slide-count')).toHaveText('2 / 9');
  await expect(page.locator('#slide-title')).toBeFocused();
  // Space presses a focused button instead of stepping the slide.
  await page.locator('#cheat-toggle').focus();
  await page.keyboard.press(' ');
  await expect(page.locator('#cheatsheet')).toBeVisible();
  await expect(page.locator('#slide-count')).toHaveText('2 / 9');
  await page.keyboard.press('Escape');
  await expect(page.locator('#presenter')).toHaveCount(0);
  await expect(page.locator('#present')).toBeFocused();
  await expect(page.locator('main.layout')).not.toHaveAttribute('inert', '');
});

test('a presentation link focuses the slide; leaving focuses Present', async ({ page }) => {
  await page.goto('/?v=1&step=3');
  await expect(page.locator('#slide-title')).toBeFocused();
  await expect(page.locator('#presenter #corrections')).toHaveCount(0);
  await page.locator('#exit-present').click();
  await expect(page.locator('#present')).toBeFocused();
});

test('a mangled link with step= shows its corrections in the presenter', async ({ page }) => {
  await page.goto('/?v=1&users=lots&step=3');
  const dialog = page.locator('#presenter');
  await expect(page.locator('#slide-count')).toHaveText('3 / 9');
  const notice = dialog.locator('#corrections');
  await expect(notice).toBeVisible();
  await expect(notice.locator('tr', { has: page.locator('code:text-is("users")') })).toContainText('lots');
  // Nothing covers it: the point at its centre is the notice itself.
  const onTop = await notice.evaluate((n) => {
    const r = n.getBoundingClientRect();
    return n.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
  });
  expect(onTop).toBe(true);
  await expect(dialog).toHaveAttribute('aria-describedby', 'corrections-title');
  await dialog.locator('#dismiss-corrections').click();
  await expect(page.locator('#corrections')).toHaveCount(0);
  await expect(page.locator('#slide-title')).toBeFocused();
  await expect(page.locator('#slide-count')).toHaveText('3 / 9');
});

test('the corrections notice is a status region', async ({ page }) => {
  await page.goto('/?v=1&users=lots');
  const status = page.getByRole('status').filter({ has: page.locator('#corrections') });
  await expect(status).toHaveCount(1);
  await expect(status).toContainText('This link had 1 problem');
});

test('every Show work button names its KPI', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  const cards = page.locator('.kpi');
  const n = await cards.count();
  expect(n).toBeGreaterThan(5);
  const names = new Set<string>();
  for (let i = 0; i < n; i++) {
    const card = cards.nth(i);
    const label = (await card.locator('.kpi-label').textContent()) ?? '';
    // The estimate's cards (`show-…`) and the bad-hour card's tiles (`tl-show-…`).
    const button = card.locator('button[id^="show-"], button[id^="tl-show-"]');
    await expect(button).toHaveAccessibleName(`Show work: ${label}`);
    names.add(label);
  }
  expect(names.size).toBe(n);
  // Open, the name says what the button now does.
  const first = cards.first().locator('button[id^="show-"]');
  await first.click();
  await expect(first).toHaveAccessibleName(/^Hide work: /);
});
