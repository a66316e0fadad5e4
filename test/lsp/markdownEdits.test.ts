/**
 * A brief's fences through the real server, edited as an editor edits them: a byte order
 * mark inserted before the first fence, a blockquote's `>` taken out and put back, a fence
 * indented into a code block. After each edit the server says what a fresh server, given the
 * same text, says: diagnostics, hover, folding, outline and the report.
 */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentSymbol, FoldingRange, Hover, MarkupContent, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import type { ReportResponse } from '../../server/src/service/report/protocol';
import { TestClient } from '../helpers/lspClient';

const URI = 'file:///brief-fences.md';
const BRIEF = [
  '```case',            // 0
  'provider A {',       // 1
  '  role cachng',      // 2
  '}',                  // 3
  '```',                // 4
  '',                   // 5
  '> The quoted facts:', // 6
  '>',                  // 7
  '> ```case',          // 8
  '> provider Q {',     // 9
  '>   role cachng',    // 10
  '> }',                // 11
  '> ```',              // 12
  '',                   // 13
  '- ```case',          // 14
  '  provider L {',     // 15
  '    role cachng',    // 16
  '  }',                // 17
  '  ```',              // 18
  '',
].join('\n');

const where = (ds: readonly Diagnostic[]) =>
  ds.map((d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();

/** What a user sees of a brief: its diagnostics, the hover on each typo, its folds, outline and report. */
async function seen(client: TestClient, text: string) {
  const document = TextDocument.create(URI, 'markdown', 1, text);
  const hovers: string[] = [];
  for (let at = text.indexOf('cachng'); at >= 0; at = text.indexOf('cachng', at + 1)) {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: document.positionAt(at + 2) });
    hovers.push(h ? (h.contents as MarkupContent).value.split('\n')[0] : '(none)');
  }
  const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: URI } });
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
  const report = await client.request<ReportResponse | null>('caseFacts/report', { uri: URI });
  return {
    diagnostics: where(client.diagnostics.get(URI)?.diagnostics ?? []),
    hovers,
    folds: folds.map((f) => `${f.startLine}-${f.endLine}`),
    symbols: symbols.map((s) => `${s.name} ${s.range.start.line}-${s.range.end.line}`),
    report: report?.markdown,
  };
}

suite('LSP: a brief\'s fences, edited', function () {
  this.timeout(60000);
  let client: TestClient;
  let text = BRIEF;
  suiteSetup(async () => {
    client = await TestClient.start();
    await client.open(URI, BRIEF);
  });
  suiteTeardown(async () => {
    await client?.stop();
  });

  /** Applies an edit in the server and here; then what the server shows equals what a fresh one shows. */
  async function edit(change: TextDocumentContentChangeEvent & { range: Range }): Promise<Awaited<ReturnType<typeof seen>>> {
    const document = TextDocument.create(URI, 'markdown', 1, text);
    text = TextDocument.applyEdits(document, [{ range: change.range, newText: change.text }]);
    await client.change(URI, [change]);
    const now = await seen(client, text);
    const fresh = await TestClient.start();
    try {
      await fresh.open(URI, text);
      assert.deepStrictEqual(now, await seen(fresh, text), 'the edited brief shows what a fresh server shows');
    } finally {
      await fresh.stop();
    }
    return now;
  }

  test('the three blocks are read: at the top, in a blockquote, on a list item\'s marker line', async () => {
    const now = await seen(client, text);
    assert.deepStrictEqual(now.diagnostics, ['unknown-value 10:9-10:15', 'unknown-value 16:9-16:15', 'unknown-value 2:7-2:13']);
    assert.deepStrictEqual(now.symbols, ['A 1-3', 'Q 9-11', 'L 15-17']);
    assert.deepStrictEqual(now.folds.filter((f) => ['0-3', '8-11', '14-17'].includes(f)), ['0-3', '8-11', '14-17']);
    assert.ok(now.hovers.every((h) => h !== '(none)'), now.hovers.join(' | '));
  });

  test('a byte order mark inserted before the first fence: the block stays read', async () => {
    const now = await edit({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\uFEFF' });
    assert.deepStrictEqual(now.diagnostics, ['unknown-value 10:9-10:15', 'unknown-value 16:9-16:15', 'unknown-value 2:7-2:13']);
    assert.deepStrictEqual(now.symbols, ['A 1-3', 'Q 9-11', 'L 15-17']);
  });

  test('a `>` taken out ends the quote and the block there; put back, the block is whole again', async () => {
    const out = await edit({ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 1 } }, text: '' });
    assert.ok(!out.diagnostics.includes('unknown-value 10:8-10:14'), 'the line out of the quote is prose');
    assert.ok(out.diagnostics.some((d) => d.startsWith('syntax 9:') || d.startsWith('missing-role 9:')), out.diagnostics.join(', '));
    const back = await edit({ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: '>' });
    assert.deepStrictEqual(back.diagnostics, ['unknown-value 10:9-10:15', 'unknown-value 16:9-16:15', 'unknown-value 2:7-2:13']);
  });

  test('a block indented four columns is code: it is no longer read', async () => {
    const indented = '    ```case\n    provider A {\n      role cachng\n    }\n    ```';
    const now = await edit({ range: { start: { line: 0, character: 1 }, end: { line: 4, character: 3 } }, text: indented });
    assert.deepStrictEqual(now.diagnostics, ['unknown-value 10:9-10:15', 'unknown-value 16:9-16:15']);
    assert.deepStrictEqual(now.symbols, ['Q 9-11', 'L 15-17']);
  });
});

suite('LSP: a case block in a blockquote, formatted, sorted and fixed through the server', function () {
  this.timeout(60000);
  const uri = 'file:///quoted.md';
  const text = '> ```case\n> provider Chen {\n>   knowledge specific\n>role    storage\n> }\n> charge Chen art287-2\n> ```\n';
  let client: TestClient;
  suiteSetup(async () => {
    client = await TestClient.start();
  });
  suiteTeardown(async () => {
    await client?.stop();
  });

  const applied = (edits: { range: Range; newText: string }[]) => TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);

  test('every line keeps its `>`: formatting, "Sort and align block", a fact added and a disable comment', async () => {
    const diagnostics = await client.open(uri, text);
    const formatted = await client.request<{ range: Range; newText: string }[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.strictEqual(applied(formatted), text.replace('>role    storage', '>   role      storage'));
    type Action = { title: string; kind?: string; edit?: { changes: Record<string, { range: Range; newText: string }[]> } };
    const position = { line: 2, character: 4 };
    const [sort] = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [], only: ['source'] } });
    assert.strictEqual(applied(sort.edit!.changes[uri]), text.replace('>   knowledge specific\n>role    storage\n', '>   role      storage\n>   knowledge specific\n'));
    const needs = diagnostics.filter((d) => d.code === 'helping-needs-facts');
    assert.strictEqual(needs.length, 1);
    const fixes = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: needs[0].range, context: { diagnostics: needs } });
    const edited = (title: string) => applied(fixes.find((a) => a.title === title)!.edit!.changes[uri]);
    assert.strictEqual(edited('Add fact `targeted` (state it)'), text.replace('storage\n', 'storage\n>   targeted no  # to confirm: state the fact as the record shows it\n'));
    assert.strictEqual(edited('Disable helping-needs-facts for this line'), text.replace('> charge', '> # casefacts-disable-next-line helping-needs-facts\n> charge'));
  });
});
