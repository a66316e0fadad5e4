// Where the first validation of a brief goes, phase by phase, in a fresh process (a cold
// JIT, as in a cold start): module initialisation, scan, parse, model, analysis, text
// checks, doctrine rules, sorting, findings → diagnostics, JSON.stringify; GC pauses
// within each phase; heap after. Then the same again, warm.
//
//   node bench/cold-phases.mjs [LINES=5000] [--md] [--runs=3] [--keep]
//
// The harness is bundled from server/src with esbuild, minified like server/out/server.js.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCase, generateMarkdown } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const markdown = args.includes('--md');
const lines = Number(args.find((a) => !a.startsWith('--')) ?? 5000);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const file = join(root, 'bench', '.inputs', `brief-${lines}.${markdown ? 'md' : 'case'}`);
mkdirSync(dirname(file), { recursive: true });
if (!existsSync(file)) {
  writeFileSync(file, (markdown ? generateMarkdown(lines) : generateCase(lines)).text);
}

const harness = `
const { performance, PerformanceObserver } = require('perf_hooks');
const t0 = performance.now();
const { TextDocument } = require('vscode-languageserver-textdocument');
const { findingsToDiagnostics, isMarkdown } = require('./server/src/service/languageService');
const { checkText } = require('./server/src/service/checks');
const { analyze } = require('./server/src/service/doctrine/analysis');
const { makeContext } = require('./server/src/service/doctrine/rule');
const { DOCTRINE_RULES } = require('./server/src/service/doctrine/rules');
const { extractCase } = require('./server/src/service/markdown');
const { buildModel } = require('./server/src/service/model');
const { parse } = require('./server/src/service/parser');
const { scan } = require('./server/src/service/scanner');
const tLoaded = performance.now();
const gcs = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) gcs.push([e.startTime, e.duration]); }).observe({ entryTypes: ['gc'] });
const spans = [];
const fs = require('fs');
const [file, runs, md] = process.argv.slice(2);
const raw = fs.readFileSync(file, 'utf8');
const document = TextDocument.create('file://' + file, md === '1' ? 'markdown' : 'casefacts', 1, raw);
console.log('module init (require of the service): ' + (tLoaded - t0).toFixed(1) + ' ms');
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
  const toks = scan(text);
  phase('scan (alone)');
  const doc = parse(text);
  phase('scan+parse');
  const model = buildModel(doc);
  phase('model');
  const analysis = analyze(model);
  phase('analysis');
  const ctx = makeContext(model, analysis);
  const checks = checkText(doc, model);
  phase('checks');
  const rules = DOCTRINE_RULES.flatMap((r) => r.check(ctx));
  phase('rules');
  const findings = [...checks, ...rules];
  findings.sort((a, b) => a.offset - b.offset || a.code.localeCompare(b.code));
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
const names = Object.keys(rows[0]).filter((k) => Array.isArray(rows[0][k]));
console.log('phase'.padEnd(14) + rows.map((_, i) => ('run ' + (i + 1) + ' ms (gc)').padStart(18)).join(''));
for (const n of names) {
  console.log(n.padEnd(14) + rows.map((r) => (r[n][0].toFixed(1) + ' (' + r[n][1].toFixed(1) + ')').padStart(18)).join(''));
}
const tot = (r) => names.filter((n) => n !== 'scan (alone)').reduce((a, n) => a + r[n][0], 0);
console.log('total'.padEnd(14) + rows.map((r) => tot(r).toFixed(1).padStart(18)).join('') + '   (without "scan (alone)")');
console.log('tokens ' + rows[0].tokens + ', findings ' + rows[0].findings + ', heap used after ' + rows.map((r) => r.heapMB.toFixed(0)).join('/') + ' MB');
}
`;
const out = join(root, 'bench', '.inputs', 'cold-phases.js');
const esbuild = createRequire(import.meta.url)('esbuild');
esbuild.buildSync({
  stdin: { contents: harness, resolveDir: root, loader: 'js' },
  outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, charset: 'utf8', logLevel: 'warning',
});
process.stdout.write(execFileSync(process.execPath, [out, file, String(runs), markdown ? '1' : '0'], { encoding: 'utf8' }));
