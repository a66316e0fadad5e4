#!/usr/bin/env node
// `npm run test:ui`: the UI suite (test/ui/*.test.mjs) on the packaged .vsix in
// code-server + Chromium. Fails loudly when code-server, Chromium or the .vsix is
// missing, unless CASEFACTS_SKIP_UI=1. Prints "ui: N passed, N failed" at the end.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import Mocha from 'mocha';
import { REPO, requirePrerequisites } from '../../scripts/code-server/lib.mjs';

requirePrerequisites('UI');
const vsix = path.resolve(process.env.CASEFACTS_VSIX || path.join(REPO, 'casefacts.vsix'));
if (!fs.existsSync(vsix)) {
  console.error(`error: ${path.relative(REPO, vsix)} not found: run \`npm run package\` first`);
  process.exit(1);
}

const here = path.dirname(fileURLToPath(import.meta.url));
const t0 = Date.now();
const mocha = new Mocha({ ui: 'tdd', timeout: 180_000, reporter: 'spec', grep: process.env.CASEFACTS_UI_GREP || undefined });
for (const f of fs.readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort()) mocha.addFile(path.join(here, f));
await mocha.loadFilesAsync();
const runner = mocha.run((failures) => {
  const s = runner.stats ?? {};
  console.log(`ui: ${s.passes ?? 0} passed, ${failures} failed${s.pending ? `, ${s.pending} skipped` : ''} (${((Date.now() - t0) / 1000).toFixed(1)}s; screenshots in test-output/ui/)`);
  process.exitCode = failures ? 1 : 0;
});
