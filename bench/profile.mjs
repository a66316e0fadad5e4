// Where does the server spend its time on an edit? Starts the real server under
// `node --cpu-prof`, opens a generated brief, makes single-character edits (each waiting
// for its diagnostics), asks for hovers and completions when offered, stops the server so
// that it writes its profile, and prints the hottest functions by self time and the
// source files by total self time, mapped through server/out/server.js.map to the
// TypeScript sources.
//
// Usage: node bench/profile.mjs [LINES=5000] [EDITS=100] [--md]
// The .cpuprofile lands in bench/results/ (git-ignored); open it in Chrome DevTools or
// VS Code for the flame chart.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { selfTimes, top } from './cpuprofile.mjs';
import { generateCase, generateMarkdown } from './generate.mjs';
import { ROOT, runSession, SERVERS } from './session.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [lines = 5000, edits = 100] = args.filter((a) => !a.startsWith('--')).map(Number);
const markdown = flags.has('--md');

const outDir = join(ROOT, 'bench', 'results');
const inputs = join(ROOT, 'bench', '.inputs');
mkdirSync(outDir, { recursive: true });
mkdirSync(inputs, { recursive: true });
const profDir = join(outDir, `profile-${Date.now()}`);
mkdirSync(profDir);

const input = markdown ? generateMarkdown(lines) : generateCase(lines);
input.file = join(inputs, `brief-${lines}.${markdown ? 'md' : 'case'}`);
writeFileSync(input.file, input.text);

SERVERS.profiled = { ...SERVERS.casefacts, argv: ['--cpu-prof', `--cpu-prof-dir=${profDir}`, ...SERVERS.casefacts.argv] };
const result = await runSession('profiled', input, { edits, warmup: 5, probes: 40 });
const fmt = (s) => (s ? `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms` : 'n/a');
console.log(`${lines} lines${markdown ? ' (Markdown)' : ''}: cold ${result.cold.toFixed(0)} ms; didChange→diagnostics ${fmt(result.change)}; hover ${fmt(result.hover)}; completion ${fmt(result.completion)}; ${result.diagnostics} diagnostics`);

const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
if (!file) {
  console.error('no profile written (did the server exit cleanly?)');
  process.exit(1);
}
const profilePath = join(outDir, `server-${lines}${markdown ? '-md' : ''}.cpuprofile`);
writeFileSync(profilePath, readFileSync(join(profDir, file)));
rmSync(profDir, { recursive: true });
summarize(JSON.parse(readFileSync(profilePath, 'utf8')));
console.log(`\nprofile: ${relative(process.cwd(), profilePath)}`);

function summarize(profile) {
  const { byFn, byFile, total } = selfTimes(profile, ROOT);
  console.log(`\nself time, total ${total.toFixed(0)} ms sampled`);
  console.log('\nhottest functions:');
  for (const [k, v] of top(byFn, 25)) {
    console.log(`  ${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  }
  console.log('\nby source file:');
  for (const [k, v] of top(byFile, 15)) {
    console.log(`  ${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  }
}
