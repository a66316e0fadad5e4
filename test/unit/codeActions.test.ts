/** Quick fixes: applied to the text and validated again, the diagnostic is gone. */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { getCodeActions } from '../../server/src/service/codeActions';
import type { Locale } from '../../server/src/service/i18n/messages';
import { findingsToDiagnostics, parseText } from '../../server/src/service/languageService';
import { doc } from '../helpers/caret';

interface Checked {
  readonly document: TextDocument;
  readonly diagnostics: Diagnostic[];
}

function validate(text: string, uri = 'file:///test.case'): Checked {
  const document = doc(text, uri);
  const parsed = parseText(uri, 1, text, uri.endsWith('.md'));
  return { document, diagnostics: findingsToDiagnostics(parsed, document, { locale: 'en' }) };
}

/** The quick fixes offered for the diagnostics with a code. */
function fixes(text: string, code: string, locale: Locale = 'en', uri?: string): { actions: CodeAction[]; checked: Checked } {
  const checked = validate(text, uri);
  const ds = checked.diagnostics.filter((d) => d.code === code);
  assert.ok(ds.length > 0, `no ${code} in: ${checked.diagnostics.map((d) => d.code).join(', ')}`);
  const parsed = parseText(checked.document.uri, 1, text, checked.document.languageId === 'markdown');
  return { actions: getCodeActions(parsed, checked.document, ds, { locale }), checked };
}

/** Applies an action's edits to the text. */
function apply(document: TextDocument, action: CodeAction): string {
  const edits = action.edit?.changes?.[document.uri] ?? [];
  assert.ok(edits.length > 0, `${action.title} edits nothing`);
  return TextDocument.applyEdits(document, edits);
}

const titled = (actions: CodeAction[], title: string) => {
  const a = actions.find((x) => x.title === title);
  assert.ok(a, `no action "${title}" among ${actions.map((x) => x.title).join(' | ')}`);
  return a;
};

const codesOf = (text: string, uri?: string) => validate(text, uri).diagnostics.map((d) => String(d.code));

suite('quick fixes', () => {
  test('did you mean: one action per suggestion, the first preferred; applied, the error is gone', () => {
    const text = 'provider Q {\n  role cachng\n}\n';
    const { actions, checked } = fixes(text, 'unknown-value');
    const change = actions.filter((a) => a.title.startsWith('Change to'));
    assert.strictEqual(change[0].title, 'Change to `caching`');
    assert.strictEqual(change[0].isPreferred, true);
    assert.ok(change.slice(1).every((a) => !a.isPreferred));
    assert.strictEqual(change[0].kind, 'quickfix');
    const fixed = apply(checked.document, change[0]);
    assert.strictEqual(fixed, 'provider Q {\n  role caching\n}\n');
    assert.ok(!codesOf(fixed).includes('unknown-value'));
    assert.strictEqual(fixes(text, 'unknown-value', 'zh-CN').actions[0].title, '改为“caching”');
  });

  test('a date or a count typed with full-width digits, or in the Chinese manner, is offered in ASCII; applied, the error is gone', () => {
    const text = '案件 ｛\n  日期：２０１６-09-13\n  行为时间：2013年1月1日\n｝\n证据 ｛\n  查获：２１２５１ “缓存服务器中的文件”\n｝\n';
    const { actions, checked } = fixes(text, 'unknown-value', 'zh-CN');
    assert.deepStrictEqual(actions.filter((a) => a.title.startsWith('改为')).map((a) => a.title), ['改为“2016-09-13”', '改为“2013-01-01”', '改为“21251”']);
    let fixed = checked.document.getText();
    for (const a of actions.filter((x) => x.title.startsWith('改为')).reverse()) {
      fixed = TextDocument.applyEdits(doc(fixed, 'file:///test.case'), a.edit!.changes!['file:///test.case']);
    }
    assert.strictEqual(fixed, '案件 ｛\n  日期：2016-09-13\n  行为时间：2013-01-01\n｝\n证据 ｛\n  查获：21251 “缓存服务器中的文件”\n｝\n');
    assert.ok(!codesOf(fixed).includes('unknown-value'));
    // no day, no offer: 2015年2月30日 is not in the calendar
    assert.deepStrictEqual(fixes('案件 ｛ 日期：2015年2月30日 ｝\n', 'unknown-value').actions.filter((a) => a.title.startsWith('Change')), []);
  });

  test('did you mean, for a block keyword, a key and a reference', () => {
    for (const [text, code, want] of [
      ['provder Q {\n  role access\n}\n', 'unknown-block', 'provider'],
      ['provider Q {\n  role access\n  knowlege specific\n}\n', 'unknown-key', 'knowledge'],
      ['provider Qvod {\n  role caching\n}\ncharge Qvd art363\n', 'undefined-reference', 'Qvod'],
    ]) {
      const { actions, checked } = fixes(text, code);
      const fixed = apply(checked.document, titled(actions, `Change to \`${want}\``));
      assert.ok(!codesOf(fixed).includes(code), `${code} still there in ${fixed}`);
    }
  });

  test('an id no block declares: its block is made before the one naming it, in that block\'s language; applied, the reference resolves', () => {
    const text = 'provider Qvod {\n  role caching\n}\n\n  offender Up {\n    offense art363\n    uses Qvod, Cache\n  }\ncharge Shop art287-2\n';
    const uses = fixes(text, 'undefined-reference');
    // `uses` names providers only; a charge, a provider or an offender
    assert.deepStrictEqual(uses.actions.filter((a) => a.title.startsWith('Create')).map((a) => a.title), ['Create provider `Cache`', 'Create provider `Shop`', 'Create offender `Shop`']);
    assert.ok(uses.actions.filter((a) => a.title.startsWith('Create')).every((a) => !a.isPreferred), 'a did-you-mean stays the preferred fix');
    const made = apply(uses.checked.document, titled(uses.actions, 'Create provider `Cache`'));
    assert.strictEqual(made, 'provider Qvod {\n  role caching\n}\n\n  provider Cache {\n  }\n\n  offender Up {\n    offense art363\n    uses Qvod, Cache\n  }\ncharge Shop art287-2\n');
    // the reference resolves; the new provider asks for its role
    assert.deepStrictEqual(codesOf(made).filter((c) => c !== 'no-general-monitoring' && c !== 'helping-needs-facts'), ['missing-role', 'undefined-reference']);
    const offender = apply(uses.checked.document, titled(uses.actions, 'Create offender `Shop`'));
    assert.ok(offender.endsWith('  }\noffender Shop {\n}\n\ncharge Shop art287-2\n'), offender);
    assert.ok(!validate(offender).diagnostics.some((d) => d.code === 'undefined-reference' && d.message.includes('Shop')));
    // Chinese blocks, full-width braces, CRLF
    const zh = '正犯 甲 ｛\r\n  罪名：art363\r\n  利用：快播\r\n｝\r\n';
    const zhFix = fixes(zh, 'undefined-reference', 'zh-CN');
    assert.deepStrictEqual(zhFix.actions.filter((a) => a.title.startsWith('新建')).map((a) => a.title), ['新建服务商“快播”']);
    assert.strictEqual(apply(zhFix.checked.document, zhFix.actions.find((a) => a.title.startsWith('新建'))!), `服务商 快播 ｛\r\n｝\r\n\r\n${zh}`);
    // in a Markdown brief: inside the case block's fence, the prose untouched
    const md = '# Brief\n\n```case\noffender O {\n  offense art363\n  uses Host\n}\n```\n';
    const mdFix = fixes(md, 'undefined-reference', 'en', 'file:///brief.md');
    assert.strictEqual(apply(mdFix.checked.document, titled(mdFix.actions, 'Create provider `Host`')), '# Brief\n\n```case\nprovider Host {\n}\n\noffender O {\n  offense art363\n  uses Host\n}\n```\n');
    // in a blockquote: every line of the new block keeps the quote's markers
    const quoted = '# Brief\n\n> ```case\n> offender O {\n>   offense art363\n>   uses Host\n> }\n> ```\n';
    const qFix = fixes(quoted, 'undefined-reference', 'en', 'file:///brief.md');
    assert.strictEqual(apply(qFix.checked.document, titled(qFix.actions, 'Create provider `Host`')), '# Brief\n\n> ```case\n> provider Host {\n> }\n>\n> offender O {\n>   offense art363\n>   uses Host\n> }\n> ```\n');
    // a number where the id goes is its own error: no block is made for it
    assert.deepStrictEqual(fixes('offender O {\n  offense art363\n  uses 360\n}\n', 'undefined-reference').actions.filter((a) => a.title.startsWith('Create')), []);
  });

  test('values written without a comma: the fix puts one in, full-width after a Chinese word, and the error is gone', () => {
    const text = '服务商 甲 ｛\n  类型：缓存　搜索\n｝\nprovider B {\n  role caching search\n}\n';
    const { actions, checked } = fixes(text, 'syntax', 'zh-CN');
    const comma = actions.filter((a) => a.title === '用逗号分隔各值');
    assert.strictEqual(comma.length, 2);
    let fixed = apply(checked.document, comma[1]);
    fixed = TextDocument.applyEdits(doc(fixed, 'file:///test.case'), comma[0].edit!.changes!['file:///test.case']);
    assert.strictEqual(fixed, '服务商 甲 ｛\n  类型：缓存，搜索\n｝\nprovider B {\n  role caching, search\n}\n');
    assert.deepStrictEqual(codesOf(fixed).filter((c) => c === 'syntax'), []);
    assert.strictEqual(fixes(text, 'syntax').actions[0].title, 'Separate the values with a comma');
  });

  test('a docket written unquoted as judgments write it, （2015）…: the fix quotes it, and the errors are gone', () => {
    const text = '案件 ｛\n  案号：（2015）海刑初字第512号  # 一审\n  法院：北京市 海淀区人民法院\n｝\n';
    const checked = validate(text);
    const parsed = parseText(checked.document.uri, 1, text, false);
    const quote = (line: number) => {
      const ds = checked.diagnostics.filter((d) => d.range.start.line === line);
      assert.ok(ds.length > 0);
      const titles = new Set(getCodeActions(parsed, checked.document, ds, { locale: 'zh-CN' }).filter((a) => a.title.includes('引号')).map((a) => JSON.stringify(a.edit!.changes![checked.document.uri])));
      assert.strictEqual(titles.size, 1, 'one fix, whichever of the line\'s diagnostics asks');
      return getCodeActions(parsed, checked.document, ds, { locale: 'zh-CN' }).find((a) => a.title.includes('引号'))!;
    };
    assert.strictEqual(quote(1).title, '给“案号”的取值加上引号');
    let fixed = apply(checked.document, quote(1));
    assert.strictEqual(fixed.split('\n')[1], '  案号：“（2015）海刑初字第512号”  # 一审');
    fixed = TextDocument.applyEdits(doc(fixed, 'file:///test.case'), quote(2).edit!.changes!['file:///test.case']);
    assert.strictEqual(fixed, '案件 ｛\n  案号：“（2015）海刑初字第512号”  # 一审\n  法院：“北京市 海淀区人民法院”\n｝\n');
    assert.deepStrictEqual(codesOf(fixed), []);
    // an English key, a one-line body: ASCII quotes, and the } stays outside them
    const en = 'case { docket (2016)京01刑终592号 }\n';
    const r = fixes(en, 'syntax');
    const q = titled(r.actions, 'Put the value of docket in quotes');
    assert.strictEqual(apply(r.checked.document, q), 'case { docket "(2016)京01刑终592号" }\n');
  });

  test('reversed quotes: the fix turns them the right way round, and the error is gone', () => {
    const text = 'provider Q ”快播“ {\n  role caching\n}\n';
    const { actions, checked } = fixes(text, 'syntax');
    assert.deepStrictEqual(actions.map((a) => [a.title, a.isPreferred]), [['Change to `“快播”`', true]]);
    assert.strictEqual(apply(checked.document, actions[0]), 'provider Q “快播” {\n  role caching\n}\n');
    assert.deepStrictEqual(codesOf(apply(checked.document, actions[0])), []);
    // other syntax errors offer no change
    assert.deepStrictEqual(fixes('provider Q {\n  role caching ”\n}\n', 'syntax').actions, []);
  });

  test('a value written in quotes (only a note): the fix writes it without quotes, and the fact counts', () => {
    for (const [text, want] of [
      ['provider Q {\n  role "caching"\n}\n', 'provider Q {\n  role caching\n}\n'],
      ['服务商 Q ｛\n  类型：“缓存”\n｝\n', '服务商 Q ｛\n  类型：缓存\n｝\n'],
      ['evidence { seized "12" }\n', 'evidence { seized 12 }\n'],
    ]) {
      const { actions, checked } = fixes(text, 'unknown-value');
      const fixed = apply(checked.document, actions.find((a) => a.isPreferred)!);
      assert.strictEqual(fixed, want);
      assert.deepStrictEqual(codesOf(fixed).filter((c) => c === 'unknown-value' || c === 'missing-role'), [], fixed);
    }
  });

  test('imprecise role: the functional roles, in the language the role was written in', () => {
    const { actions, checked } = fixes('provider Q {\n  role platform, search\n}\n', 'imprecise-role');
    const roles = actions.filter((a) => a.title.startsWith('Classify'));
    assert.deepStrictEqual(roles.map((a) => a.title), ['access', 'transmission', 'caching', 'storage', 'link'].map((r) => `Classify by function: \`${r}\``), 'search is written already');
    assert.ok(roles.every((a) => !a.isPreferred), 'a choice, not a correction: none preferred');
    const fixed = apply(checked.document, titled(actions, 'Classify by function: `caching`'));
    assert.strictEqual(fixed, 'provider Q {\n  role caching, search\n}\n');
    assert.ok(!codesOf(fixed).includes('imprecise-role'));
    const zh = fixes('服务商 Q {\n  类型：平台\n}\n', 'imprecise-role', 'zh-CN');
    const cache = titled(zh.actions, '按功能归类为“缓存”');
    assert.strictEqual(apply(zh.checked.document, cache), '服务商 Q {\n  类型：缓存\n}\n');
  });

  test('helping-needs-facts: add each missing fact with a neutral placeholder, or all at once', () => {
    const text = 'provider Chen {\n  role      storage\n  knowledge specific\n}\n\ncharge Chen art287-2\n';
    const { actions, checked } = fixes(text, 'helping-needs-facts');
    const one = apply(checked.document, titled(actions, 'Add fact `targeted` (state it)'));
    assert.strictEqual(one, 'provider Chen {\n  role      storage\n  knowledge specific\n  targeted  no  # to confirm: state the fact as the record shows it\n}\n\ncharge Chen art287-2\n');
    assert.ok(codesOf(one).includes('helping-needs-facts'), 'two facts still missing');
    const all = apply(checked.document, titled(actions, 'Add the missing facts `industry-rules`, `targeted`, `participation` (state them)'));
    assert.match(all, /\n  industry-rules complied  # to confirm[^\n]*\n  targeted  no  # to confirm[^\n]*\n  participation none  # to confirm/);
    const after = codesOf(all);
    assert.ok(!after.includes('helping-needs-facts'), 'the facts are stated');
    assert.ok(after.includes('neutral-assistance'), 'and the neutral placeholders read as neutral help: the doctrine answers');
    const zh = fixes(text, 'helping-needs-facts', 'zh-CN').actions;
    assert.ok(zh.some((a) => a.title === '补充事实“专门”（请据实填写）'));
    assert.ok(zh.some((a) => a.title === '补充缺少的事实“行业规定”、“专门”、“参与程度”（请据实填写）'));
  });

  test('a missing fact written with an invalid value is not added a second time: its own fix corrects the value', () => {
    const text = '服务商 乙 ｛\n  类型：存储\n  明知：明知\n  行业规定：遵守\n  专门：否\n  参与程度：深入\n｝\n指控 乙 第287条之二\n';
    const { actions } = fixes(text, 'helping-needs-facts', 'zh-CN');
    assert.deepStrictEqual(actions.filter((a) => a.title.startsWith('补充')).map((a) => a.title), [], 'adding 参与程度 again would be a duplicate-key whose placeholder counts');
    const value = fixes(text, 'unknown-value', 'zh-CN');
    const fixed = apply(value.checked.document, titled(value.actions, '改为“深度”'));
    assert.ok(fixed.includes('  参与程度：深度\n'));
    assert.ok(!codesOf(fixed).includes('helping-needs-facts'));
  });

  test('a value that negates a valid one (不及时) is not offered that value, which means the opposite', () => {
    const text = '服务商 乙 ｛\n  类型：存储\n  移除：不及时\n｝\n';
    const { actions } = fixes(text, 'unknown-value', 'zh-CN');
    assert.deepStrictEqual(actions.filter((a) => a.title.startsWith('改为')).map((a) => a.title), []);
    assert.deepStrictEqual(validate(text).diagnostics.find((d) => d.code === 'unknown-value')!.data, { suggestions: [] });
    // a plain misspelling still is
    assert.strictEqual(fixes('服务商 乙 ｛\n  类型：存储\n  移除：及是\n｝\n', 'unknown-value', 'zh-CN').actions[0].title, '改为“及时”');
  });

  test('missing facts go into a Chinese block in Chinese, and into one-line bodies', () => {
    const zhText = '服务商 陈 {\n  类型：存储\n  明知：明知\n}\n指控 陈 帮助信息网络犯罪活动罪\n';
    const { actions, checked } = fixes(zhText, 'helping-needs-facts', 'zh-CN');
    const fixed = apply(checked.document, titled(actions, '补充事实“专门”（请据实填写）'));
    assert.strictEqual(fixed, '服务商 陈 {\n  类型：存储\n  明知：明知\n  专门：否  # 待核实：请按案卷据实填写\n}\n指控 陈 帮助信息网络犯罪活动罪\n');
    const oneLine = 'provider Q { role access; knowledge specific }\ncharge Q art287-2\n';
    const r = fixes(oneLine, 'helping-needs-facts');
    const opened = apply(r.checked.document, titled(r.actions, 'Add fact `targeted` (state it)'));
    assert.strictEqual(opened, 'provider Q { role access; knowledge specific\n  targeted no  # to confirm: state the fact as the record shows it\n}\ncharge Q art287-2\n');
    assert.ok(!codesOf(opened).includes('syntax'));
  });

  test('missing-role offers each functional role; refusal-needs-order and refusal-scope their facts', () => {
    const { actions, checked } = fixes('provider Q {\n  knowledge specific\n}\n', 'missing-role');
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Add fact `role caching` (state it)'), titles.join(' | '));
    const fixed = apply(checked.document, titled(actions, 'Add fact `role caching` (state it)'));
    assert.ok(!codesOf(fixed).includes('missing-role'));

    // each value of the fact the rule turns on is offered; the one that meets its condition clears it
    const order = fixes('provider Q {\n  role access\n}\ncharge Q art286-1\n', 'refusal-needs-order');
    assert.deepStrictEqual(order.actions.filter((a) => a.title.startsWith('Add fact')).map((a) => a.title),
      ['Add fact `order none` (state it)', 'Add fact `order regulator` (state it)', 'Add fact `order private` (state it)']);
    const withOrder = apply(order.checked.document, titled(order.actions, 'Add fact `order regulator` (state it)'));
    assert.match(withOrder, /\n  order regulator  # to confirm/);
    assert.ok(!codesOf(withOrder).includes('refusal-needs-order'));

    const scope = fixes('provider Q {\n  role access\n  order regulator\n}\ncharge Q art286-1\n', 'refusal-scope');
    assert.strictEqual(scope.actions.filter((a) => a.title.startsWith('Add fact `order-matter')).length, 5);
    const withMatter = apply(scope.checked.document, titled(scope.actions, 'Add fact `order-matter public-security` (state it)'));
    assert.match(withMatter, /\n  order-matter public-security  # to confirm/);
    assert.ok(!codesOf(withMatter).includes('refusal-scope'));
    assert.strictEqual(fixes('provider Q {\n  role access\n  order regulator\n}\ncharge Q art286-1\n', 'refusal-scope', 'zh-CN').actions
      .filter((a) => a.title.startsWith('补充事实“责令事项：')).length, 5);
  });

  test('a fact added to a one-line body keeps whatever stands before its }', () => {
    for (const [text, keep] of [
      ['provider X { role caching; knowledge specific; "orphan note" }\ncharge X art287-2\n', '; "orphan note"'],
      ['provider X { role caching; knowledge specific； }\ncharge X art287-2\n', 'specific；'],
    ]) {
      const { actions, checked } = fixes(text, 'helping-needs-facts');
      const fixed = apply(checked.document, actions.find((a) => a.title.startsWith('Add fact'))!);
      assert.ok(fixed.includes(keep), fixed);
      assert.match(fixed, /\n {2}\S.*# to confirm.*\n\}\n/);
    }
  });

  test('in a CRLF brief the lines a fix inserts end in CRLF too', () => {
    const text = 'provider B {\r\n  knowledge specific\r\n}\r\ncharge B art287-2\r\n';
    const { actions, checked } = fixes(text, 'helping-needs-facts');
    for (const action of actions) {
      const fixed = apply(checked.document, action);
      assert.doesNotMatch(fixed, /[^\r]\n|\r(?!\n)/, `${action.title}: ${JSON.stringify(fixed)}`);
      assert.ok(fixed.length > text.length);
    }
    assert.ok(actions.some((a) => a.title.startsWith('Disable')), 'the disable comment is among them');
  });

  test('two findings of a rule on one line: one disable action, fixing both', () => {
    const text = 'provider Q {\n  role cachng, serch\n}\n';
    const { actions, checked } = fixes(text, 'unknown-value');
    const disables = actions.filter((a) => a.title === 'Disable unknown-value for this line');
    assert.strictEqual(disables.length, 1, actions.map((a) => a.title).join(' | '));
    assert.deepStrictEqual(disables[0].diagnostics, checked.diagnostics.filter((d) => d.code === 'unknown-value'));
    assert.strictEqual(checked.diagnostics.filter((d) => d.code === 'unknown-value').length, 2);
  });

  test('disable a rule for one line, with the line\'s indentation; a second rule joins the comment', () => {
    const text = 'provider Q {\n  role caching\n  modifies-content yes\n}\n';
    const { actions, checked } = fixes(text, 'cache-modification');
    const fixed = apply(checked.document, titled(actions, 'Disable cache-modification for this line'));
    assert.strictEqual(fixed, 'provider Q {\n  role caching\n  # casefacts-disable-next-line cache-modification\n  modifies-content yes\n}\n');
    assert.ok(!codesOf(fixed).includes('cache-modification'));
    assert.ok(fixes(text, 'cache-modification', 'zh-CN').actions.some((a) => a.title === '在此行停用规则 cache-modification'));

    const twice = 'provider Q {\n  role caching\n  # casefacts-disable-next-line private-censorship\n  modifies-content yes\n}\n';
    const again = fixes(twice, 'cache-modification');
    const joined = apply(again.checked.document, titled(again.actions, 'Disable cache-modification for this line'));
    assert.ok(joined.includes('# casefacts-disable-next-line private-censorship cache-modification\n'));
    assert.ok(!codesOf(joined).includes('cache-modification'));

    // a reason after the ids: the rule joins the ids, where the server reads them
    const reason = 'provider Q {\n  role caching\n  # casefacts-disable-next-line private-censorship（已核实）\n  modifies-content yes\n}\n';
    const withReason = fixes(reason, 'cache-modification');
    const joinedBefore = apply(withReason.checked.document, titled(withReason.actions, 'Disable cache-modification for this line'));
    assert.ok(joinedBefore.includes('# casefacts-disable-next-line private-censorship cache-modification（已核实）\n'), joinedBefore);
    assert.ok(!codesOf(joinedBefore).includes('cache-modification'));

    // a note that names the directive is no disable comment: a comment line is added
    const note = 'provider Q {\n  role caching "casefacts-disable-next-line: see memo"\n  modifies-content yes\n}\n';
    const byNote = fixes(note, 'cache-modification');
    const added = apply(byNote.checked.document, titled(byNote.actions, 'Disable cache-modification for this line'));
    assert.strictEqual(added, 'provider Q {\n  role caching "casefacts-disable-next-line: see memo"\n  # casefacts-disable-next-line cache-modification\n  modifies-content yes\n}\n');
    assert.deepStrictEqual(codesOf(added).filter((c) => c === 'syntax' || c === 'cache-modification'), []);
  });

  test('a whole-file selection: every diagnostic gets its own finding\'s fixes, each disable joins the comment above its own line', () => {
    // Several providers, some with a disable comment above the line, some without, and a
    // misspelt key in each: all diagnostics asked at once, as a select-all request sends them.
    const blocks = [0, 1, 2, 3].map((i) => i % 2 === 0
      ? `provider Q${i} {\n  role caching\n  # casefacts-disable-next-line private-censorship\n  modifies-content yes\n  rolee search\n}\n`
      : `provider Q${i} {\n  role caching\n  modifies-content yes\n  rolee search\n}\n`);
    const text = blocks.join('');
    const checked = validate(text);
    const parsed = parseText(checked.document.uri, 1, text, false);
    const actions = getCodeActions(parsed, checked.document, checked.diagnostics, { locale: 'en' });
    const disables = actions.filter((a) => a.title === 'Disable cache-modification for this line');
    assert.strictEqual(disables.length, 4, actions.map((a) => a.title).join(' | '));
    const edits = disables.map((a) => a.edit?.changes?.[checked.document.uri]?.[0]);
    // the comment's end (joined) for the commented blocks, a new comment line for the others
    assert.deepStrictEqual(edits.map((e) => [e?.range.start.line, e?.range.start.character, e?.newText]), [
      [2, 50, ' cache-modification'],
      [8, 0, '  # casefacts-disable-next-line cache-modification\n'],
      [13, 50, ' cache-modification'],
      [19, 0, '  # casefacts-disable-next-line cache-modification\n'],
    ]);
    // each misspelt key is replaced where it stands
    const renames = actions.filter((a) => a.title === 'Change to `role`');
    assert.deepStrictEqual(renames.map((a) => a.edit?.changes?.[checked.document.uri]?.[0].range.start.line), [4, 9, 15, 20]);
    // a diagnostic from an older version (its range no longer a finding's) still finds its finding by line
    const moved = checked.diagnostics.filter((d) => d.code === 'unknown-key').map((d) => ({ ...d, range: { start: { line: d.range.start.line, character: 0 }, end: d.range.end } }));
    const byLine = getCodeActions(parsed, checked.document, moved, { locale: 'en' }).filter((a) => a.title === 'Change to `role`');
    assert.deepStrictEqual(byLine.map((a) => a.edit?.changes?.[checked.document.uri]?.[0].range.start), [4, 9, 15, 20].map((line) => ({ line, character: 2 })));
  });

  test('in a Markdown brief the edits land at the Markdown\'s own positions', () => {
    const md = '# Brief\n\nProse.\n\n```case\nprovider Q {\n  role cachng\n}\n```\n';
    const { actions, checked } = fixes(md, 'unknown-value', 'en', 'file:///brief.md');
    const fixed = apply(checked.document, titled(actions, 'Change to `caching`'));
    assert.strictEqual(fixed, md.replace('cachng', 'caching'));
    assert.ok(!codesOf(fixed, 'file:///brief.md').includes('unknown-value'));
  });

  test('without the diagnostic\'s data (a client that drops it), the finding\'s own data is used', () => {
    const text = 'provider Q {\n  role cachng\n}\n';
    const checked = validate(text);
    const d = checked.diagnostics.find((x) => x.code === 'unknown-value')!;
    const stripped: Diagnostic = { ...d, data: undefined };
    const actions = getCodeActions(parseText(checked.document.uri, 1, text, false), checked.document, [stripped], { locale: 'en' });
    assert.strictEqual(actions[0].title, 'Change to `caching`');
  });

  test('syntax errors offer no disable comment; other tools\' diagnostics are left alone', () => {
    const text = 'provider Q {\n  role "open\n}\n';
    const checked = validate(text);
    const syntax = checked.diagnostics.filter((d) => d.code === 'syntax');
    assert.ok(syntax.length > 0);
    const parsed = parseText(checked.document.uri, 1, text, false);
    assert.deepStrictEqual(getCodeActions(parsed, checked.document, syntax, { locale: 'en' }), []);
    const foreign: Diagnostic = { ...syntax[0], code: 'cache-modification', source: 'spell' };
    assert.deepStrictEqual(getCodeActions(parsed, checked.document, [foreign], { locale: 'en' }), []);
  });
  test('a diagnostic of an older version of the text offers no fix: its range now covers other words', () => {
    // The editor sends the diagnostics it last received; the text has changed since.
    const old = validate('provider Q {\n  role cachng\n}\n').diagnostics.filter((d) => d.code === 'unknown-value');
    const ask = (text: string) => getCodeActions(parseText('file:///test.case', 2, text, false), doc(text, 'file:///test.case', 2), old, { locale: 'en' });
    // a line added above: the old range now holds `provider Q {`'s middle ("Change to" would write "providecaching")
    const shifted = '# the Qvod case\nprovider Q {\n  role cachng\n}\n';
    assert.deepStrictEqual(ask(shifted), []);
    // the word already corrected by hand ("Change to" would write "cachingg")
    const corrected = 'provider Q {\n  role caching\n  knowledge specific\n}\n';
    assert.deepStrictEqual(ask(corrected), []);
    // the same text (or a diagnostic moved with the edits): the fix is there
    assert.strictEqual(ask('provider Q {\n  role cachng\n}\n')[0].title, 'Change to `caching`');
  });

  test('a stale imprecise role offers no reclassification of the role that replaced it', () => {
    const old = validate('provider Q {\n  role platform\n}\n').diagnostics.filter((d) => d.code === 'imprecise-role');
    assert.strictEqual(old.length, 1);
    const text = 'provider Q {\n  role access\n}\n';
    assert.deepStrictEqual(getCodeActions(parseText('file:///test.case', 2, text, false), doc(text, 'file:///test.case', 2), old, { locale: 'en' }), []);
  });

  test('several diagnostics asking for the same facts: each fix offered once, for all of them', () => {
    const text = 'provider Q {\n  role storage\n  knowledge specific\n}\noffender O {\n  offense art266\n  uses Q\n}\ncharge Q art287-2\ncharge Q art266 accomplice\n';
    const checked = validate(text);
    const ds = checked.diagnostics.filter((d) => d.code === 'helping-needs-facts');
    assert.strictEqual(ds.length, 2, 'one per charge');
    const actions = getCodeActions(parseText(checked.document.uri, 1, text, false), checked.document, ds, { locale: 'en' });
    const titles = actions.map((a) => a.title);
    assert.deepStrictEqual(titles.filter((x) => x.startsWith('Add')), [
      'Add fact `industry-rules` (state it)',
      'Add fact `targeted` (state it)',
      'Add fact `participation` (state it)',
      'Add the missing facts `industry-rules`, `targeted`, `participation` (state them)',
    ]);
    const all = titled(actions, 'Add the missing facts `industry-rules`, `targeted`, `participation` (state them)');
    assert.deepStrictEqual(all.diagnostics, ds, 'the one action answers both diagnostics');
    const fixed = apply(checked.document, all);
    assert.ok(!codesOf(fixed).includes('helping-needs-facts'), fixed);
    // the disable comments are per line: one for each charge
    assert.strictEqual(titles.filter((x) => x === 'Disable helping-needs-facts for this line').length, 2);
  });
  test('a misspelt key: the preferred fix is the key that takes the values written after it', () => {
    // `知` is one edit from both 明知 and 通知; 监管部门 is a notice, and 明知 is already written
    const text = '服务商 Q ｛\n  类型：缓存\n  明知：明知\n  知：监管部门\n｝\n';
    const { actions, checked } = fixes(text, 'unknown-key');
    const preferred = actions.filter((a) => a.isPreferred);
    assert.deepStrictEqual(preferred.map((a) => a.title), ['Change to `通知`']);
    const fixed = apply(checked.document, preferred[0]);
    assert.deepStrictEqual(codesOf(fixed).filter((c) => ['unknown-key', 'unknown-value', 'duplicate-key'].includes(c)), []);
    // the other way round: 明知 is meant when the value is a knowledge
    assert.strictEqual(fixes('服务商 Q ｛\n  类型：缓存\n  知：明知\n  通知：监管部门\n｝\n', 'unknown-key').actions.find((a) => a.isPreferred)?.title, 'Change to `明知`');
    // and in English: `notic specific` (a knowledge) beside a notice
    assert.strictEqual(fixes('provider Q {\n  role caching\n  notice regulator\n  knowlege specific\n}\n', 'unknown-key').actions.find((a) => a.isPreferred)?.title, 'Change to `knowledge`');
  });
  test('disabling a rule on the first line of a file with a byte order mark: the mark stays first', () => {
    const text = '\uFEFFcharge Q art363 omission\nprovider Q {\n  role caching\n}\n';
    const { actions, checked } = fixes(text, 'omission-dissemination');
    const fixed = apply(checked.document, titled(actions, 'Disable omission-dissemination for this line'));
    assert.strictEqual(fixed, '\uFEFF# casefacts-disable-next-line omission-dissemination\ncharge Q art363 omission\nprovider Q {\n  role caching\n}\n');
    assert.ok(!codesOf(fixed).includes('omission-dissemination'));
  });
  test('a diagnostic sent back with other columns (Neovim 0.7 counts bytes): the fix lands on the word the finding is on', () => {
    const text = '服务商 Q ｛\n  类型：缓\n｝\n';
    const checked = validate(text);
    const d = checked.diagnostics.find((x) => x.code === 'unknown-value')!;
    assert.deepStrictEqual(d.range, { start: { line: 1, character: 5 }, end: { line: 1, character: 6 } });
    // `  类型：` is 11 bytes in UTF-8; `缓` 3 more
    const bytes = { start: { line: 1, character: 11 }, end: { line: 1, character: 14 } };
    const parsed = parseText(checked.document.uri, 1, text, false);
    for (const sent of [{ ...d, range: bytes }, { ...d, range: bytes, data: undefined }]) {
      const actions = getCodeActions(parsed, checked.document, [sent], { locale: 'en' });
      const preferred = actions.find((a) => a.isPreferred);
      assert.ok(preferred, JSON.stringify(actions.map((a) => a.title)));
      assert.strictEqual(apply(checked.document, preferred), '服务商 Q ｛\n  类型：缓存\n｝\n');
      assert.deepStrictEqual(preferred.diagnostics, [sent], 'the action answers the diagnostic the editor sent');
    }
    // two findings of the rule on the line, no data to tell them apart: none is guessed
    const two = '服务商 Q ｛\n  类型：缓，搜\n｝\n';
    const twoChecked = validate(two);
    const first = twoChecked.diagnostics.find((x) => x.code === 'unknown-value')!;
    assert.deepStrictEqual(getCodeActions(parseText(twoChecked.document.uri, 1, two, false), twoChecked.document, [{ ...first, range: bytes, data: undefined }], { locale: 'en' }), []);
  });
  test('a misspelt block keyword: no fix to a block whose header the written one cannot be', () => {
    // `case` is as near to `cargex` as `charge`, but its header is a title string
    const text = 'case "Qvod" {\n}\nprovider Yang {\n  role access\n}\ncargex Yang art266 accomplice {\n  court convicted\n}\n';
    const { actions, checked } = fixes(text, 'unknown-block');
    assert.deepStrictEqual(actions.filter((a) => a.title.startsWith('Change')).map((a) => a.title), ['Change to `charge`']);
    assert.ok(checked.diagnostics.find((d) => d.code === 'unknown-block')!.message.startsWith('Unknown block "cargex". Did you mean `charge`? Blocks:'));
    // a header that fits none: every near keyword is still offered
    assert.deepStrictEqual(fixes('cargex "a" "b" "c"\n', 'unknown-block').actions.filter((a) => a.title.startsWith('Change')).map((a) => a.title), ['Change to `charge`', 'Change to `case`']);
  });
});
