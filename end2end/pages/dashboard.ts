import { expect, type Page, type Locator } from '@playwright/test';

/** Page object: every selector the tests use lives here. */
export class Dashboard {
  constructor(readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(`/${query}`);
    await expect(this.kpi('brokers')).not.toBeEmpty();
  }

  kpi(id: string): Locator {
    return this.page.locator(`#kpi-${id}`);
  }

  slider(key: string): Locator {
    return this.page.locator(`#in-${key}`);
  }

  value(key: string): Locator {
    return this.page.locator(`#val-${key}`);
  }

  /** A KPI card's band line (`p10 … · p50 … · p90 …`), shown while an input is a range. */
  band(id: string): Locator {
    return this.page.locator(`#band-${id}`);
  }

  /** Turns range mode on for an input (`users`, `cap.broker_msgs`) and types its ends. */
  async setRange(key: string, low: string, high: string) {
    const toggle = this.page.locator(`[id="range-${key}"]`);
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    for (const [end, text] of [['low', low], ['high', high]] as const) {
      const field = this.page.locator(`[id="range-${key}-${end}"]`);
      await field.fill(text);
      await field.press('Enter');
    }
  }

  chart(id: string): Locator {
    return this.page.locator(`#chart-${id}`);
  }

  /** Scrolls a chart into view and waits two frames, so a deferred repaint has landed. */
  async onScreen(id: string) {
    await this.chart(id).scrollIntoViewIfNeeded();
    await this.page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  }

  /** Opens a `<details>` drawer (`advanced`, `failure`, `assumptions`) and waits for its fields. */
  async openDrawer(id: string) {
    const drawer = this.page.locator(`#${id}`);
    if (!(await drawer.evaluate((d: HTMLDetailsElement) => d.open))) {
      await drawer.locator('> summary').click();
    }
    await expect(drawer.locator('> summary + *')).toBeVisible();
  }

  /** Pins the theme with the toggle (system → light → dark → system), as a person would. */
  async setTheme(theme: 'light' | 'dark') {
    const html = this.page.locator('html');
    for (let i = 0; i < 3 && (await html.getAttribute('data-theme')) !== theme; i++) {
      await this.page.locator('#theme').click();
    }
    await expect(html).toHaveAttribute('data-theme', theme);
  }

  /** The page's width including anything that makes it scroll sideways. */
  async pageWidth(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth);
  }

  /**
   * The chart's pixels (plot and marker overlay) as data URLs: equal strings
   * mean identical pictures. Charts paint only on screen, so it scrolls there
   * first, as a person would.
   */
  async chartPixels(id: string): Promise<string> {
    await this.onScreen(id);
    const plot = await this.chart(id).evaluate((c: HTMLCanvasElement) => c.toDataURL());
    const marker = await this.page.locator(`#chart-${id}-overlay`).evaluate((c: HTMLCanvasElement) => c.toDataURL());
    return plot + marker;
  }

  /** How many pixels differ from the background (top-left) pixel. */
  async paintedPixels(id: string): Promise<number> {
    await this.onScreen(id);
    return this.chart(id).evaluate((c: HTMLCanvasElement) => {
      const ctx = c.getContext('2d');
      if (!ctx) return 0;
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) n++;
      }
      return n;
    });
  }
}

/** Every pattern tab: its id, a KPI only it shows, and text from its seed's tier table. */
export const TABS = [
  { key: 'eventual', kpi: 'partitions', tier: 'single message broker sufficient' },
  { key: 'cqrs', kpi: 'write-shards', tier: 'Write Model' },
  { key: 'sourcing', kpi: 'event-store', tier: 'Events per Second' },
  { key: 'messaging', kpi: 'gateways', tier: 'Latency Requirement' },
  { key: 'replay', kpi: 'replay-bw', tier: '~10B events/day' },
] as const;
