// CPU profile of page loads, navigation → first chart: self time by function
// (CDP sampling, 100 µs), summed over N loads. Needs a build whose wasm keeps
// its names (see profile-inputs.mjs), with `--features bench`. From end2end/:
//   DIR=<that dist> N=5 node bench/profile-startup.mjs
// GREP=<regex> lists inclusive time of matching functions instead; TOP sets
// how many rows to print.
import { serve, launch } from './harness.mjs';

const server = await serve(process.env.DIR, 8115);
const browser = await launch();
const self = new Map();
const incl = new Map();
const n = Number(process.env.N ?? 5);
const grep = process.env.GREP ? new RegExp(process.env.GREP) : null;
try {
  for (let i = 0; i < n; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    // console.profile from the first script, ended by the first chart's
    // stamp itself: no sample after the first chart's paint is counted.
    const done = new Promise((r) => cdp.on('Profiler.consoleProfileFinished', (e) => r(e.profile)));
    await page.addInitScript(() => {
      console.profile('startup');
      let fp;
      Object.defineProperty(window, '__firstPaint', {
        configurable: true,
        get: () => fp,
        set: (v) => { if (fp === undefined) console.profileEnd('startup'); fp = v; },
      });
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__firstPaint !== undefined);
    const profile = await done;
    const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
    const parent = new Map();
    for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
    const dt = new Map();
    profile.samples.forEach((s, k) => dt.set(s, (dt.get(s) ?? 0) + (profile.timeDeltas[k + 1] ?? 0) / 1000));
    for (const [id, ms] of dt) {
      const name = (nd) => nd.callFrame.functionName || `(${nd.callFrame.url.split('/').pop() || 'anon'})`;
      const nd = byId.get(id);
      self.set(name(nd), (self.get(name(nd)) ?? 0) + ms);
      const seen = new Set();
      for (let p = id; p !== undefined; p = parent.get(p)) {
        const nm = name(byId.get(p));
        if (seen.has(nm)) continue;
        seen.add(nm);
        incl.set(nm, (incl.get(nm) ?? 0) + ms);
      }
    }
    await ctx.close();
  }
} finally {
  await browser.close();
  server.close();
}
const rows = [...(grep ? incl : self)].filter(([k]) => !grep || grep.test(k)).sort((a, b) => b[1] - a[1]);
for (const [k, ms] of rows.slice(0, Number(process.env.TOP ?? 40))) console.log(`${(ms / n).toFixed(1).padStart(7)} ms  ${k.slice(0, 150)}`);
