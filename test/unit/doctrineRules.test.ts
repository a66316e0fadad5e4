/**
 * Doctrine rules at the edges doctrine.md draws: content providers, absences stated in
 * any role, offenses not yet in force, and rules that point at a fact.
 */
import * as assert from 'assert';
import { explain, format } from '../../server/src/service/i18n/messages';
import { check, codes, covered, only } from './util';

const provider = (id: string, facts: string) => `provider ${id} {\n${facts.split(';').map((f) => `  ${f.trim()}`).join('\n')}\n}\n`;
const fired = (text: string) => codes(check(text).diagnostics);

suite('doctrine rules: where doctrine.md draws the line', () => {
  test('a content provider is no ISP: the rules that shelter ISPs are held back, not-an-isp explains', () => {
    const cases: [string, string, string][] = [
      ['role caching, content; notice user; industry-rules complied; targeted no; participation none', 'charge P art363 { court convicted }', 'notice-takedown-not-criminal'],
      ['role caching, content; notice user; industry-rules complied; targeted no; participation none', 'charge P art287-2', 'neutral-assistance'],
      ['role content, storage', 'charge P art217', 'no-general-monitoring'],
      ['role caching, link, search, content', 'charge P art363 act', 'caching-not-dissemination'],
      ['role caching, content; modifies-content yes', 'charge P art217', 'cache-modification'],
      ['role link, content; link-type embedded', 'charge P art217', 'embedded-link'],
      ['role search, content; ranking paid', 'charge P art222', 'ranking-intervention'],
    ];
    for (const [facts, charge, rule] of cases) {
      const withContent = fired(provider('P', facts) + charge + '\n');
      assert.ok(withContent.includes('not-an-isp'), `${rule}: ${withContent.join(', ')}`);
      assert.ok(!withContent.includes(rule), `${rule} fired for a content provider`);
      // the same provider without content: the rule fires
      assert.ok(fired(provider('P', facts.replace(/,? ?content,?/, '').replace(/role\s*$/, 'role storage')) + charge + '\n').includes(rule), `${rule} without content`);
    }
  });

  test('notice-takedown-not-criminal: paid ranking or embedded links stated rule it out, whatever the roles', () => {
    const base = 'role caching, advertising; knowledge specific; industry-rules complied; targeted no; participation none';
    assert.ok(fired(provider('P', base) + 'charge P art217\n').includes('notice-takedown-not-criminal'));
    for (const extra of ['ranking paid', 'ranking manual', 'link-type embedded']) {
      assert.ok(!fired(provider('P', `${base}; ${extra}`) + 'charge P art217\n').includes('notice-takedown-not-criminal'), extra);
    }
    assert.ok(fired(provider('P', `${base}; ranking none; link-type ordinary`) + 'charge P art217\n').includes('notice-takedown-not-criminal'));
  });

  test('an offense not yet in force at the conduct: not-in-force says so, no verdict-divergence, and the report says why it is missing', () => {
    const text = 'case { conduct 2015-10-31 }\n' + provider('A', 'role access; knowledge specific; industry-rules violated') + 'charge A art287-2 { court convicted }\n';
    const { diagnostics, parsed } = check(text);
    assert.deepStrictEqual(codes(diagnostics).filter((c) => c === 'not-in-force' || c === 'verdict-divergence'), ['not-in-force']);
    const pc = parsed.analysis.byId('A')!;
    assert.strictEqual(pc.criminal.level, 'none');
    assert.strictEqual(format(pc.criminal.reasons[0].message, 'en'),
      'Art. 287-2 and art. 286-1 are not assessed: the conduct (2015-10-31) predates Criminal Law Amendment IX, which made them offenses from 2015-11-01 (III.(一), III.(二)).');
    assert.match(format(pc.criminal.reasons[0].message, 'zh-CN'), /^第287条之二与第286条之一未予评价：行为时间（2015-10-31）早于/);
    // on the day Amendment IX came into force: assessed, liable, and no such reason
    const inForce = check(text.replace('2015-10-31', '2015-11-01')).parsed.analysis.byId('A')!;
    assert.strictEqual(inForce.criminal.level, 'liable');
    assert.ok(!inForce.criminal.reasons.some((r) => r.message.id === 'reason.notInForce'));
    // a conviction under an offense in force then still diverges, on its own findings
    const older = check('case { conduct 2014-01-01 }\n' + provider('A', 'role storage; notice user') + 'charge A art363 { court convicted }\n');
    const [d] = older.parsed.findings.filter((f) => f.code === 'verdict-divergence');
    assert.ok(d, 'verdict-divergence for art363');
    assert.doesNotMatch(explain(d.message, 'en') ?? '', /Amendment IX/);
  });

  test('the rules about an art287-2 or art286-1 charge stay silent when the offense was not yet in force', () => {
    const early = 'case { conduct 2014-01-01 }\n';
    const cases: [string, string, string][] = [
      [provider('B', 'role storage; knowledge specific'), 'charge B art287-2', 'helping-needs-facts'],
      [provider('B', 'role access; knowledge specific; industry-rules complied; targeted no; participation none'), 'charge B art287-2', 'neutral-assistance'],
      [provider('B', 'role access'), 'charge B art286-1', 'refusal-needs-order'],
      [provider('B', 'role access; order private; consequence other-serious'), 'charge B art286-1', 'refusal-order-by-regulator'],
      [provider('B', 'role access; order regulator; corrected yes'), 'charge B art286-1', 'refusal-corrected'],
    ];
    for (const [facts, charge, rule] of cases) {
      const inForce = fired(facts + charge + '\n');
      assert.ok(inForce.includes(rule), `${rule} in force: ${inForce.join(', ')}`);
      const before = fired(early + facts + charge + '\n');
      assert.ok(!before.includes(rule), `${rule} before Amendment IX: ${before.join(', ')}`);
      assert.ok(before.includes('not-in-force'));
    }
  });

  test('verdict-divergence names the findings about the offense convicted on, not the provider\'s other conclusions', () => {
    const text = provider('A', 'role storage; knowledge specific; industry-rules violated') + 'offender O { offense art266; uses A }\ncharge A art363 { court convicted }\n';
    const { diagnostics, parsed } = check(text);
    const [d] = only(diagnostics, 'verdict-divergence');
    assert.strictEqual(covered(text, d), 'convicted');
    assert.match(d.message, /^The court convicted A of .*, but the paper's doctrine does not support it on the stated facts \(II\.\(二\)\.1–2\)$/);
    const why = explain(parsed.findings.find((f) => f.code === 'verdict-divergence')!.message, 'en') ?? '';
    assert.match(why, /^The findings behind this: Nothing in the stated facts points to .* for this provider under the paper's doctrine/);
    assert.doesNotMatch(why, /governs/);
  });

  test('the art286-1 rules that point at a fact fire once per fact, however many art286-1 charges', () => {
    const text = provider('P', 'role access; order private; consequence other-serious') + 'charge P art286-1\ncharge P art286-1 { court pending }\n';
    const ds = check(text).diagnostics;
    assert.deepStrictEqual(only(ds, 'refusal-order-by-regulator').map((d) => covered(text, d)), ['private']);
    assert.deepStrictEqual(only(ds, 'refusal-catch-all').map((d) => covered(text, d)), ['other-serious']);
    const unordered = check(provider('P', 'role access') + 'charge P art286-1\ncharge P art286-1 { court pending }\n').diagnostics;
    assert.strictEqual(only(unordered, 'refusal-needs-order').length, 2, 'a rule about the charge: once per charge');
    const corrected = check(provider('P', 'role access; order regulator; corrected yes') + 'charge P art286-1\ncharge P art286-1\n').diagnostics;
    assert.strictEqual(only(corrected, 'refusal-corrected').length, 1);
  });

  test('refusal-scope: an unstated matter is asked for; a matter stated as `other` is said to be no serious one', () => {
    const unstated = only(check(provider('P', 'role access; order regulator') + 'charge P art286-1\n').diagnostics, 'refusal-scope');
    assert.strictEqual(unstated[0].message, 'The order\'s matter is unstated: state the order-matter (II.(二).3, III.(二))');
    const other = only(check(provider('P', 'role access; order regulator; order-matter other') + 'charge P art286-1\n', { locale: 'zh-CN' }).diagnostics, 'refusal-scope');
    assert.strictEqual(other[0].message, '责令事项仅为“其他”，并非重大事项：论文主张仅在其所列重大事项上方可责令改正（二（二）3、三（二））');
    const possible = check(provider('P', 'role access; order regulator') + 'charge P art286-1\n').parsed.analysis.byId('P')!;
    assert.strictEqual(possible.criminal.offenses[0].reasons[0].section, 'II.(二).3, II.(二) summary, III.(二)');
  });
});
