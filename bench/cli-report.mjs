// `casefacts analyze --format FORMAT` (or `check`, with --command=check) on the bench's generated
// briefs, as a user runs it: standard output to a file, to a pipe read as fast as it comes, and
// to `| head -c 100`. For each: the wall time, the time to the first byte of output, the peak RSS
// (/usr/bin/time -v) and the bytes written; the status where it is not the command's own (analyze
// 0; check 0 or 1, which its briefs' errors decide) and whatever reached stderr.
//
//   node bench/cli-report.mjs [LINES=5000,50000] [--command=analyze|check] [--formats=…]
//                             [--sinks=file,pipe,head] [--runs=1] [--cli=bin/casefacts]
//
// --command: analyze (the default, formats text,json,markdown,html) or check (formats
// text,json,sarif). Briefs are made as bench/generate.mjs makes them
// (bench/.inputs/brief-LINES.case). `--cli` names another build's bin/casefacts, to measure it
// under the same conditions.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCase } from './generate.mjs';
import { ROOT } from './session.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const sizes = (args.find((a) => !a.startsWith('--')) ?? '5000,50000').split(',').map(Number);
const command = opt('command', 'analyze');
if (command !== 'analyze' && command !== 'check') {
  throw new Error(`--command=analyze or --command=check, not ${command}`);
}
const formats = opt('formats', command === 'check' ? 'text,json,sarif' : 'text,json,markdown,html').split(',');
/** A run's own statuses: check's 1 says the brief has errors (the generated ones have a few). */
const ownStatus = (status) => status === 0 || (command === 'check' && status === 1);
const sinks = opt('sinks', 'file,pipe,head').split(',');
const runs = Number(opt('runs', '1'));
const cli = resolve(opt('cli', join(ROOT, 'bin', 'casefacts')));
const work = mkdtempSync(join(tmpdir(), 'casefacts-cli-bench-'));

function input(lines) {
  const file = join(ROOT, 'bench', '.inputs', `brief-${lines}.case`);
  if (!existsSync(file)) {
    mkdirSync(join(ROOT, 'bench', '.inputs'), { recursive: true });
    writeFileSync(file, generateCase(lines).text);
  }
  return file;
}

const peakMb = (timeFile) => Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1] ?? NaN) / 1024;

/** One run with standard output to a file: its size polled every 2 ms for the first byte. */
function toFile(argv, timeFile) {
  const out = join(work, 'out');
  const fd = openSync(out, 'w');
  const t0 = performance.now();
  const child = spawn('/usr/bin/time', ['-v', '-o', timeFile, process.execPath, ...argv], { stdio: ['ignore', fd, 'pipe'] });
  closeSync(fd);
  let first;
  const poll = setInterval(() => {
    if (first === undefined && statSync(out).size > 0) {
      first = performance.now() - t0;
    }
  }, 2);
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  return new Promise((done) => child.on('close', (status) => {
    clearInterval(poll);
    const wall = performance.now() - t0;
    const bytes = statSync(out).size;
    done({ status, stderr, wall, first: first ?? wall, bytes });
  }));
}

/** One run with standard output to a pipe that this process reads as fast as it comes. */
function toPipe(argv, timeFile) {
  const t0 = performance.now();
  const child = spawn('/usr/bin/time', ['-v', '-o', timeFile, process.execPath, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
  let first;
  let bytes = 0;
  child.stdout.on('data', (d) => {
    first ??= performance.now() - t0;
    bytes += d.length;
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  return new Promise((done) => child.on('close', (status) => done({ status, stderr, wall: performance.now() - t0, first, bytes })));
}

/** One run piped into `head -c 100`: how long until the command (not only head) has ended. */
function toHead(argv, timeFile) {
  const t0 = performance.now();
  const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
  const cmd = `/usr/bin/time -v -o ${q(timeFile)} ${[process.execPath, ...argv].map(q).join(' ')} | head -c 100 > /dev/null; echo \${PIPESTATUS[0]} >&3`;
  const child = spawn('bash', ['-c', cmd], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let status = '';
  child.stderr.on('data', (d) => { stderr += d; });
  child.stdio[3].on('data', (d) => { status += d; });
  return new Promise((done) => child.on('close', () => done({ status: Number(status.trim()), stderr, wall: performance.now() - t0, first: undefined, bytes: 100 })));
}

const SINKS = { file: toFile, pipe: toPipe, head: toHead };
const f0 = (x) => (x === undefined ? '—' : x.toFixed(0));
console.log(`cli: ${cli} ${command}`);
try {
  for (const lines of sizes) {
    const brief = input(lines);
    for (const format of formats) {
      for (const sink of sinks) {
        const rows = [];
        for (let i = 0; i < runs; i++) {
          const timeFile = join(work, 'time');
          const r = await SINKS[sink]([cli, command, '--format', format, brief], timeFile);
          rows.push({ ...r, rss: peakMb(timeFile) });
        }
        const range = (key, fmt = f0) => {
          const xs = rows.map((r) => r[key]).filter((x) => x !== undefined);
          if (xs.length === 0) {
            return '—';
          }
          const lo = Math.min(...xs);
          const hi = Math.max(...xs);
          return lo === hi ? fmt(lo) : `${fmt(lo)}–${fmt(hi)}`;
        };
        const bad = rows.filter((r) => !ownStatus(r.status) || r.stderr.trim() !== '');
        console.log(`${String(lines).padStart(6)} ${format.padEnd(8)} ${sink.padEnd(4)}  wall ${range('wall').padStart(11)} ms  first byte ${range('first').padStart(11)} ms  peak RSS ${range('rss').padStart(9)} MB  ${(rows[0].bytes / 1e6).toFixed(1).padStart(5)} MB out` +
          (bad.length > 0 ? `  status ${bad.map((r) => r.status).join(',')} stderr ${JSON.stringify(bad[0].stderr.slice(0, 200))}` : ''));
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
