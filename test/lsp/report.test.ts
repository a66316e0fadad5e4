/**
 * `caseFacts/report` over stdio: the editor's report is the CLI's, word for
 * word, and it follows edits.
 */
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { ReportPage, ReportResponse } from '../../server/src/service/report/protocol';
import { ROOT, TestClient } from '../helpers/lspClient';

const CASES = '/work/shared/acceptance/cases';
const CLI = path.join(ROOT, 'bin', 'casefacts');

const cli = (file: string, format: string, locale: string) =>
  execFileSync(process.execPath, [CLI, 'analyze', '--format', format, '--locale', locale, file], { encoding: 'utf8' });
/** The CLI ends its output with one newline; the renderers' text is the same but for that. */
const trimmed = (s: string) => s.replace(/\n+$/, '');

suite('caseFacts/report over stdio', function () {
  this.timeout(30000);
  let client: TestClient;
  teardown(async () => {
    await client?.stop();
  });

  for (const locale of ['en', 'zh-CN']) {
    test(`Markdown and HTML equal \`casefacts analyze\` for the same file (${locale})`, async () => {
      client = await TestClient.start({ settings: { locale, validate: { delay: 0 } } });
      for (const name of ['p01-qvod.case', 'p02-case1-broadband.case', 'p07-case6-phishing.case']) {
        const file = path.join(CASES, name);
        const uri = pathToFileURL(file).href;
        await client.open(uri, fs.readFileSync(file, 'utf8'));
        const r = await client.connection.sendRequest<ReportResponse>('caseFacts/report', { uri });
        assert.strictEqual(trimmed(r.markdown), trimmed(cli(file, 'markdown', locale)), `${name}: Markdown differs`);
        assert.strictEqual(trimmed(r.html), trimmed(cli(file, 'html', locale)), `${name}: HTML differs`);
        assert.strictEqual(r.lang, locale);
      }
    });
  }

  test('the report follows an edit, and a document that is not open has none', async () => {
    client = await TestClient.start();
    const file = path.join(CASES, 'p01-qvod.case');
    const uri = pathToFileURL(file).href;
    const text = fs.readFileSync(file, 'utf8');
    await client.open(uri, text);
    const before = await client.connection.sendRequest<ReportResponse>('caseFacts/report', { uri });
    assert.strictEqual(before.report.providers[0].criminal.level, 'none');
    const line = text.split('\n').findIndex((l) => /^\s*targeted\s+no/.test(l));
    await client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: text.split('\n')[line].length } }, text: '  targeted       yes' }]);
    const after = await client.connection.sendRequest<ReportResponse>('caseFacts/report', { uri });
    assert.strictEqual(after.report.providers[0].criminal.level, 'liable');
    assert.ok(after.markdown.includes('| Qvod (深圳快播公司) | caching, search | ● liable |'), after.markdown);
    assert.strictEqual(await client.connection.sendRequest('caseFacts/report', { uri: 'file:///nowhere.case' }), null);
  });

  test('the panel\'s page alone: the same page and words as the whole answer, without the exports', async () => {
    client = await TestClient.start();
    const file = path.join(CASES, 'p01-qvod.case');
    const uri = pathToFileURL(file).href;
    await client.open(uri, fs.readFileSync(file, 'utf8'));
    const whole = await client.connection.sendRequest<ReportResponse>('caseFacts/report', { uri });
    const page = await client.connection.sendRequest<ReportPage>('caseFacts/report', { uri, pageOnly: true });
    assert.deepStrictEqual(page, { uri: whole.uri, version: whole.version, lang: whole.lang, view: whole.view, labels: whole.labels });
    assert.ok(JSON.stringify(page.view).includes('Qvod'));
  });

  /** A long brief, as the bench makes it (bench/generate.mjs): its page takes tens of milliseconds to make. */
  function longBrief(lines: number): { uri: string; text: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-report-'));
    try {
      const made = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'generate.mjs'), String(lines), dir], { encoding: 'utf8' });
      assert.strictEqual(made.status, 0, made.stderr);
      const file = path.join(dir, `brief-${lines}.case`);
      return { uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  test('a completion asked while a long brief\'s page is being made is answered first, not after the page', async () => {
    client = await TestClient.start({ settings: { validate: { delay: 0 } } });
    const { uri, text } = longBrief(3000);
    await client.open(uri, text);
    await client.connection.sendRequest<ReportPage>('caseFacts/report', { uri, pageOnly: true }); // the settings asked once
    const answered: string[] = [];
    const page = client.connection.sendRequest<ReportPage>('caseFacts/report', { uri, pageOnly: true }).then((p) => {
      answered.push('page');
      return p;
    });
    const blank = text.split('\n').indexOf(''); // between two blocks: the block keywords
    const completion = client.connection.sendRequest<{ items: { label: string }[] } | { label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: blank, character: 0 } }).then((c) => {
      answered.push('completion');
      return c;
    });
    const [p, c] = await Promise.all([page, completion]);
    assert.deepStrictEqual(answered, ['completion', 'page']);
    assert.strictEqual(p.version, 1);
    assert.ok(JSON.stringify(p.view).includes('P1'), 'the page has the brief\'s providers');
    const labels = (Array.isArray(c) ? c : c.items).map((i) => i.label);
    assert.ok(labels.some((l) => l.startsWith('provider')), labels.join(', '));
  });

  test('an edit that lands while the page is being made: the page of the edited brief, not a mix of the two', async () => {
    client = await TestClient.start({ settings: { validate: { delay: 0 } } });
    const { uri, text } = longBrief(3000);
    await client.open(uri, text);
    await client.connection.sendRequest<ReportPage>('caseFacts/report', { uri, pageOnly: true });
    const lines = text.split('\n');
    const line = lines.findIndex((l) => /^provider P1 /.test(l));
    assert.ok(line >= 0, 'the generated brief has a provider P1');
    const page = client.connection.sendRequest<ReportPage>('caseFacts/report', { uri, pageOnly: true });
    // renames P1 to PX1 (its declaration only): the page of version 2 names PX1 and no P1 provider
    await client.changeNoWait(uri, [{ range: { start: { line, character: 9 }, end: { line, character: 10 } }, text: 'PX' }]);
    const p = await page;
    assert.strictEqual(p.version, 2);
    const json = JSON.stringify(p.view);
    assert.ok(json.includes('PX1'), 'the page names the renamed provider');
  });
});
