// Where the first validation of a brief goes, phase by phase, in a fresh process (a cold
// JIT, as in a cold start): module initialisation, scan, parse, model, analysis, text
// checks, doctrine rules, sorting, findings → diagnostics, JSON.stringify; GC pauses
// within each phase; heap after. Then the same again, warm.
//
//   node bench/cold-phases.mjs [LINES=5000] [--md] [--runs=3] [--procs=1]
//
// With --procs=N, N fresh processes, and for each phase of each run the minimum over them
// (a busy machine only ever adds time).
//
// The harness is bundled from server/src with esbuild, minified like server/out/server.js.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCase, generateMarkdown } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const markdown = args.includes('--md');
const lines = Number(args.find((a) => !a.startsWith('--')) ?? 5000);
const tag = (args.find((a) => a.startsWith('--src='))?.slice(6) ?? 'server/src').replace(/\W/g, '_');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
// --src=DIR: another copy of server/src (e.g. the sources before a change), to compare
const src = args.find((a) => a.startsWith('--src='))?.slice(6) ?? 'server/src';
const procs = Number(args.find((a) => a.startsWith('--procs='))?.slice(8) ?? 1);
const file = join(root, 'bench', '.inputs', `brief-${lines}.${markdown ? 'md' : 'case'}`);
mkdirSync(dirname(file), { recursive: true });
if (!existsSync(file)) {
  writeFileSync(file, (markdown ? generateMarkdown(lines) : generateCase(lines)).text);
}

const harness = `
const { performance, PerformanceObserver } = require('perf_hooks');
const t0 = performance.now();
const { TextDocument } = require('vscode-languageserver-textdocument');
const { findingsToDiagnostics, isMarkdown } = require('./SRC/service/languageService');
const { checkText } = require('./SRC/service/checks');
const { analyze } = require('./SRC/service/doctrine/analysis');
const { doctrineFindings } = require('./SRC/service/doctrine/findings');
const { extractCase } = require('./SRC/service/markdown');
const { buildModel } = require('./SRC/service/model');
const { parse } = require('./SRC/service/parser');
const { scan } = require('./SRC/service/scanner');
const tLoaded = performance.now();
const gcs = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) gcs.push([e.startTime, e.duration]); }).observe({ entryTypes: ['gc'] });
const spans = [];
const fs = require('fs');
const [file, runs, md] = process.argv.slice(2);
const raw = fs.readFileSync(file, 'utf8');
const document = TextDocument.create('file://' + file, md === '1' ? 'markdown' : 'casefacts', 1, raw);
const loadMs = tLoaded - t0;
const rows = [];
for (let r = 0; r < Number(runs); r++) {
  const row = {};
  let t = performance.now();
  const phase = (name) => {
    const now = performance.now();
    row[name] = [now - t, 0];
    spans.push([t, now, row, name]);
    t = performance.now();
  };
  const { text } = md === '1' ? extractCase(raw) : { text: raw };
  phase('extract');
  const doc = parse(text);
  phase('scan+parse');
  const toks = r === 0 ? { length: NaN } : scan(text); // counted, after the cold parse (it would warm the lexer)
  t = performance.now();
  const model = buildModel(doc);
  phase('model');
  const analysis = analyze(model);
  phase('analysis');
  const checks = checkText(doc, model);
  phase('checks');
  const rules = doctrineFindings(model, analysis);
  phase('rules');
  const findings = [...checks, ...rules];
  // the server's order (server/src/service/reanalysis.ts): localeCompare would add the ICU set-up
  findings.sort((a, b) => a.offset - b.offset || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  phase('sort');
  const parsed = { uri: document.uri, version: 1, text, markdown: md === '1', regions: [], doc, model, analysis, findings };
  let diags = findingsToDiagnostics(parsed, document, { locale: 'en', maxProblems: 1000 });
  phase('diagnostics');
  if (diags.length > 1000) diags = diags.slice(0, 1000);
  const json = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: document.uri, version: 1, diagnostics: diags } });
  phase('stringify');
  row.tokens = toks.length;
  row.heapMB = process.memoryUsage().heapUsed / 1048576;
  row.findings = findings.length;
  rows.push(row);
  globalThis.keep = [doc, model, analysis, findings];
}
setTimeout(report, 100);
function report() {
for (const [start, d] of gcs) {
  const sp = spans.find(([a, b]) => start >= a && start < b);
  if (sp) sp[2][sp[3]][1] += d;
}
if (process.env.PHASES_JSON) {
  require('fs').writeFileSync(process.env.PHASES_JSON, JSON.stringify({ loadMs, rows }));
  return;
}
console.log('module init (require of the service): ' + loadMs.toFixed(1) + ' ms');
const names = Object.keys(rows[0]).filter((k) => Array.isArray(rows[0][k]));
console.log('phase'.padEnd(14) + rows.map((_, i) => ('run ' + (i + 1) + ' ms (gc)').padStart(18)).join(''));
for (const n of names) {
  console.log(n.padEnd(14) + rows.map((r) => (r[n][0].toFixed(1) + ' (' + r[n][1].toFixed(1) + ')').padStart(18)).join(''));
}
const tot = (r) => names.reduce((a, n) => a + r[n][0], 0);
console.log('total'.padEnd(14) + rows.map((r) => tot(r).toFixed(1).padStart(18)).join('') + '');
console.log('tokens ' + rows[0].tokens + ', findings ' + rows[0].findings + ', heap used after ' + rows.map((r) => r.heapMB.toFixed(0)).join('/') + ' MB');
}
`;
const out = join(root, 'bench', '.inputs', `cold-phases-${tag}.js`);
const esbuild = createRequire(import.meta.url)('esbuild');
esbuild.buildSync({
  stdin: { contents: harness.replaceAll('./SRC/', `./${src}/`), resolveDir: root, loader: 'js' },
  outfile: out, bundle: true, platform: 'node', target: 'node20', format: "cjs", minify: process.env.PHASES_NOMINIFY !== "1", charset: "utf8", logLevel: 'warning',
});
if (procs === 1) {
  process.stdout.write(execFileSync(process.execPath, [out, file, String(runs), markdown ? '1' : '0'], { encoding: 'utf8' }));
} else {
  const json = join(root, 'bench', '.inputs', `cold-phases-${tag}.json`);
  const all = [];
  for (let p = 0; p < procs; p++) {
    execFileSync(process.execPath, [out, file, String(runs), markdown ? '1' : '0'], { env: { ...process.env, PHASES_JSON: json } });
    all.push(JSON.parse(readFileSync(json, 'utf8')));
  }
  const names = Object.keys(all[0].rows[0]).filter((k) => Array.isArray(all[0].rows[0][k]));
  const min = (f) => Math.min(...all.map(f));
  console.log(`${src}: ${lines} lines, minimum over ${procs} processes: module init ${min((a) => a.loadMs).toFixed(1)} ms`);
  console.log('phase'.padEnd(14) + all[0].rows.map((_, i) => ('run ' + (i + 1) + ' ms (gc)').padStart(18)).join(''));
  for (const n of names) {
    console.log(n.padEnd(14) + all[0].rows.map((_, r) => (min((a) => a.rows[r][n][0]).toFixed(1) + ' (' + min((a) => a.rows[r][n][1]).toFixed(1) + ')').padStart(18)).join(''));
  }
  const tot = (r) => names.reduce((acc, n) => acc + min((a) => a.rows[r][n][0]), 0);
  console.log('total of mins'.padEnd(14) + all[0].rows.map((_, r) => tot(r).toFixed(1).padStart(18)).join('') + '');
  console.log(`tokens ${all[0].rows[0].tokens}, findings ${all[0].rows[0].findings}, heap used after run 1 ${min((a) => a.rows[0].heapMB).toFixed(0)} MB`);
}
