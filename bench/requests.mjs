// What VS Code asks a server for after each pause in typing, beyond diagnostics, hovers and
// completions (which bench/run.mjs times): semantic tokens, the outline, folding ranges, code
// lenses, the code actions at the cursor (asked on every cursor move), and, with the report panel
// open, the report's page; semantic tokens both
// whole and, when the server offers it, as the difference from the last answer. On one brief, each
// request is timed after a one-character edit, as the editor sends it, pulled diagnostics first.
//
//   node bench/requests.mjs [LINES=5000,50000] [--edits=12] [--edit=edit|factEdit|typoEdit]
//
// Prints per request the server's part (request sent → first byte of the answer back), the
// whole round trip (→ answer parsed), p50 and max, and the answer's size. Nothing is asserted.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generateCase } from './generate.mjs';
import { LspProcess, initializeParams } from './lsp.mjs';
import { percentile, ROOT, SERVERS } from './session.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? dflt;
const sizes = (args.find((a) => !a.startsWith('--')) ?? '5000,50000').split(',').map(Number);
const edits = Number(opt('edits', 12));
const site = opt('edit', 'factEdit');
const settings = { caseFacts: { validate: { delay: 0 } } };

for (const lines of sizes) {
  const brief = generateCase(lines);
  const dir = join(ROOT, 'bench', '.inputs');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `brief-${lines}.case`);
  writeFileSync(file, brief.text);
  const uri = pathToFileURL(file).href;
  const lsp = new LspProcess(SERVERS.casefacts.argv, { settings });
  // when the first chunk of an answer arrived, to split the server's time from the transfer
  let firstByte;
  const onData = lsp.onData.bind(lsp);
  lsp.proc.stdout.removeAllListeners('data');
  lsp.proc.stdout.on('data', (chunk) => {
    firstByte ??= performance.now();
    onData(chunk);
  });
  try {
    const init = await lsp.request('initialize', initializeParams(pathToFileURL(dir).href, { pull: true }));
    const caps = init.result.capabilities;
    lsp.notify('initialized', {});
    lsp.notify('workspace/didChangeConfiguration', { settings });
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'casefacts', version: 1, text: brief.text } });
    await lsp.request('textDocument/diagnostic', { textDocument: { uri } });
    const { line, character } = brief[site];
    const cursor = { line, character };
    const requests = [
      ['semantic tokens', 'textDocument/semanticTokens/full', { textDocument: { uri } }, caps.semanticTokensProvider],
      ['outline', 'textDocument/documentSymbol', { textDocument: { uri } }, caps.documentSymbolProvider],
      ['folding ranges', 'textDocument/foldingRange', { textDocument: { uri } }, caps.foldingRangeProvider],
      ['code lenses', 'textDocument/codeLens', { textDocument: { uri } }, caps.codeLensProvider],
      ['code actions at the cursor', 'textDocument/codeAction', { textDocument: { uri }, range: { start: cursor, end: cursor }, context: { diagnostics: [] } }, caps.codeActionProvider],
      // CaseFacts's own: what the open report panel asks for after a pause (client/src/report/panel.ts)
      ['report panel page', 'caseFacts/report', { uri, pageOnly: true }, true],
    ].filter((r) => r[3]);
    // an editor that holds the last tokens asks for the difference (when the server offers it)
    const delta = typeof caps.semanticTokensProvider?.full === 'object' && caps.semanticTokensProvider.full.delta;
    let tokensId;
    if (delta) {
      requests.unshift(['semantic tokens (delta)', 'textDocument/semanticTokens/full/delta', () => ({ textDocument: { uri }, previousResultId: tokensId })]);
      tokensId = (await lsp.request('textDocument/semanticTokens/full', { textDocument: { uri } })).result.resultId;
    }
    const times = new Map(requests.map(([name]) => [name, { server: [], total: [], bytes: 0 }]));
    // what a lawyer typing with the report panel open waits for: a completion asked 5 ms after
    // the panel asked for its page (round trip only: the page's bytes may come first)
    const WHILE_PAGE = 'completion while page is made';
    const probe = brief.probes.find((p) => p.kind === 'value') ?? brief.probes[0];
    if (caps.completionProvider && probe) {
      times.set(WHILE_PAGE, { server: [], total: [], bytes: 0 });
    }
    let version = 1;
    for (let i = 0; i < edits; i++) {
      version++;
      const change = i % 2 === 0
        ? { range: { start: cursor, end: cursor }, rangeLength: 0, text: 'x' }
        : { range: { start: cursor, end: { line, character: character + 1 } }, rangeLength: 1, text: '' };
      lsp.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await lsp.request('textDocument/diagnostic', { textDocument: { uri } });
      for (const [name, method, params] of requests) {
        firstByte = undefined;
        const sent = performance.now();
        const r = await lsp.request(method, typeof params === 'function' ? params() : params);
        if (r.result?.resultId !== undefined) {
          tokensId = r.result.resultId;
        }
        const t = times.get(name);
        t.server.push(firstByte - sent);
        t.total.push(r.at - sent);
        t.bytes = Buffer.byteLength(JSON.stringify(r.result ?? null));
      }
      const t = times.get(WHILE_PAGE);
      if (t) {
        const page = lsp.request('caseFacts/report', { uri, pageOnly: true });
        await new Promise((resolve) => setTimeout(resolve, 5));
        const sent = performance.now();
        const r = await lsp.request('textDocument/completion', { textDocument: { uri }, position: { line: probe.line, character: probe.end } });
        t.total.push(r.at - sent);
        t.bytes = Buffer.byteLength(JSON.stringify(r.result ?? null));
        await page;
      }
    }
    const peak = lsp.peakRssKb();
    console.log(`${lines} lines, after each of ${edits} one-character edits (${site}); the server's peak RSS ${peak === null ? 'n/a' : `${(peak / 1024).toFixed(0)} MB`}:`);
    for (const [name, t] of times) {
      const f = (xs) => (xs.length === 0 ? `${'n/a'.padStart(10)}  ${''.padStart(10)}` : `p50 ${percentile(xs, 50).toFixed(1).padStart(6)}  max ${Math.max(...xs).toFixed(1).padStart(6)}`);
      console.log(`  ${name.padEnd(28)} server ${f(t.server)}   round trip ${f(t.total)} ms   ${(t.bytes / 1024).toFixed(0).padStart(5)} kB`);
    }
  } finally {
    await lsp.stop();
  }
}
