/**
 * Editor features over stdio, as a client sees them: outline and workspace
 * symbols, definition, references, rename (and its refusals), folding,
 * formatting, semantic tokens and "Sort and align block", on a `.case` file
 * and on a Markdown brief.
 */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  DocumentSymbol,
  FoldingRange,
  Location,
  Range,
  SemanticTokens,
  SemanticTokensDelta,
  SemanticTokensLegend,
  SymbolInformation,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { decodeSemanticTokens } from '../../server/src/service/semanticTokens';
import { TestClient } from '../helpers/lspClient';

const CASE_URI = 'file:///briefs/qvod.case';
const MD_URI = 'file:///briefs/brief.md';

const QVOD = [
  '# the Qvod case',
  'provider   Qvod "深圳快播公司" {',
  'role caching,search',
  '  knowledge specific',
  '}',
  '',
  '',
  'offender Uploaders {',
  '  offense art363',
  '  uses Qvod',
  '}',
  'charge Qvod art363 omission { court convicted }',
  '',
].join('\n');

const BRIEF = [
  '# 快播案 brief',
  '',
  'The provider cached what users uploaded.',
  '',
  '```case',
  '服务商 快播 ｛',
  '  明知：明知',
  '  类型：缓存，搜索',
  '｝',
  '```',
  '',
  'Charged as follows:',
  '',
  '```case',
  '指控 快播 第363条 不作为',
  '```',
  '',
].join('\n');

const pos = (line: number, character: number) => ({ line, character });
const at = (uri: string, line: number, character: number) => ({ textDocument: { uri }, position: pos(line, character) });

/** What a list of locations covers, as `line:text`. */
function covered(text: string, locations: readonly { range: Range }[]): string[] {
  const document = TextDocument.create('file:///x', 'x', 1, text);
  return locations.map((l) => `${l.range.start.line}:${document.getText(l.range)}`);
}

const applied = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create('file:///x', 'x', 1, text), edits);

suite('editor features over stdio', function () {
  this.timeout(30000);
  let client: TestClient;

  suiteSetup(async () => {
    client = await TestClient.start();
    await client.open(CASE_URI, QVOD);
    await client.open(MD_URI, BRIEF);
  });
  suiteTeardown(async () => {
    await client?.stop();
  });

  test('the server advertises the features', () => {
    const caps = client.initializeResult?.capabilities;
    assert.ok(caps?.documentSymbolProvider && caps.workspaceSymbolProvider && caps.definitionProvider && caps.referencesProvider);
    assert.deepStrictEqual(caps.renameProvider, { prepareProvider: true });
    assert.ok(caps.foldingRangeProvider && caps.documentFormattingProvider && caps.documentRangeFormattingProvider);
    assert.ok(caps.documentHighlightProvider && caps.selectionRangeProvider);
    const codeActions = caps.codeActionProvider;
    assert.ok(typeof codeActions === 'object' && codeActions.codeActionKinds?.includes('source.casefacts.sortBlock'));
  });

  test('outline: providers with their roles, offenders, charges; statements below', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: CASE_URI } });
    assert.deepStrictEqual(
      symbols.map((s) => [s.name, s.detail, s.range.start.line, (s.children ?? []).map((c) => `${c.name} ${c.detail}`)]),
      [
        ['Qvod', '深圳快播公司 · caching, search', 1, ['role caching, search', 'knowledge specific']],
        ['Uploaders', 'art363', 7, ['offense art363', 'uses Qvod']],
        ['Qvod art363 omission', 'convicted', 11, ['court convicted']],
      ],
    );
    const md = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: MD_URI } });
    assert.deepStrictEqual(md.map((s) => `${s.name}@${s.selectionRange.start.line}:${s.selectionRange.start.character}`), ['快播@5:4', '快播 第363条 不作为@14:0']);
  });

  test('workspace symbols find providers and offenders across the open briefs, by id or name', async () => {
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: '快播' });
    assert.deepStrictEqual(found.map((s) => `${s.name} ${s.location.uri}:${s.location.range.start.line}`), [
      `Qvod ${CASE_URI}:1`,
      `快播 ${MD_URI}:5`,
    ]);
    const upl = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'upl' });
    assert.deepStrictEqual(upl.map((s) => s.name), ['Uploaders']);
  });

  test('go to definition from a `uses` value and from a charge', async () => {
    const fromUses = await client.request<Location[]>('textDocument/definition', at(CASE_URI, 9, 8));
    assert.deepStrictEqual(covered(QVOD, fromUses), ['1:Qvod']);
    const fromCharge = await client.request<Location[]>('textDocument/definition', at(MD_URI, 14, 3));
    assert.deepStrictEqual(covered(BRIEF, fromCharge), ['5:快播']);
  });

  test('find references, with and without the declaration', async () => {
    const withDecl = await client.request<Location[]>('textDocument/references', { ...at(CASE_URI, 1, 12), context: { includeDeclaration: true } });
    assert.deepStrictEqual(covered(QVOD, withDecl), ['1:Qvod', '9:Qvod', '11:Qvod']);
    const without = await client.request<Location[]>('textDocument/references', { ...at(CASE_URI, 1, 12), context: { includeDeclaration: false } });
    assert.deepStrictEqual(covered(QVOD, without), ['9:Qvod', '11:Qvod']);
  });

  test('highlights: the id under the caret where it is declared (written) and named (read), in a Markdown brief across its blocks', async () => {
    type Highlight = { range: Range; kind?: number };
    const inCase = await client.request<Highlight[]>('textDocument/documentHighlight', at(CASE_URI, 9, 8));
    assert.deepStrictEqual(covered(QVOD, inCase).map((c, i) => `${c}:${inCase[i].kind}`), ['1:Qvod:3', '9:Qvod:2', '11:Qvod:2']);
    const inBrief = await client.request<Highlight[]>('textDocument/documentHighlight', at(MD_URI, 14, 3));
    assert.deepStrictEqual(covered(BRIEF, inBrief).map((c, i) => `${c}:${inBrief[i].kind}`), ['5:快播:3', '14:快播:2']);
    assert.deepStrictEqual(await client.request('textDocument/documentHighlight', at(CASE_URI, 2, 7)), [], 'a value: the editor\'s own word highlighting');
  });

  test('expand selection: value, values, fact, facts, block, file; in a brief, within its case blocks', async () => {
    type Selection = { range: Range; parent?: Selection };
    const chain = (text: string, s: Selection | undefined): string[] => (s ? [...covered(text, [s]), ...chain(text, s.parent)] : []);
    const [onValue, onId] = await client.request<Selection[]>('textDocument/selectionRange', { textDocument: { uri: CASE_URI }, positions: [pos(2, 7), pos(9, 8)] });
    assert.deepStrictEqual(chain(QVOD, onValue).map((c) => c.split('\n')[0]), ['2:caching', '2:caching,search', '2:role caching,search', '2:role caching,search', '1:provider   Qvod "深圳快播公司" {', '0:# the Qvod case']);
    assert.deepStrictEqual(chain(QVOD, onId).map((c) => c.split('\n')[0]), ['9:Qvod', '9:uses Qvod', '8:offense art363', '7:offender Uploaders {', '0:# the Qvod case']);
    const [inBrief] = await client.request<Selection[]>('textDocument/selectionRange', { textDocument: { uri: MD_URI }, positions: [pos(7, 6)] });
    assert.deepStrictEqual(chain(BRIEF, inBrief).map((c) => c.split('\n')[0]), ['7:缓存', '7:缓存，搜索', '7:类型：缓存，搜索', '6:明知：明知', '5:服务商 快播 ｛', '0:# 快播案 brief']);
  });

  test('rename an id in a Markdown brief: every occurrence in the case blocks, nothing else', async () => {
    const prepared = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', at(MD_URI, 14, 4));
    assert.strictEqual(prepared.placeholder, '快播');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(MD_URI, 14, 4), newName: '快播公司' });
    assert.strictEqual(applied(BRIEF, edit.changes?.[MD_URI] ?? []), BRIEF.replace('服务商 快播', '服务商 快播公司').replace('指控 快播', '指控 快播公司'));
  });

  test('rename refuses a keyword and an id already taken, with the reason as the error', async () => {
    await assert.rejects(client.request('textDocument/prepareRename', at(CASE_URI, 1, 3)), (e: Error) => {
      assert.match(e.message, /`provider` is a block keyword .* cannot be renamed/);
      return true;
    });
    await assert.rejects(client.request('textDocument/rename', { ...at(CASE_URI, 9, 8), newName: 'Uploaders' }), /already the id of another provider or offender/);
    await assert.rejects(client.request('textDocument/rename', { ...at(CASE_URI, 9, 8), newName: 'two words' }), /not a valid id/);
  });

  test('the refusal speaks the user\'s language', async () => {
    const zh = await TestClient.start({ settings: { locale: 'zh-CN', validate: { delay: 0 } } });
    try {
      await zh.open(CASE_URI, QVOD);
      await assert.rejects(zh.request('textDocument/prepareRename', at(CASE_URI, 2, 1)), /“role”是语言的键名，不能重命名/);
    } finally {
      await zh.stop();
    }
  });

  test('folding: block bodies, and each case block of the brief', async () => {
    const folds = (r: FoldingRange[]) => r.map((f) => `${f.startLine}-${f.endLine}${f.kind ? ` ${f.kind}` : ''}`);
    assert.deepStrictEqual(folds(await client.request('textDocument/foldingRange', { textDocument: { uri: CASE_URI } })), ['1-3', '7-9']);
    assert.deepStrictEqual(folds(await client.request('textDocument/foldingRange', { textDocument: { uri: MD_URI } })), ['4-8 region', '5-7', '13-14 region']);
  });

  const options = { tabSize: 2, insertSpaces: true };

  test('format a document: canonical layout, idempotent', async () => {
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: CASE_URI }, options });
    const once = applied(QVOD, edits);
    assert.strictEqual(once, [
      '# the Qvod case',
      'provider Qvod "深圳快播公司" {',
      '  role      caching, search',
      '  knowledge specific',
      '}',
      '',
      'offender Uploaders {',
      '  offense art363',
      '  uses    Qvod',
      '}',
      'charge Qvod art363 omission { court convicted }',
      '',
    ].join('\n'));
    const uri = 'file:///briefs/formatted.case';
    await client.open(uri, once);
    assert.deepStrictEqual(await client.request('textDocument/formatting', { textDocument: { uri }, options }), []);
  });

  test('format a range: only the lines it touches', async () => {
    const edits = await client.request<TextEdit[]>('textDocument/rangeFormatting', {
      textDocument: { uri: CASE_URI },
      range: { start: pos(1, 0), end: pos(1, 5) },
      options,
    });
    assert.deepStrictEqual(edits.map((e) => e.range.start.line), [1]);
    assert.strictEqual(applied(QVOD, edits).split('\n')[1], 'provider Qvod "深圳快播公司" {');
  });

  test('format a Markdown brief: Chinese keys aligned by width, full-width punctuation kept, prose untouched', async () => {
    const uri = 'file:///briefs/messy.md';
    const messy = BRIEF.replace('  明知：明知', '明知：  明知').replace('The provider cached', 'The   provider cached');
    await client.open(uri, messy);
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options });
    assert.strictEqual(applied(messy, edits), BRIEF.replace('The provider cached', 'The   provider cached'));
  });

  test('semantic tokens: provider ids read differently from keywords, in full and in a range', async () => {
    const legend = (client.initializeResult?.capabilities.semanticTokensProvider as { legend: SemanticTokensLegend }).legend;
    const lines = QVOD.split('\n');
    const read = (t: SemanticTokens) =>
      decodeSemanticTokens(t.data, legend).map((d) => `${lines[d.line].slice(d.character, d.character + d.length)}:${d.type}${d.modifiers.map((m) => `+${m}`).join('')}`);
    const full = read(await client.request('textDocument/semanticTokens/full', { textDocument: { uri: CASE_URI } }));
    assert.deepStrictEqual(full.slice(0, 4), ['# the Qvod case:comment', 'provider:keyword', 'Qvod:class+declaration', '"深圳快播公司":string']);
    assert.ok(full.includes('Uploaders:variable+declaration') && full.includes('art363:function') && full.includes('omission:enumMember'));
    const range = read(await client.request('textDocument/semanticTokens/range', { textDocument: { uri: CASE_URI }, range: { start: pos(9, 0), end: pos(9, 11) } }));
    assert.deepStrictEqual(range, ['uses:property', 'Qvod:class']);
  });

  test('semantic tokens after an edit: the delta applied to the last answer is the new full answer', async () => {
    const uri = 'file:///briefs/tokens.case';
    await client.open(uri, QVOD);
    const first = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.ok(first.resultId && first.data.length > 20);
    // a provider renamed in its charge: the tokens of that line change, the rest stay
    await client.change(uri, [{ range: { start: pos(8, 7), end: pos(8, 11) }, text: 'Nobody' }]);
    const delta = await client.request<SemanticTokensDelta>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: first.resultId });
    assert.ok(delta.resultId && delta.resultId !== first.resultId);
    assert.strictEqual(delta.edits.length, 1);
    const edit = delta.edits[0];
    assert.ok(edit.deleteCount < first.data.length / 2, 'only the changed run is sent');
    const applied = [...first.data.slice(0, edit.start), ...(edit.data ?? []), ...first.data.slice(edit.start + edit.deleteCount)];
    const now = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepStrictEqual(applied, now.data);
    // the editor names an answer the server no longer holds: the whole list
    const stale = await client.request<SemanticTokens>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: first.resultId });
    assert.deepStrictEqual(stale.data, now.data);
    // nothing changed since the last answer: no edit
    const same = await client.request<SemanticTokensDelta>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: stale.resultId });
    assert.deepStrictEqual(same.edits, []);
  });

  test('"Sort and align block" is offered as a source action and sorts the block at the cursor', async () => {
    const uri = 'file:///briefs/unsorted.case';
    const text = 'provider P {\n  profit yes\n  # what it knew\n  knowledge general\n  role link\n}\n';
    await client.open(uri, text);
    const ask = (only?: string[]) => client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: pos(1, 3), end: pos(1, 3) },
      context: { diagnostics: [], ...(only ? { only } : {}) },
    });
    const actions = (await ask(['source'])).filter((a) => a.kind === 'source.casefacts.sortBlock');
    assert.deepStrictEqual(actions.map((a) => a.title), ['Sort and align block']);
    assert.strictEqual(applied(text, actions[0].edit?.changes?.[uri] ?? []),
      'provider P {\n  role      link\n  # what it knew\n  knowledge general\n  profit    yes\n}\n');
    assert.deepStrictEqual((await ask(['quickfix'])).filter((a) => a.kind === 'source.casefacts.sortBlock'), []);
  });
});
