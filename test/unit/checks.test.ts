import * as assert from 'assert';
import { check, covered, only, textCodes } from './util';
import { explain } from '../../server/src/service/i18n/messages';

const P = (body: string) => `provider P {\n  role access\n${body}}\n`;

suite('text checks', () => {
  test('unknown-block: the word, with did-you-mean from both languages', () => {
    const text = 'provder P {\n  role access\n}\n服务上 Q { 类型 接入 }\n';
    const ds = only(check(text).diagnostics, 'unknown-block');
    assert.deepStrictEqual(ds.map((d) => covered(text, d)), ['provder', '服务上']);
    assert.match(ds[0].message, /Did you mean `provider`/);
    assert.match(ds[1].message, /`服务商`/);
    assert.deepStrictEqual((ds[0].data as { suggestions: string[] }).suggestions[0], 'provider');
    assert.deepStrictEqual(textCodes(check('provider P {\n  role access\n}\n').diagnostics), []);
  });

  test('unknown-key: a key not valid in its block, suggestions from that block only', () => {
    const text = P('  knowlege specific\n');
    const [d] = only(check(text).diagnostics, 'unknown-key');
    assert.strictEqual(covered(text, d), 'knowlege');
    assert.match(d.message, /Did you mean `knowledge`/);
    // `offense` is an offender key, not a provider key.
    assert.strictEqual(covered(P('  offense art363\n'), only(check(P('  offense art363\n')).diagnostics, 'unknown-key')[0]), 'offense');
  });

  test('unknown-value: a value not valid for its key, in Chinese too', () => {
    const text = P('  knowledge specifc\n  takedown 拒決\n');
    const ds = only(check(text).diagnostics, 'unknown-value');
    assert.deepStrictEqual(ds.map((d) => covered(text, d)), ['specifc', '拒決']);
    assert.match(ds[0].message, /Did you mean `specific`/);
    assert.match(check(text, { locale: 'zh-CN' }).diagnostics.find((d) => d.code === 'unknown-value')!.message, /^“specifc”不是“knowledge”的有效取值。是否想写 `specific`？可用取值：`none`、`不知`、`general`、`概括知道`、`specific`、`明知`。$/, 'no space beside “”, and 、 between the words');
  });

  test('unknown-value names the valid values: every spelling when few, else each value once with its Chinese word', () => {
    const [role] = only(check(P('  role bad\n').replace('role access\n', '')).diagnostics, 'unknown-value');
    assert.match(role.message, /^"bad" is not a valid value for role\. Valid: `access` \(接入\), `transmission` \(传输\), .*`software` \(访问软件\)\.$/);
    // with a "did you mean", the long list is left out
    assert.strictEqual(only(check(P('  role accesss\n').replace('role access\n', '')).diagnostics, 'unknown-value')[0].message, '"accesss" is not a valid value for role. Did you mean `access`?');
    const [yes] = only(check(P('  profit maybe\n')).diagnostics, 'unknown-value');
    assert.match(yes.message, /Valid: `yes`, `是`, `有`, `no`, `否`, `无`\.$/);
    const [zh] = only(check('服务商 P ｛\n  类型：坏\n｝\n', { locale: 'zh-CN' }).diagnostics, 'unknown-value');
    assert.match(zh.message, /^“坏”不是“类型”的有效取值。可用取值：`access`（接入）、`transmission`（传输）、.*、`software`（访问软件）。$/);
  });

  test('unknown-value covers dates, numbers, offenses and modes', () => {
    const text = 'case { conduct 2015.11.01 }\nevidence { seized many }\nprovider P { role access }\ncharge P art999 omision\n';
    const ds = only(check(text).diagnostics, 'unknown-value');
    assert.deepStrictEqual(ds.map((d) => covered(text, d)), ['2015.11.01', 'many', 'art999', 'omision']);
  });

  test('unknown-value: a fact written without its value, or with it in quotes (then only a note), offers it unquoted', () => {
    const text = 'provider P "n" {\n  role "caching"\n  knowledge\n  notice: regulator "by letter"\n}\n'
      + 'offender O "o" {\n  offense\n  uses "P"\n}\nevidence { seized "12" }\ncharge P art363 { court "convicted" }\n';
    const ds = only(check(text).diagnostics, 'unknown-value');
    assert.deepStrictEqual(ds.map((d) => covered(text, d)), ['"caching"', 'knowledge', 'offense', '"P"', '"12"', '"convicted"']);
    assert.deepStrictEqual(ds.map((d) => (d.data as { suggestions?: string[] } | undefined)?.suggestions), [['caching'], undefined, undefined, ['P'], ['12'], ['convicted']]);
    assert.strictEqual(ds[0].message, 'role needs a value: a string in quotes after it is only a note. Write `caching` without quotes. Valid: `access`, `接入`, `transmission`, `传输`, `caching`, `缓存`, `storage`, `hosting`, `存储`, `search`, `搜索`, `link`, `链接`, `advertising`, `广告推广`, `payment`, `支付结算`, `technical`, `技术支持`, `content`, `内容`, `platform`, `平台`, `software`, `访问软件`.'.replace(/ Valid: .*$/, ''));
    assert.strictEqual(ds[1].message, 'knowledge needs a value. Valid: `none`, `不知`, `general`, `概括知道`, `specific`, `明知`.');
    assert.match(check(text, { locale: 'zh-CN' }).diagnostics.find((d) => d.code === 'unknown-value')!.message, /^“role”缺少取值：其后带引号的字符串只是备注。请去掉引号，写作 `caching`。/);
    // the note stays a note where a value stands before it, and a string is the value of keys that take text
    assert.deepStrictEqual(textCodes(check('case "t" { court "海淀法院"; docket "(2015)512号" }\nprovider P { role access "note" }\ncharge P art363 { basis "a free basis" }\n').diagnostics), []);
  });

  test('unknown-value: a date that is no day of the calendar, which the doctrine then does not read', () => {
    const text = 'case { conduct 2015-10-99 }\nprovider P { role access }\ncharge P art287-2\n';
    const { diagnostics, parsed } = check(text);
    assert.deepStrictEqual(only(diagnostics, 'unknown-value').map((d) => [covered(text, d), d.message]), [['2015-10-99', '"2015-10-99" is not a day of the calendar (YYYY-MM-DD).']]);
    assert.ok(!textCodes(diagnostics).includes('not-in-force'));
    assert.strictEqual(parsed.model.caseBlock?.facts.get('conduct'), undefined);
    for (const day of ['2015-02-29', '2015-13-01', '2015-00-10', '2015-04-31']) {
      assert.deepStrictEqual(textCodes(check(`case { date ${day} }\n`).diagnostics), ['unknown-value'], day);
    }
    assert.deepStrictEqual(textCodes(check('case { date 2016-02-29; conduct 2015-12-31 }\n').diagnostics), []);
  });

  test('provider and offender ids are words: a number or a date is reported, and never matches a reference', () => {
    const text = 'provider 123 "n" { role technical }\noffender 2020-01-01 "o" { offense art266; uses P }\nprovider P { role access }\noffender O { offense art266; uses 123, P }\ncharge 123 art266\n';
    const ds = check(text).diagnostics;
    assert.deepStrictEqual(only(ds, 'syntax').map((d) => d.message), [
      'A provider block needs an id (a word, not a number or a date) after its keyword.',
      'An offender block needs an id (a word, not a number or a date) after its keyword.',
    ]);
    assert.deepStrictEqual(only(ds, 'undefined-reference').map((d) => covered(text, d)), ['123', '123']);
    const parsed = check(text).parsed;
    assert.deepStrictEqual(parsed.model.providers.map((p) => p.id), ['P']);
    assert.deepStrictEqual(parsed.model.offenders.map((o) => o.id), ['O']);
  });

  test('a header word that should be a string says which: the display name, the case title, the evidence label', () => {
    const text = 'case Qvod\nprovider P Name { role access }\nevidence E { seized 1 }\n';
    assert.deepStrictEqual(only(check(text).diagnostics, 'syntax').map((d) => [covered(text, d), d.message]), [
      ['Qvod', 'The case title must be a string in quotes.'],
      ['Name', 'The display name must be a string in quotes.'],
      ['E', 'The evidence label must be a string in quotes.'],
    ]);
    assert.deepStrictEqual(only(check(text, { locale: 'zh-CN' }).diagnostics, 'syntax').map((d) => d.message)[2], '证据标签须为带引号的字符串。');
  });

  test('duplicate-id: the second id, providers and offenders share one namespace', () => {
    const text = 'provider X { role access }\noffender X { offense art266; uses X }\n';
    const [d] = only(check(text).diagnostics, 'duplicate-id');
    assert.deepStrictEqual(d.range.start, { line: 1, character: 9 });
    assert.match(d.message, /already defined on line 1/);
  });

  test('duplicate-id: a charge is judged on the first provider with the id, as offenders and the report link it', () => {
    for (const [first, second] of [['caching', 'storage'], ['storage', 'caching']]) {
      const text = `provider P {\n  role ${first}\n}\nprovider P {\n  role ${second}\n}\ncharge P art363 principal {\n  court convicted\n}\n`;
      const { diagnostics, parsed } = check(text);
      const [d] = only(diagnostics, 'no-general-monitoring');
      assert.strictEqual(d.range.start.line, 6, 'on the charge');
      assert.match(d.message, new RegExp(`^${first} provider without a notice`));
      assert.strictEqual(parsed.analysis.byId('P')?.provider, parsed.model.providers[0]);
    }
  });

  test('duplicate-key: a warning on the second key; the last one counts', () => {
    const text = P('  knowledge none\n  knowledge specific\n');
    const { diagnostics, parsed } = check(text);
    const [d] = only(diagnostics, 'duplicate-key');
    assert.strictEqual(d.range.start.line, 3);
    assert.strictEqual(d.severity, 2);
    assert.strictEqual(parsed.model.providers[0].facts.get('knowledge')?.values[0], 'specific');
  });

  test('too-many-values: the second value of a one-value key', () => {
    const text = P('  knowledge general, specific\n');
    const [d] = only(check(text).diagnostics, 'too-many-values');
    assert.strictEqual(covered(text, d), 'specific');
    assert.deepStrictEqual(textCodes(check(P('  notice user, regulator\n')).diagnostics), []);
  });

  test('too-many-values: two words after a one-value key are one error, not also a missing comma', () => {
    const text = P('  targeted no yes\n  knowledge specifc maybe\n');
    // the word that does not count is not also an unknown value; the first still is
    assert.deepStrictEqual(check(text).diagnostics.map((d) => [d.code, covered(text, d)]), [['too-many-values', 'yes'], ['unknown-value', 'specifc'], ['too-many-values', 'maybe']]);
    // a key of many values still asks for the comma
    const many = 'provider P {\n  role caching search\n}\n';
    const ds = check(many).diagnostics;
    assert.deepStrictEqual(ds.map((d) => [d.code, covered(many, d)]), [['syntax', 'search']]);
    assert.match(ds[0].message, /Missing ',' before "search"/);
  });

  test('undefined-reference: a charge or `uses` naming no defined id', () => {
    const text = 'provider Qvod { role caching }\noffender O { offense art363; uses Qovd }\ncharge Qvd art363\n';
    const ds = only(check(text).diagnostics, 'undefined-reference');
    assert.deepStrictEqual(ds.map((d) => covered(text, d)), ['Qovd', 'Qvd']);
    assert.match(ds[0].message, /Did you mean `Qvod`/);
  });

  test('unknown-key: two Chinese characters that begin a key are enough for a suggestion, and messages say "an offender"', () => {
    const text = 'provider P { role access; 参与：深度; 行业：遵守 }\noffender O { bogus 1 }\n';
    const ds = only(check(text).diagnostics, 'unknown-key');
    assert.deepStrictEqual(ds.map((d) => (d.data as { suggestions: string[] }).suggestions), [['参与程度'], ['行业规定'], []]);
    assert.strictEqual(ds[2].message, 'Unknown key "bogus" in an offender block.');
  });

  test('unknown-key: a fact written in another block\'s body says which block it belongs to', () => {
    const text = '服务商 快播 ｛\n  类型：缓存\n  鉴真：有瑕疵\n｝\n';
    const [d] = only(check(text, { locale: 'zh-CN' }).diagnostics, 'unknown-key');
    assert.strictEqual(covered(text, d), '鉴真');
    assert.strictEqual(d.message, '“服务商”块中没有“鉴真”这一项。“鉴真”应写在“证据”块中。');
    assert.strictEqual(only(check(P('  offense art363\n')).diagnostics, 'unknown-key')[0].message, 'Unknown key "offense" in a provider block. It is a fact of the offender block.');
    // a misspelling of one of this block's keys: the suggestion, not another block
    assert.strictEqual(only(check(P('  knowlege specific\n')).diagnostics, 'unknown-key')[0].message, 'Unknown key "knowlege" in a provider block. Did you mean `knowledge`?');
  });

  test('unknown-value: a date or count typed with full-width digits or as 2016年9月13日 names the ASCII form it means', () => {
    const text = '案件 ｛\n  日期：２０１６-09-13\n  行为时间：2013年1月1日\n｝\n证据 ｛\n  查获：21251个\n｝\n';
    const ds = only(check(text, { locale: 'zh-CN' }).diagnostics, 'unknown-value');
    assert.deepStrictEqual(ds.map((d) => covered(text, d)), ['２０１６-09-13', '2013年1月1日', '21251个']);
    assert.deepStrictEqual(ds.map((d) => d.message), [
      '“日期”应填写 YYYY-MM-DD 格式的日期，而不是“２０１６-09-13”。是否想写 `2016-09-13`？',
      '“行为时间”应填写 YYYY-MM-DD 格式的日期，而不是“2013年1月1日”。是否想写 `2013-01-01`？',
      '“查获”应填写数字，而不是“21251个”。是否想写 `21251`？',
    ]);
    assert.strictEqual(only(check('case { date 2016.9.13 }\n').diagnostics, 'unknown-value')[0].message, 'date takes a date written YYYY-MM-DD, not "2016.9.13". Did you mean `2016-09-13`?');
    assert.strictEqual(only(check('case { date soon }\n').diagnostics, 'unknown-value')[0].message, 'date takes a date written YYYY-MM-DD, not "soon".');
  });

  test('Chinese messages set no space between a Chinese id and the Chinese words around it, but keep one beside a Latin id', () => {
    const text = (id: string) => `服务商 ${id} “深圳快播公司” ｛\n  类型：缓存\n  明知：明知\n  通知：监管部门\n  行业规定：遵守\n  专门：否\n  参与程度：无\n｝\n正犯 上传者 ｛ 罪名：第363条；利用：${id} ｝\n指控 ${id} 第363条 不作为 ｛ 法院认定：有罪 ｝\n`;
    const zh = (id: string) => check(text(id), { locale: 'zh-CN' }).diagnostics;
    assert.strictEqual(only(zh('快播'), 'notice-takedown-not-criminal')[0].message, '快播虽已知情，但其帮助属中立帮助：接到通知后未采取措施的，一般不宜追究刑事责任（二（二）1–2）');
    assert.match(only(zh('快播'), 'verdict-divergence')[0].message, /^法院认定快播构成传播淫秽物品牟利罪（第363条），/);
    assert.strictEqual(only(zh('Qvod'), 'notice-takedown-not-criminal')[0].message, 'Qvod 虽已知情，但其帮助属中立帮助：接到通知后未采取措施的，一般不宜追究刑事责任（二（二）1–2）');
    assert.match(only(zh('Qvod'), 'verdict-divergence')[0].message, /^法院认定 Qvod 构成/);
    // the explanation's findings end in 。 : no space before the sentence after them
    const why = explain(check(text('快播'), { locale: 'zh-CN' }).parsed.findings.find((f) => f.code === 'verdict-divergence')!.message, 'zh-CN')!;
    assert.match(why, /。论文的理论排除法院所认定之罪的/);
  });

  test('unknown-value: an offense written as a judgment or practice writes it is offered its spelling, and no unrelated offense', () => {
    const text = '服务商 甲 ｛ 类型：接入 ｝\n指控 甲 第三百六十三条\n指控 甲 刑法第287条之二\n指控 甲 帮信罪\n指控 甲 第２６６条\n正犯 乙 ｛ 罪名：第二百六十四条 ｝\n';
    const ds = only(check(text, { locale: 'zh-CN' }).diagnostics, 'unknown-value');
    assert.deepStrictEqual(ds.map((d) => covered(text, d)), ['第三百六十三条', '刑法第287条之二', '帮信罪', '第２６６条', '第二百六十四条']);
    assert.deepStrictEqual(ds.map((d) => (d.data as { suggestions: string[] }).suggestions), [['第363条'], ['第287条之二'], ['帮助信息网络犯罪活动罪'], ['第266条'], ['第264条']]);
    assert.strictEqual(ds[2].message, '“帮信罪”不是可识别的罪名。是否想写 `帮助信息网络犯罪活动罪`？', 'not 诈骗罪 or 盗窃罪, which share only 罪');
    // an offense the tool does not know is not offered one that shares only its 罪
    const robbery = only(check('正犯 乙 ｛ 罪名：抢劫罪 ｝\n指控 乙 抢劫罪\n', { locale: 'zh-CN' }).diagnostics, 'unknown-value');
    assert.deepStrictEqual(robbery.map((d) => (d.data as { suggestions: string[] }).suggestions), [[], []]);
    assert.strictEqual(robbery[1].message, '“抢劫罪”不是可识别的罪名。');
    // a Chinese typo of one character is still found
    assert.deepStrictEqual((only(check('正犯 乙 ｛ 罪名：诈编罪 ｝\n').diagnostics, 'unknown-value')[0].data as { suggestions: string[] }).suggestions, ['诈骗罪']);
  });

  test('missing-role: the provider\'s header', () => {
    const text = 'provider P "名" {\n  knowledge none\n}\n';
    const [d] = only(check(text).diagnostics, 'missing-role');
    assert.strictEqual(covered(text, d), 'provider P "名"');
  });

  test('not-in-force: art287-2 and art286-1 before 2015-11-01, on the offense word', () => {
    const text = 'case { conduct 2015-10-31 }\nprovider P { role access }\ncharge P art287-2\ncharge P 第286条之一\ncharge P art266\n';
    const ds = only(check(text).diagnostics, 'not-in-force');
    assert.deepStrictEqual(ds.map((d) => covered(text, d)), ['art287-2', '第286条之一']);
    // in Chinese the offense by its name and article, not the English id
    assert.deepStrictEqual(only(check(text, { locale: 'zh-CN' }).diagnostics, 'not-in-force').map((d) => d.message), [
      '帮助信息网络犯罪活动罪（第287条之二）由《刑法修正案（九）》增设，自2015年11月1日起施行；本案行为时间（2015-10-31）在此之前。',
      '拒不履行信息网络安全管理义务罪（第286条之一）由《刑法修正案（九）》增设，自2015年11月1日起施行；本案行为时间（2015-10-31）在此之前。',
    ]);
    assert.ok(!textCodes(check(text.replace('2015-10-31', '2015-11-01')).diagnostics).includes('not-in-force'));
    assert.ok(!textCodes(check(text.replace('case { conduct 2015-10-31 }\n', '')).diagnostics).includes('not-in-force'));
  });

  test('messages exist in Chinese for every text check', () => {
    const text = 'provder P {}\nprovider Q {\n  rol x\n  knowledge x\n}\ncharge Z art363\n';
    for (const d of check(text, { locale: 'zh-CN' }).diagnostics) {
      assert.match(d.message, /[\u4e00-\u9fff]/, `${d.code}: ${d.message}`);
    }
  });

  test('severity settings and the disable comment', () => {
    const text = 'provider P {\n  role cachng\n  # casefacts-disable-next-line unknown-value\n  knowledge specifc\n}\n';
    const { diagnostics } = check(text);
    assert.deepStrictEqual(only(diagnostics, 'unknown-value').map((d) => d.range.start.line), [1]);
    assert.deepStrictEqual(check(text, { rules: { 'unknown-value': 'off' } }).diagnostics.filter((d) => d.code === 'unknown-value'), []);
    assert.strictEqual(check(text, { rules: { 'unknown-value': 'warning' } }).diagnostics.find((d) => d.code === 'unknown-value')!.severity, 2);
  });
});
