// The cold path only, under `node --cpu-prof`: spawn → initialize → didOpen → first
// diagnostics, then stop. Prints self time by source file and the hottest functions,
// mapped through server/out/server.js.map, with the sampling interval given (default 100 µs).
//
//   node bench/cold-profile.mjs [LINES=5000] [--md] [--interval=100]
import { mkdirSync, readdirSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { selfTimes, top } from './cpuprofile.mjs';
import { generateCase, generateMarkdown } from './generate.mjs';
import { initializeParams, LspProcess } from './lsp.mjs';
import { ROOT, SERVERS } from './session.mjs';

const args = process.argv.slice(2);
const markdown = args.includes('--md');
const lines = Number(args.find((a) => !a.startsWith('--')) ?? 5000);
const interval = Number(args.find((a) => a.startsWith('--interval='))?.slice(11) ?? 100);
const file = join(ROOT, 'bench', '.inputs', `brief-${lines}.${markdown ? 'md' : 'case'}`);
if (!existsSync(file)) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, (markdown ? generateMarkdown(lines) : generateCase(lines)).text);
}
const text = readFileSync(file, 'utf8');
// one fixed directory: the code cache is per set of node flags (server/src/node/codeCache.ts),
// so a directory named afresh each run would make every profiled start compile the bundle
const profDir = join(ROOT, 'bench', 'results', 'cold-profile');
rmSync(profDir, { recursive: true, force: true });
mkdirSync(profDir, { recursive: true });
const settings = { caseFacts: { validate: { delay: 0 } } };
const lsp = new LspProcess(['--cpu-prof', `--cpu-prof-dir=${profDir}`, `--cpu-prof-interval=${interval}`, ...SERVERS.casefacts.argv], { settings });
const uri = pathToFileURL(file).href;
await lsp.request('initialize', initializeParams(pathToFileURL(dirname(file)).href));
lsp.notify('initialized', {});
lsp.notify('workspace/didChangeConfiguration', { settings });
const first = lsp.diagnostics(uri, 1);
lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: markdown ? 'markdown' : 'casefacts', version: 1, text } });
await first;
await lsp.stop();
const name = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
if (!name) {
  // V8 writes the profile as the process exits; a killed server writes none
  console.error(`no profile: the server did not exit on "exit" (${lsp.proc.signalCode ?? `exit code ${lsp.proc.exitCode}`})`);
  process.exit(1);
}
const profile = JSON.parse(readFileSync(join(profDir, name), 'utf8'));
const out = join(ROOT, 'bench', 'results', `cold-${lines}${markdown ? '-md' : ''}.cpuprofile`);
writeFileSync(out, JSON.stringify(profile));
rmSync(profDir, { recursive: true });

const { byFn, byFile, total, dt, mapped } = selfTimes(profile, ROOT);
const { bundle, map } = mapped;
// inclusive time of named phases (outermost occurrence only)
const PHASES = ['wrapSafe', 'parseText', 'extractCase', 'parse', 'scan', 'buildModel', 'analyze', 'checkText', 'check', 'findingsToDiagnostics', 'serialiseMessage', 'computeLineOffsets', 'startServer'];
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const nameOf = (n) => {
  const cf = n.callFrame;
  if (map && cf.url && cf.url.replace(/^file:\/\//, '') === bundle) {
    const e = map.findEntry(cf.lineNumber, cf.columnNumber);
    return e?.name ?? cf.functionName;
  }
  return cf.functionName;
};
const incl = new Map();
const phaseTotals = new Map();
const walk = (n, open) => {
  let t = dt.get(n.id) ?? 0;
  const name = nameOf(n);
  const mine = PHASES.includes(name) && !open.has(name);
  const next = mine ? new Set([...open, name]) : open;
  for (const c of n.children ?? []) {
    t += walk(nodes.get(c), next);
  }
  if (mine) {
    phaseTotals.set(name, (phaseTotals.get(name) ?? 0) + t);
  }
  return t;
};
walk(profile.nodes[0], new Set());
console.log(`${lines} lines: ${total.toFixed(0)} ms sampled (interval ${interval} µs)\n\nby source file (self):`);
for (const [k, v] of top(byFile, 25)) {
  console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
}
console.log('\ninclusive time of phases (GC is sampled apart, not included):');
for (const name of PHASES) {
  if (phaseTotals.has(name)) {
    console.log(`  ${phaseTotals.get(name).toFixed(1).padStart(7)} ms  ${name}`);
  }
}
console.log('\nhottest functions (self):');
for (const [k, v] of top(byFn, 30)) {
  console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
}
console.log(`\nprofile: ${relative(process.cwd(), out)}`);
