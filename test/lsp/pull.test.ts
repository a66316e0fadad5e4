/**
 * Pull diagnostics (LSP 3.17 `textDocument/diagnostic`), as VS Code asks for
 * them: a full list with a result id, `unchanged` when the editor already
 * holds the list, a refresh when settings change or a brief validated on save
 * is saved. A client that does not declare pull support keeps getting pushes.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import type { Diagnostic, DocumentDiagnosticReport, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { ROOT, serverForSuite, TestClient } from '../helpers/lspClient';

const QVOD = fs.readFileSync(path.join(ROOT, 'examples', '01-qvod.case'), 'utf8');
const codesAt = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.code}@${d.range.start.line + 1}`).sort();

function full(report: DocumentDiagnosticReport): FullDocumentDiagnosticReport {
  assert.strictEqual(report.kind, 'full', `expected a full report, got ${JSON.stringify(report).slice(0, 200)}`);
  return report as FullDocumentDiagnosticReport;
}

suite('pull diagnostics', function () {
  this.timeout(30000);
  let client: TestClient;
  serverForSuite({ pull: true }, (c) => {
    client = c;
  });

  test('initialize offers pull diagnostics to a client that can pull', () => {
    assert.deepStrictEqual(client.initializeResult!.capabilities.diagnosticProvider, {
      identifier: 'casefacts',
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
  });

  test('the pulled list is the list a pushing client gets, and nothing is pushed', async () => {
    const uri = 'file:///w/pull-qvod.case';
    await client.openOnly(uri, QVOD);
    const report = full(await client.pull(uri));
    assert.ok(report.resultId, 'a full report carries a result id');
    const pusher = await TestClient.start();
    try {
      const pushed = await pusher.open('file:///w/pull-qvod.case', QVOD);
      assert.deepStrictEqual(report.items, pushed);
      assert.ok(codesAt(report.items).includes('omission-dissemination@25'), codesAt(report.items).join(' '));
    } finally {
      await pusher.stop();
    }
    await client.notify('$/noop', {});
    assert.strictEqual(client.diagnostics.has(uri), false, 'a pulling client is not also pushed to');
  });

  test('a keystroke in a comment: "unchanged" with the same result id', async () => {
    const uri = 'file:///w/pull-comment.case';
    await client.openOnly(uri, QVOD);
    const first = full(await client.pull(uri));
    const at = { line: 1, character: 10 }; // in "# Facts as the paper reports them"
    await client.changeNoWait(uri, [{ range: { start: at, end: at }, text: 'x' }]);
    const second = await client.pull(uri, first.resultId);
    assert.deepStrictEqual(second, { kind: 'unchanged', resultId: first.resultId });
    // without a previous id the editor gets the whole list again, under the same id
    const again = full(await client.pull(uri));
    assert.strictEqual(again.resultId, first.resultId);
    assert.deepStrictEqual(again.items, first.items);
  });

  test('renaming a provider (its name string) moves no diagnostic: "unchanged"; related locations point at its id', async () => {
    const uri = 'file:///w/pull-rename.case';
    await client.openOnly(uri, QVOD);
    const first = full(await client.pull(uri));
    const header = QVOD.split('\n').findIndex((l) => l.startsWith('provider Qvod'));
    const pointers = first.items.flatMap((d) => d.relatedInformation ?? []).filter((r) => r.message === 'provider Qvod');
    assert.ok(pointers.length > 0, 'some finding points at the provider');
    for (const r of pointers) {
      assert.deepStrictEqual(r.location.range, { start: { line: header, character: 9 }, end: { line: header, character: 13 } });
    }
    const at = { line: header, character: QVOD.split('\n')[header].indexOf('"') + 3 };
    await client.changeNoWait(uri, [{ range: { start: at, end: at }, text: '有限' }]);
    assert.deepStrictEqual(await client.pull(uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });
  });

  test('an edit that changes the findings: a full list under a new result id', async () => {
    const uri = 'file:///w/pull-fact.case';
    await client.openOnly(uri, QVOD);
    const first = full(await client.pull(uri));
    assert.ok(!codesAt(first.items).includes('unknown-value@10'));
    const line = QVOD.split('\n').findIndex((l) => l.includes('role           caching'));
    const character = QVOD.split('\n')[line].indexOf('caching') + 4;
    await client.changeNoWait(uri, [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' }]);
    const second = full(await client.pull(uri, first.resultId));
    assert.notStrictEqual(second.resultId, first.resultId);
    const typo = second.items.find((d) => d.code === 'unknown-value');
    assert.ok(typo, codesAt(second.items).join(' '));
    assert.strictEqual(typo.range.start.line, line);
    assert.match(typo.message, /"cachng" is not a valid value for role/);
  });

  test('a Markdown file without case blocks, and a closed document: an empty list', async () => {
    await client.openOnly('file:///w/notes.md', '# Notes\n\nNo case blocks here: provider X {\n');
    assert.deepStrictEqual(full(await client.pull('file:///w/notes.md')).items, []);
    assert.deepStrictEqual(full(await client.pull('file:///w/never-opened.case')).items, []);
  });

  test('malformed params: InvalidParams naming the field', async () => {
    await assert.rejects(client.request('textDocument/diagnostic', { textDocument: {} }), (e: { code: number; message: string }) => {
      assert.strictEqual(e.code, -32602);
      assert.match(e.message, /textDocument\.uri/);
      return true;
    });
  });
});

suite('pull diagnostics follow the validation settings', function () {
  this.timeout(30000);

  test('a settings change asks the editor to pull again, and the list follows the new locale', async () => {
    const client = await TestClient.start({ pull: true });
    try {
      const uri = 'file:///w/pull-locale.case';
      await client.openOnly(uri, 'provider P {\n  role cachng\n}\n');
      const en = full(await client.pull(uri));
      assert.match(en.items[0].message, /is not a valid value/);
      client.settings = { locale: 'zh-cn', validate: { delay: 0 } };
      const refreshed = client.nextRefresh();
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await refreshed;
      const zh = full(await client.pull(uri, en.resultId));
      assert.match(zh.items[0].message, /不是“role”的有效取值/);
    } finally {
      await client.stop();
    }
  });

  test('validate on save: typing keeps the list of the last save; saving refreshes it', async () => {
    const client = await TestClient.start({ pull: true, settings: { validate: { trigger: 'onSave', delay: 0 } } });
    try {
      const uri = 'file:///w/pull-save.case';
      await client.openOnly(uri, 'provider P {\n  role caching\n}\n');
      const opened = full(await client.pull(uri));
      assert.deepStrictEqual(opened.items, []);
      await client.changeNoWait(uri, [{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 10 } }, text: '' }]);
      assert.deepStrictEqual(await client.pull(uri, opened.resultId), { kind: 'unchanged', resultId: opened.resultId });
      const refreshed = client.nextRefresh();
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
      await refreshed;
      const saved = full(await client.pull(uri, opened.resultId));
      assert.deepStrictEqual(codesAt(saved.items), ['unknown-value@2']);
    } finally {
      await client.stop();
    }
  });

  test('a pull the editor cancels while the debounce runs keeps the list the editor has', async () => {
    const client = await TestClient.start({ pull: true, settings: { validate: { delay: 60000 } } });
    try {
      const uri = 'file:///w/pull-cancel.case';
      await client.openOnly(uri, 'provider P {\n  role cachng\n}\n');
      const opened = full(await client.pull(uri)); // on open: no debounce
      assert.deepStrictEqual(codesAt(opened.items), ['unknown-value@2']);
      await client.changeNoWait(uri, [{ range: { start: { line: 1, character: 9 }, end: { line: 1, character: 9 } }, text: 'i' }]);
      const cancel = new CancellationTokenSource();
      const answer = client.pull(uri, opened.resultId, cancel.token);
      await client.notify('$/noop', {});
      cancel.cancel();
      // answered at once, not after the minute of debounce, and not with an empty list
      assert.deepStrictEqual(await answer, { kind: 'unchanged', resultId: opened.resultId });
    } finally {
      await client.stop();
    }
  });
});
