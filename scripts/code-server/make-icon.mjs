#!/usr/bin/env node
// Draws images/icon.png (128x128): a scales-of-justice mark, rendered offline by
// Debian's Chromium from the inline SVG below (playwright-core screenshot).
//   node scripts/code-server/make-icon.mjs [out.png]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO, CHROMIUM, CHROMIUM_ARGS } from './lib.mjs';

const out = path.resolve(process.argv[2] ?? path.join(REPO, 'images', 'icon.png'));
const gold = '#f2c14e';
const svg = `
<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#24406e"/><stop offset="1" stop-color="#14264a"/>
    </linearGradient>
  </defs>
  <rect x="2" y="2" width="124" height="124" rx="24" fill="url(#bg)"/>
  <g stroke="${gold}" stroke-width="5" stroke-linecap="round" fill="none">
    <line x1="64" y1="24" x2="64" y2="100"/>
    <line x1="24" y1="36" x2="104" y2="36"/>
    <line x1="44" y1="104" x2="84" y2="104" stroke-width="7"/>
    <line x1="30" y1="38" x2="17" y2="70" stroke-width="2.5"/>
    <line x1="30" y1="38" x2="43" y2="70" stroke-width="2.5"/>
    <line x1="98" y1="38" x2="85" y2="70" stroke-width="2.5"/>
    <line x1="98" y1="38" x2="111" y2="70" stroke-width="2.5"/>
  </g>
  <g fill="${gold}">
    <circle cx="64" cy="22" r="6"/>
    <path d="M13 70 h34 a17 13 0 0 1 -34 0 z"/>
    <path d="M81 70 h34 a17 13 0 0 1 -34 0 z"/>
    <path d="M56 100 h16 l-3 -8 h-10 z"/>
  </g>
</svg>`;

const { chromium } = await import('playwright-core');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-icon-'));
const ctx = await chromium.launchPersistentContext(dir, {
  executablePath: CHROMIUM, headless: true, viewport: { width: 128, height: 128 }, args: CHROMIUM_ARGS,
});
try {
  const page = ctx.pages()[0] ?? await ctx.newPage();
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
} finally {
  await ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`wrote ${path.relative(process.cwd(), out)}`);
