// Where a page load's time goes, from navigation to the first chart: medians
// over N fresh loads of a bench build (`--features bench`, which stamps
// window.__stage<n> when start-up stage n is built and window.__firstPaint at
// the first chart paint). Usage (from end2end/):
//   DIR=../dist-bench N=15 node bench/startup.mjs
//   JSFLAGS=--no-wasm-lazy-compilation ...   to see what lazy compilation costs
import { serve, launch } from './harness.mjs';

const dir = process.env.DIR ?? '../dist-bench';
const port = Number(process.env.PORT ?? 8111);
const server = await serve(dir, port);
try {
  const browser = await launch(process.env.JSFLAGS ? [`--js-flags=${process.env.JSFLAGS}`] : []);
  const rows = [];
  for (let i = 0; i < Number(process.env.N ?? 10); i++) {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      addEventListener('TrunkApplicationStarted', () => { window.__started = performance.now(); });
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__firstPaint !== undefined);
    rows.push(await page.evaluate(() => {
      const res = performance.getEntriesByType('resource');
      const wasm = res.find((e) => e.name.endsWith('.wasm'));
      const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
      return {
        'wasm fetched': wasm?.responseEnd,
        'first contentful paint (shell)': fcp?.startTime,
        'wasm starts running': window.__stage0,
        'mount done (stage 0)': window.__started,
        'KPIs built (stage 1)': window.__stage1,
        'charts built (stage 2)': window.__stage2,
        'first chart drawn': window.__firstPaint,
      };
    }));
    await ctx.close();
  }
  await browser.close();
  const med = (k) => { const s = rows.map((r) => r[k]).filter((v) => v !== undefined).sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
  console.log(`| step (median of ${rows.length} loads, ms since navigation) | ms |\n|---|---|`);
  for (const k of Object.keys(rows[0])) console.log(`| ${k} | ${Math.round(med(k))} |`);
} finally {
  server.close();
}
