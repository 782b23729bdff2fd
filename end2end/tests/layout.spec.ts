import { test, expect, type Page, type Locator } from '@playwright/test';
import { Dashboard } from '../pages/dashboard';

// Layout defects from issue #20: nothing may run past its box or make the
// page scroll sideways, at a desktop width and at a phone width.

const PHONE = { width: 360, height: 780 };
const HUGE = '?v=1&users=1e10&size=1000000';

/** WCAG 2 contrast ratio of two computed CSS colours (`rgb(…)` or `rgba(…)`). */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const m = css.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/);
    if (!m) throw new Error(`not an rgb colour: ${css}`);
    const [r, g, bl] = m.slice(1, 4).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [la, lb] = [lum(a), lum(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Text colour against fill colour of an element. */
async function ownContrast(el: Locator): Promise<number> {
  const [fg, bg] = await el.evaluate((e) => {
    const s = getComputedStyle(e);
    return [s.color, s.backgroundColor];
  });
  return contrast(fg, bg);
}

/** Where a box's text actually ends, against the card it sits in. */
async function textOverrun(value: Locator) {
  return value.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    const card = (el.closest('.kpi') ?? el).getBoundingClientRect();
    return {
      text: el.textContent ?? '',
      scroll: el.scrollWidth,
      client: el.clientWidth,
      past: Math.max(text.right - card.right, card.left - text.left),
    };
  });
}

async function presenterWidths(page: Page) {
  return page.evaluate(() => {
    const dialog = document.getElementById('presenter');
    const bar = dialog?.querySelector('.presenter-bar')?.getBoundingClientRect();
    return {
      page: document.documentElement.scrollWidth,
      dialog: dialog?.scrollWidth ?? -1,
      dialogBox: dialog?.clientWidth ?? -1,
      barRight: bar?.right ?? -1,
    };
  });
}

test('at 1280 px every menu in the sidebar ends inside the sidebar', async ({ page }) => {
  const d = new Dashboard(page);
  await d.open();
  for (const id of ['advanced', 'failure', 'assumptions']) await d.openDrawer(id);
  const overruns = await page.locator('.controls').evaluate((side) => {
    const edge = side.getBoundingClientRect().right - parseFloat(getComputedStyle(side).paddingRight);
    return [...side.querySelectorAll('select, input, button')]
      .map((el) => ({ id: el.id || el.className, past: el.getBoundingClientRect().right - edge }))
      .filter((o) => o.past > 0.5);
  });
  expect(await page.locator('#assumptions select').count()).toBeGreaterThan(3);
  expect(overruns).toEqual([]);
});

test.describe('at 360 px', () => {
  test.use({ viewport: PHONE });

  test('opening every drawer keeps the page within the screen', async ({ page }) => {
    const d = new Dashboard(page);
    await d.open();
    expect(await d.pageWidth()).toBeLessThanOrEqual(PHONE.width);
    for (const id of ['advanced', 'failure', 'assumptions']) {
      await d.openDrawer(id);
      expect(await d.pageWidth(), `after opening ${id}`).toBeLessThanOrEqual(PHONE.width);
    }
    // The menus still show which profile is chosen.
    await expect(page.locator('#profile-broker')).toBeVisible();
    const box = await page.locator('#profile-broker').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
  });

  test('the presenter fits the phone; only the diagram scrolls sideways, in its own box', async ({ page }) => {
    const d = new Dashboard(page);
    await d.open();
    await page.locator('#present').click();
    await expect(page.locator('#presenter')).toBeVisible();
    const title = page.locator('#slide-title');
    const seen = new Set<string>();
    let total = 0;
    // Every slide and every reveal step, until the last slide.
    for (let n = 0; n < 40; n++) {
      const name = (await title.textContent()) ?? '';
      seen.add(name);
      const w = await presenterWidths(page);
      expect(w.page, `page on "${name}"`).toBeLessThanOrEqual(PHONE.width);
      expect(w.dialog, `dialog on "${name}"`).toBeLessThanOrEqual(w.dialogBox);
      expect(w.dialogBox, `dialog on "${name}"`).toBeLessThanOrEqual(PHONE.width);
      expect(w.barRight, `header on "${name}"`).toBeLessThanOrEqual(PHONE.width);
      const dia = page.locator('#presenter .slide-diagrams');
      if (await dia.count()) {
        // The diagram keeps a legible width and scrolls inside its own box.
        const inner = await dia.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
        expect(inner.scroll, `diagram on "${name}"`).toBeGreaterThan(inner.client);
      }
      const [at, of] = ((await page.locator('#slide-count').textContent()) ?? '').split(' / ');
      total = Number(of);
      if (at === of) break;
      await page.locator('#slide-next').click();
    }
    // Every slide was seen, whatever the deck's length (8 since "Where to run it").
    expect(total).toBeGreaterThanOrEqual(8);
    expect(seen.size).toBe(total);
    expect([...seen].some((s) => s.startsWith('The design'))).toBe(true);
    // With the cheat sheet open, too.
    await page.locator('#cheat-toggle').click();
    await expect(page.locator('#cheatsheet')).toBeVisible();
    const w = await presenterWidths(page);
    expect(w.page).toBeLessThanOrEqual(PHONE.width);
    expect(w.dialog).toBeLessThanOrEqual(w.dialogBox);
  });
});

for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('KPI cards at 10^10 users and 1 MB messages show every digit inside the card', async ({ page }) => {
      const d = new Dashboard(page);
      await d.open(HUGE);
      // The whole number, not a clipped one nor a compact form.
      await expect(d.kpi('brokers')).toHaveText(/^\d{1,3}(,\d{3}){3,}$/);
      const values = page.locator('.kpi-value');
      expect(await values.count()).toBeGreaterThan(2);
      for (const v of await values.all()) {
        const o = await textOverrun(v);
        expect(o.scroll, `"${o.text}" scrolls`).toBeLessThanOrEqual(o.client);
        expect(o.past, `"${o.text}" runs past its card`).toBeLessThanOrEqual(0);
      }
      // It fits by shrinking, on one line, while a short figure keeps its size.
      const lines = await d.kpi('brokers').evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
      expect(lines).toBeLessThan(1.5);
      const size = (id: string) => d.kpi(id).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(await size('lag')).toBe(viewport.width > 760 ? 28.8 : 21.6);
      expect(await size('brokers')).toBeLessThan(await size('lag'));
      expect(await d.pageWidth()).toBeLessThanOrEqual(viewport.width);
    });
  });
}

test('primary buttons keep 4.5:1 contrast in the dark theme (and the light one)', async ({ page }) => {
  const d = new Dashboard(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await d.open();
  for (const theme of ['dark', 'light'] as const) {
    await d.setTheme(theme);
    const buttons = ['#present', '#copy-link', '#x10'];
    for (const sel of buttons) {
      await expect(page.locator(sel)).toBeVisible();
      expect(await ownContrast(page.locator(sel)), `${sel} in ${theme}`).toBeGreaterThanOrEqual(4.5);
    }
    await page.locator('#present').click();
    const exit = page.locator('#exit-present');
    await expect(exit).toBeVisible();
    expect(await ownContrast(exit), `#exit-present in ${theme}`).toBeGreaterThanOrEqual(4.5);
    await exit.click();
    await expect(page.locator('#presenter')).toHaveCount(0);
  }
});
