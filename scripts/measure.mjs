// The issue-2 measurement: how long the CLI takes to check a generated 5,000-line
// brief, and the median time from didChange to publishDiagnostics over stdio for 20
// single-character edits on it (debounce 0, each edit waiting for its own version).
// The brief comes from bench/generate.mjs (seeded), so every run measures the same text.
// `npm run bench` is the full benchmark; this is the two figures the issue asks for.
//
// Usage: node scripts/measure.mjs [LINES=5000] [EDITS=20]
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCase } from '../bench/generate.mjs';
import { percentile, ROOT, runSession } from '../bench/session.mjs';

const [lines = 5000, edits = 20] = process.argv.slice(2).map(Number);
const dir = join(ROOT, 'bench', '.inputs');
mkdirSync(dir, { recursive: true });
const input = generateCase(lines);
input.file = join(dir, `measure-${lines}.case`);
writeFileSync(input.file, input.text);

const cli = [];
let count = '';
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'casefacts'), 'check', input.file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  cli.push(performance.now() - t);
  if (r.status === 2) {
    process.stderr.write(r.stderr);
    process.exit(2);
  }
  count = r.stdout.trim().split('\n').pop() ?? '';
}

const session = await runSession('casefacts', input, { edits, warmup: 0, probes: 0 });
const ms = (x) => `${x.toFixed(1)} ms`;
process.stdout.write(
  `brief: ${input.lines} lines, ${Buffer.byteLength(input.text)} bytes, ${input.providers} providers (bench/generate.mjs); ${count}\n` +
    `casefacts check: ${ms(percentile(cli, 50))} (median of 3: ${cli.map((x) => x.toFixed(0)).join(', ')} ms)\n` +
    `didChange → publishDiagnostics over stdio, ${edits} single-character edits: median ${ms(session.change.p50)} (p95 ${ms(session.change.p95)}, max ${ms(session.change.max)})\n`,
);
