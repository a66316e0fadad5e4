// Where the server's memory goes over a bench session: resident set (VmRSS) and its peak
// (VmHWM) after each step — start, open, the note edits, the fact edits, hovers,
// completions — for our server and the floor, so that a peak can be pinned to a step.
//
//   node bench/cold-rss.mjs [LINES=50000] [--md] [--edits=12] [--servers=casefacts,floor]
//   (a server `casefacts+NAME=VALUE` runs ours with that environment variable; a path, that script)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCase, generateMarkdown } from './generate.mjs';
import { initializeParams, LspProcess } from './lsp.mjs';
import { floorBundle, SERVERS } from './session.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => args.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=') ?? dflt;
const markdown = args.includes('--md');
const lines = Number(args.find((a) => !a.startsWith('--')) ?? 50000);
const edits = Number(opt('edits', '12'));
const servers = opt('servers', 'casefacts,floor').split(',');
const SETTINGS = { caseFacts: { validate: { delay: 0 } } };

const input = markdown ? generateMarkdown(lines) : generateCase(lines);
input.file = join(dirname(new URL(import.meta.url).pathname), '.inputs', `brief-${lines}.${markdown ? 'md' : 'case'}`);
floorBundle();

function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`${name}:\\s*(\\d+)`).exec(status)?.[1] ?? NaN);
  return `rss ${(kb('VmRSS') / 1024).toFixed(0).padStart(4)} MB  peak ${(kb('VmHWM') / 1024).toFixed(0).padStart(4)} MB`;
}

for (const server of servers) {
  const [name, ...envs] = server.split('+');
  const env = { ...process.env, ...Object.fromEntries(envs.map((e) => e.split('='))) };
  const argv = name.includes('/') ? [name, '--stdio'] : SERVERS[name].argv; // a path: that script, e.g. another build
  const lsp = new LspProcess(argv, { settings: SETTINGS, env });
  const uri = pathToFileURL(input.file).href;
  const step = (what) => console.log(`${(server.includes('/') ? 'before' : server).padEnd(12)} ${what.padEnd(26)} ${memory(lsp.pid)}`);
  try {
    await lsp.request('initialize', initializeParams(pathToFileURL(dirname(input.file)).href));
    lsp.notify('initialized', {});
    lsp.notify('workspace/didChangeConfiguration', { settings: SETTINGS });
    step('initialized');
    let version = 1;
    const first = lsp.diagnostics(uri, version);
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: markdown ? 'markdown' : 'casefacts', version, text: input.text } });
    await first;
    step('first diagnostics');
    for (const [label, at] of [['note edits', input.edit], ['fact edits', input.factEdit]]) {
      if (!at) {
        continue;
      }
      for (let i = 0; i < edits; i++) {
        version++;
        const { line, character } = at;
        const contentChanges = i % 2 === 0
          ? [{ range: { start: { line, character }, end: { line, character } }, rangeLength: 0, text: 'x' }]
          : [{ range: { start: { line, character }, end: { line, character: character + 1 } }, rangeLength: 1, text: '' }];
        const wait = lsp.diagnostics(uri, version);
        lsp.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
        await wait;
      }
      step(`${edits} ${label}`);
    }
    for (const method of ['textDocument/hover', 'textDocument/completion']) {
      for (const p of input.probes.slice(0, 20)) {
        await lsp.request(method, { textDocument: { uri }, position: { line: p.line, character: method.endsWith('hover') ? Math.floor((p.start + p.end) / 2) : p.end } }).catch(() => undefined);
      }
      step(`20 ${method.split('/')[1]}s`);
    }
  } finally {
    await lsp.stop();
  }
}
