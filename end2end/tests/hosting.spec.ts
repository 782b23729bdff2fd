import { test, expect } from '@playwright/test';
import { spawn, ChildProcess } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Dashboard } from '../pages/dashboard';

test('after one visit the dashboard reloads with no network', async ({ page, context }) => {
  const d = new Dashboard(page);
  await d.open('?v=1&view=cqrs&rate=0.01&write=10');
  // Wait until the service worker controls the page and has precached the release.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise(r => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#tab-cqrs')).toHaveAttribute('aria-selected', 'true');
  await expect(d.kpi('write-shards')).toHaveText('3');
  await d.chart('nodes').scrollIntoViewIfNeeded();
  await expect.poll(() => d.paintedPixels('nodes')).toBeGreaterThan(1000);
  await context.setOffline(false);
});

test.describe('served under a sub-path', () => {
  const port = Number(process.env.E2E_SUBPATH_PORT ?? 8098);
  let server: ChildProcess;
  test.beforeAll(async () => {
    // /planner/ → dist/: the same release build, one level down.
    const root = mkdtempSync(join(tmpdir(), 'planner-'));
    symlinkSync(resolve(__dirname, '..', '..', 'dist'), join(root, 'planner'));
    server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      try { if ((await fetch(`http://127.0.0.1:${port}/planner/`)).ok) return; } catch { /* not up yet */ }
      await new Promise(r => setTimeout(r, 100));
    }
    throw new Error('sub-path server did not start');
  });
  test.afterAll(() => { server?.kill(); });

  test('a share link opened under /planner/ works and keeps the path', async ({ page }) => {
    const base = `http://127.0.0.1:${port}/planner/`;
    await page.goto(`${base}?v=1&users=5000&view=messaging`);
    const d = new Dashboard(page);
    await expect(page.locator('#tab-messaging')).toHaveAttribute('aria-selected', 'true');
    await expect(d.value('users')).toHaveText('5K');
    await expect(d.kpi('cost')).not.toBeEmpty();
    await page.locator('#tab-cqrs').click();
    await expect.poll(() => page.url()).toMatch(/\/planner\/\?v=1&.*view=cqrs/);
    const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).status);
    expect(manifest).toBe(200);
  });
});

test('the manifest, icons and robots.txt ship with the build', async ({ page }) => {
  await page.goto('/');
  for (const f of ['manifest.webmanifest', 'icon-192.png', 'icon-512.png', 'icon.svg', 'robots.txt', 'sw.js']) {
    const status = await page.evaluate(async (u) => (await fetch(u)).status, f);
    expect(status, f).toBe(200);
  }
  const m = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
  expect(m.start_url).toBe('./');
});

test('a new release drops the caches of older ones', async ({ page }) => {
  // A cache left by an "older release", made before this release's worker installs.
  await page.goto('/robots.txt');
  await page.evaluate(async () => { await caches.open('capacity-planner-0000000000000000'); });
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).join(','))).not.toContain('capacity-planner-0000000000000000');
  const keys = await page.evaluate(async () => caches.keys());
  expect(keys.filter(k => k.startsWith('capacity-planner-'))).toHaveLength(1);
});

test('the heading and a loading line show before the wasm arrives; the app then replaces the line', async ({ page }) => {
  // Hold the wasm back: what a slow connection sees first.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('Event-driven capacity planner');
  await expect(page.locator('#shell .shell-loading')).toHaveText('Loading the planner…');
  await expect(page.locator('#presets')).toHaveCount(0);
  release();
  await expect(page.locator('#presets')).toBeVisible();
  await expect(page.locator('#shell')).toHaveCount(0);
  // One header, the app's, with its buttons.
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('header.topbar #present')).toBeVisible();
});

test('the service worker is registered once the page is built, not while the first chart is coming', async ({ page }) => {
  // Record when the app says it is built and when the page registers the worker.
  await page.addInitScript(() => {
    const w = window as unknown as { __readyAt?: number; __registerAt?: number };
    addEventListener('planner-ready', () => { w.__readyAt = performance.now(); });
    const sw = navigator.serviceWorker;
    const register = sw.register.bind(sw);
    sw.register = (url, opts) => { w.__registerAt = performance.now(); return register(url, opts); };
  });
  await page.goto('/');
  await expect(page.locator('#guide-title')).toBeVisible();
  const times = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const w = window as unknown as { __readyAt?: number; __registerAt?: number };
    return { ready: w.__readyAt, register: w.__registerAt };
  });
  expect(times.ready).toBeGreaterThan(0);
  expect(times.register).toBeGreaterThanOrEqual(times.ready!);
  // Well before the 5 s fallback after `load`: the event, not the timer, registered it.
  expect(times.register! - times.ready!).toBeLessThan(1000);
});

test('the wasm is fetched once, from the top of the page, and compiled before the loader runs', async ({ page }) => {
  const wasm: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('_bg.wasm')) wasm.push(r.url()); });
  await page.goto('/');
  await expect(page.locator('#guide-title')).toBeVisible();
  expect(wasm).toHaveLength(1);
  // scripts/early_wasm.py: the head script holds the compile, and no preload link doubles the fetch.
  expect(await page.evaluate(async () => (await (window as unknown as { __plannerWasm: Promise<unknown> }).__plannerWasm) instanceof WebAssembly.Module)).toBe(true);
  await expect(page.locator('link[rel=preload][href$="_bg.wasm"]')).toHaveCount(0);
});
