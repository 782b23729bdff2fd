// Browser benchmark for the release build: slider input → every visible chart
// repainted (p50/p95 over many inputs), navigation → first chart, and the
// transfer size of dist/ (raw, gzip, brotli). Run with `make bench`.
//
// Timing: the app stamps window.__lastPaint (performance.now()) after each
// chart paint and counts paints in window.__chartPaints. An input is timed
// from just before its `input` event is dispatched until the last paint it
// caused; effects run in the microtask after the handler, so a zero-delay
// timeout after dispatch is enough for every paint to have happened.
import { serve, launch } from './harness.mjs';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
// Timings come from dist-bench/ (built with the `bench` feature, which adds the
// paint stamps); sizes from dist/, the release build users get.
const dist = join(here, '..', '..', 'dist');
const benchDist = process.env.BENCH_DIST ?? join(here, '..', '..', 'dist-bench');
const port = Number(process.env.BENCH_PORT ?? 8098);
const inputs = Number(process.env.BENCH_INPUTS ?? 240);
const loads = Number(process.env.BENCH_LOADS ?? 20);

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

function sizes() {
  const rows = [];
  for (const f of readdirSync(dist)) {
    const p = join(dist, f);
    if (!statSync(p).isFile()) continue;
    const buf = readFileSync(p);
    rows.push({
      file: f.replace(/-[0-9a-f]{8,16}(?=[._])/, ''),
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return rows;
}

const server = await serve(benchDist, port);
try {
  const browser = await launch();
  const { url } = server;

  const firsts = [];
  for (let i = 0; i < loads; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__firstPaint !== undefined);
    firsts.push(await page.evaluate(() => window.__firstPaint));
    await ctx.close();
  }

  const height = Number(process.env.BENCH_HEIGHT ?? 1000);
  const ctx = await browser.newContext({ viewport: { width: 1400, height } });
  const page = await ctx.newPage();
  // A drill in the link for the timeline case, so the card has a story to draw.
  const drill = process.env.BENCH_SCROLL === 'timeline' ? '?v=1&burst=1140:20:5&fail=zone@1150' : '';
  await page.goto(url + drill);
  await page.waitForFunction(() => (window.__chartPaints ?? 0) >= 2);
  // BENCH_SCROLL=diagram: the budget's case (#11), the cost chart and the
  // architecture diagram both on screen (scrolled to the cost chart's row).
  if (process.env.BENCH_SCROLL === 'diagram') {
    await page.waitForSelector('#diagram');
    await page.evaluate(() => document.getElementById('chart-cost').scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
  }
  // BENCH_SCROLL=timeline: issue #18's case, the bad-hour card on screen
  // (its verdict at the top of the viewport, the chart below it) with a
  // drill in the link, and the last row of charts above it.
  if (process.env.BENCH_SCROLL === 'timeline') {
    // The card simulates only on screen: scroll to it, then wait for its chart.
    await page.waitForSelector('#tl-title', { state: 'attached' });
    await page.evaluate(() => document.getElementById('tl-title').scrollIntoView({ block: 'start' }));
    await page.waitForSelector('#chart-timeline');
    await page.waitForTimeout(600);
  }
  const result = await page.evaluate(async ({ n, scroll }) => {
    const tick = () => new Promise((r) => setTimeout(r, 0));
    // Charts at least partly on screen: the ones an input must repaint.
    const charts = [...document.querySelectorAll('canvas:not(.overlay)')].filter((c) => { const r = c.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }).length;
    const out = { users: [], rate: [], charts, missed: 0, paint: [], task: { users: [], rate: [] } };
    let mutAt = 0;
    if (scroll === 'timeline') new MutationObserver(() => { mutAt = performance.now(); }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    for (let i = 0; i < n; i++) {
      const key = i % 2 === 0 ? 'users' : 'rate';
      const el = document.getElementById(`in-${key}`);
      // Sweep back and forth over the middle of the track so every input changes the value.
      const pos = 300 + ((i * 7) % 400);
      const before = window.__chartPaints;
      const p0 = window.__paintMs ?? 0;
      const t0 = performance.now();
      el.value = String(pos);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await tick();
      // Input → its last DOM update (the observer's callback runs once the
      // input's effects are done): the measure when nothing on screen
      // repaints per input (BENCH_SCROLL=timeline: the bad-hour card
      // waits for the inputs to rest, the charts are above the viewport).
      if (mutAt > t0) out.task[key].push(mutAt - t0);
      if (window.__chartPaints - before < 1) { out.missed++; await new Promise((r) => requestAnimationFrame(() => r())); continue; }
      out[key].push(window.__lastPaint - t0);
      out.paint.push((window.__paintMs ?? 0) - p0);
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
    return out;
  }, { n: inputs, scroll: process.env.BENCH_SCROLL });
  await browser.close();

  // With no repaint per input on screen (BENCH_SCROLL=timeline), an input
  // is timed to its last DOM update instead.
  const noPaint = result.users.length + result.rate.length === 0;
  if (noPaint) { result.users = result.task.users; result.rate = result.task.rate; result.paint = [0]; }
  const all = [...result.users, ...result.rate];
  const files = sizes();
  const total = files.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip, brotli: a.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const report = {
    inputs: all.length,
    missed: result.missed,
    charts_visible: result.charts,
    input_to_repaint_ms: { p50: pct(all, 50), p95: pct(all, 95), max: Math.max(...all) },
    users_slider_ms: { p50: pct(result.users, 50), p95: pct(result.users, 95) },
    rate_slider_ms: { p50: pct(result.rate, 50), p95: pct(result.rate, 95) },
    plot_drawing_ms: { p50: pct(result.paint, 50), p95: pct(result.paint, 95) },
    first_chart_ms: { p25: pct(firsts, 25), p50: pct(firsts, 50), p75: pct(firsts, 75), max: Math.max(...firsts), runs: firsts.length, all: firsts.map(Math.round) },
    transfer: { files, total },
  };
  console.log(JSON.stringify(report, null, 2));
  console.log('\n| measure | result |\n|---|---|');
  console.log(`| input → ${noPaint ? 'its last DOM update (nothing on screen repaints per input)' : `all ${result.charts} visible charts repainted`} (1400×${height}), ${all.length} inputs | p50 ${report.input_to_repaint_ms.p50.toFixed(2)} ms, p95 ${report.input_to_repaint_ms.p95.toFixed(2)} ms, max ${report.input_to_repaint_ms.max.toFixed(2)} ms |`);
  console.log(`| users slider (marker moves, sweep reused) | p50 ${report.users_slider_ms.p50.toFixed(2)} ms, p95 ${report.users_slider_ms.p95.toFixed(2)} ms |`);
  console.log(`| rate slider (sweep recomputed) | p50 ${report.rate_slider_ms.p50.toFixed(2)} ms, p95 ${report.rate_slider_ms.p95.toFixed(2)} ms |`);
  console.log(`| of which plotters drawing | p50 ${report.plot_drawing_ms.p50.toFixed(2)} ms, p95 ${report.plot_drawing_ms.p95.toFixed(2)} ms |`);
  console.log(`| navigation → first chart (${firsts.length} loads) | p25 ${report.first_chart_ms.p25.toFixed(0)} ms, p50 ${report.first_chart_ms.p50.toFixed(0)} ms, p75 ${report.first_chart_ms.p75.toFixed(0)} ms, max ${report.first_chart_ms.max.toFixed(0)} ms |`);
  for (const f of files) console.log(`| ${f.file} | ${kb(f.raw)} raw, ${kb(f.gzip)} gzip, ${kb(f.brotli)} brotli |`);
  console.log(`| total transfer | ${kb(total.raw)} raw, ${kb(total.gzip)} gzip, ${kb(total.brotli)} brotli |`);
} finally {
  server.close();
}
