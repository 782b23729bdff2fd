// CPU profile of slider inputs (CDP sampling), self time by function or by crate.
// Needs a build whose wasm keeps its names: add data-keep-debug="true" and "-g"
// in data-wasm-opt-params to the rust link in a copy of index.html, build it with
// `--features bench`, then (from end2end/):
//   DIR=<that dist> KEY=rate N=200 SCROLL=1 CRATES=1 node bench/profile-inputs.mjs
// GREP=<regex> lists inclusive time of matching functions; H sets the viewport height.
import { serve, launch } from './harness.mjs';
const dir = process.env.DIR;
const port = 8114;
const server = await serve(dir, port);
const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: 1400, height: Number(process.env.H ?? 1000) } });
const page = await ctx.newPage();
await page.goto(server.url);
await page.waitForFunction(() => (window.__chartPaints ?? 0) >= 2);
await page.waitForTimeout(1500);
if (process.env.SCROLL) { await page.evaluate(() => document.getElementById('chart-cost').scrollIntoView({ block: 'start' })); await page.waitForTimeout(300); }
const key = process.env.KEY ?? 'rate';
const run = (n) => page.evaluate(async ({ n, key }) => {
  for (let i = 0; i < n; i++) {
    const el = document.getElementById(`in-${key}`);
    el.value = String(300 + ((i * 7) % 400));
    el.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
}, { n, key });
await run(50); // warm up (compile)
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await run(Number(process.env.N ?? 300));
const { profile } = await cdp.send('Profiler.stop');
await browser.close(); server.close();
// self and inclusive time by function
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map(), incl = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const d = (dt[i + 1] ?? 0) / 1000;
  let id = profile.samples[i];
  const n0 = byId.get(id);
  const name0 = n0.callFrame.functionName || '(anon)';
  self.set(name0, (self.get(name0) ?? 0) + d);
  const seen = new Set();
  while (id !== undefined) {
    const nm = byId.get(id).callFrame.functionName || '(anon)';
    if (!seen.has(nm)) { incl.set(nm, (incl.get(nm) ?? 0) + d); seen.add(nm); }
    id = parent.get(id);
  }
}
const show = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).forEach(([n, ms]) => console.log(ms.toFixed(1).padStart(8), n.replace(/\[[0-9a-f]+\]/g, '').slice(0, 150)));
if (process.env.GREP) { const re = new RegExp(process.env.GREP); [...incl].filter(([n]) => re.test(n)).sort((a, b) => b[1] - a[1]).slice(0, 60).forEach(([n, ms]) => console.log(ms.toFixed(1).padStart(8), n.replace(/\[[0-9a-f]+\]/g, '').slice(0, Number(process.env.WIDTH ?? 170)))); process.exit(0); }
if (process.env.CRATES) {
  const cr = new Map();
  for (const [n, ms] of self) {
    const m = n.replace(/\[[0-9a-f]+\]/g, '');
    let c = (m.match(/^<?([a-z_0-9]+)::/) || [])[1] ?? (m.startsWith('__wbg_') ? 'wasm-bindgen import' : m.startsWith('(') ? m : 'js/native: ' + m);
    if (c.startsWith('js/native')) c = 'js/native (DOM, canvas, glue)';
    cr.set(c, (cr.get(c) ?? 0) + ms);
  }
  [...cr].sort((a, b) => b[1] - a[1]).forEach(([n, ms]) => console.log(ms.toFixed(1).padStart(8), n));
  process.exit(0);
}
console.log('--- self'); show(self, Number(process.env.TOP ?? 35));
console.log('--- inclusive'); show(incl, Number(process.env.TOP ?? 50));
