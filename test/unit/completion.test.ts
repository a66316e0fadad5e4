/** Completion by place, in both languages, in half-typed lines and Markdown briefs. */
import * as assert from 'assert';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { doComplete } from '../../server/src/service/completion';
import type { Locale } from '../../server/src/service/i18n/messages';
import { parseText } from '../../server/src/service/languageService';
import { locate } from '../../server/src/service/position';
import { parse } from '../../server/src/service/parser';
import { caret } from '../helpers/caret';

function complete(marked: string, locale: Locale = 'en', uri?: string): CompletionItem[] {
  const c = caret(marked, uri);
  const parsed = parseText(c.document.uri, 1, c.text, c.document.languageId === 'markdown');
  return doComplete(parsed, c.document, c.position, { locale }).items;
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const inserts = (items: CompletionItem[]) => items.map((i) => (i.textEdit as TextEdit).newText);
const item = (items: CompletionItem[], label: string) => {
  const hit = items.find((i) => i.label === label);
  assert.ok(hit, `no ${label} among ${labels(items).join(', ')}`);
  return hit;
};

/** Applies a completion item's edit to the marked text. */
function accept(marked: string, label: string): string {
  const c = caret(marked);
  const edit = item(complete(marked), label).textEdit as TextEdit;
  const start = c.document.offsetAt(edit.range.start);
  const end = c.document.offsetAt(edit.range.end);
  return c.text.slice(0, start) + edit.newText + c.text.slice(end);
}

const BLOCK_LABELS = ['case · 案件', 'provider · 服务商', 'offender · 正犯', 'charge · 指控', 'evidence · 证据'];

suite('completion', () => {
  test('block keywords at a line\'s start outside any block, in both languages', () => {
    assert.deepStrictEqual(labels(complete('|')), BLOCK_LABELS);
    assert.deepStrictEqual(inserts(complete('|')), ['case', 'provider', 'offender', 'charge', 'evidence']);
    assert.deepStrictEqual(labels(complete('provider Q {\n  role access\n}\npro|')), BLOCK_LABELS);
    assert.strictEqual(accept('provider Q {\n  role access\n}\npro|', 'provider · 服务商'), 'provider Q {\n  role access\n}\nprovider');
    // Typing Chinese, or in a brief written in Chinese, inserts the Chinese keyword.
    assert.deepStrictEqual(inserts(complete('服务商 Q {\n  类型：接入\n}\n服|')), ['案件', '服务商', '正犯', '指控', '证据']);
    assert.deepStrictEqual(inserts(complete('服务商 Q {\n  类型：接入\n}\n|')), ['案件', '服务商', '正犯', '指控', '证据']);
    assert.deepStrictEqual(labels(complete('provider Q {\n  role access\n} |')), [], 'not after a closing brace');
  });

  test('keys valid in the block and not yet written', () => {
    const items = complete('provider Q {\n  role access\n  knowledge specific\n  |\n}');
    assert.ok(!labels(items).includes('role · 类型') && !labels(items).includes('knowledge · 明知'));
    assert.strictEqual(items[0].label, 'notice · 通知', 'in the table\'s order');
    assert.ok(labels(items).includes('industry-rules · 行业规定'));
    assert.ok(!labels(items).includes('offense · 罪名'), 'an offender key is not a provider key');
    assert.deepStrictEqual(labels(complete('charge Q art363 {\n  |\n}')), ['court · 法院认定', 'reason · 理由', 'basis · 依据']);
    assert.deepStrictEqual(labels(complete('offender O {\n  offense art266\n  us|\n}')), ['uses · 利用']);
    const zh = complete('服务商 Q {\n  类型：接入\n  行|\n}');
    assert.strictEqual(inserts(zh).find((w) => w === '行业规定'), '行业规定');
    assert.ok(inserts(zh).every((w) => /[\u4e00-\u9fff]/.test(w)), 'Chinese inserted when typing Chinese');
    assert.strictEqual(accept('provider Q {\n  role access\n  indus|\n}', 'industry-rules · 行业规定'), 'provider Q {\n  role access\n  industry-rules\n}');
  });

  test('after a value of a list, none is not offered (通知：用户，无 contradicts itself); after none, nothing is', () => {
    assert.deepStrictEqual(inserts(complete('服务商 Q ｛\n  通知：用户，|\n｝')), ['权利人', '监管部门']);
    assert.deepStrictEqual(inserts(complete('服务商 Q ｛\n  通知：无，|\n｝')), []);
    assert.deepStrictEqual(inserts(complete('服务商 Q ｛\n  通知：|\n｝')), ['无', '用户', '权利人', '监管部门'], 'alone, none is a value like the others');
  });

  test('values after the key, after a colon and after a comma; taken values are not offered again', () => {
    assert.deepStrictEqual(inserts(complete('provider Q {\n  knowledge |\n}')), ['none', 'general', 'specific']);
    assert.deepStrictEqual(inserts(complete('provider Q {\n  knowledge: |\n}')), ['none', 'general', 'specific']);
    assert.deepStrictEqual(labels(complete('provider Q {\n  targeted |\n}')), ['yes · 是', 'no · 否']);
    const after = complete('provider Q {\n  role caching, |\n}');
    assert.ok(!labels(after).includes('caching · 缓存'));
    assert.ok(labels(after).includes('search · 搜索'));
    assert.deepStrictEqual(labels(complete('provider Q {\n  knowledge specific |\n}')), [], 'a one-value key already has its value');
    assert.deepStrictEqual(labels(complete('provider Q {\n  role caching |\n}')), [], 'no value without a comma');
    assert.strictEqual(accept('provider Q {\n  role cach|\n}', 'caching · 缓存'), 'provider Q {\n  role caching\n}');
    assert.strictEqual(accept('provider Q {\n  role cach|ng\n}', 'caching · 缓存'), 'provider Q {\n  role caching\n}', 'the whole word is replaced');
    assert.deepStrictEqual(inserts(complete('服务商 Q {\n  类型：缓存，|\n}')).slice(0, 3), ['接入', '传输', '存储']);
    assert.deepStrictEqual(inserts(complete('服务商 Q {\n  明知：|\n}')), ['不知', '概括知道', '明知']);
    assert.deepStrictEqual(labels(complete('charge Q art363 {\n  court |\n}')), ['convicted · 有罪', 'acquitted · 无罪', 'rejected · 不予认定', 'pending · 未决']);
    assert.strictEqual(item(complete('provider Q {\n  role host|\n}'), 'storage · 存储').filterText, 'hosting', 'an alias the user is typing is kept');
  });

  test('ids after `uses` and as a charge\'s first word; offenses second; modes third', () => {
    const facts = 'provider Qvod "深圳快播公司" {\n  role caching\n}\nprovider Baidu {\n  role search\n}\noffender Up {\n  offense art363\n  uses Qvod, |\n}\n';
    const uses = complete(facts);
    assert.deepStrictEqual(labels(uses), ['Baidu'], 'providers only, and not one already listed');
    const charge = complete(facts.replace('uses Qvod, |', 'uses Qvod') + 'charge |');
    assert.deepStrictEqual(labels(charge), ['Qvod', 'Baidu', 'Up']);
    assert.strictEqual(item(charge, 'Qvod').detail, 'provider “深圳快播公司”');
    assert.strictEqual(item(complete(facts.replace('uses Qvod, |', 'uses Qvod') + 'charge |', 'zh-CN'), 'Up').detail, '正犯');
    const base = facts.replace('uses Qvod, |', 'uses Qvod');
    assert.strictEqual(labels(complete(base + 'charge Qvod art|'))[2], 'art287-2 · 第287条之二');
    assert.strictEqual(item(complete(base + 'charge Qvod art|'), 'art287-2 · 第287条之二').detail, 'assisting criminal activity on information networks');
    assert.deepStrictEqual(labels(complete(base + 'charge Qvod art363 |')), ['act · 作为', 'omission · 不作为', 'principal · 正犯', 'accomplice · 共犯']);
    assert.deepStrictEqual(labels(complete(base + 'charge Qvod art363 omission {\n}\noffender O {\n  offense |\n}')).length, 9);
    // Chinese: the article number, or the offense's name when that is what the user types.
    assert.strictEqual(inserts(complete('指控 快播 第|'))[2], '第287条之二');
    assert.strictEqual(inserts(complete('指控 快播 帮助|'))[2], '帮助信息网络犯罪活动罪');
    assert.deepStrictEqual(inserts(complete('指控 快播 第363条 |')), ['作为', '不作为', '正犯', '共犯']);
  });

  test('documentation is the word\'s help in the user\'s language; sortText keeps the table\'s order', () => {
    const items = complete('provider Q {\n  role |\n}');
    const caching = item(items, 'caching · 缓存');
    assert.ok((caching.documentation as MarkupContent).value.includes('Keeps temporary copies of content'));
    assert.ok((caching.documentation as MarkupContent).value.includes('Related topics: *'));
    const zh = item(complete('provider Q {\n  role |\n}', 'zh-CN'), 'caching · 缓存');
    assert.ok((zh.documentation as MarkupContent).value.includes('临时保存内容副本'));
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepStrictEqual(labels(sorted), labels(items));
  });

  test('nothing inside strings, notes and comments', () => {
    assert.deepStrictEqual(complete('case "Qv|"'), []);
    assert.deepStrictEqual(complete('provider Q {\n  role caching "no|te"\n}'), []);
    assert.deepStrictEqual(complete('# role |'), []);
    assert.deepStrictEqual(complete('provider Q "Name|" {\n}'), []);
  });

  test('in a Markdown brief: inside ```case blocks only, at the Markdown\'s own positions', () => {
    const md = 'The provider |\n\n```case\nprovider Q {\n  role access\n}\n```\n';
    assert.deepStrictEqual(complete(md, 'en', 'file:///brief.md'), []);
    const inside = 'Prose.\n\n```case\nprovider Q {\n  role |\n}\n```\n';
    const items = complete(inside, 'en', 'file:///brief.md');
    assert.strictEqual(items[0].label, 'access · 接入');
    assert.deepStrictEqual((items[0].textEdit as TextEdit).range, { start: { line: 4, character: 7 }, end: { line: 4, character: 7 } });
    assert.deepStrictEqual(labels(complete('Prose.\n\n```case\n|\n```\n', 'en', 'file:///brief.md')), BLOCK_LABELS);
  });

  test('position: what stands at an offset, for half-typed lines too', () => {
    const at = (marked: string) => {
      const i = marked.indexOf('|');
      return locate(parse(marked.slice(0, i) + marked.slice(i + 1)), i, { includeRightBound: true });
    };
    assert.strictEqual(at('provider Q {\n  role cach|').kind, 'value');
    const h = at('charge Q art36|');
    assert.ok(h.kind === 'header' && h.role === 'offense' && h.index === 1);
    const n = at('provider Q {\n  role caching, |\n}');
    assert.ok(n.kind === 'nothing' && n.inBody && n.statement?.key.value === 'role');
    const k = at('provider Q {\n  role caching; |\n}');
    assert.ok(k.kind === 'nothing' && k.inBody && k.statement === undefined, 'a `;` ends the statement');
    assert.strictEqual(at('provider Q {\n  role caching # no|te\n}').kind, 'comment');
    const top = at('provider Q {\n  role caching\n}\n|');
    assert.ok(top.kind === 'nothing' && top.block === undefined);
    const hover = locate(parse('provider Q'), 10);
    assert.strictEqual(hover.kind, 'nothing', 'without the right bound, the end of a word is past it');
  });
});

suite('completion: the language of the keywords, not of the user\'s ids', () => {
  const facts = 'provider 快播 "深圳快播公司" {\n  role caching\n}\n';

  test('an English charge header naming a Chinese id inserts English offenses and modes', () => {
    assert.deepStrictEqual(inserts(complete(`${facts}charge 快播 |`)).slice(0, 3), ['art363', 'art364', 'art287-2']);
    assert.deepStrictEqual(inserts(complete(`${facts}charge 快播 art363 |`)), ['act', 'omission', 'principal', 'accomplice']);
    assert.deepStrictEqual(inserts(complete('provider Qvod {\n  role caching\n}\n指控 Qvod |')).slice(0, 3), ['第363条', '第364条', '第287条之二']);
    assert.deepStrictEqual(inserts(complete('offender 上传者 {\n  offense art363\n  uses |\n}\n' + facts)), ['快播']);
  });

  test('digits typed after a Chinese key complete to the Chinese spelling that starts with them', () => {
    const marked = '指控 快播 第363条 ｛\n  依据：2010|\n｝';
    const hit = item(complete(facts + marked), 'interpretation-2010-art4 · 2010年解释第4条');
    assert.strictEqual((hit.textEdit as TextEdit).newText, '2010年解释第4条');
    assert.strictEqual(hit.filterText, '2010年解释第4条', 'the client keeps it for the typed 2010');
    assert.strictEqual((item(complete(`${facts}charge 快播 art363 {\n  basis 2010|\n}`), 'interpretation-2010-art4 · 2010年解释第4条').textEdit as TextEdit).newText, 'interpretation-2010-art4');
  });

  test('nothing on the closing fence of a ```case block, where a word would break the fence', () => {
    const brief = 'Prose.\n\n```case\nprovider Q {\n  role access\n}\n|```\n\nMore prose.\n';
    assert.deepStrictEqual(complete(brief, 'en', 'file:///brief.md'), []);
    assert.deepStrictEqual(labels(complete('Prose.\n\n```case\nprovider Q {\n  role access\n}\n|\n```\n', 'en', 'file:///brief.md')), BLOCK_LABELS);
    assert.deepStrictEqual(labels(complete('Prose.\n\n```case\n|', 'en', 'file:///brief.md')), BLOCK_LABELS, 'an unclosed block runs to the end');
  });
});

suite('completion: the language is decided by the first keystroke', () => {
  test('with nothing typed the list is incomplete, so the client asks again once the user types', () => {
    const { parsed, document, position } = (() => {
      const c = caret('provider P {\n  role |\n}\n');
      return { parsed: parseText(c.document.uri, 1, c.text, false), document: c.document, position: c.position };
    })();
    assert.strictEqual(doComplete(parsed, document, position, { locale: 'en' }).isIncomplete, true);
    const typed = caret('provider P {\n  role 缓|\n}\n');
    const list = doComplete(parseText(typed.document.uri, 1, typed.text, false), typed.document, typed.position, { locale: 'en' });
    assert.strictEqual(list.isIncomplete, false);
    const caching = list.items.find((i) => i.label === 'caching · 缓存')!;
    assert.strictEqual((caching.textEdit as { newText: string }).newText, '缓存');
    assert.ok(list.items.every((i) => /[\u4e00-\u9fff]/.test((i.textEdit as { newText: string }).newText)), 'every role inserts its Chinese word');
  });
});
