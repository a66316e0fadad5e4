// Garbage collections during one bench session: how many, of which kind, how long.
//
//   node bench/gc.mjs [LINES=5000] [note|fact|typo] [EDITS=100] [--launcher=PATH]
//
// Runs the server (bin/casefacts-language-server, or another launcher to compare a V8 flag)
// with bench/gc-observer.cjs preloaded, makes the single-character edits of bench/session.mjs
// at the note or the fact site, and prints the edit latency, the peak RSS and, per GC kind,
// the count, total and longest pause.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCase } from './generate.mjs';
import { ROOT, runSession, SERVERS } from './session.mjs';

const args = process.argv.slice(2);
const launcher = args.find((a) => a.startsWith('--launcher='))?.slice(11) ?? join(ROOT, 'bin', 'casefacts-language-server');
const [lines = '5000', site = 'note', edits = '100'] = args.filter((a) => !a.startsWith('--'));
const log = join(ROOT, 'bench', 'results', `gc-${Date.now()}.log`);
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
rmSync(log, { force: true });
SERVERS.gc = {
  label: 'CaseFacts with a GC observer',
  argv: ['-r', join(ROOT, 'bench', 'gc-observer.cjs'), launcher, '--stdio'],
  env: () => ({ ...process.env, CASEFACTS_GC_LOG: log }),
};
const input = generateCase(Number(lines));
if (site === 'fact' || site === 'typo') {
  input.edit = input[`${site}Edit`];
}
// one series only: the one asked for
delete input.factEdit;
delete input.typoEdit;
mkdirSync(join(ROOT, 'bench', '.inputs'), { recursive: true });
input.file = join(ROOT, 'bench', '.inputs', `gc-${lines}.case`);
writeFileSync(input.file, input.text);
const r = await runSession('gc', input, { edits: Number(edits), warmup: 5, probes: 1 });
const by = {};
for (const [kind, ms] of readFileSync(log, 'utf8').trim().split('\n').map((l) => l.split(' '))) {
  by[kind] ??= { count: 0, totalMs: 0, maxMs: 0 };
  by[kind].count++;
  by[kind].totalMs += Number(ms);
  by[kind].maxMs = Math.max(by[kind].maxMs, Number(ms));
}
console.log(`${lines} lines, ${edits} edits ${{ fact: 'to a fact', typo: 'in a value word (a typo)' }[site] ?? 'in a note'}: p50 ${r.change.p50.toFixed(1)} ms, p95 ${r.change.p95.toFixed(1)} ms, peak RSS ${(r.peakRssKb / 1024).toFixed(0)} MB`);
for (const [kind, s] of Object.entries(by)) {
  console.log(`  ${kind.padEnd(12)} ${String(s.count).padStart(5)} ×, ${s.totalMs.toFixed(0).padStart(5)} ms in all, longest ${s.maxMs.toFixed(1)} ms`);
}
