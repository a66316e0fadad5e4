// One measured session of one server on one document: cold start to first
// diagnostics, single-character edits to their diagnostics, hover and completion
// round trips, and the process's peak memory. Used by bench/run.mjs and
// scripts/measure.mjs.
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { initializeParams, LspProcess } from './lsp.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The cache directory of the CaseFacts servers the bench starts (CASEFACTS_CACHE_DIR): their
 * saved diagnostics (server/src/node/savedDiagnostics.ts) are the bench's own, not the user's.
 */
export const CACHE_DIR = join(ROOT, 'bench', '.inputs', 'cache');

/** Forgets every brief the bench's servers have seen (their saved diagnostics). */
export function forgetSavedDiagnostics() {
  rmSync(join(CACHE_DIR, 'diagnostics'), { recursive: true, force: true });
}

/** The servers the bench knows: how to start each, and what language id it reads. */
export const SERVERS = {
  casefacts: {
    label: 'CaseFacts',
    argv: [join(ROOT, 'bin', 'casefacts-language-server'), '--stdio'],
    env: () => ({ ...process.env, CASEFACTS_CACHE_DIR: CACHE_DIR }),
  },
  floor: {
    label: 'floor (empty diagnostics)',
    // bundled like server/out/server.js (see floorBundle), so both load one file
    argv: [join(ROOT, 'bench', '.inputs', 'floor-server.js'), '--stdio'],
  },
  floorDiags: {
    label: 'floor publishing our diagnostics',
    // the same floor, publishing on every version the list CaseFacts published on open
    // (input.diagnosticsFile): what delivering that list costs, whoever computes it
    argv: [join(ROOT, 'bench', '.inputs', 'floor-server.js'), '--stdio'],
    floor: true,
    env: (input) => ({ ...process.env, CASEFACTS_BENCH_DIAGNOSTICS: input.diagnosticsFile }),
  },
  json: {
    label: 'vscode-json-languageserver 1.3.4',
    // its hard-coded 300 ms validation debounce zeroed, as ours is through settings
    argv: ['-r', join(ROOT, 'bench', 'zero-debounce.cjs'), join(ROOT, 'node_modules', 'vscode-json-languageserver', 'bin', 'vscode-json-languageserver'), '--stdio'],
  },
};

/**
 * Bundles bench/floor-server.mjs with esbuild and the options scripts/build.mjs uses for
 * the server (one minified CJS file), so that a cold start compares like with like: the
 * unbundled floor would read some sixty files of vscode-languageserver from
 * node_modules, which is start-up cost our server does not pay.
 */
export function floorBundle() {
  const src = join(ROOT, 'bench', 'floor-server.mjs');
  const out = join(ROOT, 'bench', '.inputs', 'floor-server.js');
  if (!existsSync(out) || statSync(out).mtimeMs < statSync(src).mtimeMs) {
    mkdirSync(dirname(out), { recursive: true });
    const esbuild = createRequire(import.meta.url)('esbuild');
    esbuild.buildSync({ entryPoints: [src], outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, logLevel: 'warning' });
  }
  return out;
}

/** Settings answered to workspace/configuration: debounce 0 so that each edit is validated at once. */
const SETTINGS = { caseFacts: { validate: { delay: 0 } }, json: { schemas: [] }, http: {} };

function languageId(file) {
  if (file.endsWith('.md')) {
    return 'markdown';
  }
  if (file.endsWith('.json')) {
    return 'json';
  }
  return 'casefacts';
}

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
/** Nearest-rank percentile of a list of numbers. */
export function percentile(xs, p) {
  if (xs.length === 0) {
    return null;
  }
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
export function stats(xs) {
  return xs.length === 0 ? null : { n: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95), mean: sum(xs) / xs.length, max: Math.max(...xs) };
}

/**
 * How a session's client gets a document's diagnostics after it sent a version. With
 * `pull`, and a server that offers pull diagnostics, the client asks right after
 * sending the version (as VS Code does) and the time is that request's round trip;
 * otherwise it waits for the server's publishDiagnostics of that version.
 * Resolves with {diagnostics (the list the client now shows), at, unchanged}.
 */
function diagnosticsOf(lsp, uri, pulling) {
  let resultId;
  let shown = [];
  return (version) => {
    if (!pulling) {
      return lsp.diagnostics(uri, version).then(({ params, at }) => ({ diagnostics: params.diagnostics, at, unchanged: false }));
    }
    return lsp.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: resultId }).then(({ result, at }) => {
      resultId = result.resultId;
      const unchanged = result.kind === 'unchanged';
      if (!unchanged) {
        shown = result.items;
      }
      return { diagnostics: shown, at, unchanged };
    });
  };
}

/**
 * Spawns a server, initializes it as an editor does, opens the input (version 1) and
 * waits for its first diagnostics. The caller stops the returned process.
 */
async function openSession(server, input, { pull = false } = {}) {
  const spec = SERVERS[server];
  if (server === 'floor' || spec.floor) {
    floorBundle();
  }
  const uri = pathToFileURL(input.file).href;
  const t0 = performance.now();
  const lsp = new LspProcess(spec.argv, { settings: SETTINGS, env: spec.env?.(input) });
  try {
    const init = await lsp.request('initialize', initializeParams(pathToFileURL(dirname(input.file)).href, { pull }));
    const caps = init.result.capabilities ?? {};
    lsp.notify('initialized', {});
    // VS Code sends the settings once after initialize; the JSON server reads them from here.
    lsp.notify('workspace/didChangeConfiguration', { settings: SETTINGS });
    const diagnostics = diagnosticsOf(lsp, uri, pull && !!caps.diagnosticProvider);
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: languageId(input.file), version: 1, text: input.text } });
    const opened = await diagnostics(1);
    return { lsp, uri, caps, opened, diagnostics, pulled: pull && !!caps.diagnosticProvider, cold: opened.at - t0, init: init.at - t0 };
  } catch (e) {
    await lsp.stop();
    throw e;
  }
}

/**
 * Cold start only: spawn → initialize → didOpen → first diagnostics, then stop.
 * Repeated by the bench so that one slow spawn on a busy machine does not decide the figure.
 */
export async function coldStart(server, input, options) {
  const { lsp, cold, init } = await openSession(server, input, options);
  await lsp.stop();
  return { cold, init };
}

/**
 * The first analysis without a cold start: the session's brief opened anew, under
 * another name, in the server the session has warmed (its JIT has compiled the
 * analysis), three times, each closed again; didOpen → its diagnostics (pushed, or
 * pulled right after didOpen). Measured after peak RSS, so it does not add to it.
 */
async function warmOpens(lsp, input, pulled) {
  const times = [];
  for (let i = 1; i <= 3; i++) {
    const file = input.file.replace(/(\.[a-z]+)$/, `.warm${i}$1`);
    const uri = pathToFileURL(file).href;
    const diagnostics = diagnosticsOf(lsp, uri, pulled);
    const sent = performance.now();
    lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: languageId(file), version: 1, text: input.text } });
    const got = await diagnostics(1);
    times.push(got.at - sent);
    lsp.notify('textDocument/didClose', { textDocument: { uri } });
  }
  return times;
}

/**
 * What parsing a list of diagnostics costs a client, with nothing else: the UTF-8 bytes
 * of a publishDiagnostics carrying it, decoded and JSON.parse'd in this process (median
 * of 21, after 5 unmeasured). A pulled full answer carries the same list in the same bytes
 * but for a few. Every edit that changes the list costs an editor at least this.
 */
function listParseMs(uri, diagnostics) {
  const bytes = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri, version: 1, diagnostics } }), 'utf8');
  const times = [];
  for (let i = 0; i < 26; i++) {
    const t = performance.now();
    JSON.parse(bytes.toString('utf8'));
    if (i >= 5) {
      times.push(performance.now() - t);
    }
  }
  return percentile(times, 50);
}

/**
 * Runs one session.
 * @param {keyof SERVERS} server
 * @param {{file: string, text: string, edit: {line: number, character: number}, probes: {line: number, start: number, end: number}[]}} input
 * @param {{edits: number, warmup: number, probes: number}} counts
 */
export async function runSession(server, input, { edits, warmup = 5, probes = 0, keepDiagnostics = false, pull = false }) {
  const { lsp, uri, caps, opened, diagnostics, pulled, cold, init } = await openSession(server, input, { pull });
  try {
    let version = 1;
    const diagnosticsCount = opened.diagnostics.length;

    // Single-character edits: insert 'x', then delete it, so the text stays valid and
    // every edit is a new version. Each waits for its own diagnostics. First inside a
    // note string (free text about a fact), then, where the input has one, inside a
    // provider's name (a fact of the brief: CaseFacts analyses the brief afresh).
    const series = async ({ line, character }) => {
      const times = [];
      let unchanged = 0;
      let cpuBefore = null;
      for (let i = 0; i < warmup + edits; i++) {
        version++;
        const insert = i % 2 === 0;
        const contentChanges = insert
          ? [{ range: { start: { line, character }, end: { line, character } }, rangeLength: 0, text: 'x' }]
          : [{ range: { start: { line, character }, end: { line, character: character + 1 } }, rangeLength: 1, text: '' }];
        if (i === warmup) {
          cpuBefore = lsp.cpuMs();
        }
        const sent = performance.now();
        lsp.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
        const got = await diagnostics(version);
        if (i >= warmup) {
          times.push(got.at - sent);
          unchanged += got.unchanged ? 1 : 0;
        }
      }
      const cpuAfter = lsp.cpuMs();
      const cpuPerEdit = cpuBefore !== null && cpuAfter !== null && edits > 0 ? (cpuAfter - cpuBefore) / edits : null;
      // leave the document as it was opened
      if ((warmup + edits) % 2 === 1) {
        version++;
        lsp.notify('textDocument/didChange', {
          textDocument: { uri, version },
          contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, rangeLength: 1, text: '' }],
        });
        await diagnostics(version);
      }
      return { change: stats(times), cpuPerEdit, unchanged };
    };
    const noteEdits = await series(input.edit);
    const factEdits = input.factEdit ? await series(input.factEdit) : null;
    const typoEdits = input.typoEdit ? await series(input.typoEdit) : null;

    const timeRequests = async (method, enabled, positionOf) => {
      if (!enabled) {
        return null;
      }
      const times = [];
      const list = input.probes.slice(0, probes);
      for (let i = 0; i < warmup + list.length; i++) {
        const p = list[i % list.length];
        const r = await lsp.request(method, { textDocument: { uri }, position: positionOf(p) });
        if (i >= warmup) {
          times.push(r.at - r.sent);
        }
      }
      return times;
    };
    const hover = await timeRequests('textDocument/hover', !!caps.hoverProvider, (p) => ({ line: p.line, character: Math.floor((p.start + p.end) / 2) }));
    const completion = await timeRequests('textDocument/completion', !!caps.completionProvider, (p) => ({ line: p.line, character: p.end }));

    const peakRssKb = lsp.peakRssKb();
    const warm = await warmOpens(lsp, input, pulled);
    return {
      server,
      file: input.file,
      cold,
      init,
      diagnostics: diagnosticsCount,
      ...(keepDiagnostics ? { openDiagnostics: opened.diagnostics } : {}),
      delivery: pulled ? 'pull' : 'push',
      change: noteEdits.change,
      cpuPerEdit: noteEdits.cpuPerEdit,
      factChange: factEdits?.change ?? null,
      factCpuPerEdit: factEdits?.cpuPerEdit ?? null,
      typoChange: typoEdits?.change ?? null,
      typoCpuPerEdit: typoEdits?.cpuPerEdit ?? null,
      // pulled edits answered "unchanged" (the editor kept its list), of those counted
      ...(pulled ? { unchanged: { change: noteEdits.unchanged, fact: factEdits?.unchanged ?? null, typo: typoEdits?.unchanged ?? null } } : {}),
      hover: hover && stats(hover),
      completion: completion && stats(completion),
      peakRssKb,
      warm: warm && stats(warm),
      listParseMs: listParseMs(uri, opened.diagnostics),
      publishesOnOpenAndEdits: lsp.publishes.get(uri) ?? 0,
      capabilities: { hover: !!caps.hoverProvider, completion: !!caps.completionProvider },
    };
  } finally {
    await lsp.stop();
  }
}
