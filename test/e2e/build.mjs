#!/usr/bin/env node
// Compiles the extension-host suites (test/e2e/*.ts) into test/e2e/out/ with esbuild:
// one CommonJS file per entry (index.ts and every *.test.ts), helpers bundled in,
// `vscode` (provided by the extension host) and `mocha` (resolved from the repository's
// node_modules at run time) left external.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.join(dir, 'out');
const entryPoints = fs.readdirSync(dir)
  .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
  .map((f) => path.join(dir, f));

fs.rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
console.log(`test/e2e: built ${entryPoints.length} file(s) into ${path.relative(process.cwd(), outdir) || outdir}`);
