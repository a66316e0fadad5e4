import * as assert from 'assert';
import { parse } from '../../server/src/service/parser';
import { check, codes, covered, only, textCodes } from './util';

suite('parser: structure', () => {
  test('reads blocks, header words, statements, values and notes', () => {
    const doc = parse('provider Qvod "深圳快播公司" {\n  role caching, search # c\n  industry-rules violated "forged IDs"\n}\n');
    assert.strictEqual(doc.blocks.length, 1);
    const b = doc.blocks[0];
    assert.strictEqual(b.spec?.id, 'provider');
    assert.deepStrictEqual(b.header.map((t) => t.value), ['Qvod', '深圳快播公司']);
    assert.deepStrictEqual(b.statements.map((s) => [s.spec?.id, s.values.map((v) => v.value), s.note?.value]), [
      ['role', ['caching', 'search'], undefined],
      ['industry-rules', ['violated'], 'forged IDs'],
    ]);
    assert.deepStrictEqual(doc.syntax, []);
  });

  test('ASCII keywords match without case; ids keep their case', () => {
    const { diagnostics, parsed } = check('PROVIDER qvod {\n  Role Caching\n}\nCharge qvod ART363 {}\n');
    assert.deepStrictEqual(textCodes(diagnostics), []);
    assert.strictEqual(parsed.model.providers[0].id, 'qvod');
    assert.strictEqual(parsed.model.charges[0].offense, 'art363');
  });

  test('Chinese keywords with full-width punctuation read like English ones', () => {
    const { diagnostics, parsed } = check('服务商 快播 “深圳快播公司” ｛\n  类型：缓存，搜索\n  明知：明知\n  通知：监管部门\n  移除：拒绝\n｝\n');
    assert.deepStrictEqual(codes(diagnostics), []);
    const p = parsed.model.providers[0];
    assert.strictEqual(p.name, '深圳快播公司');
    assert.deepStrictEqual(p.facts.get('role')?.values, ['caching', 'search']);
    assert.deepStrictEqual(p.facts.get('takedown')?.values, ['refused']);
  });

  test('a body may sit on one line, statements split by ";"', () => {
    const { diagnostics, parsed } = check('case "X" { court "某法院"; docket "1号" }\nprovider Zhang { role access }\ncharge Zhang art287-2 { court convicted }\n');
    assert.deepStrictEqual(textCodes(diagnostics), []);
    assert.deepStrictEqual([...parsed.model.caseBlock!.facts.keys()], ['court', 'docket']);
    assert.strictEqual(parsed.model.charges[0].facts.get('court')?.values[0], 'convicted');
  });

  test('a word means by its place: 正犯 starts a block at a line start and is a mode as a charge\'s third word', () => {
    const { diagnostics, parsed } = check('正犯 X { 罪名 诈骗罪; 利用 P }\n服务商 P { 类型 接入 }\n指控 P 诈骗罪 正犯\n');
    assert.deepStrictEqual(textCodes(diagnostics), []);
    assert.strictEqual(parsed.model.offenders[0].id, 'X');
    assert.strictEqual(parsed.model.charges[0].mode, 'principal');
  });

  test('the Chinese statutory names are offense aliases', () => {
    const { parsed } = check('provider P { role access }\ncharge P 帮助信息网络犯罪活动罪\ncharge P 第286条之一\n');
    assert.deepStrictEqual(parsed.model.charges.map((c) => c.offense), ['art287-2', 'art286-1']);
  });
});

suite('parser: recovery', () => {
  test('an unterminated string is one syntax error from its quote to the line end; the next line still parses', () => {
    const text = 'provider P {\n  industry-rules violated "unclosed note }\n  role caching\n}\n';
    const { diagnostics, parsed } = check(text);
    const [s] = only(diagnostics, 'syntax');
    assert.strictEqual(covered(text, s), '"unclosed note }');
    assert.deepStrictEqual(codes(diagnostics), ['syntax'], 'the role on the next line was read, the body closed');
    assert.deepStrictEqual(parsed.model.providers[0].facts.get('role')?.values, ['caching']);
  });

  test('reversed curly quotes (”n“, 」n「) are one error each that shows the right way round; the string is read', () => {
    const text = 'provider P ”快播“ {\n  role caching\n  knowledge specific 」knew it「\n  notice ” user\n}\n';
    const { diagnostics, parsed } = check(text);
    const ds = only(diagnostics, 'syntax');
    assert.deepStrictEqual(ds.map((d) => [covered(text, d), d.message]), [
      ['”快播“', 'Quotes the wrong way round: open with “ and close with ”.'],
      ['」knew it「', 'Quotes the wrong way round: open with 「 and close with 」.'],
      ['”', 'Unexpected character "”".'],
    ]);
    assert.deepStrictEqual(codes(diagnostics), ['syntax', 'syntax', 'syntax'], 'one error per mistake, the body read');
    const p = parsed.model.providers[0];
    assert.deepStrictEqual([p.name, p.facts.get('knowledge')?.statement.note?.value], ['快播', 'knew it']);
    assert.strictEqual(only(check(text, { locale: 'zh-CN' }).diagnostics, 'syntax')[0].message, '引号方向反了：应以 “ 开始、以 ” 结束。');
    // one error, not also "unexpected in the block header", for a header string left open or reversed
    for (const header of ['case "快播案" "北京', 'case "快播案" ”北京“']) {
      const t = `${header}\nprovider P {\n  role caching\n}\n`;
      assert.deepStrictEqual(check(t).diagnostics.map((d) => [d.code, covered(t, d)]), [['syntax', header.slice(11)]], header);
    }
  });

  test('a display name left open before its { : one error, and the body is read all the same', () => {
    const text = 'provider P "深圳快播公司 {\n  role caching\n  knowledge specific\n}\n服务商 Q “快播  ｛\n  类型：存储\n｝\noffender O "o {\n  offense art266; uses P\n}\n';
    const { diagnostics, parsed } = check(text);
    assert.deepStrictEqual(only(diagnostics, 'syntax').map((d) => covered(text, d)), ['"深圳快播公司 {', '“快播  ｛', '"o {']);
    assert.deepStrictEqual(codes(diagnostics), ['syntax', 'syntax', 'syntax'], 'no missing-role, no unknown block "role", no stray }');
    assert.deepStrictEqual(parsed.model.providers.map((p) => [p.id, p.name, p.facts.get('role')?.values]), [['P', '深圳快播公司', ['caching']], ['Q', '快播', ['storage']]]);
    assert.deepStrictEqual(parsed.model.offenders.map((o) => [o.id, o.name, o.offense]), [['O', 'o', 'art266']]);
    // a name left open without a brace in it: no body, as before
    assert.ok(codes(check('provider P "name\n  role caching\n}\n').diagnostics).includes('missing-role'));
  });

  test('a missing } is reported at the { and the next block is still read', () => {
    const text = 'provider P {\n  role caching\noffender O {\n  offense art363\n  uses P\n}\n';
    const { diagnostics, parsed } = check(text);
    const [s] = only(diagnostics, 'syntax');
    assert.strictEqual(s.range.start.line, 0);
    assert.strictEqual(covered(text, s), '{');
    assert.strictEqual(parsed.model.offenders.length, 1);
    assert.ok(!codes(diagnostics).includes('undefined-reference'));
  });

  test('one typo does not hide the rest: every bad line reports once', () => {
    const text = 'provider P {\n  rol caching\n  knowledge specfic\n  @@ what\n  takedown refused\n}\n';
    const { diagnostics, parsed } = check(text);
    assert.deepStrictEqual(codes(diagnostics).filter((c) => c !== 'missing-role'), ['unknown-key', 'unknown-value', 'syntax']);
    assert.deepStrictEqual(parsed.model.providers[0].facts.get('takedown')?.values, ['refused']);
  });

  test('a stray } and a stray token at top level are syntax errors, parsing goes on', () => {
    const { diagnostics, parsed } = check('}\n"title"\nprovider P { role access }\n');
    assert.deepStrictEqual(codes(diagnostics), ['syntax', 'syntax']);
    assert.strictEqual(parsed.model.providers.length, 1);
  });

  test('missing comma between values is reported at the second value', () => {
    const text = 'provider P {\n  role caching search\n}\n';
    const { diagnostics } = check(text);
    const [s] = only(diagnostics, 'syntax');
    assert.strictEqual(covered(text, s), 'search');
  });

  test('a { on the line after the header is reported but the body is read', () => {
    const { diagnostics, parsed } = check('provider P\n{\n  role access\n}\n');
    assert.deepStrictEqual(codes(diagnostics), ['syntax']);
    assert.deepStrictEqual(parsed.model.providers[0].facts.get('role')?.values, ['access']);
  });

  test('ten thousand nested { neither overflow nor flood one position twice', () => {
    const text = 'provider P {\n' + '{'.repeat(10000) + '\n}\n';
    const { parsed } = check(text);
    const offsets = parsed.doc.syntax.map((s) => s.offset);
    assert.strictEqual(new Set(offsets).size, offsets.length);
  });

  test('a half-typed line keeps a partial node', () => {
    const { parsed } = check('provider P {\n  role cach');
    const st = parsed.doc.blocks[0].statements[0];
    assert.strictEqual(st.spec?.id, 'role');
    assert.deepStrictEqual(st.values.map((v) => v.value), ['cach']);
  });
});

suite('ranges', () => {
  test('columns count UTF-16 code units on Chinese text and surrogate pairs', () => {
    const text = '服务商 𠀀P { 类型：缓存，平台 }\n';
    const { diagnostics } = check(text);
    const [d] = only(diagnostics, 'imprecise-role');
    assert.deepStrictEqual(d.range, { start: { line: 0, character: 16 }, end: { line: 0, character: 18 } });
    assert.strictEqual(covered(text, d), '平台');
  });

  test('CRLF and CR line ends count as one line each', () => {
    for (const nl of ['\r\n', '\r', '\n']) {
      const text = `provider P {${nl}  role cachng${nl}}${nl}`;
      const [d] = only(check(text).diagnostics, 'unknown-value');
      assert.deepStrictEqual(d.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 13 } }, JSON.stringify(nl));
    }
  });
});

suite('parser: characters a message cannot show', () => {
  test('a zero-width joiner, a soft hyphen, a line separator: named by code point, in both languages', () => {
    const cases: [string, string, string, string][] = [
      ['provider Q\u200d {\n  role caching\n}\n', '\u200d', 'Unexpected invisible character U+200D: delete it.', '无法识别的不可见字符 U+200D：请删除。'],
      ['provider Q {\n  role cach\u00ading\n}\n', '\u00ad', 'Unexpected invisible character U+00AD: delete it.', '无法识别的不可见字符 U+00AD：请删除。'],
      ['provider Q {\n  role caching \u2028\n}\n', '\u2028', 'Unexpected invisible character U+2028: delete it.', '无法识别的不可见字符 U+2028：请删除。'],
      ['provider Q {\n  role caching §\u200d\n}\n', '§\u200d', 'Unexpected character "§<U+200D>".', '无法识别的字符“§<U+200D>”。'],
      ['provider Q {\n  role caching §\n}\n', '§', 'Unexpected character "§".', '无法识别的字符“§”。'],
    ];
    for (const [text, char, en, zh] of cases) {
      const [d] = only(check(text).diagnostics, 'syntax');
      assert.strictEqual(covered(text, d), char);
      assert.strictEqual(d.message, en);
      assert.strictEqual(only(check(text, { locale: 'zh-CN' }).diagnostics, 'syntax')[0].message, zh);
    }
  });
});
