// Range mode's timings on the release build in dist/ (no bench feature
// needed): `node end2end/bench/ranges-timing.mjs`. With users and size given
// as ranges, it times (1) each rate-slider input's own task, from just before
// its `input` event to the end of the task (the bands must not be in it),
// (2) from the last of a burst of inputs to the KPI band's text changing
// (one frame's rest plus the 1,000 draws), and (3) long tasks (> 50 ms) seen
// meanwhile, which is where the least-regret card's 200 draws would show.
import { serve, launch } from './harness.mjs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const server = await serve(join(here, '..', '..', 'dist'), 8097);
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
try {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${server.url}?v=1&users=500K..2M&size=1KB..4KB`);
  await page.locator('#band-brokers').waitFor();
  await page.waitForTimeout(500);
  const r = await page.evaluate(async () => {
    const long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => long.push(e.duration))).observe({ type: 'longtask', buffered: false });
    const tick = () => new Promise((res) => setTimeout(res, 0));
    const el = document.getElementById('in-rate');
    const band = document.getElementById('band-cost');
    const inputTimes = [];
    const follow = [];
    for (let round = 0; round < 12; round++) {
      for (let i = 0; i < 10; i++) {
        el.value = String(600 + ((round * 10 + i) % 40) * 5);
        const t0 = performance.now();
        el.dispatchEvent(new Event('input', { bubbles: true }));
        inputTimes.push(performance.now() - t0);
        await tick();
      }
      const before = band.textContent;
      const t1 = performance.now();
      while (band.textContent === before && performance.now() - t1 < 3000) await new Promise((res) => requestAnimationFrame(res));
      follow.push(performance.now() - t1);
      await new Promise((res) => setTimeout(res, 300));
    }
    // The least-regret card, on screen: how long its task takes.
    const t2 = performance.now();
    document.getElementById('regret').scrollIntoView();
    while (!document.querySelector('#regret .regret-choice') && performance.now() - t2 < 20000) await new Promise((res) => setTimeout(res, 20));
    await new Promise((res) => setTimeout(res, 200));
    return { inputTimes, follow, long, regretReady: performance.now() - t2 };
  });
  console.log(`input task (dispatch → handlers done), ${r.inputTimes.length} inputs: p50 ${pct(r.inputTimes, 50).toFixed(2)} ms, p95 ${pct(r.inputTimes, 95).toFixed(2)} ms, max ${Math.max(...r.inputTimes).toFixed(2)} ms`);
  console.log(`last input → cost band updated (one frame's rest + draws + paint): p50 ${pct(r.follow, 50).toFixed(0)} ms, p95 ${pct(r.follow, 95).toFixed(0)} ms`);
  console.log(`least-regret card on screen → answer shown: ${r.regretReady.toFixed(0)} ms; long tasks (> 50 ms) seen: ${r.long.map((d) => d.toFixed(0)).join(', ') || 'none'}`);
  await browser.close();
} finally {
  server.close();
}
