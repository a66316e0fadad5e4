// Cold start only, several times, interleaved with the floor: spawn → initialize answered →
// first publishDiagnostics, and the peak RSS at that moment. Quicker and steadier than a
// whole `bench/run.mjs` when working on start-up alone.
//
// Usage: node bench/cold.mjs [--sizes=5000,50000] [--runs=5] [--servers=casefacts,floor] [--md]
//        [--node-args=--flag,--flag]   (extra node flags for our server, e.g. to try a V8 flag)
//        a server `casefacts:--flag:--flag` is ours with those node flags, `casefacts+NAME=VALUE` ours
//        with that environment variable, a path (containing '/') that script run with --stdio,
//        all interleaved; a server ending in `@new` opens the brief under a name it has never
//        seen (`brief-N.newK.case`), keeping the code cache: the bench's `new` figure
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateCase, generateMarkdown } from './generate.mjs';
import { initializeParams, LspProcess } from './lsp.mjs';
import { floorBundle, ROOT, SERVERS } from './session.mjs';

const opt = (name, dflt) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=') ?? dflt;
const sizes = opt('sizes', '5000,50000').split(',').map(Number);
const runs = Number(opt('runs', '5'));
const servers = opt('servers', 'casefacts,floor').split(',');
const markdown = process.argv.includes('--md');
const nodeArgs = opt('node-args', '').split(',').filter(Boolean);
const SETTINGS = { caseFacts: { validate: { delay: 0 } } };

function input(lines) {
  const file = join(ROOT, 'bench', '.inputs', `brief-${lines}.${markdown ? 'md' : 'case'}`);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, (markdown ? generateMarkdown(lines) : generateCase(lines)).text);
  }
  return { file, text: readFileSync(file, 'utf8') };
}

let fresh = 0;
async function once(variant, { file, text }) {
  const server = variant.replace(/@new$/, '');
  const named = variant.endsWith('@new') ? file.replace(/(\.\w+)$/, `.new${process.pid}-${++fresh}$1`) : file;
  const uri = pathToFileURL(named).href;
  // `casefacts:--flag:--flag` is our server with node flags (to compare them in one interleaved run)
  // and `casefacts+NAME=VALUE` ours with that environment variable
  const [spec, ...envs] = server.split('+');
  const [name, ...flags] = spec.split(':');
  // and a path, that script run as a server (`node PATH --stdio`), e.g. another build of ours
  const argv = name === 'casefacts' ? [...nodeArgs, ...flags, ...SERVERS.casefacts.argv] : name.includes('/') ? [...flags, name, '--stdio'] : SERVERS[name].argv;
  const env = { ...process.env, ...Object.fromEntries(envs.map((e) => e.split('='))) };
  const t0 = performance.now();
  const lsp = new LspProcess(argv, { settings: SETTINGS, env });
  try {
    const init = await lsp.request('initialize', initializeParams(pathToFileURL(dirname(file)).href));
    lsp.notify('initialized', {});
    lsp.notify('workspace/didChangeConfiguration', { settings: SETTINGS });
    const first = lsp.diagnostics(uri, 1);
    const opened = performance.now();
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: markdown ? 'markdown' : 'casefacts', version: 1, text } });
    const got = await first;
    // on-CPU time of the server's main thread so far (ns in /proc/<pid>/schedstat): less
    // disturbed than wall time when the machine is busy
    let cpu = NaN;
    try {
      cpu = Number(readFileSync(`/proc/${lsp.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
    } catch {
      // not Linux
    }
    return { cpu, init: init.at - t0, open: opened - t0, cold: got.at - t0, diags: got.params.diagnostics.length, rss: lsp.peakRssKb() / 1024 };
  } finally {
    await lsp.stop();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
floorBundle();
for (const lines of sizes) {
  const doc = input(lines);
  const samples = Object.fromEntries(servers.map((s) => [s, []]));
  for (let r = 0; r < runs; r++) {
    for (const s of servers) {
      samples[s].push(await once(s, doc));
    }
  }
  for (const s of servers) {
    const xs = samples[s];
    const m = (k) => median(xs.map((x) => x[k]));
    console.log(`${String(lines).padStart(6)} ${s.padEnd(12)} init ${m('init').toFixed(0).padStart(5)}  cold ${m('cold').toFixed(0).padStart(5)}  main-thread cpu ${m('cpu').toFixed(0).padStart(5)}  (min cold ${Math.min(...xs.map((x) => x.cold)).toFixed(0)})  rss ${m('rss').toFixed(0).padStart(4)} MB  diags ${xs[0].diags}`);
  }
}
