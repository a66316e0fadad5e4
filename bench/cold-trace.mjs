// A timeline of one cold start, taken inside the real server process:
//
//   node bench/cold-trace.mjs [LINES=5000] [--md] [--runs=1] [--floor | --script=PATH] [--node-args=--flag,--flag]
//
// runs the server as `node --import bench/cold-trace.mjs bin/casefacts-language-server --stdio`
// (this same file, in its preload role), opens the brief, waits for the first diagnostics,
// and prints, from the process's own clock (performance.now(), 0 = process start):
// node bootstrap done, bundle compiled and run (require of server/out/server.js), each
// message in and out, JSON.stringify of the big ones, and GC pauses.
import { createRequire } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (process.env.CASEFACTS_COLD_TRACE === '1' && isMainThread) {
  preload();
} else if (process.env.CASEFACTS_COLD_TRACE !== '1') {
  await driver();
}

function preload() {
  const { performance, PerformanceObserver } = await_import_perf();
  const events = [];
  const mark = (what, t = performance.now()) => events.push([t, what]);
  mark('preload (node bootstrap done)');
  const require = createRequire(import.meta.url);
  const Module = require('node:module');
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    if (!(filename.includes('server/out') || filename.includes('floor-server') || filename.endsWith('casefacts-language-server'))) {
      return compile.call(this, content, filename);
    }
    const t = performance.now();
    try {
      return compile.call(this, content, filename);
    } finally {
      mark(`bundle ${filename.split('/').pop()} compiled+ran (${(performance.now() - t).toFixed(1)} ms)`, t);
    }
  };
  const stringify = JSON.stringify;
  JSON.stringify = function (...args) {
    const t = performance.now();
    const out = stringify.apply(this, args);
    const d = performance.now() - t;
    if (d > 1) {
      mark(`JSON.stringify ${out.length} chars: ${d.toFixed(1)} ms`, t);
    }
    return out;
  };
  const parse = JSON.parse;
  JSON.parse = function (...args) {
    const t = performance.now();
    const out = parse.apply(this, args);
    const d = performance.now() - t;
    if (d > 1) {
      mark(`JSON.parse ${String(args[0]).length} chars: ${d.toFixed(1)} ms`, t);
    }
    return out;
  };
  let stdinBytes = 0;
  const emit = process.stdin.emit;
  process.stdin.emit = function (ev, d, ...rest) {
    if (ev === 'data') {
      mark(`stdin data ${d.length} bytes`);
      stdinBytes += d.length;
    }
    return emit.call(this, ev, d, ...rest);
  };
  const write = process.stdout.write;
  process.stdout.write = function (chunk, ...rest) {
    const s = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8', 0, 200);
    const m = /"method":"([^"]+)"|"id":(\d+)/.exec(s);
    if (m) {
      mark(`out ${m[1] ?? `response ${m[2]}`} (${chunk.length} bytes)`);
    }
    if (s.includes('publishDiagnostics')) {
      setImmediate(dump);
    }
    return write.call(this, chunk, ...rest);
  };
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      mark(`GC ${['', 'minor', 'major', '', 'incremental', '', '', '', 'weak'][e.detail?.kind] ?? e.detail?.kind} ${e.duration.toFixed(1)} ms`, e.startTime);
    }
  });
  obs.observe({ entryTypes: ['gc'] });
  let dumped = false;
  function dump() {
    if (dumped) {
      return;
    }
    dumped = true;
    const gcs = events.filter((e) => e[1].startsWith('GC'));
    const gcTotal = gcs.reduce((a, e) => a + Number(/([\d.]+) ms/.exec(e[1])[1]), 0);
    mark(`(GC total ${gcTotal.toFixed(1)} ms in ${gcs.length} pauses; heap used ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB)`);
    // One line: where the time went, from the marks above.
    const at = (re) => events.find((e) => re.test(e[1]));
    const pre = at(/^preload/)?.[0] ?? 0;
    const bundle = events.filter((e) => /^bundle /.test(e[1])).map((e) => e[0] + Number(/\(([\d.]+) ms\)/.exec(e[1])[1]));
    const loaded = Math.max(...bundle);
    const init = at(/^out response 1 \(\d{3,} bytes\)/)?.[0] ?? NaN;
    const publish = at(/publishDiagnostics/)?.[0] ?? NaN;
    const lastIn = Math.max(...events.filter((e) => /^stdin data/.test(e[1]) && e[0] < publish).map((e) => e[0]));
    const gcIn = (a, b) => events.filter((e) => /^GC/.test(e[1]) && e[0] >= a && e[0] < b).reduce((acc, e) => acc + Number(/([\d.]+) ms/.exec(e[1])[1]), 0);
    mark(`(summary: node start ${pre.toFixed(0)} | bundle load ${(loaded - pre).toFixed(0)} | to initialize answered ${(init - loaded).toFixed(0)} | didOpen in at ${lastIn.toFixed(0)} | didOpen → publish ${(publish - lastIn).toFixed(0)} (GC ${gcIn(lastIn, publish).toFixed(0)}) | publish at ${publish.toFixed(0)})`);
    const v8 = createRequire(import.meta.url)('node:v8');
    const spaces = v8.getHeapSpaceStatistics().map((sp) => `${sp.space_name.replace('_space', '')} ${(sp.space_used_size / 1048576).toFixed(1)}/${(sp.physical_space_size / 1048576).toFixed(1)}`);
    const mu = process.memoryUsage();
    mark(`(heap spaces used/physical MB: ${spaces.join(', ')}; external ${(mu.external / 1048576).toFixed(1)}, arrayBuffers ${(mu.arrayBuffers / 1048576).toFixed(1)})`);
    events.sort((a, b) => a[0] - b[0]);
    if (process.env.CASEFACTS_TRACE_SNAPSHOT) {
      v8.writeHeapSnapshot(process.env.CASEFACTS_TRACE_SNAPSHOT); // after the first publish
    }
    process.stderr.write(`${events.map(([t, w]) => `  ${t.toFixed(1).padStart(8)}  ${w}`).join('\n')}\n`);
  }
}

function await_import_perf() {
  return createRequire(import.meta.url)('node:perf_hooks');
}

async function driver() {
  const { readFileSync, existsSync, writeFileSync } = await import('node:fs');
  const { dirname, join } = await import('node:path');
  const { fileURLToPath, pathToFileURL } = await import('node:url');
  const { performance } = await import('node:perf_hooks');
  const { initializeParams, LspProcess } = await import('./lsp.mjs');
  const { generateCase, generateMarkdown } = await import('./generate.mjs');
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const args = process.argv.slice(2);
  const markdown = args.includes('--md');
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 1);
  const nodeArgs = (args.find((a) => a.startsWith('--node-args='))?.slice(12) ?? '').split(',').filter(Boolean);
  const lines = Number(args.find((a) => !a.startsWith('--')) ?? 5000);
  const file = join(root, 'bench', '.inputs', `brief-${lines}.${markdown ? 'md' : 'case'}`);
  if (!existsSync(file)) {
    writeFileSync(file, (markdown ? generateMarkdown(lines) : generateCase(lines)).text);
  }
  const text = readFileSync(file, 'utf8');
  const settings = { caseFacts: { validate: { delay: 0 } } };
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const script = args.find((a) => a.startsWith('--script='))?.slice(9) ??
      (args.includes('--floor') ? join(root, 'bench', '.inputs', 'floor-server.js') : join(root, 'bin', 'casefacts-language-server'));
    const lsp = new LspProcess(['--import', fileURLToPath(import.meta.url), ...nodeArgs, script, '--stdio'], {
      settings,
      env: { ...process.env, CASEFACTS_COLD_TRACE: '1' },
    });
    const uri = pathToFileURL(file).href;
    const init = await lsp.request('initialize', initializeParams(pathToFileURL(dirname(file)).href));
    lsp.notify('initialized', {});
    lsp.notify('workspace/didChangeConfiguration', { settings });
    const first = lsp.diagnostics(uri, 1);
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: markdown ? 'markdown' : 'casefacts', version: 1, text } });
    const got = await first;
    await new Promise((r) => setTimeout(r, 100));
    console.log(`run ${r + 1}: client clock: initialize answered ${(init.at - t0).toFixed(0)} ms, first diagnostics ${(got.at - t0).toFixed(0)} ms; peak RSS ${(lsp.peakRssKb() / 1024).toFixed(0)} MB`);
    console.log(lsp.stderr.trimEnd());
    await lsp.stop();
  }
}
