import { test, expect, Page } from '@playwright/test';
import { Dashboard } from '../pages/dashboard';

// Every kind of edit, then Back and Forward: discrete edits push a history
// entry (Back undoes exactly that edit); slider moves replace the entry
// after a pause (Back leaves the page).

async function query(page: Page): Promise<string> {
  return page.evaluate(() => window.location.search);
}

async function urlChangesFrom(page: Page, before: string): Promise<string> {
  await expect.poll(() => query(page)).not.toBe(before);
  return query(page);
}

type Step = { name: string; act: (p: Page) => Promise<unknown>; shows: (p: Page) => Promise<unknown>; was: (p: Page) => Promise<unknown> };

const d = (p: Page) => new Dashboard(p);

const steps: Step[] = [
  {
    name: 'tab',
    act: p => p.locator('#tab-cqrs').click(),
    shows: p => expect(p.locator('#tab-cqrs')).toHaveAttribute('aria-selected', 'true'),
    was: p => expect(p.locator('#tab-eventual')).toHaveAttribute('aria-selected', 'true'),
  },
  {
    name: 'preset',
    act: p => p.locator('#presets').selectOption('seed-003'),
    shows: p => expect(d(p).kpi('brokers')).toHaveText('129'),
    was: p => expect(d(p).kpi('brokers')).toHaveText('1,290'),
  },
  {
    name: 'traffic ×10',
    act: p => p.locator('#x10').click(),
    shows: p => expect(d(p).value('users')).toHaveText('10M'),
    was: p => expect(d(p).value('users')).toHaveText('1M'),
  },
  {
    name: 'pin A',
    act: p => p.locator('#pin-a').click(),
    shows: p => expect(p.locator('#compare-table')).toBeVisible(),
    was: p => expect(p.locator('#compare-table')).toHaveCount(0),
  },
  {
    name: 'failure tolerance',
    act: async p => { await p.locator('#failure > summary').click(); await p.locator('#in-tolerate').selectOption('none'); },
    shows: p => expect(d(p).kpi('brokers')).toHaveText('1,290'), // storage binds either way …
    was: p => expect(p.locator('#in-tolerate')).toHaveValue('zone'), // … but the choice is restored
  },
  {
    name: 'broker profile',
    act: async p => { await p.locator('#assumptions > summary').click(); await p.locator('#profile-broker').selectOption('kafka.m7g.4xlarge'); },
    shows: p => expect(p.locator('#profile-broker')).toHaveValue('kafka.m7g.4xlarge'),
    was: p => expect(p.locator('#profile-broker')).toHaveValue('kafka.m7g.xlarge'),
  },
  {
    name: 'presenter',
    act: p => p.locator('#present').click(),
    shows: p => expect(p.locator('#presenter')).toBeVisible(),
    was: p => expect(p.locator('#presenter')).toHaveCount(0),
  },
];

for (const s of steps) {
  test(`${s.name}: Back undoes it, Forward redoes it`, async ({ page }) => {
    await d(page).open();
    const start = await query(page);
    await s.act(page);
    await s.shows(page);
    await urlChangesFrom(page, start);
    await page.goBack();
    await s.was(page);
    await expect.poll(() => query(page)).toBe(start);
    await page.goForward();
    await s.shows(page);
  });
}

test('a slider move replaces the entry: Back skips it to the page before', async ({ page }) => {
  await page.goto('/?v=1&view=cqrs');
  const dash = d(page);
  await page.goto('/?v=1&view=replay');
  await expect(dash.value('users')).toHaveText('1M');
  const start = await query(page);
  await dash.slider('users').focus();
  await page.keyboard.press('PageDown');
  await expect(dash.value('users')).not.toHaveText('1M');
  const moved = await urlChangesFrom(page, start);
  expect(moved).toContain('users=');
  expect(moved).toContain('view=replay');
  await page.goBack();
  await expect(page.locator('#tab-cqrs')).toHaveAttribute('aria-selected', 'true');
});
