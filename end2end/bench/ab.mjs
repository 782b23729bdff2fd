// Interleaved A/B of navigation → first chart: one fresh load of each build in
// turn, N rounds, so a busy spell on the shared machine hits every build alike.
// Each argument is a bench build (`--features bench`). Usage (from end2end/):
//   N=20 node bench/ab.mjs /tmp/before /tmp/after
import { serve, launch } from './harness.mjs';

const dirs = process.argv.slice(2);
if (dirs.length === 0) throw new Error('usage: node bench/ab.mjs <dist-bench dir> [<dir> ...]');
const servers = await Promise.all(dirs.map((d, i) => serve(d, 8120 + i)));
try {
  const browser = await launch();
  const res = dirs.map(() => []);
  const rounds = Number(process.env.N ?? 20);
  for (let i = 0; i < rounds; i++) {
    for (let k = 0; k < dirs.length; k++) {
      const j = (i + k) % dirs.length; // rotate who goes first
      const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await ctx.newPage();
      await page.goto(servers[j].url);
      await page.waitForFunction(() => window.__firstPaint !== undefined);
      res[j].push(await page.evaluate(() => window.__firstPaint));
      await ctx.close();
    }
  }
  await browser.close();
  const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
  console.log(`| build | first chart p25 | p50 | p75 (${rounds} loads each) |\n|---|---|---|---|`);
  dirs.forEach((d, j) => console.log(`| ${d} | ${pct(res[j], 25).toFixed(0)} ms | ${pct(res[j], 50).toFixed(0)} ms | ${pct(res[j], 75).toFixed(0)} ms |`));
} finally {
  servers.forEach((s) => s.close());
}
