/**
 * `caseFacts/report` over stdio: the editor's report is the CLI's, word for
 * word, and it follows edits.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
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
});
