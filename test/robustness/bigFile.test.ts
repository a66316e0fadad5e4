/**
 * Big and bad files over LSP: a 10 MB brief full of problems is answered,
 * with the diagnostics capped at 1000 and the "too many problems" note first;
 * the server's memory is reported (and must stay under a generous bound); a
 * request sent while a 10 MB validation runs is answered, and the wait is
 * measured and printed (never asserted: no timing assertions).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lspClient';
import { bigBrief } from './bigBrief';

const TEN_MB = 10 * 1024 * 1024;

/** Memory of a process, from /proc (Linux): resident now, and the peak. */
function memory(pid: number): { rssMB: number; peakMB: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: Math.round(kb('VmRSS') / 1024), peakMB: Math.round(kb('VmHWM') / 1024) };
}

const log = (s: string) => console.log(`      ${s}`);

suite('robustness: a 10 MB brief over LSP', function () {
  this.timeout(900_000);
  let client: TestClient;
  const uri = 'file:///big/brief.case';
  let text: string;

  suiteSetup(async () => {
    client = await TestClient.start({ settings: { validate: { delay: 0 } } });
    text = bigBrief(TEN_MB);
  });
  suiteTeardown(async () => {
    await client.stop();
  });

  test('is answered: 1000 diagnostics and the "too many problems" note', async () => {
    const before = memory(client.proc.pid as number);
    const t0 = Date.now();
    // Open small, then replace the whole text (version 2): the client keeps the version count.
    await client.open(uri, '');
    const version = await client.changeNoWait(uri, [{ text }]);
    const diagnostics: Diagnostic[] = (await client.nextDiagnostics(uri, version, 600_000)).diagnostics;
    const ms = Date.now() - t0;
    const after = memory(client.proc.pid as number);
    log(`${(text.length / 1024 / 1024).toFixed(1)} MB brief: diagnostics after ${ms} ms; server RSS ${before.rssMB} MB before, ${after.rssMB} MB after, peak ${after.peakMB} MB`);
    assert.strictEqual(diagnostics.length, 1001, 'the cap of 1000, and the note');
    const note = diagnostics[0];
    assert.match(note.message, /^Too many problems: showing the first 1000 of \d+/);
    const total = Number(/of (\d+)/.exec(note.message)?.[1]);
    assert.ok(total > 1000, `${total} problems in all`);
    log(`${total} problems in all, 1000 shown`);
    assert.ok(diagnostics.slice(1).every((d) => d.range.start.line >= 0), 'the rest are real diagnostics');
    // A bound far above what a 10 MB brief should need, so a leak or a copy per token fails.
    assert.ok(after.peakMB < 2048, `peak RSS ${after.peakMB} MB`);
  });

  test('a request sent during a 10 MB validation is answered (wait measured)', async () => {
    // Append one line: the whole brief is validated again.
    const lines = text.split('\n').length;
    const version = await client.changeNoWait(uri, [{ range: { start: { line: lines - 1, character: 0 }, end: { line: lines - 1, character: 0 } }, text: 'provider Late {\n role caching\n}\n' }]);
    let publishedYet = false;
    const published = client.nextDiagnostics(uri, version, 600_000).then((p) => {
      publishedYet = true;
      return p;
    });
    const t0 = Date.now();
    // Any request: an unknown method gets MethodNotFound as soon as the server reads it.
    const answer = await client.request('casefacts/ping', {}).then(() => 'answered', (e: Error) => `error: ${e.message}`);
    // A brief this large is validated in a worker thread: the server answers while it runs.
    assert.strictEqual(publishedYet, false, 'the request was answered only after the validation finished');
    const waited = Date.now() - t0;
    const p = await published;
    const total = Date.now() - t0;
    log(`request during validation: ${answer} after ${waited} ms; the validation published after ${total} ms`);
    assert.strictEqual(p.diagnostics.length, 1001);
    const mem = memory(client.proc.pid as number);
    log(`server RSS ${mem.rssMB} MB, peak ${mem.peakMB} MB`);
  });

  test('three quick edits: the superseded versions are dropped, the last is published', async () => {
    const seen: number[] = [];
    const t0 = Date.now();
    let last = 0;
    for (let i = 0; i < 3; i++) {
      last = await client.changeNoWait(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `# edit ${i}\n` }]);
    }
    // Every publication until the last version's (the client's handler stays in place).
    for (;;) {
      const p = await client.nextDiagnostics(uri, undefined, 600_000);
      seen.push(p.version ?? -1);
      if (p.version === last) {
        break;
      }
    }
    log(`three edits: the last version published after ${Date.now() - t0} ms; versions published: ${seen.join(', ')}`);
    assert.strictEqual(seen[seen.length - 1], last);
  });

  test('closing it clears its diagnostics, and nothing is published after', async () => {
    const published: string[] = [];
    let cleared = false;
    const closing = client.close(uri);
    for (;;) {
      const p = await client.nextDiagnostics(uri, undefined, 600_000);
      published.push(`v${p.version ?? '-'}:${p.diagnostics.length}`);
      if (p.diagnostics.length === 0) {
        cleared = true;
        break;
      }
    }
    await closing;
    log(`after close: ${published.join(', ')}`);
    assert.ok(cleared);
    assert.deepStrictEqual(published, ['v-:0'], 'only the clearing publication after close');
  });
});
