// Briefs over the worker threshold (1,000,000 characters), which are validated in a worker
// thread that keeps the tree (server/src/validateWorker.ts): open, single-character edits in a
// note (each waits for its pushed diagnostics), hovers before and after an edit, peak RSS.
//
//   node bench/huge.mjs [LINES=60000,300000] [--edits=10]
//
// 60,000 lines is just over the threshold (1.05 M characters); the bench's own sizes stay under it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCase } from './generate.mjs';
import { initializeParams, LspProcess } from './lsp.mjs';
import { ROOT, SERVERS } from './session.mjs';

const args = process.argv.slice(2);
const sizes = (args.find((a) => !a.startsWith('--')) ?? '60000,300000').split(',').map(Number);
const edits = Number(args.find((a) => a.startsWith('--edits='))?.slice(8) ?? 10);
const settings = { caseFacts: { validate: { delay: 0 } } };
const ms = (t) => (performance.now() - t).toFixed(0);

for (const lines of sizes) {
  const brief = generateCase(lines);
  mkdirSync(join(ROOT, 'bench', '.inputs'), { recursive: true });
  const file = join(ROOT, 'bench', '.inputs', `huge-${lines}.case`);
  writeFileSync(file, brief.text);
  const uri = pathToFileURL(file).href;
  const lsp = new LspProcess(SERVERS.casefacts.argv, { settings });
  try {
    const t0 = performance.now();
    await lsp.request('initialize', initializeParams(pathToFileURL(join(ROOT, 'bench', '.inputs')).href));
    lsp.notify('initialized', {});
    lsp.notify('workspace/didChangeConfiguration', { settings });
    const first = lsp.diagnostics(uri, 1);
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'casefacts', version: 1, text: brief.text } });
    await first;
    const open = ms(t0);
    const probe = brief.probes[0];
    const hover = async () => {
      const t = performance.now();
      await lsp.request('textDocument/hover', { textDocument: { uri }, position: { line: probe.line, character: probe.start + 1 } });
      return ms(t);
    };
    const hovers = [await hover(), await hover()];
    const { line, character } = brief.edit;
    const times = [];
    for (let v = 2; v < 2 + edits; v++) {
      const insert = v % 2 === 0;
      const contentChanges = insert
        ? [{ range: { start: { line, character }, end: { line, character } }, rangeLength: 0, text: 'x' }]
        : [{ range: { start: { line, character }, end: { line, character: character + 1 } }, rangeLength: 1, text: '' }];
      const t = performance.now();
      const got = lsp.diagnostics(uri, v);
      lsp.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges });
      await got;
      times.push(ms(t));
    }
    hovers.push(await hover());
    console.log(`${lines} lines (${(brief.text.length / 1e6).toFixed(2)} M characters): open → diagnostics ${open} ms; note edits ${times.join(' ')} ms; hovers ${hovers.join(', ')} ms (first, second, after the edits); peak RSS ${(lsp.peakRssKb() / 1024).toFixed(0)} MB`);
  } finally {
    await lsp.stop();
  }
}
