import * as assert from 'assert';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseText } from '../../server/src/service/languageService';
import { documentSymbols, matchScore, workspaceSymbols } from '../../server/src/service/symbols';
import { doc } from '../helpers/caret';
import { editFencedBlock } from '../helpers/fencedBlock';

const QVOD = [
  '# the Qvod case',
  'case "快播案" {',
  '  docket "(2015)海刑初字第512号"',
  '}',
  'provider Qvod "深圳快播公司" {',
  '  role      caching, search',
  '  knowledge specific # it knew',
  '}',
  'offender Uploaders {',
  '  offense art363',
  '  uses    Qvod',
  '}',
  'charge Qvod art363 omission { court convicted }',
  'evidence {',
  '  seized 21251 "video files"',
  '}',
  '',
].join('\n');

/** The name of a symbol kind (SymbolKind is a namespace of numbers, not an enum). */
const kindName = (k: SymbolKind) => Object.entries(SymbolKind).find(([, v]) => v === k)?.[0] ?? String(k);

function open(text: string, uri = 'file:///test.case') {
  const document = doc(text, uri);
  return { document, parsed: parseText(uri, 1, text, uri.endsWith('.md')) };
}

/** An outline as lines: `kind name — detail @line`, children indented. */
function outline(document: TextDocument, symbols: DocumentSymbol[], indent = ''): string[] {
  return symbols.flatMap((s) => [
    `${indent}${kindName(s.kind)} ${s.name}${s.detail ? ` — ${s.detail}` : ''} @${s.range.start.line}-${s.range.end.line} [${document.getText(s.selectionRange)}]`,
    ...outline(document, s.children ?? [], indent + '  '),
  ]);
}

suite('symbols: the outline of a brief', () => {
  test('the case, providers with roles, offenders with the offense, charges by header, evidence; statements below', () => {
    const { document, parsed } = open(QVOD);
    assert.deepStrictEqual(outline(document, documentSymbols(document, parsed)), [
      'Namespace 快播案 — (2015)海刑初字第512号 @1-3 ["快播案"]',
      '  Property docket — (2015)海刑初字第512号 @2-2 [docket]',
      'Class Qvod — 深圳快播公司 · caching, search @4-7 [Qvod]',
      '  Property role — caching, search @5-5 [role]',
      '  Property knowledge — specific @6-6 [knowledge]',
      'Variable Uploaders — art363 @8-11 [Uploaders]',
      '  Property offense — art363 @9-9 [offense]',
      '  Property uses — Qvod @10-10 [uses]',
      'Event Qvod art363 omission — convicted @12-12 [charge]',
      '  Property court — convicted @12-12 [court]',
      'Struct evidence @13-15 [evidence]',
      '  Property seized — 21251 “video files” @14-14 [seized]',
    ]);
  });

  test('Chinese keywords and a half-typed block still give named symbols', () => {
    const { document, parsed } = open('服务商 快播 ｛\n  类型：缓存，搜索\n｝\n案件\nprovider\n指控\n');
    // Chinese values listed as Chinese lists them (、), not with an English comma
    assert.deepStrictEqual(outline(document, documentSymbols(document, parsed)), [
      'Class 快播 — 缓存、搜索 @0-2 [快播]',
      '  Property 类型 — 缓存、搜索 @1-1 [类型]',
      'Namespace 案件 @3-3 [案件]',
      'Class provider @4-4 [provider]',
      'Event 指控 @5-5 [指控]',
    ]);
  });

  test('every symbol\'s selection range lies inside its range (as editors require)', () => {
    const { document, parsed } = open(QVOD);
    const inside = (s: DocumentSymbol): boolean =>
      document.offsetAt(s.range.start) <= document.offsetAt(s.selectionRange.start) &&
      document.offsetAt(s.selectionRange.end) <= document.offsetAt(s.range.end) &&
      (s.children ?? []).every(inside);
    assert.ok(documentSymbols(document, parsed).every(inside));
  });

  test('in a Markdown brief, symbols come from the case blocks at their own lines', () => {
    const { document, parsed } = open('# Brief\n\nprovider NotThis {}\n\n```case\nprovider Qvod {\n  role link\n}\n```\n', 'file:///brief.md');
    assert.deepStrictEqual(outline(document, documentSymbols(document, parsed)), [
      'Class Qvod — link @5-7 [Qvod]',
      '  Property role — link @6-6 [role]',
    ]);
  });

  test('a block that runs on through three ```case fences: its facts keep their lines after edits to the prose between', () => {
    const { document, parsed } = editFencedBlock((d, p) => documentSymbols(d, p));
    assert.deepStrictEqual(outline(document, documentSymbols(document, parsed)), [
      'Class Qvod — caching @1-16 [Qvod]',
      '  Property role — caching @2-2 [role]',
      '  Property knowledge — specific @9-9 [knowledge]',
      '  Property profit — yes @15-15 [profit]',
    ]);
  });
});

suite('symbols: workspace', () => {
  const briefs = [open(QVOD, 'file:///qvod.case'), open('provider 快播 "深圳快播公司" {\n  类型：缓存\n}\n正犯 上传者 {\n  罪名：第363条\n}\n', 'file:///zh.case')];

  test('finds providers and offenders by id, ignoring ASCII case', () => {
    const found = workspaceSymbols(briefs, 'qvod').map((s) => `${kindName(s.kind)} ${s.name} ${s.location.uri}:${s.location.range.start.line}`);
    assert.deepStrictEqual(found, ['Class Qvod file:///qvod.case:4']);
  });

  test('finds them by display name too, and by characters in order', () => {
    assert.deepStrictEqual(workspaceSymbols(briefs, '深圳').map((s) => s.name), ['Qvod', '快播']);
    assert.deepStrictEqual(workspaceSymbols(briefs, 'uplds').map((s) => s.name), ['Uploaders']);
    assert.deepStrictEqual(workspaceSymbols(briefs, '上传').map((s) => `${s.name} ${kindName(s.kind)}`), ['上传者 Variable']);
  });

  test('an empty query lists every provider and offender; a query that matches nothing lists none', () => {
    assert.deepStrictEqual(workspaceSymbols(briefs, '').map((s) => s.name), ['Qvod', 'Uploaders', '快播', '上传者']);
    assert.deepStrictEqual(workspaceSymbols(briefs, 'zzz'), []);
  });

  test('substring matches rank before scattered ones', () => {
    assert.strictEqual(matchScore('vod', 'Qvod'), 2);
    assert.strictEqual(matchScore('qd', 'Qvod'), 1);
    assert.strictEqual(matchScore('dq', 'Qvod'), 0);
  });

  test('characters in order, by characters: an id with a character outside the BMP (𠮷) is found by scattered ones', () => {
    const brief = open('provider 𠮷野家网络 {\n  role link\n}\n', 'file:///yoshinoya.case');
    assert.deepStrictEqual(workspaceSymbols([brief], '𠮷网').map((s) => s.name), ['𠮷野家网络']);
    assert.strictEqual(matchScore('𠮷络', '𠮷野家网络'), 1);
  });
});
