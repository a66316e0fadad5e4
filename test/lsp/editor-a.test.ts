/**
 * Hover, completion, quick fixes and code lenses through the real server over
 * stdio (`npm run build` first: the client spawns the bundled server).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeLens, CompletionList, Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { serverForSuite, TestClient } from '../helpers/lspClient';

const QVOD = fs.readFileSync('/work/shared/acceptance/cases/p01-qvod.case', 'utf8');
const CASE1 = fs.readFileSync('/work/shared/acceptance/cases/p02-case1-broadband.case', 'utf8');

/** The LSP position of the first occurrence of `needle` (plus `shift` characters). */
function at(text: string, needle: string, shift = 0) {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `no ${needle}`);
  return TextDocument.create('file:///x', 'x', 1, text).positionAt(i + shift);
}

const hoverText = (h: Hover | null) => (h ? (h.contents as MarkupContent).value : '');

suite('LSP: hover, completion, code actions, code lenses', function () {
  this.timeout(30000);
  let client: TestClient;

  serverForSuite({}, (c) => {
    client = c;
  });

  test('capabilities: hover, completion with triggers, quick fixes, code lenses', () => {
    const caps = client.initializeResult!.capabilities;
    assert.strictEqual(caps.hoverProvider, true);
    assert.ok(caps.completionProvider?.triggerCharacters?.includes(','));
    const actions = caps.codeActionProvider;
    assert.ok(typeof actions === 'object' && actions.codeActionKinds?.includes('quickfix'));
    assert.ok(caps.codeLensProvider);
  });

  test('hover on a value, on a provider id, and on a diagnostic (its headline, then the paper\'s argument)', async () => {
    const uri = 'file:///lsp/qvod.case';
    const diagnostics = await client.open(uri, QVOD);
    const value = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(QVOD, 'caching', 2) });
    assert.ok(hoverText(value).includes('**caching · 缓存** — value of `role`'));
    assert.deepStrictEqual(value.range, { start: at(QVOD, 'caching'), end: at(QVOD, 'caching', 7) });
    const provider = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(QVOD, 'Qvod art363', 1) });
    assert.ok(hoverText(provider).includes('**Provider Qvod**'));
    assert.ok(hoverText(provider).includes('- if `industry-rules` were `violated`: criminal ● liable'));
    const rule = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(QVOD, 'omission', 3) });
    assert.ok(hoverText(rule).includes('docs/rules/omission-dissemination.md'));
    // the published diagnostic is the headline; the hover adds the paper's argument and sources
    const published = diagnostics.find((d) => d.code === 'omission-dissemination')!;
    assert.ok(hoverText(rule).includes(`— ${published.message}\n\n`), hoverText(rule));
    assert.ok(!published.message.includes('Armin Kaufmann'));
    assert.ok(hoverText(rule).includes('Armin Kaufmann held that such punishment breaches the legality principle (\\[11\\](P150))'), hoverText(rule));
    const blank = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 0 } });
    assert.strictEqual(blank, null);
  });

  test('completion on a half-typed line after an edit', async () => {
    const uri = 'file:///lsp/typing.case';
    const text = 'provider Q {\n  role access\n}\n';
    await client.open(uri, text);
    await client.change(uri, [{ range: { start: { line: 1, character: 13 }, end: { line: 1, character: 13 } }, text: '\n  knowledge ' }]);
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 12 } });
    assert.deepStrictEqual(list.items.map((i) => i.label), ['none · 不知', 'general · 概括知道', 'specific · 明知']);
    assert.deepStrictEqual((list.items[2].textEdit as TextEdit).newText, 'specific');
    assert.ok((list.items[2].documentation as MarkupContent).value.includes('**specific · 明知**'));
  });

  test('a quick fix, applied, clears its diagnostic', async () => {
    const uri = 'file:///lsp/fix.case';
    const text = 'provider Q {\n  role cachng\n}\n';
    const diagnostics = await client.open(uri, text);
    const unknown = diagnostics.filter((d) => d.code === 'unknown-value');
    assert.strictEqual(unknown.length, 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: unknown[0].range,
      context: { diagnostics: unknown, only: ['quickfix'] },
    });
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.strictEqual(preferred.title, 'Change to `caching`');
    const edits = preferred.edit!.changes![uri];
    const after: Diagnostic[] = await client.change(uri, edits.map((e) => ({ range: e.range, text: e.newText })));
    assert.ok(!after.some((d) => d.code === 'unknown-value'), JSON.stringify(after));
    const none = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: unknown[0].range, context: { diagnostics: unknown, only: ['refactor'] } });
    assert.ok(!none.some((a) => a.kind === 'quickfix'), 'only what the client asked for');
  });

  test('quick fixes asked with the diagnostics of an older version: nothing that would write over other words', async () => {
    const uri = 'file:///lsp/stale-fix.case';
    const text = 'provider Q {\n  role cachng\n}\n';
    const old = (await client.open(uri, text)).filter((d) => d.code === 'unknown-value');
    assert.strictEqual(old.length, 1);
    // a line typed above; an editor that does not move its diagnostics sends the old ones
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# the Qvod case\n' }]);
    const stale = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: old[0].range, context: { diagnostics: old } });
    assert.deepStrictEqual(stale, [], JSON.stringify(stale));
    // with the diagnostics of the current version, the fix is there and lands on the word
    const current = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    const unknown = current.filter((d) => d.code === 'unknown-value');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: unknown[0].range, context: { diagnostics: unknown } });
    const preferred = actions.find((a) => a.isPreferred)!;
    const doc = TextDocument.create(uri, 'casefacts', 3, '\n# the Qvod case\n' + text);
    assert.strictEqual(TextDocument.applyEdits(doc, preferred.edit!.changes![uri]), '\n# the Qvod case\nprovider Q {\n  role caching\n}\n');
  });

  test('a display name and a note in a hover read as written, not as Markdown', async () => {
    const uri = 'file:///lsp/names.case';
    const text = 'provider Q "[click](http://e.example) <b>bold</b>" {\n  role caching\n  knowledge specific "*not* emphasis"\n}\n';
    await client.open(uri, text);
    const id = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 9 } }));
    assert.ok(id.startsWith('**Provider Q** “\\[click\\](http://e.example) \\<b\\>bold\\</b\\>”'), id);
    const note = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 14 } }));
    assert.ok(note.endsWith('Note in the brief: “\\*not\\* emphasis”'), note);
  });

  test('code lenses above each provider header', async () => {
    const uri = 'file:///lsp/case1.case';
    await client.open(uri, CASE1);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.strictEqual(lenses[1].command, undefined, 'decisive facts wait until the editor resolves them');
    lenses[1] = await client.request<CodeLens>('codeLens/resolve', lenses[1]);
    assert.deepStrictEqual(lenses.map((l) => l.command?.title), [
      'Criminal: ● liable — art287-2, art266 (accomplice of Fraudsters); controlling art266 · Civil: ◐ undetermined',
      'Decisive facts: 3',
    ]);
    assert.strictEqual(lenses[1].command?.command, 'casefacts.server.showWhatIf', 'an editor other than VS Code runs the command of the server');
    assert.strictEqual(lenses[0].range.start.line, at(CASE1, 'provider Yang').line);
  });

  test('a Markdown brief: hover, completion and lenses inside its case blocks only', async () => {
    const uri = 'file:///lsp/brief.md';
    const md = '# Brief\n\nQvod cached videos.\n\n```case\nprovider Qvod {\n  role caching\n  \n}\n```\n';
    await client.open(uri, md);
    const inside = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(md, 'caching\n', 1) });
    assert.ok(hoverText(inside).includes('**caching · 缓存**'));
    const outside = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at(md, 'cached', 1) });
    assert.strictEqual(outside, null);
    const keys = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 7, character: 2 } });
    assert.strictEqual(keys.items[0].label, 'knowledge · 明知');
    const prose = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 4 } });
    assert.deepStrictEqual(prose.items, []);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.strictEqual(lenses[0].range.start.line, 5);
    assert.strictEqual(lenses[0].command?.title, 'Criminal: ○ none · Civil: ○ none');
  });
});

suite('LSP: the user\'s locale and settings', function () {
  this.timeout(30000);

  test('Chinese display language: hover and titles in Chinese; code lenses can be turned off', async () => {
    const client = await TestClient.start({ locale: 'zh-CN', settings: { validate: { delay: 0 }, codeLens: { enabled: false } } });
    try {
      const uri = 'file:///lsp/zh.case';
      const diagnostics = await client.open(uri, QVOD);
      const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(QVOD, 'caching', 2) });
      assert.ok(hoverText(h).includes('**caching · 缓存** — “类型”的取值'));
      assert.ok(hoverText(h).includes('临时保存内容副本'));
      const omission = diagnostics.filter((d) => d.code === 'omission-dissemination');
      assert.strictEqual(omission[0].message, '以不作为方式传播：论文认为在此处罚不真正不作为有违罪刑法定原则（一（一））');
      const rule = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(QVOD, 'omission', 3) }));
      assert.ok(rule.includes(`— ${omission[0].message}\n\n`), rule);
      assert.ok(rule.includes('阿明·考夫曼认为处罚不真正不作为犯违反罪刑法定（\\[11\\](P150)）'), rule);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: omission[0].range, context: { diagnostics: omission } });
      assert.ok(actions.some((a) => a.title === '在此行停用规则 omission-dissemination'));
      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.deepStrictEqual(lenses, []);
    } finally {
      await client.stop();
    }
  });
});
