#!/usr/bin/env node
// Packages the extension as casefacts.vsix with vsce. The client and server are
// self-contained esbuild bundles, so no node_modules go in (--no-dependencies);
// .vscodeignore is an allow-list of what ships. Builds first unless --no-build.
//   node scripts/package.mjs [--no-build] [-o casefacts.vsix]
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listZip, checkEntries } from './list-vsix.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const oi = args.indexOf('-o');
const out = path.resolve(repo, oi >= 0 ? args[oi + 1] : 'casefacts.vsix');

function run(cmd, argv) {
  // stdin closed: a vsce prompt (missing LICENSE/repository...) fails instead of hanging
  const r = spawnSync(cmd, argv, { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    console.error(`error: ${path.basename(cmd)} ${argv.join(' ')} exited ${r.status ?? r.signal}`);
    process.exit(1);
  }
}

if (!args.includes('--no-build')) run(process.execPath, [path.join(repo, 'scripts', 'build.mjs')]);
const vsce = path.join(repo, 'node_modules', '@vscode', 'vsce', 'vsce');
run(process.execPath, [vsce, 'package', '--no-dependencies', '-o', out]);

const entries = listZip(out);
const problems = checkEntries(entries);
if (problems.length) {
  for (const p of problems) console.error(`error: ${p}`);
  process.exit(1);
}
console.log(`${path.relative(process.cwd(), out)}: ${entries.length} entries, contents ok`);
