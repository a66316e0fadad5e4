import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentHighlight, Location, WorkspaceEdit } from 'vscode-languageserver-types';
import { format } from '../../server/src/service/i18n/messages';
import { parseText } from '../../server/src/service/languageService';
import {
  findDefinition,
  findHighlights,
  findReferences,
  isRefusal,
  prepareRename,
  rename,
} from '../../server/src/service/navigation';
import { caret } from '../helpers/caret';
import { check } from './util';

const BRIEF = [
  'provider Qvod "深圳快播公司" {',
  '  role caching',
  '}',
  'provider Other {',
  '  role link',
  '}',
  'offender Uploaders {',
  '  offense art363',
  '  uses    Qvod, Other',
  '}',
  'charge Qvod art363 omission { court convicted }',
  'charge Uploaders art363',
  '',
].join('\n');

/** The brief with a caret put at the n-th occurrence of `word` (+ `into` characters). */
function at(word: string, nth = 0, into = 1, text = BRIEF, uri = 'file:///test.case') {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(word, i + 1);
  }
  assert.ok(i >= 0, `no ${word} #${nth}`);
  const c = caret(text.slice(0, i + into) + '|' + text.slice(i + into), uri);
  return { ...c, parsed: parseText(uri, 1, c.text, uri.endsWith('.md')) };
}

/** What each location covers, as `line:text`. */
function covered(document: TextDocument, locations: Location[]): string[] {
  return locations.map((l) => `${l.range.start.line}:${document.getText(l.range)}`);
}

suite('navigation: definition and references', () => {
  test('goes from a `uses` value to the provider\'s header id', () => {
    const c = at('Qvod', 1);
    assert.deepStrictEqual(covered(c.document, findDefinition(c.document, c.parsed, c.position)), ['0:Qvod']);
  });

  test('goes from a charge\'s first header word to the offender', () => {
    const c = at('Uploaders', 1, 3);
    assert.deepStrictEqual(covered(c.document, findDefinition(c.document, c.parsed, c.position)), ['6:Uploaders']);
  });

  test('a caret just past the id still finds it', () => {
    const c = at('Other', 1, 5);
    assert.deepStrictEqual(covered(c.document, findDefinition(c.document, c.parsed, c.position)), ['3:Other']);
  });

  test('a caret just past an id that a name string, a note or a comment follows without a space still finds it', () => {
    const text = '服务商 快播“深圳快播公司” ｛\n  类型：缓存\n｝\n正犯 上传者 ｛\n  罪名：第363条\n  利用：快播“缓存服务器”\n｝\n指控 快播# 不作为\n';
    for (const nth of [0, 3, 5]) {
      const c = at('快播', nth, 2, text);
      assert.deepStrictEqual(covered(c.document, findDefinition(c.document, c.parsed, c.position)), ['0:快播'], `#${nth}`);
      const r = prepareRename(c.document, c.parsed, c.position);
      assert.ok(r && !isRefusal(r), `#${nth}: ${JSON.stringify(r)}`);
      assert.deepStrictEqual([c.document.getText(r.range), r.range.start], ['快播', c.document.positionAt(c.offset - 2)]);
    }
    const c = at('快播', 0, 2, text);
    const edit = rename(c.document, c.parsed, c.position, 'Qvod');
    assert.ok(edit && !isRefusal(edit));
    assert.strictEqual(TextDocument.applyEdits(c.document, edit.changes?.[c.document.uri] ?? []),
      '服务商 Qvod“深圳快播公司” ｛\n  类型：缓存\n｝\n正犯 上传者 ｛\n  罪名：第363条\n  利用：Qvod“缓存服务器”\n｝\n指控 Qvod# 不作为\n');
  });

  test('nothing for keywords, keys, values and names', () => {
    for (const [word, nth] of [['provider', 0], ['role', 0], ['caching', 0], ['深圳', 0], ['art363', 2]] as const) {
      const c = at(word, nth);
      assert.deepStrictEqual(findDefinition(c.document, c.parsed, c.position), [], word);
    }
  });

  test('references: the header id, `uses` values and charge refs; the declaration only when asked', () => {
    const c = at('Qvod', 2);
    assert.deepStrictEqual(covered(c.document, findReferences(c.document, c.parsed, c.position, true)), ['0:Qvod', '8:Qvod', '10:Qvod']);
    assert.deepStrictEqual(covered(c.document, findReferences(c.document, c.parsed, c.position, false)), ['8:Qvod', '10:Qvod']);
  });

  test('ids are case-sensitive', () => {
    const text = 'provider qvod {\n  role link\n}\nprovider Qvod {\n  role link\n}\ncharge Qvod art363\n';
    const c = at('Qvod', 1, 1, text);
    assert.deepStrictEqual(covered(c.document, findReferences(c.document, c.parsed, c.position, true)), ['3:Qvod', '6:Qvod']);
  });

  test('works in the case blocks of a Markdown brief', () => {
    const md = '# Brief\n\n```case\nprovider 快播 {\n  类型：缓存\n}\n```\n\nProse about 快播.\n\n```case\n指控 快播 第363条\n```\n';
    const c = at('快播', 2, 1, md, 'file:///brief.md');
    assert.deepStrictEqual(covered(c.document, findDefinition(c.document, c.parsed, c.position)), ['3:快播']);
    assert.deepStrictEqual(covered(c.document, findReferences(c.document, c.parsed, c.position, true)), ['3:快播', '11:快播']);
  });
});

const edited = (document: TextDocument, edit: WorkspaceEdit) =>
  TextDocument.applyEdits(document, edit.changes?.[document.uri] ?? []);

suite('navigation: rename', () => {
  test('prepareRename gives the id\'s range and text, from the declaration or a reference', () => {
    for (const nth of [0, 1, 2]) {
      const c = at('Qvod', nth, 2);
      const r = prepareRename(c.document, c.parsed, c.position);
      assert.ok(r && !isRefusal(r));
      assert.strictEqual(c.document.getText(r.range), 'Qvod');
      assert.strictEqual(r.placeholder, 'Qvod');
    }
  });

  test('renames exactly the id\'s occurrences, nothing else', () => {
    const c = at('Qvod', 1);
    const edit = rename(c.document, c.parsed, c.position, '快播');
    assert.ok(edit && !isRefusal(edit));
    assert.strictEqual(edited(c.document, edit), BRIEF.replace(/Qvod/g, '快播'));
    assert.strictEqual(edit.changes?.[c.document.uri].length, 3);
  });

  test('renames inside the ```case blocks of a Markdown brief, not in the prose', () => {
    const md = 'Qvod in prose.\n\n```case\nprovider Qvod {\n  role link\n}\n```\n\nQvod again.\n\n```case\ncharge Qvod art363\n```\n';
    const c = at('Qvod', 1, 1, md, 'file:///brief.md');
    const edit = rename(c.document, c.parsed, c.position, 'Kuaibo');
    assert.ok(edit && !isRefusal(edit));
    assert.strictEqual(edited(c.document, edit),
      'Qvod in prose.\n\n```case\nprovider Kuaibo {\n  role link\n}\n```\n\nQvod again.\n\n```case\ncharge Kuaibo art363\n```\n');
  });

  const refusals: [string, number, string, string][] = [
    ['provider', 0, 'block keyword', '块关键词'],
    ['role', 0, 'key of the language', '键名'],
    ['caching', 0, 'is a value', '取值'],
    ['art363', 0, 'offense', '罪名'],
    ['art363', 1, 'offense', '罪名'],
    ['omission', 0, 'mode of liability', '指控方式'],
  ];
  for (const [word, nth, en, zh] of refusals) {
    test(`refuses to rename ${word} (#${nth}) with a reason in both languages`, () => {
      const c = at(word, nth);
      const r = prepareRename(c.document, c.parsed, c.position);
      assert.ok(isRefusal(r), `expected a refusal, got ${JSON.stringify(r)}`);
      assert.match(format(r.refused, 'en'), new RegExp(`\`${word}\` .*${en}`));
      assert.ok(format(r.refused, 'zh-CN').includes(zh), format(r.refused, 'zh-CN'));
      assert.ok(isRefusal(rename(c.document, c.parsed, c.position, 'X')));
    });
  }

  test('nothing to rename on a name string or after a closing brace', () => {
    const c = at('深圳', 0);
    assert.strictEqual(prepareRename(c.document, c.parsed, c.position), undefined);
    const blank = at('\n', 2, 0);
    assert.strictEqual(prepareRename(blank.document, blank.parsed, blank.position), undefined);
  });

  const badNames: [string, string][] = [
    ['two words', 'not a valid id'],
    ['', 'not a valid id'],
    ['"quoted"', 'not a valid id'],
    ['12345', 'not a valid id'],
    ['2015-11-01', 'not a valid id'],
    ['a,b', 'not a valid id'],
    ['Provider', 'block keyword'],
    ['证据', 'block keyword'],
    ['Uploaders', 'already the id'],
    ['Other', 'already the id'],
  ];
  for (const [name, why] of badNames) {
    test(`refuses the new name ${JSON.stringify(name)}: ${why}`, () => {
      const c = at('Qvod', 0);
      const r = rename(c.document, c.parsed, c.position, name);
      assert.ok(isRefusal(r), `expected a refusal for ${name}`);
      assert.ok(format(r.refused, 'en').includes(why), format(r.refused, 'en'));
      assert.ok(/[\u4e00-\u9fff]/.test(format(r.refused, 'zh-CN')));
    });
  }

  test('refuses a new name that a charge or `uses` already names without a block declaring it: those would change meaning', () => {
    const text = 'provider Qvod "快播" {\n  role caching\n}\noffender U {\n  offense art363\n  uses Kuaibo\n}\ncharge Kuaibo art363\n';
    const c = at('Qvod', 0, 1, text);
    const r = rename(c.document, c.parsed, c.position, 'Kuaibo');
    assert.ok(isRefusal(r), 'refused');
    assert.strictEqual(format(r.refused, 'en'), '`Kuaibo` is already written in this file for an id no block declares: renamed to it, those places would name this block instead.');
    assert.strictEqual(format(r.refused, 'zh-CN'), '本文件中已有引用“Kuaibo”之处，但没有块声明该标识符：改用此名，那些引用就会指向本块。');
    const other = rename(c.document, c.parsed, c.position, 'Qvod2');
    assert.ok(other && !isRefusal(other), 'another name is fine');
  });

  test('a number written as an id (`provider 360`, an error) renames to a word everywhere it stands', () => {
    const text = 'provider 360 "奇虎360" {\n  role search\n}\noffender U {\n  offense art363\n  uses 360\n}\ncharge 360 art363\n';
    const c = at('360', 0, 1, text);
    const edit = rename(c.document, c.parsed, c.position, 'Qihoo360');
    assert.ok(edit && !isRefusal(edit));
    assert.strictEqual(edited(c.document, edit), 'provider Qihoo360 "奇虎360" {\n  role search\n}\noffender U {\n  offense art363\n  uses Qihoo360\n}\ncharge Qihoo360 art363\n');
  });

  test('accepts ids with CJK letters, digits, _ - and .', () => {
    for (const name of ['快播公司', 'Qvod_2', 'qvod-sz.cn', 'a1']) {
      const c = at('Qvod', 0);
      const r = rename(c.document, c.parsed, c.position, name);
      assert.ok(r && !isRefusal(r), name);
    }
  });
});

suite('navigation: ids spelled in two canonically equivalent ways', () => {
  // `Café` typed precomposed (U+00E9) in the provider's header and pasted decomposed (e + U+0301,
  // as macOS file names and some PDFs give it) where it is used: one provider, as the eye reads it.
  const nfc = 'Caf\u00e9';
  const nfd = 'Cafe\u0301';
  const brief = `provider ${nfc} {\n  role caching\n}\noffender O {\n  offense art363\n  uses ${nfd}, Nope\n}\ncharge ${nfd} art363\n`;

  test('a reference in the other spelling is no undefined reference; ranges stay on the text as written', () => {
    const { diagnostics } = check(brief);
    const refs = diagnostics.filter((d) => d.code === 'undefined-reference');
    assert.deepStrictEqual(refs.map((d) => [d.range.start, d.range.end, d.message]), [
      [{ line: 5, character: 14 }, { line: 5, character: 18 }, 'No provider is defined with the id "Nope".'],
    ]);
  });

  test('references and rename find both spellings, each with its own length', () => {
    const c = at(nfd, 1, 1, brief);
    const locations = findReferences(c.document, c.parsed, c.position, true);
    assert.deepStrictEqual(locations.map((l) => c.document.getText(l.range)), [nfc, nfd, nfd]);
    const edit = rename(c.document, c.parsed, c.position, 'Shop');
    assert.ok(edit && !isRefusal(edit));
    assert.strictEqual(edited(c.document, edit), brief.split(nfc).join('Shop').split(nfd).join('Shop'));
  });
});

suite('navigation: highlights', () => {
  /** What each highlight covers, as `line:text:kind` (W written, R read). */
  const marked = (document: TextDocument, hs: DocumentHighlight[]) => hs.map((h) => `${h.range.start.line}:${document.getText(h.range)}:${h.kind === 3 ? 'W' : h.kind === 2 ? 'R' : '?'}`);

  test('on a provider id: its header as written, every charge and `uses` that names it as read', () => {
    for (const [nth, into] of [[0, 0], [1, 2], [2, 4]]) {
      const c = at('Qvod', nth, into);
      assert.deepStrictEqual(marked(c.document, findHighlights(c.document, c.parsed, c.position)), ['0:Qvod:W', '8:Qvod:R', '10:Qvod:R'], `caret in Qvod #${nth}`);
    }
  });

  test('on an offender id, its own places only; nothing on a keyword, a key, a value or an offense', () => {
    const c = at('Uploaders', 1, 9);
    assert.deepStrictEqual(marked(c.document, findHighlights(c.document, c.parsed, c.position)), ['6:Uploaders:W', '11:Uploaders:R']);
    for (const [word, nth] of [['provider', 0], ['role', 0], ['caching', 0], ['art363', 1], ['omission', 0]] as const) {
      const d = at(word, nth, 1);
      assert.deepStrictEqual(findHighlights(d.document, d.parsed, d.position), [], word);
    }
  });

  test('in a Markdown brief, across its case blocks and not in its prose', () => {
    const md = ['# Qvod', '', '```case', 'provider 快播 { 类型：缓存 }', '```', '', 'The court found 快播 liable.', '', '```case', '指控 快播 art363', '```', ''].join('\n');
    const c = at('快播', 0, 1, md, 'file:///brief.md');
    assert.deepStrictEqual(marked(c.document, findHighlights(c.document, c.parsed, c.position)), ['3:快播:W', '9:快播:R']);
    const prose = at('快播', 1, 1, md, 'file:///brief.md');
    assert.deepStrictEqual(findHighlights(prose.document, prose.parsed, prose.position), []);
  });
});
