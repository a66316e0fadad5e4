import * as assert from 'assert';
import { check, covered, only, textCodes } from './util';

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
    assert.match(check(text, { locale: 'zh-CN' }).diagnostics.find((d) => d.code === 'unknown-value')!.message, /不是 “knowledge” 的有效取值/);
  });

  test('unknown-value covers dates, numbers, offenses and modes', () => {
    const text = 'case { conduct 2015.11.01 }\nevidence { seized many }\nprovider P { role access }\ncharge P art999 omision\n';
    const ds = only(check(text).diagnostics, 'unknown-value');
    assert.deepStrictEqual(ds.map((d) => covered(text, d)), ['2015.11.01', 'many', 'art999', 'omision']);
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

  test('undefined-reference: a charge or `uses` naming no defined id', () => {
    const text = 'provider Qvod { role caching }\noffender O { offense art363; uses Qovd }\ncharge Qvd art363\n';
    const ds = only(check(text).diagnostics, 'undefined-reference');
    assert.deepStrictEqual(ds.map((d) => covered(text, d)), ['Qovd', 'Qvd']);
    assert.match(ds[0].message, /Did you mean `Qvod`/);
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
