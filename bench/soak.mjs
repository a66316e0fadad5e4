// A soak test: a lawyer's day in an editor, compressed. One server at a time is driven for
// `--minutes` of editing (half by a push client, half by a pull client): ~20 briefs open
// (.case and Markdown, English and Chinese, one of 5,000 lines), thousands of random
// keystrokes and multi-line pastes and deletions (incremental didChange, with versions),
// every request an editor makes after a pause or a cursor move, saves, closes and reopens,
// and changes of settings. Along the way it checks that every request is answered (no
// timeouts, no error but RequestCancelled / ContentModified, and RequestFailed for a refused
// rename), that the server says nothing on stderr or as an error log message, that pushed
// diagnostics never go back a version and fit the text of their version, that semantic
// token deltas add up to the full answer, and samples the server's RSS (and its heap after a
// full GC, through bench/heap-probe.cjs) with everything open and after closing everything.
// At the end of each phase the last text of every brief is opened in fresh servers (pushed
// and pulled): their diagnostics must be the session's. The server must exit 0 on
// shutdown + exit, and its cache directory (CASEFACTS_CACHE_DIR) must stay bounded, with no
// temporary file left.
//
//   node bench/soak.mjs                  # 10 minutes, seed 1
//   node bench/soak.mjs --minutes=2 --seed=7 --json=bench/results/soak.json
//
// Exit status 1 when a check failed; every failure is listed with what the client saw.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { initializeParams, LspProcess } from './lsp.mjs';
import { generateCase, generateMarkdown, prng } from './generate.mjs';
import { publishChecks } from './soak-publishes.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : dflt;
};
const MINUTES = Number(arg('minutes', '10'));
const SEED = Number(arg('seed', '1'));
const JSON_OUT = arg('json', undefined);
const PHASES = (arg('phases', 'push,pull')).split(',');
const REQUEST_TIMEOUT = 30_000;

const rnd = prng(SEED);
const pick = (xs) => xs[Math.floor(rnd.next() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rnd.next() * (hi - lo + 1));
const chance = (p) => rnd.next() < p;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- documents

function corpus() {
  const docs = [];
  const ex = join(ROOT, 'examples');
  for (const f of readdirSync(ex).sort()) {
    docs.push({ name: f, text: readFileSync(join(ex, f), 'utf8') });
  }
  docs.push({ name: 'big-5000.md', text: generateMarkdown(5000, 11).text });
  docs.push({ name: 'brief-500.case', text: generateCase(500, 12).text });
  for (let i = 0; i < 4; i++) {
    docs.push({ name: `small-${i}.case`, text: generateCase(60 + 30 * i, 100 + i).text });
    docs.push({ name: `small-${i}.md`, text: generateMarkdown(80 + 30 * i, 200 + i).text });
  }
  // briefs written on Windows: CRLF line ends, a tab, a note with an emoji (two UTF-16 units)
  const crlf = (t) => t.replace(/\r?\n/g, '\r\n');
  docs.push({ name: 'windows.case', text: crlf(readFileSync(join(ex, '03-case2-hosting.case'), 'utf8').replace('\n', '\t# 📎 exhibit\n')) });
  docs.push({ name: 'windows.md', text: crlf(generateMarkdown(150, 300).text) });
  docs.push({ name: 'notes.md', text: '# Notes\n\nNo facts yet, only prose: 快播案的笔记。\n\n- point one\n- point two\n' });
  docs.push({ name: 'empty.case', text: '' });
  return docs;
}

const languageId = (name) => (name.endsWith('.md') ? 'markdown' : 'casefacts');

/**
 * Offset ↔ position over a text (UTF-16 units, as LSP and JS strings count). Lines end at
 * \r\n, \r or \n, as LSP has it.
 */
function lineStarts(text) {
  const starts = [0];
  const re = /\r\n?|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    starts.push(m.index + m[0].length);
  }
  return starts;
}
/** Where line `line`'s text ends (before its line break). */
function lineEnd(text, starts, line) {
  if (line + 1 >= starts.length) {
    return text.length;
  }
  const next = starts[line + 1];
  return text[next - 1] === '\n' && text[next - 2] === '\r' ? next - 2 : next - 1;
}
function positionAt(doc, offset) {
  const starts = doc.starts ?? (doc.starts = lineStarts(doc.text));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return { line: lo, character: Math.min(offset, lineEnd(doc.text, starts, lo)) - starts[lo] };
}
function offsetAt(doc, pos) {
  const starts = doc.starts ?? (doc.starts = lineStarts(doc.text));
  if (pos.line >= starts.length) {
    return doc.text.length;
  }
  return Math.min(starts[pos.line] + pos.character, lineEnd(doc.text, starts, pos.line));
}
/** Whether a range lies inside a text (as LSP would have it: a line that exists, a character ≤ its length). */
function rangeFits(text, starts, range) {
  const fits = (p) => p.line < starts.length && p.character <= lineEnd(text, starts, p.line) - starts[p.line] + 1; // +1: a diagnostic may point just past a line's end
  return fits(range.start) && fits(range.end);
}

const TYPED = [...'abcdefghijklmnopqrstuvwxyz   0123456789_-,.:;"{}#\n\n\t快播提供者的技术中立：，、；｛｝“”「」', '📎'];
const WORDS = ['provider', 'offender', 'charge', 'evidence', 'role', 'caching', 'search', 'knowledge', 'specific', 'notice', 'takedown', 'refused', 'uses', 'offense', 'art363', 'art287-2', '提供者', '角色', '缓存', '明知', '通知', '拒绝', 'Qvod', '"note"'];

// ---------------------------------------------------------------- the session

class SoakClient extends LspProcess {
  constructor(argv, opts, hooks) {
    super(argv, opts);
    this.hooks = hooks;
  }
  onMessage(msg, at) {
    if (msg.method === 'window/logMessage' || msg.method === 'window/showMessage') {
      this.hooks.message?.(msg.method, msg.params);
    }
    if (msg.method === 'textDocument/publishDiagnostics') {
      this.hooks.publish?.(msg.params);
    }
    if (msg.id !== undefined && msg.method !== undefined) {
      this.hooks.serverRequest?.(msg.method, msg.params);
    }
    if (msg.id !== undefined && msg.method === undefined) {
      // now, not when the request's promise settles: the messages read with it in one chunk come first then
      this.hooks.response?.(msg.id);
    }
    super.onMessage(msg, at);
  }
  /** Like request, with the id, so that it can be cancelled. */
  requestWithId(method, params, timeoutMs) {
    const id = this.nextId;
    return { id, promise: this.request(method, params, timeoutMs) };
  }
}

function rssKb(pid) {
  try {
    const m = /VmRSS:\s*(\d+)\s*kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** The server's heap after two full GCs (bench/heap-probe.cjs), in kB. */
async function heapKb(lsp, file) {
  const before = existsSync(file) ? statSync(file).mtimeMs : 0;
  process.kill(lsp.pid, 'SIGUSR2');
  for (let i = 0; i < 100; i++) {
    await sleep(50);
    if (existsSync(file) && statSync(file).mtimeMs !== before) {
      const m = JSON.parse(readFileSync(file, 'utf8'));
      return { heapUsed: Math.round(m.heapUsed / 1024), rss: Math.round(m.rss / 1024), external: Math.round(m.external / 1024) };
    }
  }
  return null;
}

const SETTINGS_POOL = {
  locale: ['en', 'zh-CN', 'auto', 'en'],
  rules: [{}, {}, { 'tech-neutrality': 'off' }, { 'unknown-key': 'warning', 'safe-harbor-scope': 'error' }, { 'verdict-divergence': 'info', syntax: 'warning', 'missing-role': 'off' }],
  delay: [0, 0, 20, 100, 200],
  trigger: ['onType', 'onType', 'onType', 'onType', 'onSave'],
  lens: [true, true, false],
};
function randomSettings({ onTypeOnly = false } = {}) {
  return {
    locale: pick(SETTINGS_POOL.locale),
    rules: pick(SETTINGS_POOL.rules),
    validate: { delay: pick(SETTINGS_POOL.delay), trigger: onTypeOnly ? 'onType' : pick(SETTINGS_POOL.trigger), remember: !chance(0.1) },
    codeLens: { enabled: pick(SETTINGS_POOL.lens) },
  };
}

const ALLOWED = new Set([-32800 /* RequestCancelled */, -32801 /* ContentModified */]);
const REFUSABLE = new Set(['textDocument/prepareRename', 'textDocument/rename']); // RequestFailed -32803, in the user's words

async function runPhase(kind, minutes, report) {
  const pull = kind === 'pull';
  const cacheDir = mkdtempSync(join(tmpdir(), `casefacts-soak-${kind}-`));
  const heapFile = join(cacheDir, 'heap.json');
  const phase = {
    kind,
    cacheDir,
    counts: { edits: 0, didChange: 0, opens: 0, closes: 0, saves: 0, settings: 0, closeAllCycles: 0, requests: {}, cancelled: 0, allowedErrors: {}, publishes: 0, publishedBeforeClose: 0, refreshes: 0, showMessages: 0 },
    problems: [],
    rss: [],
    heap: [],
    /** Per method: round trips (ms), in the first and the second half of the editing, to see a slowdown over time. */
    latency: {},
  };
  const problem = (what, detail) => {
    if (phase.problems.length < 200) {
      phase.problems.push({ at: ((performance.now() - t0) / 1000).toFixed(1), what, detail });
    }
    console.log(`  PROBLEM ${what}: ${JSON.stringify(detail).slice(0, 400)}`);
  };
  let settings = randomSettings({ onTypeOnly: true });
  settings.validate.delay = 0;
  const docs = new Map();
  const hooks = {
    message(method, params) {
      if (method === 'window/showMessage') {
        phase.counts.showMessages++;
        return;
      }
      if (params.type <= 2) {
        problem('log message', params);
      }
    },
    publish(p) {
      phase.counts.publishes++;
      checks.publish(p);
    },
    response(id) {
      if (id === settingsBarrier) {
        checks.settingsRead();
      }
    },
    serverRequest(method) {
      if (method === 'workspace/diagnostic/refresh') {
        phase.counts.refreshes++;
        refreshWanted = true;
      }
    },
  };
  let refreshWanted = false;
  /** Bumped on each change of settings. */
  let settingsEpoch = 0;
  const checks = publishChecks({ pull, docs, problem, settingsEpoch: () => settingsEpoch, checkRanges: (doc, list) => checkRanges(doc, list, 'pushed') });
  /** The id of a request sent right after the last change of settings: answered once the server has read the change (it reads in order). */
  let settingsBarrier;
  function changeSettings(next) {
    settings = next;
    lsp.settings = { caseFacts: settings };
    settingsEpoch++;
    checks.settingsChanged();
    lsp.notify('workspace/didChangeConfiguration', { settings: { caseFacts: settings } });
    const { id, promise } = lsp.requestWithId('textDocument/foldingRange', { textDocument: { uri: 'file:///soak/nothing-open' } }, REQUEST_TIMEOUT);
    settingsBarrier = id;
    promise.catch((e) => problem('request failed or timed out', { method: 'textDocument/foldingRange', code: e.code, message: String(e.message).slice(0, 300) }));
  }

  const argv = ['--expose-gc', '-r', join(ROOT, 'bench', 'heap-probe.cjs'), join(ROOT, 'bin', 'casefacts-language-server'), '--stdio'];
  const env = { ...process.env, CASEFACTS_CACHE_DIR: cacheDir, CASEFACTS_SOAK_HEAP: heapFile };
  const t0 = performance.now();
  const lsp = new SoakClient(argv, { settings: { caseFacts: settings }, env }, hooks);
  const exitCode = new Promise((resolve) => lsp.proc.on('exit', (code, signal) => resolve(signal ?? code)));
  const init = await lsp.request('initialize', initializeParams('file:///soak', { pull }));
  const caps = init.result.capabilities;
  lsp.notify('initialized', {});
  lsp.notify('workspace/didChangeConfiguration', { settings: { caseFacts: settings } });

  function checkRanges(doc, diagnostics, how) {
    const starts = doc.starts ?? (doc.starts = lineStarts(doc.text));
    for (const d of diagnostics) {
      if (!rangeFits(doc.text, starts, d.range)) {
        problem(`${how} diagnostic outside its text`, { uri: doc.uri, version: doc.version, range: d.range, code: d.code, lines: starts.length });
        return;
      }
    }
  }

  async function req(method, params, { cancel = false } = {}) {
    phase.counts.requests[method] = (phase.counts.requests[method] ?? 0) + 1;
    const { id, promise } = lsp.requestWithId(method, params, REQUEST_TIMEOUT);
    if (cancel) {
      phase.counts.cancelled++;
      setImmediate(() => lsp.notify('$/cancelRequest', { id }));
    }
    try {
      const r = await promise;
      const ms = r.at - r.sent;
      const l = (phase.latency[method] ??= { n: 0, max: 0, firstHalf: [], secondHalf: [] });
      l.n++;
      l.max = Math.max(l.max, Math.round(ms));
      (performance.now() - t0 < (minutes * 60_000) / 2 ? l.firstHalf : l.secondHalf).push(ms);
      return r.result;
    } catch (e) {
      if (ALLOWED.has(e.code) || (e.code === -32803 && REFUSABLE.has(method))) {
        const k = `${method} ${e.code}`;
        phase.counts.allowedErrors[k] = (phase.counts.allowedErrors[k] ?? 0) + 1;
      } else {
        problem(e.code === undefined ? 'request failed or timed out' : 'error response', { method, code: e.code, message: String(e.message).slice(0, 300), params: JSON.stringify(params).slice(0, 200) });
      }
      return undefined;
    }
  }

  // -------------------------------------------------------------- document events
  function open(doc, text) {
    doc.text = text;
    doc.starts = undefined;
    doc.eol = text.includes('\r\n') ? '\r\n' : '\n';
    doc.version = 1;
    doc.open = true;
    doc.generation = (doc.generation ?? 0) + 1;
    checks.opened(doc);
    doc.tokens = undefined;
    doc.resultId = undefined;
    doc.shown = [];
    doc.cursor = Math.floor(rnd.next() * (text.length + 1));
    phase.counts.opens++;
    lsp.notify('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId: doc.languageId, version: 1, text } });
    if (pull) {
      void pullDiagnostics(doc);
    }
  }
  function close(doc) {
    checks.closing(doc);
    doc.open = false;
    phase.counts.closes++;
    lsp.notify('textDocument/didClose', { textDocument: { uri: doc.uri } });
  }
  /** Sends changes (each in the coordinates of the text the one before left), as one version. */
  function change(doc, edits) {
    const contentChanges = [];
    for (const e of edits) {
      if (e.full) {
        doc.text = e.text;
        doc.starts = undefined;
        contentChanges.push({ text: e.text });
        continue;
      }
      const start = Math.max(0, Math.min(e.start, doc.text.length));
      const end = Math.max(start, Math.min(e.end, doc.text.length));
      const range = { start: positionAt(doc, start), end: positionAt(doc, end) };
      doc.text = doc.text.slice(0, start) + e.text + doc.text.slice(end);
      doc.starts = undefined;
      contentChanges.push({ range, text: e.text });
      doc.cursor = start + e.text.length;
    }
    doc.version++;
    phase.counts.didChange++;
    phase.counts.edits += edits.length;
    lsp.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version: doc.version }, contentChanges });
    if (pull) {
      void pullDiagnostics(doc);
    }
  }
  /** A place not inside a surrogate pair. */
  function place(doc) {
    let o = Math.floor(rnd.next() * (doc.text.length + 1));
    const c = doc.text.charCodeAt(o - 1);
    if ((c >= 0xd800 && c <= 0xdbff) || (c === 13 && doc.text.charCodeAt(o) === 10)) {
      o--;
    }
    return o;
  }
  /** Near the cursor, mostly: a lawyer types in one place for a while. */
  const near = (doc) => {
    if (!chance(0.7)) {
      return place(doc);
    }
    let o = Math.max(0, Math.min(doc.text.length, doc.cursor + int(-40, 40)));
    const c = doc.text.charCodeAt(o - 1);
    if ((c >= 0xd800 && c <= 0xdbff) || (c === 13 && doc.text.charCodeAt(o) === 10)) {
      o--;
    }
    return o;
  };

  function randomEdit(doc) {
    const r = rnd.next();
    const text = doc.text;
    if (r < 0.45) {
      const at = near(doc);
      const ch = pick(TYPED);
      return [{ start: at, end: at, text: ch === '\n' ? doc.eol : ch }];
    }
    if (r < 0.65) {
      const at = Math.max(1, near(doc));
      const c = text.charCodeAt(at - 2);
      const pair = (c >= 0xd800 && c <= 0xdbff) || (c === 13 && text.charCodeAt(at - 1) === 10);
      const from = pair ? at - 2 : at - 1;
      return [{ start: Math.max(0, from), end: at, text: '' }];
    }
    if (r < 0.75) {
      const at = near(doc);
      return [{ start: at, end: at, text: pick(WORDS) + (chance(0.5) ? ' ' : '') }];
    }
    if (r < 0.84) {
      // paste a few lines of another brief at a line start
      const src = pick([...docs.values()]).original;
      const lines = src.split(/\r?\n/);
      const from = int(0, Math.max(0, lines.length - 1));
      const pasted = lines.slice(from, from + int(2, 15)).join(doc.eol) + doc.eol;
      const at = positionAt(doc, place(doc));
      const off = offsetAt(doc, { line: at.line, character: 0 });
      return [{ start: off, end: off, text: pasted }];
    }
    if (r < 0.92) {
      // delete whole lines
      const at = positionAt(doc, place(doc));
      const start = offsetAt(doc, { line: at.line, character: 0 });
      const end = offsetAt(doc, { line: at.line + int(1, 10), character: 0 });
      return [{ start, end: end === start ? text.length : end, text: '' }];
    }
    if (r < 0.96) {
      // a selection across lines replaced by a word
      const a = place(doc);
      const b = Math.min(text.length, a + int(1, 300));
      return [{ start: a, end: b, text: chance(0.5) ? '' : pick(WORDS) }];
    }
    if (r < 0.99) {
      // two cursors: the later place first, as editors send them
      const a = place(doc);
      const b = place(doc);
      const [hi, lo] = a > b ? [a, b] : [b, a];
      const ch = pick(TYPED);
      return [{ start: hi, end: hi, text: ch }, { start: lo, end: lo, text: ch }];
    }
    // a whole-text change (an editor that does not send ranges, or an undo of everything)
    return [{ full: true, text: chance(0.5) ? doc.original : text }];
  }

  // -------------------------------------------------------------- diagnostics
  async function pullDiagnostics(doc) {
    // one pull per document at a time: a newer one cancels the one in flight, as VS Code does
    if (doc.pulling) {
      lsp.notify('$/cancelRequest', { id: doc.pulling.id });
      doc.pullAgain = true;
      return doc.pulling.done;
    }
    const generation = doc.generation;
    const version = doc.version;
    phase.counts.requests['textDocument/diagnostic'] = (phase.counts.requests['textDocument/diagnostic'] ?? 0) + 1;
    const { id, promise } = lsp.requestWithId('textDocument/diagnostic', { textDocument: { uri: doc.uri }, previousResultId: doc.resultId }, REQUEST_TIMEOUT);
    const done = (async () => {
      try {
        const { result } = await promise;
        if (doc.generation !== generation || !doc.open) {
          return;
        }
        if (result.kind === 'full') {
          doc.resultId = result.resultId;
          doc.shown = result.items;
          if (doc.version === version) {
            checkRanges(doc, result.items, 'pulled');
          }
        } else if (result.kind === 'unchanged') {
          if (result.resultId !== doc.resultId) {
            problem('unchanged answer with another result id', { uri: doc.uri, held: doc.resultId, answered: result.resultId });
          }
        } else {
          problem('diagnostic report of unknown kind', { uri: doc.uri, kind: result.kind });
        }
      } catch (e) {
        if (ALLOWED.has(e.code)) {
          const k = `textDocument/diagnostic ${e.code}`;
          phase.counts.allowedErrors[k] = (phase.counts.allowedErrors[k] ?? 0) + 1;
        } else {
          problem(e.code === undefined ? 'request failed or timed out' : 'error response', { method: 'textDocument/diagnostic', code: e.code, message: String(e.message).slice(0, 300) });
        }
      } finally {
        doc.pulling = undefined;
        if (doc.pullAgain) {
          doc.pullAgain = false;
          if (doc.open) {
            await pullDiagnostics(doc);
          }
        }
      }
    })();
    doc.pulling = { id, done };
    return done;
  }
  const shownOf = (doc) => (pull ? doc.shown : doc.pushed?.diagnostics ?? []);

  // -------------------------------------------------------------- the requests of a pause
  async function semanticTokens(doc) {
    const uri = doc.uri;
    const generation = doc.generation;
    const version = doc.version;
    if (!doc.tokens) {
      const r = await req('textDocument/semanticTokens/full', { textDocument: { uri } });
      if (r && doc.generation === generation) {
        doc.tokens = { resultId: r.resultId, data: r.data, version };
      }
      return;
    }
    const r = await req('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: doc.tokens.resultId });
    if (!r || doc.generation !== generation) {
      return;
    }
    if (r.edits) {
      const data = [...doc.tokens.data];
      for (const e of [...r.edits].sort((a, b) => b.start - a.start)) {
        data.splice(e.start, e.deleteCount, ...(e.data ?? []));
      }
      doc.tokens = { resultId: r.resultId, data, version };
    } else {
      doc.tokens = { resultId: r.resultId, data: r.data, version };
    }
    if (chance(0.1) && doc.version === version) {
      // the deltas so far must add up to the full answer of the same version
      const full = await req('textDocument/semanticTokens/full', { textDocument: { uri } });
      if (full && doc.generation === generation && doc.version === version) {
        if (JSON.stringify(full.data) !== JSON.stringify(doc.tokens.data)) {
          problem('semantic token deltas differ from the full answer', { uri, version, full: full.data.length, held: doc.tokens.data.length });
        }
        doc.tokens = { resultId: full.resultId, data: full.data, version };
      }
    }
  }

  async function lenses(doc) {
    const got = await req('textDocument/codeLens', { textDocument: { uri: doc.uri } });
    if (!Array.isArray(got)) {
      if (got !== null && got !== undefined) {
        problem('code lenses not a list', { got });
      }
      return;
    }
    for (const lens of got.filter(() => chance(0.2)).slice(0, 3)) {
      let l = lens;
      if (!l.command && caps.codeLensProvider?.resolveProvider) {
        l = await req('codeLens/resolve', lens);
      }
      const commands = caps.executeCommandProvider?.commands ?? [];
      if (l?.command && commands.includes(l.command.command) && chance(0.5)) {
        await req('workspace/executeCommand', { command: l.command.command, arguments: l.command.arguments });
      }
    }
  }

  function idPlace(doc) {
    const re = /\b(?:provider|offender|uses|charge|提供者|行为人)\s+([A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff-]*)/g;
    const text = doc.text;
    const from = place(doc);
    re.lastIndex = from;
    let m = re.exec(text);
    if (!m) {
      re.lastIndex = 0;
      m = re.exec(text);
    }
    return m ? m.index + m[0].length - 1 - int(0, Math.max(0, m[1].length - 1)) : place(doc);
  }

  async function pauseRequests(doc) {
    const uri = doc.uri;
    const cursor = positionAt(doc, Math.min(doc.cursor, doc.text.length));
    const line = { start: { line: cursor.line, character: 0 }, end: { line: cursor.line, character: cursor.character } };
    const onLine = shownOf(doc).filter((d) => d.range.start.line <= cursor.line && d.range.end.line >= cursor.line);
    const cancel = chance(0.05);
    await Promise.all([
      semanticTokens(doc),
      req('textDocument/documentSymbol', { textDocument: { uri } }),
      req('textDocument/foldingRange', { textDocument: { uri } }),
      lenses(doc),
      req('textDocument/codeAction', { textDocument: { uri }, range: line, context: { diagnostics: onLine, triggerKind: 2 } }, { cancel }),
      req('textDocument/hover', { textDocument: { uri }, position: cursor }, { cancel }),
      pull ? pullDiagnostics(doc) : undefined,
    ]);
  }

  async function cursorRequests(doc) {
    const uri = doc.uri;
    doc.cursor = chance(0.5) ? idPlace(doc) : place(doc);
    const position = positionAt(doc, doc.cursor);
    const r = rnd.next();
    if (r < 0.3) {
      await req('textDocument/hover', { textDocument: { uri }, position });
    } else if (r < 0.55) {
      const list = await req('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 1 } }, { cancel: chance(0.05) });
      const items = Array.isArray(list) ? list : list?.items;
      if (items?.length && caps.completionProvider?.resolveProvider) {
        await req('completionItem/resolve', pick(items));
      }
    } else if (r < 0.65) {
      await req('textDocument/definition', { textDocument: { uri }, position });
    } else if (r < 0.75) {
      await req('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: chance(0.5) } });
    } else if (r < 0.85) {
      const prep = await req('textDocument/prepareRename', { textDocument: { uri }, position });
      if (prep) {
        const version = doc.version;
        const edit = await req('textDocument/rename', { textDocument: { uri }, position, newName: pick(['Qvod2', 'NewCo', '新公司', 'P9']) });
        if (edit && chance(0.5) && doc.version === version) {
          applyWorkspaceEdit(doc, edit);
        }
      }
    } else if (r < 0.93) {
      const range = { start: { line: Math.max(0, position.line - 3), character: 0 }, end: position };
      await req('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], only: ['source'], triggerKind: 1 } });
    } else {
      await req('workspace/symbol', { query: pick(['', 'Q', 'prov', '快']) });
    }
  }

  function applyWorkspaceEdit(doc, edit) {
    const edits = edit.changes?.[doc.uri] ?? edit.documentChanges?.find((c) => c.textDocument?.uri === doc.uri)?.edits;
    if (!edits?.length) {
      return;
    }
    applyTextEdits(doc, edits);
  }
  function applyTextEdits(doc, edits) {
    const ordered = edits.map((e) => ({ start: offsetAt(doc, e.range.start), end: offsetAt(doc, e.range.end), text: e.newText })).sort((a, b) => b.start - a.start || b.end - a.end);
    change(doc, ordered);
  }

  async function formatting(doc) {
    const options = { tabSize: 2, insertSpaces: true };
    if (chance(0.3)) {
      const a = positionAt(doc, place(doc));
      const range = { start: { line: a.line, character: 0 }, end: { line: a.line + int(1, 20), character: 0 } };
      await req('textDocument/rangeFormatting', { textDocument: { uri: doc.uri }, range, options });
      return;
    }
    const version = doc.version;
    const edits = await req('textDocument/formatting', { textDocument: { uri: doc.uri }, options });
    if (edits?.length && doc.version === version && chance(0.5)) {
      applyTextEdits(doc, edits);
      const v2 = doc.version;
      const again = await req('textDocument/formatting', { textDocument: { uri: doc.uri }, options });
      if (again?.length && doc.version === v2) {
        const gen = doc.generation;
        if (gen === doc.generation) {
          phase.counts.formatNotIdempotent = (phase.counts.formatNotIdempotent ?? 0) + 1;
          if (phase.counts.formatNotIdempotent <= 5) {
            problem('formatting a formatted text changes it again', { uri: doc.uri, version: v2, edits: again.slice(0, 3) });
          }
        }
      }
    }
  }

  function sample(label) {
    const kb = rssKb(lsp.pid);
    phase.rss.push({ t: Math.round((performance.now() - t0) / 1000), kb, label });
    return kb;
  }

  // -------------------------------------------------------------- the day
  const texts = corpus();
  for (const d of texts) {
    docs.set(`file:///soak/${d.name}`, { uri: `file:///soak/${d.name}`, name: d.name, languageId: languageId(d.name), original: d.text, open: false });
  }
  for (const doc of docs.values()) {
    open(doc, doc.original);
  }
  await sleep(2000);
  sample('all open');
  phase.heap.push({ label: 'all open (start)', ...(await heapKb(lsp, heapFile)) });

  const all = [...docs.values()];
  const big = docs.get('file:///soak/big-5000.md');
  const chooseDoc = () => {
    const open = all.filter((d) => d.open);
    if (open.length === 0) {
      return undefined;
    }
    return open.includes(big) && chance(0.12) ? big : pick(open);
  };
  const end = performance.now() + minutes * 60_000;
  let nextSample = performance.now() + 5000;
  let nextSettings = performance.now() + 20_000 + rnd.next() * 20_000;
  let nextCycle = performance.now() + 70_000;
  let nextTwin = performance.now() + 10_000;
  let twins = 0;
  let lastProgress = performance.now();
  while (performance.now() < end) {
    const now = performance.now();
    if (now >= nextSample) {
      sample('');
      nextSample = now + 5000;
    }
    if (now - lastProgress > 30_000) {
      lastProgress = now;
      const rq = Object.values(phase.counts.requests).reduce((a, b) => a + b, 0);
      console.log(`  ${kind} ${((now - t0) / 1000).toFixed(0)} s: ${phase.counts.edits} edits, ${rq} requests, RSS ${(rssKb(lsp.pid) / 1024).toFixed(0)} MB, ${phase.problems.length} problems`);
    }
    if (refreshWanted) {
      refreshWanted = false;
      await Promise.all(all.filter((d) => d.open).map((d) => pullDiagnostics(d)));
    }
    if (now >= nextSettings) {
      nextSettings = now + 20_000 + rnd.next() * 25_000;
      phase.counts.settings++;
      changeSettings(randomSettings());
      continue;
    }
    if (now >= nextCycle) {
      // close everything (end of a matter), look at the memory, open it all again
      nextCycle = now + 70_000 + rnd.next() * 30_000;
      phase.counts.closeAllCycles++;
      const kept = all.map((d) => (d.open ? d.text : chance(0.5) ? d.original : d.text));
      for (const d of all.filter((x) => x.open)) {
        close(d);
      }
      await sleep(1500);
      sample('all closed');
      phase.heap.push({ label: `all closed (cycle ${phase.counts.closeAllCycles})`, ...(await heapKb(lsp, heapFile)) });
      all.forEach((d, i) => open(d, chance(0.3) ? d.original : kept[i]));
      await sleep(500);
      continue;
    }
    if (now >= nextTwin) {
      nextTwin = now + 8_000 + rnd.next() * 8_000;
      const d = chooseDoc();
      if (d) {
        await twinCheck(d, ++twins);
      }
      continue;
    }
    const doc = chooseDoc();
    const r = rnd.next();
    if (!doc || r < 0.02) {
      // close one, or open one closed
      const closed = all.filter((d) => !d.open);
      if (closed.length && (chance(0.6) || !doc)) {
        const d = pick(closed);
        open(d, chance(0.5) ? d.original : d.text);
      } else if (doc) {
        close(doc);
      }
    } else if (r < 0.55) {
      // a burst of typing, then what an editor asks after the pause
      const n = int(1, 8);
      for (let i = 0; i < n && doc.open; i++) {
        change(doc, randomEdit(doc));
        await sleep(int(0, 25));
      }
      if (doc.open) {
        await pauseRequests(doc);
      }
    } else if (r < 0.85) {
      await cursorRequests(doc);
    } else if (r < 0.9) {
      await formatting(doc);
    } else if (r < 0.94) {
      phase.counts.saves++;
      lsp.notify('textDocument/didSave', { textDocument: { uri: doc.uri } });
      if (pull) {
        await pullDiagnostics(doc);
      }
    } else if (r < 0.96 && doc !== big) {
      await req('caseFacts/report', { uri: doc.uri, pageOnly: chance(0.5) });
    } else {
      await lenses(doc);
    }
    await sleep(int(5, 30));
  }

  // -------------------------------------------------------------- the end of the day
  changeSettings(randomSettings({ onTypeOnly: true }));
  for (const d of all.filter((x) => !x.open && chance(0.5))) {
    open(d, d.text);
  }
  const finals = await settle();
  sample('end, all open');
  phase.heap.push({ label: 'all open (end)', ...(await heapKb(lsp, heapFile)) });
  for (const d of all.filter((x) => x.open)) {
    close(d);
  }
  await sleep(2500); // the saved lists' quiet time is 1.5 s
  for (const d of checks.uncleared()) {
    problem('a close not answered by an empty list', { uri: d.uri, closes: d.closes.length });
  }
  phase.counts.publishedBeforeClose = checks.counts.beforeClose;
  phase.counts.publishedBeforeCloseWithDiagnostics = checks.counts.beforeCloseWithDiagnostics;
  sample('end, all closed');
  phase.heap.push({ label: 'all closed (end)', ...(await heapKb(lsp, heapFile)) });
  if (lsp.stderr.trim()) {
    problem('the server wrote to stderr', { stderr: lsp.stderr.slice(0, 2000) });
  }
  const shut = await req('shutdown', null);
  if (shut !== null) {
    problem('shutdown answered something other than null', { shut });
  }
  lsp.notify('exit');
  const code = await Promise.race([exitCode, sleep(5000).then(() => 'no exit within 5 s')]);
  phase.exit = code;
  if (code !== 0) {
    problem('exit status', { code });
    lsp.proc.kill('SIGKILL');
  }
  phase.peakRssKb = Math.max(...phase.rss.map((s) => s.kb ?? 0));
  phase.cache = cacheState(cacheDir);
  if (phase.cache.temporaries.length) {
    problem('temporary files left in the cache', phase.cache.temporaries);
  }
  if (phase.cache.diagnostics.files > 64) {
    problem('more saved lists than the cache keeps', phase.cache.diagnostics);
  }

  /**
   * The document's diagnostics now, after all its edits, against those of the same text opened
   * afresh under another name in the same server (no incremental state behind it).
   */
  async function twinCheck(doc, n) {
    phase.counts.twinChecks = (phase.counts.twinChecks ?? 0) + 1;
    const skipped = (why) => {
      phase.counts.twinsSkipped ??= {};
      phase.counts.twinsSkipped[why] = (phase.counts.twinsSkipped[why] ?? 0) + 1;
    };
    if (settings.validate.trigger !== 'onType') {
      skipped('validated on save');
      return;
    }
    const version = doc.version;
    let mine;
    if (pull) {
      await pullDiagnostics(doc);
      mine = doc.shown;
    } else {
      const deadline = performance.now() + 10_000;
      while (doc.open && !checks.current(doc) && performance.now() < deadline) {
        await sleep(20);
      }
      await sleep(settings.validate.delay + 50);
      mine = checks.current(doc) ? doc.pushed.diagnostics : undefined;
    }
    if (!doc.open || doc.version !== version || !mine) {
      skipped(!mine ? 'no list for its version under the settings now' : 'edited meanwhile');
      return;
    }
    const twinUri = doc.uri.replace(/(\.[a-z]+)$/, `.twin${n}$1`);
    const twin = { uri: twinUri, name: basename(twinUri), languageId: doc.languageId, original: doc.text, open: false };
    docs.set(twinUri, twin);
    const pushed = pull ? undefined : lsp.diagnostics(twinUri, 1, REQUEST_TIMEOUT);
    open(twin, doc.text);
    let theirs;
    if (pull) {
      await twin.pulling?.done;
      theirs = twin.shown;
    } else {
      theirs = (await pushed).params.diagnostics;
      await sleep(100); // a saved list (none: a new name) would be followed by the analysis
      theirs = twin.pushed?.diagnostics ?? theirs;
    }
    close(twin);
    const strip = (list) => JSON.stringify(list).split(twinUri).join(doc.uri);
    phase.counts.twinsCompared = (phase.counts.twinsCompared ?? 0) + (doc.version === version ? 1 : 0);
    if (doc.version === version && strip(theirs) !== JSON.stringify(mine)) {
      const a = new Set(mine.map((d) => JSON.stringify(d)));
      const b = new Set(theirs.map((d) => strip(d)));
      problem('diagnostics after edits differ from the same text opened afresh', {
        uri: doc.uri, version, mine: mine.length, fresh: theirs.length,
        onlyMine: [...a].filter((x) => !b.has(x)).slice(0, 3), onlyFresh: [...b].filter((x) => !a.has(x)).slice(0, 3),
      });
      phase.mismatchTexts = phase.mismatchTexts ?? [];
      if (phase.mismatchTexts.length < 3) {
        phase.mismatchTexts.push({ uri: doc.uri, version, text: doc.text, settings });
      }
    }
  }

  async function settle() {
    const open = all.filter((d) => d.open);
    if (pull) {
      // pull until every answer is "unchanged" twice in a row
      for (let round = 0; round < 20; round++) {
        const before = open.map((d) => d.resultId).join();
        await Promise.all(open.map((d) => pullDiagnostics(d)));
        await sleep(300);
        await Promise.all(open.map((d) => pullDiagnostics(d)));
        if (open.map((d) => d.resultId).join() === before && !refreshWanted) {
          break;
        }
        refreshWanted = false;
      }
    } else {
      const deadline = performance.now() + 30_000;
      while (performance.now() < deadline && open.some((d) => !checks.current(d))) {
        await sleep(100);
      }
      await sleep(1000);
      for (const d of open.filter((x) => !checks.current(x))) {
        problem('no diagnostics for the last version', { uri: d.uri, version: d.version, pushed: d.pushed?.version, underSettingsNow: checks.underSettingsNow(d) });
      }
    }
    return open.map((d) => ({ uri: d.uri, languageId: d.languageId, text: d.text, diagnostics: shownOf(d) }));
  }

  // -------------------------------------------------------------- fresh servers on the same texts
  phase.compared = {};
  for (const how of ['push', 'pull']) {
    const fresh = await freshDiagnostics(finals, settings, how === 'pull');
    let differ = 0;
    for (const f of finals) {
      const got = fresh.get(f.uri);
      if (JSON.stringify(got) !== JSON.stringify(f.diagnostics)) {
        differ++;
        const a = new Set((f.diagnostics ?? []).map((d) => JSON.stringify(d)));
        const b = new Set((got ?? []).map((d) => JSON.stringify(d)));
        problem(`session's diagnostics differ from a fresh server's (${how})`, {
          uri: f.uri,
          session: f.diagnostics?.length,
          fresh: got?.length,
          onlySession: [...a].filter((x) => !b.has(x)).slice(0, 3),
          onlyFresh: [...b].filter((x) => !a.has(x)).slice(0, 3),
        });
      }
    }
    phase.compared[how] = { documents: finals.length, differ, diagnostics: finals.reduce((n, f) => n + (f.diagnostics?.length ?? 0), 0) };
  }
  phase.finalSettings = settings;
  const p95 = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.ceil(0.95 * xs.length) - 1] : null);
  for (const l of Object.values(phase.latency)) {
    l.p95FirstHalf = p95(l.firstHalf);
    l.p95SecondHalf = p95(l.secondHalf);
    delete l.firstHalf;
    delete l.secondHalf;
  }
  phase.seconds = Math.round((performance.now() - t0) / 1000);
  report.phases.push(phase);
  rmSync(cacheDir, { recursive: true, force: true });
  return phase;
}

/** A fresh server (empty cache) opens the texts; their diagnostics, pushed or pulled. */
async function freshDiagnostics(finals, settings, pull) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'casefacts-soak-fresh-'));
  const lsp = new LspProcess([join(ROOT, 'bin', 'casefacts-language-server'), '--stdio'], { settings: { caseFacts: settings }, env: { ...process.env, CASEFACTS_CACHE_DIR: cacheDir } });
  const out = new Map();
  try {
    await lsp.request('initialize', initializeParams('file:///soak', { pull }));
    lsp.notify('initialized', {});
    lsp.notify('workspace/didChangeConfiguration', { settings: { caseFacts: settings } });
    for (const f of finals) {
      const got = pull ? undefined : lsp.diagnostics(f.uri, 1);
      lsp.notify('textDocument/didOpen', { textDocument: { uri: f.uri, languageId: f.languageId, version: 1, text: f.text } });
      if (pull) {
        const { result } = await lsp.request('textDocument/diagnostic', { textDocument: { uri: f.uri } });
        out.set(f.uri, result.items);
      } else {
        out.set(f.uri, (await got).params.diagnostics);
      }
    }
    await sleep(300);
    if (!pull) {
      // the last publish of each (none should follow the first here: nothing was saved)
      for (const f of finals) {
        out.set(f.uri, lsp.lastDiagnostics.get(f.uri).diagnostics);
      }
    }
  } finally {
    await lsp.stop();
    rmSync(cacheDir, { recursive: true, force: true });
  }
  return out;
}

function cacheState(dir) {
  const state = { temporaries: [], diagnostics: { files: 0, bytes: 0 }, codeCache: { files: 0, bytes: 0 }, other: [] };
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) {
        walk(p);
      } else if (name.endsWith('.tmp') || name.endsWith('.part')) {
        state.temporaries.push(p.slice(dir.length));
      } else if (basename(d) === 'diagnostics') {
        state.diagnostics.files++;
        state.diagnostics.bytes += s.size;
      } else if (basename(d) === 'code-cache') {
        state.codeCache.files++;
        state.codeCache.bytes += s.size;
      } else if (name !== 'heap.json') {
        state.other.push(p.slice(dir.length));
      }
    }
  };
  walk(dir);
  return state;
}

// ---------------------------------------------------------------- main
const report = { seed: SEED, minutes: MINUTES, startedAt: new Date().toISOString(), phases: [] };
const tStart = performance.now();
for (const kind of PHASES) {
  console.log(`${kind} client, ${(MINUTES / PHASES.length).toFixed(1)} min of editing …`);
  const p = await runPhase(kind, MINUTES / PHASES.length, report);
  const rq = Object.values(p.counts.requests).reduce((a, b) => a + b, 0);
  const mb = (kb) => (kb == null ? '?' : (kb / 1024).toFixed(0));
  console.log(`${kind}: ${p.seconds} s, ${p.counts.edits} edits in ${p.counts.didChange} didChange, ${rq} requests (${p.counts.cancelled} cancelled), ${p.counts.opens} opens, ${p.counts.closes} closes, ${p.counts.settings} settings changes, ${p.counts.publishes} publishes (${p.counts.publishedBeforeClose} crossing a close, ${p.counts.publishedBeforeCloseWithDiagnostics} of them with diagnostics), ${p.counts.refreshes} refreshes, ${p.counts.twinChecks ?? 0} twin checks (${p.counts.twinsCompared ?? 0} compared, skipped: ${JSON.stringify(p.counts.twinsSkipped ?? {})})`);
  console.log(`  allowed errors: ${JSON.stringify(p.counts.allowedErrors)}`);
  console.log(`  RSS MB: start ${mb(p.rss[0]?.kb)}, peak ${mb(p.peakRssKb)}, end (all closed) ${mb(p.rss.at(-1)?.kb)}; closed-all samples: ${p.rss.filter((s) => s.label.includes('closed')).map((s) => mb(s.kb)).join(', ')}`);
  console.log(`  heap MB after full GC: ${p.heap.map((h) => `${h.label} ${mb(h.heapUsed)}`).join('; ')}`);
  console.log(`  cache: ${JSON.stringify(p.cache)}; exit ${p.exit}`);
  console.log(`  fresh servers: ${JSON.stringify(p.compared)}`);
  console.log(`  round trips ms (p95 first half → second half, max): ${Object.entries(p.latency).map(([m, l]) => `${m.replace('textDocument/', '')} ${l.p95FirstHalf?.toFixed(1)}→${l.p95SecondHalf?.toFixed(1)} (${l.max})`).join(', ')}`);
  console.log(`  problems: ${p.problems.length}`);
}
report.seconds = Math.round((performance.now() - tStart) / 1000);
if (JSON_OUT) {
  mkdirSync(dirname(JSON_OUT), { recursive: true });
  writeFileSync(JSON_OUT, JSON.stringify(report, null, 1));
}
const problems = report.phases.reduce((n, p) => n + p.problems.length, 0);
console.log(problems ? `FAIL: ${problems} problems` : 'PASS: no problems');
process.exit(problems ? 1 : 0);
