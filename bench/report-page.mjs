// The liability report's page in a real browser engine (Debian's chromium, driven by
// playwright-core): how long a long brief's page takes to load and first paint, with the
// report's CSS as shipped and without its `content-visibility` rule, interleaved.
//
//   node bench/report-page.mjs [LINES=5000,50000] [--runs=2]
//
// The page is `casefacts analyze --format html` of the bench's generated brief: the same
// elements and CSS as the editor's report panel (server/src/service/report/view.ts, style.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { generateCase } from './generate.mjs';
import { ROOT } from './session.mjs';

const args = process.argv.slice(2);
const sizes = (args.find((a) => /^\d/.test(a)) ?? '5000,50000').split(',').map(Number);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 2);
const browserPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!browserPath) {
  console.error('report-page: no chromium found (apt-get install chromium)');
  process.exit(2);
}
const dir = join(ROOT, 'bench', '.inputs');
mkdirSync(dir, { recursive: true });
const RULE = /\.report \.provider\{content-visibility:auto;contain-intrinsic-size:auto 30em\}/;

const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'] });
try {
  for (const lines of sizes) {
    const brief = join(dir, `brief-${lines}.case`);
    if (!existsSync(brief)) {
      writeFileSync(brief, generateCase(lines).text);
    }
    const html = execFileSync(process.execPath, [join(ROOT, 'bin', 'casefacts'), 'analyze', '--format', 'html', brief], { maxBuffer: 1 << 30 }).toString();
    if (!RULE.test(html)) {
      throw new Error('the report CSS has no content-visibility rule to compare without');
    }
    const pages = { shipped: html, 'without content-visibility': html.replace(RULE, '') };
    const times = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
    for (let r = 0; r < runs; r++) {
      for (const [name, text] of Object.entries(pages)) {
        const file = join(dir, `report-${lines}-${name.replace(/\W+/g, '-')}.html`);
        writeFileSync(file, text);
        const page = await browser.newPage();
        const t0 = performance.now();
        await page.goto(`file://${file}`, { waitUntil: 'load', timeout: 600_000 });
        const load = performance.now() - t0;
        const paint = await page.evaluate(() => performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? NaN);
        times[name].push({ load, paint });
        await page.close();
      }
    }
    const mb = (Buffer.byteLength(html) / 1e6).toFixed(1);
    for (const [name, ts] of Object.entries(times)) {
      const fmt = (k) => ts.map((t) => t[k].toFixed(0)).join(', ');
      console.log(`${String(lines).padStart(6)} lines (${mb} MB page), ${name}: load ${fmt('load')} ms; first contentful paint ${fmt('paint')} ms`);
    }
  }
} finally {
  await browser.close();
}
