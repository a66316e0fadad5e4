// The benchmark (issue 7): drives real servers over stdio on generated briefs of
// 500, 5,000 and 50,000 lines, side by side with a floor (a server that publishes
// nothing) and a peer (vscode-json-languageserver on a JSON document of the same byte
// size), prints tables and the targets' pass/fail, and writes bench/results.json.
// Nothing here asserts a time: the figures are reported, not tested.
//
// Usage: node bench/run.mjs [--sizes=500,5000,50000] [--build] [--out=FILE]
//   --build  rebuild the bundles first (npm run build), so features that landed in
//            server/src are measured; without it a stale bundle is only reported.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCase, generateJson, generateMarkdown } from './generate.mjs';
import { coldStart, forgetSavedDiagnostics, percentile, ROOT, runSession, SERVERS } from './session.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const SIZES = String(args.sizes ?? '500,5000,50000').split(',').map(Number);
const OUT = args.out ? String(args.out) : join(ROOT, 'bench', 'results.json');
const INPUTS = join(ROOT, 'bench', '.inputs');
const BUNDLE = join(ROOT, 'server', 'out', 'server.js');

/**
 * Edits and probes per size: 60 counted edits up to 5,000 lines; at 50,000 lines 12 edits,
 * so that the whole run stays short on a 2-core machine. Five cold starts at every size: at
 * 50,000 lines one start (as until 2026-11-30) made each ratio a single sample, the floor's
 * own cold start ranging 214–305 ms within one run.
 */
function counts(lines) {
  return lines >= 50000
    ? { edits: 12, warmup: 2, probes: 20, cliRuns: 1, coldRuns: 5 }
    : { edits: 60, warmup: 5, probes: 50, cliRuns: 3, coldRuns: 5 };
}

const started = performance.now();
const log = (s) => process.stderr.write(s + '\n');

// ---- the bundle -----------------------------------------------------------------
if (args.build) {
  log('building (npm run build)…');
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}
const newestSource = (dir) => {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
};
const bundleStat = statSync(BUNDLE);
const bundleStale = newestSource(join(ROOT, 'server', 'src')) > bundleStat.mtimeMs;
if (bundleStale) {
  log('note: server/src is newer than server/out/server.js; measuring the bundle as built (pass --build to rebuild)');
}

// ---- the CLI --------------------------------------------------------------------
function timeCli(file, runs) {
  const times = [];
  let status;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'casefacts'), 'check', '--format', 'json', file], { maxBuffer: 1 << 28 });
    times.push(performance.now() - t);
    status = r.status;
    if (r.status === 2) {
      throw new Error(`casefacts check ${file}: ${r.stderr}`);
    }
  }
  return { ms: percentile(times, 50), runs, exitStatus: status };
}
function nodeStartup() {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '']);
    times.push(performance.now() - t);
  }
  return percentile(times, 50);
}

// ---- the runs -------------------------------------------------------------------
mkdirSync(INPUTS, { recursive: true });
const loadBefore = loadavg();
const results = {};
for (const lines of SIZES) {
  const c = counts(lines);
  const brief = generateCase(lines);
  const md = generateMarkdown(lines);
  const bytes = Buffer.byteLength(brief.text, 'utf8');
  const json = generateJson(bytes);
  const files = {
    case: Object.assign(brief, { file: join(INPUTS, `brief-${lines}.case`) }),
    md: Object.assign(md, { file: join(INPUTS, `brief-${lines}.md`) }),
    json: Object.assign(json, { file: join(INPUTS, `brief-${lines}.json`) }),
  };
  for (const f of Object.values(files)) {
    writeFileSync(f.file, f.text);
  }
  const sessions = {};
  // Each server twice: to a client that takes pushed diagnostics (Neovim 0.7, Eglot), and
  // to one that pulls them (VS Code). The JSON server 1.3.4 only pushes.
  const plan = [
    ['casefacts', 'case', false],
    ['casefacts', 'md', false],
    ['floor', 'case', false],
    ['floor', 'md', false],
    ['floorDiags', 'case', false],
    ['json', 'json', false],
    ['casefacts', 'case', true],
    ['casefacts', 'md', true],
    ['floor', 'case', true],
    ['floor', 'md', true],
    ['floorDiags', 'case', true],
  ];
  // the floor opens the Markdown brief too (it is 12–15% more bytes than the .case file):
  // our .md figures are compared with the floor given the same document
  const keyOf = (server, kind, pull) => `${server === 'casefacts' ? `casefacts.${kind}` : kind === 'md' ? `${server}.md` : server}${pull ? '.pull' : ''}`;
  // No brief seen before: the unmeasured starts save the diagnostics that the measured ones of
  // the same briefs show first (server/src/node/savedDiagnostics.ts), as on reopening a brief.
  forgetSavedDiagnostics();
  // One unmeasured start of each server first: whichever server starts first after the inputs
  // are written would otherwise pay alone for reading node, the bundles and the inputs from disk.
  for (const [server, kind, pull] of plan) {
    log(`${lines} lines: an unmeasured start of ${SERVERS[server].label}${pull ? ', pulled' : ''}…`);
    await coldStart(server, files[kind], { pull });
  }
  for (const [server, kind, pull] of plan) {
    const key = keyOf(server, kind, pull);
    log(`${lines} lines: ${SERVERS[server].label} on .${kind}, ${pull ? 'pulled' : 'pushed'} (${c.edits} edits)…`);
    const keepDiagnostics = key === 'casefacts.case';
    const r = await runSession(server, files[kind], { ...c, keepDiagnostics, pull });
    if (keepDiagnostics) {
      // what the floorDiags session publishes on every version
      files.case.diagnosticsFile = join(INPUTS, `diagnostics-${lines}.json`);
      writeFileSync(files.case.diagnosticsFile, JSON.stringify(r.openDiagnostics));
      r.publishBytes = Buffer.byteLength(JSON.stringify(r.openDiagnostics), 'utf8');
      delete r.openDiagnostics;
    }
    delete r.file;
    r.coldSamples = [r.cold];
    r.initSamples = [r.init];
    sessions[key] = r;
  }
  // More cold starts, interleaved across the servers, so the figure is a median; and ours
  // also opening the same text under a name never seen (brief-N.newI.case): nothing saved.
  for (let i = 0; i < c.coldRuns; i++) {
    for (const [server, kind, pull] of plan) {
      const key = keyOf(server, kind, pull);
      if (i > 0) {
        log(`${lines} lines: cold start ${i + 1}/${c.coldRuns}, ${SERVERS[server].label} on .${kind}${pull ? ', pulled' : ''}…`);
        const start = await coldStart(server, files[kind], { pull });
        sessions[key].coldSamples.push(start.cold);
        sessions[key].initSamples.push(start.init);
      }
      if (server === 'casefacts') {
        log(`${lines} lines: cold start ${i + 1}/${c.coldRuns} of a brief never seen, ${SERVERS[server].label} on .${kind}${pull ? ', pulled' : ''}…`);
        const unseen = { ...files[kind], file: files[kind].file.replace(/(\.[a-z]+)$/, `.new${i + 1}${pull ? 'p' : ''}$1`) };
        const start = await coldStart(server, unseen, { pull });
        (sessions[key].coldNewSamples ??= []).push(start.cold);
        sessions[key].initSamples.push(start.init);
      }
    }
  }
  for (const r of Object.values(sessions)) {
    r.cold = percentile(r.coldSamples, 50);
    r.init = percentile(r.initSamples, 50);
    if (r.coldNewSamples) {
      r.coldNew = percentile(r.coldNewSamples, 50);
    }
  }
  log(`${lines} lines: casefacts check…`);
  results[lines] = {
    inputs: {
      case: { lines: brief.lines, bytes, providers: brief.providers },
      md: { lines: md.lines, bytes: Buffer.byteLength(md.text, 'utf8'), providers: md.providers },
      json: { lines: json.lines, bytes: Buffer.byteLength(json.text, 'utf8') },
    },
    counts: c,
    sessions,
    cli: { case: timeCli(files.case.file, c.cliRuns), md: timeCli(files.md.file, c.cliRuns) },
  };
}
const nodeStartupMs = nodeStartup();

// ---- ratios, scaling, targets ---------------------------------------------------
const FIGURES = {
  cold: (s) => s.cold,
  'cold, never seen': (s) => s.coldNew,
  warm: (s) => s.warm?.p50,
  'change p50': (s) => s.change?.p50,
  'change p95': (s) => s.change?.p95,
  'CPU per edit': (s) => s.cpuPerEdit,
  'fact change p50': (s) => s.factChange?.p50,
  'fact change p95': (s) => s.factChange?.p95,
  'typo change p50': (s) => s.typoChange?.p50,
  'typo change p95': (s) => s.typoChange?.p95,
  'hover p50': (s) => s.hover?.p50,
  'hover p95': (s) => s.hover?.p95,
  'completion p50': (s) => s.completion?.p50,
  'completion p95': (s) => s.completion?.p95,
  'peak RSS': (s) => s.peakRssKb,
};
/** Our sessions: pushed to, and pulled by, the client. */
const OURS = ['casefacts.case', 'casefacts.md', 'casefacts.case.pull', 'casefacts.md.pull'];
/** The floor's session on the same document, delivering diagnostics the same way. */
const floorFor = (ours) => `floor${ours.startsWith('casefacts.md') ? '.md' : ''}${ours.endsWith('.pull') ? '.pull' : ''}`;
const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b > 0 ? a / b : null);
const ratios = {};
for (const lines of SIZES) {
  const s = results[lines].sessions;
  ratios[lines] = {};
  for (const ours of OURS) {
    // a pulled session is compared with the floor pulled the same way; the JSON server only pushes
    const pulled = ours.endsWith('.pull');
    const floor = s[floorFor(ours)];
    const floorDiags = s[pulled ? 'floorDiags.pull' : 'floorDiags'];
    ratios[lines][ours] = {};
    for (const [name, get] of Object.entries(FIGURES)) {
      ratios[lines][ours][name] = { floor: ratio(get(s[ours]), get(floor)), floorDiags: ratio(get(s[ours]), get(floorDiags)), json: ratio(get(s[ours]), get(s.json)) };
    }
  }
}
const scaling = {};
if (results[5000] && results[50000]) {
  for (const key of Object.keys(results[5000].sessions)) {
    scaling[key] = {};
    for (const [name, get] of Object.entries(FIGURES)) {
      scaling[key][name] = ratio(get(results[50000].sessions[key]), get(results[5000].sessions[key]));
    }
  }
  scaling['cli.case'] = { cli: ratio(results[50000].cli.case.ms, results[5000].cli.case.ms) };
  scaling['cli.md'] = { cli: ratio(results[50000].cli.md.ms, results[5000].cli.md.ms) };
}

const targets = [];
const target = (name, value, pass, detail) => targets.push({ name, value, pass, detail });
const ms = (x) => (typeof x === 'number' ? `${x.toFixed(1)} ms` : 'n/a');
if (results[5000]) {
  const s = results[5000].sessions;
  for (const ours of OURS) {
    const o = s[ours];
    const pulled = ours.endsWith('.pull');
    const how = pulled ? 'pulled, as VS Code does' : 'pushed';
    const floorDiags = s[pulled ? 'floorDiags.pull' : 'floorDiags'];
    for (const [what, ch, unchanged] of [['edits in a note', o.change, o.unchanged?.change], ['edits to a fact', o.factChange, o.unchanged?.fact], ['typos in a value', o.typoChange, o.unchanged?.typo]]) {
      if (!ch) {
        continue;
      }
      const half = ch.p50 <= s.json.change.p50 / 2;
      const kept = typeof unchanged === 'number' ? `; ${unchanged} of ${ch.n} answered "unchanged"` : '';
      // what the client's parse of the list alone costs: a floor under every edit whose list travels
      const parse = typeof o.listParseMs === 'number' ? `; JSON.parse of the ${o.diagnostics} diagnostics alone takes the client ${ms(o.listParseMs)}` : '';
      target(`didChange→diagnostics at 5,000 lines (${ours.replace('.pull', '')}, ${how}, ${what}): p50 ≤ ½ JSON server's and p95 < 20 ms`, { p50: ch.p50, jsonP50: s.json.change.p50, p95: ch.p95 },
        half && ch.p95 < 20, `p50 ${ms(ch.p50)} vs JSON ${ms(s.json.change.p50)} (${ratio(ch.p50, s.json.change.p50).toFixed(2)}×), floor ${pulled ? 'answering' : 'publishing'} the same diagnostics ${ms(floorDiags?.change?.p50)}; p95 ${ms(ch.p95)}${kept}${parse}`);
    }
    if (pulled) {
      continue; // hover, completion and memory do not depend on how diagnostics travel
    }
    for (const f of ['hover', 'completion']) {
      target(`${f} p95 < 5 ms at 5,000 lines (${ours})`, o[f]?.p95 ?? null, o[f] ? o[f].p95 < 5 : null, o[f] ? ms(o[f].p95) : 'n/a: not advertised by the server');
    }
  }
}
for (const lines of SIZES) {
  const s = results[lines].sessions;
  for (const ours of OURS) {
    const floor = s[floorFor(ours)];
    const rc = ratio(s[ours].cold, floor.cold);
    // the same start with the analysis as fast as a warm server makes it: what remains is the JIT's warm-up
    const warm = s[ours].warm?.p50;
    const warmStart = typeof warm === 'number' ? `; a warm server opens the same brief in ${ms(warm)}: init + that = ${ms(s[ours].init + warm)} (${ratio(s[ours].init + warm, floor.cold).toFixed(2)}×)` : '';
    const floorDiags = s[ours.endsWith('.pull') ? 'floorDiags.pull' : 'floorDiags'];
    const delivered = `; the floor delivering the same diagnostics: ${ms(floorDiags.cold)} (${ratio(floorDiags.cold, floor.cold).toFixed(2)}×)`;
    target(`cold start ≤ 1.2× floor at ${lines} lines (${ours}), a brief seen before`, rc, rc <= 1.2, `${ms(s[ours].cold)} vs ${ms(floor.cold)} (${rc.toFixed(2)}×); initialize answered at ${ms(s[ours].init)} vs ${ms(floor.init)}${delivered}`);
    const rn = ratio(s[ours].coldNew, floor.cold);
    target(`cold start ≤ 1.2× floor at ${lines} lines (${ours}), a brief never seen`, rn, rn !== null && rn <= 1.2, `${ms(s[ours].coldNew)} vs ${ms(floor.cold)} (${rn?.toFixed(2)}×)${warmStart}${delivered}`);
    const rr = ratio(s[ours].peakRssKb, floor.peakRssKb);
    target(`peak RSS ≤ 2× floor at ${lines} lines (${ours})`, rr, rr <= 2, `${(s[ours].peakRssKb / 1024).toFixed(0)} MB vs ${(floor.peakRssKb / 1024).toFixed(0)} MB (${rr.toFixed(2)}×)`);
  }
}
for (const [key, figs] of Object.entries(scaling)) {
  if (!key.startsWith('casefacts') && !key.startsWith('cli')) {
    continue;
  }
  for (const [name, r] of Object.entries(figs)) {
    if (r === null || name === 'peak RSS') {
      continue;
    }
    target(`10× input ≤ 12× time: ${key} ${name}`, r, r <= 12, `${r.toFixed(1)}× from 5,000 to 50,000 lines`);
  }
}
target('server bundle server/out/server.js < 500 kB', bundleStat.size, bundleStat.size < 500_000, `${(bundleStat.size / 1000).toFixed(1)} kB`);

// ---- output ---------------------------------------------------------------------
const loadAfter = loadavg();
const report = {
  date: new Date().toISOString(),
  environment: {
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    loadavg: { before: loadBefore.map((x) => +x.toFixed(2)), after: loadAfter.map((x) => +x.toFixed(2)) },
    nodeStartupMs,
    bundleBytes: bundleStat.size,
    bundleStale,
    runSeconds: null,
  },
  method: {
    edits: 'single-character edits inside a note string in the middle of the document, alternately inserting and deleting one character; each waits for the publishDiagnostics of its version; the first `warmup` edits are not counted. `factChange`: the same edits inside the name string of the provider nearest the middle (a fact: the brief is analysed afresh). `typoChange`: the same edits inside the value word nearest the middle (a role, an id, a date…): each version adds or removes a problem, so the whole list of diagnostics changes',
    pull: 'sessions whose key ends in `.pull`: the client declares pull diagnostics (textDocument.diagnostic, as VS Code does); when the server offers them, the client sends textDocument/diagnostic with the previous result id right after each didChange (and after didOpen), and the time is that request\'s round trip; `unchanged` counts the answers {kind: "unchanged"}. Servers that do not offer pull (the JSON server) are not run this way',
    floorDiags: 'the floor server publishing, on every version, the diagnostics CaseFacts published on open (bench/.inputs/diagnostics-N.json), through vscode-languageserver\'s own encoder: what delivering that list costs with no analysis behind it',
    debounce: 'CaseFacts: caseFacts.validate.delay 0 through workspace/configuration; JSON server: its hard-coded 300 ms debounce zeroed by bench/zero-debounce.cjs',
    hover: 'textDocument/hover in the middle of keys and values spread over the document, after the edits',
    completion: 'textDocument/completion at the end of the same keys and values',
    peakRss: 'VmHWM of the server process at the end of the session',
    cpuPerEdit: 'user + system CPU time of the server process over the counted edits (from /proc/<pid>/stat, 10 ms ticks), divided by their number: less sensitive than wall time to a busy machine',
    cold: 'median of the cold starts (the session\'s own and the extra ones, interleaved across servers), after one unmeasured start of each server per size. For CaseFacts these open a brief seen before: the unmeasured start saved its diagnostics (server/src/node/savedDiagnostics.ts, in bench/.inputs/cache, emptied at the start of each size), which a start shows before analysing the brief again, as on reopening a brief',
    coldNew: 'CaseFacts only: the same cold starts opening the same text under a name never seen before (brief-N.newI.case), so that nothing saved applies: the first analysis of a brief, cold (median)',
    init: 'spawn → initialize answered, in the same cold starts (median): the start-up before any document; cold − init is the first analysis and its delivery',
    warm: 'after the session (and after peak RSS is read), the same text opened three times under other names (brief-N.warm1.case …) in the same, now warm, server, each closed again: didOpen → its diagnostics (pushed, or pulled right after didOpen). The first analysis of a brief without the cold JIT: init + warm is a cold start as fast as the analysis can be made',
    listParseMs: 'the UTF-8 bytes of a publishDiagnostics carrying the list published on open, decoded and JSON.parse\'d in the bench process (median of 21): what every edit that sends the list costs the client before it shows anything',
    cli: 'wall time of `bin/casefacts check --format json FILE` (median of the runs), node start-up included',
  },
  results,
  ratios,
  scaling,
  targets,
};

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const f1 = (x) => (typeof x === 'number' ? x.toFixed(x >= 100 ? 0 : 1) : 'n/a');
const lines = [];
const out = (s = '') => lines.push(s);
out(`CaseFacts bench — ${report.date}, node ${process.version}, ${cpus().length} CPUs, load ${loadBefore.map((x) => x.toFixed(1)).join(' ')} → ${loadAfter.map((x) => x.toFixed(1)).join(' ')}${bundleStale ? ' (bundle older than sources)' : ''}`);
out('');
out('Times in ms: init = spawn → initialize answered; cold = spawn → first diagnostics (medians; for CaseFacts a brief seen before, whose saved diagnostics it shows while it analyses it);');
out('new = the same for a brief never seen (CaseFacts); warm = didOpen → diagnostics of the same brief opened anew in the warm server (p50);');
out('chg = didChange → its diagnostics (p50/p95); cpu/ed = server CPU per edit;');
out('fact = the same edits inside a provider\'s name (a fact); typo = inside a value word (each edit changes the diagnostics); hov/cmp = hover/completion round trip (p50/p95); RSS = peak (VmHWM) in MB;');
out('diags = diagnostics published on open; CLI = `casefacts check` wall time. "floor + our diags" publishes CaseFacts\'s list of diagnostics on every version.');
out('');
const header = `${pad('lines', 7)}${pad('server', 22)}${lpad('init', 7)}${lpad('cold', 7)}${lpad('new', 7)}${lpad('warm', 7)}${lpad('chg p50', 9)}${lpad('chg p95', 9)}${lpad('cpu/ed', 8)}${lpad('fact p50', 10)}${lpad('fact p95', 10)}${lpad('typo p50', 10)}${lpad('typo p95', 10)}${lpad('hov p50', 9)}${lpad('hov p95', 9)}${lpad('cmp p50', 9)}${lpad('cmp p95', 9)}${lpad('RSS', 6)}${lpad('diags', 7)}${lpad('CLI', 7)}`;
out(header);
out('-'.repeat(header.length));
const NAMES = {
  'casefacts.case': 'CaseFacts .case',
  'casefacts.md': 'CaseFacts .md',
  floor: 'floor .case',
  'floor.md': 'floor .md',
  floorDiags: 'floor + our diags',
  json: 'JSON server .json',
  'casefacts.case.pull': 'CaseFacts .case',
  'casefacts.md.pull': 'CaseFacts .md',
  'floor.pull': 'floor .case',
  'floor.md.pull': 'floor .md',
  'floorDiags.pull': 'floor + our diags',
};
for (const [delivery, pulled] of [['pushed (publishDiagnostics: Neovim 0.7, Eglot)', false], ['pulled (textDocument/diagnostic: VS Code)', true]]) {
  out(`diagnostics ${delivery}`);
  for (const n of SIZES) {
    const r = results[n];
    for (const [key, s] of Object.entries(r.sessions)) {
      if (key.endsWith('.pull') !== pulled) {
        continue;
      }
      const cli = key === 'casefacts.case' ? r.cli.case.ms : key === 'casefacts.md' ? r.cli.md.ms : undefined;
      out(`${pad(n, 7)}${pad(NAMES[key], 22)}${lpad(f1(s.init), 7)}${lpad(f1(s.cold), 7)}${lpad(f1(s.coldNew), 7)}${lpad(f1(s.warm?.p50), 7)}${lpad(f1(s.change?.p50), 9)}${lpad(f1(s.change?.p95), 9)}${lpad(f1(s.cpuPerEdit), 8)}${lpad(f1(s.factChange?.p50), 10)}${lpad(f1(s.factChange?.p95), 10)}${lpad(f1(s.typoChange?.p50), 10)}${lpad(f1(s.typoChange?.p95), 10)}${lpad(f1(s.hover?.p50), 9)}${lpad(f1(s.hover?.p95), 9)}${lpad(f1(s.completion?.p50), 9)}${lpad(f1(s.completion?.p95), 9)}${lpad((s.peakRssKb / 1024).toFixed(0), 6)}${lpad(s.diagnostics, 7)}${lpad(cli === undefined ? '' : f1(cli), 7)}`);
    }
  }
}
out('');
out('Ratios: CaseFacts ÷ floor (on the same document) | ÷ JSON server');
const rh = `${pad('lines', 7)}${pad('document', 11)}${['cold', 'chg p50', 'chg p95', 'hov p50', 'cmp p50', 'RSS'].map((h) => lpad(h, 15)).join('')}`;
out(rh);
out('-'.repeat(rh.length));
const r2 = (x) => (x === null ? 'n/a' : x.toFixed(x >= 10 ? 0 : 2));
for (const n of SIZES) {
  for (const ours of OURS) {
    const q = ratios[n][ours];
    const cell = (name) => lpad(`${r2(q[name].floor)} | ${r2(q[name].json)}`, 15);
    out(`${pad(n, 7)}${pad(ours.replace('casefacts', '').replace('.pull', ' pull'), 11)}${['cold', 'change p50', 'change p95', 'hover p50', 'completion p50', 'peak RSS'].map(cell).join('')}`);
  }
}
if (Object.keys(scaling).length) {
  out('');
  out('Scaling: figure at 50,000 lines ÷ figure at 5,000 lines');
  const sh = `${pad('', 22)}${['cold', 'chg p50', 'chg p95', 'hov p50', 'cmp p50', 'RSS'].map((h) => lpad(h, 9)).join('')}`;
  out(sh);
  for (const [key, figs] of Object.entries(scaling)) {
    if (key.startsWith('cli')) {
      out(`${pad(`CLI ${key.slice(4)}`, 22)}${lpad(r2(figs.cli), 9)}`);
      continue;
    }
    out(`${pad(`${NAMES[key]}${key.endsWith('.pull') ? ' (pull)' : ''}`, 22)}${['cold', 'change p50', 'change p95', 'hover p50', 'completion p50', 'peak RSS'].map((k) => lpad(r2(figs[k]), 9)).join('')}`);
  }
}
out('');
out('Targets (reported, not asserted):');
for (const t of targets) {
  out(`  ${t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.detail}`);
}
report.environment.runSeconds = +((performance.now() - started) / 1000).toFixed(1);
out('');
out(`node start-up alone: ${nodeStartupMs.toFixed(0)} ms; run took ${report.environment.runSeconds} s; results in ${relative(process.cwd(), OUT)}`);
report.table = lines;
writeFileSync(OUT, JSON.stringify(report, null, 2) + '\n');
process.stdout.write(lines.join('\n') + '\n');
