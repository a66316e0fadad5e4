/** Each conclusion path of doctrine.md ("Conclusions") with its minimal case. */
import * as assert from 'assert';
import type { ProviderConclusion } from '../../server/src/service/doctrine/analysis';
import { format } from '../../server/src/service/i18n/messages';
import { check } from './util';

function conclude(text: string, id = 'P'): ProviderConclusion {
  const pc = check(text).parsed.analysis.byId(id);
  assert.ok(pc, `no conclusion for ${id}`);
  return pc;
}
const offenses = (pc: ProviderConclusion) => pc.criminal.offenses.map((o) => [o.offense, o.level, o.as, o.of]);
const reasonsEn = (pc: ProviderConclusion) => [...pc.criminal.offenses.flatMap((o) => o.reasons), ...pc.criminal.reasons].map((r) => format(r.message, 'en')).join('\n');
const provider = (facts: string) => `provider P {\n${facts.split(';').map((f) => `  ${f.trim()}`).join('\n')}\n}\n`;
const USER = 'offender O { offense art266; uses P }\n';

suite('conclusions: criminal', () => {
  test('1. content: criminal and civil not assessed, nothing else concluded', () => {
    const pc = conclude(provider('role content; knowledge specific; industry-rules violated; takedown refused') + USER);
    assert.strictEqual(pc.criminal.level, 'not-assessed');
    assert.strictEqual(pc.civil.level, 'not-assessed');
    assert.deepStrictEqual(pc.criminal.offenses, []);
  });

  test('2. art287-2 as principal: liable on non-neutral help, each mark alone', () => {
    for (const mark of ['industry-rules violated', 'targeted yes', 'participation deep']) {
      const pc = conclude(provider(`role access; knowledge specific; ${mark}`));
      assert.deepStrictEqual(offenses(pc), [['art287-2', 'liable', 'principal', null]], mark);
    }
  });

  test('2. neutral help (all three stated) → none; one unstated → possible, naming it', () => {
    const neutral = conclude(provider('role access; knowledge specific; industry-rules complied; targeted no; participation shallow'));
    assert.strictEqual(neutral.criminal.level, 'none');
    const open = conclude(provider('role access; knowledge specific; industry-rules complied; targeted no'));
    assert.deepStrictEqual(offenses(open), [['art287-2', 'possible', 'principal', null]]);
    assert.match(reasonsEn(open), /does not state `participation`/);
  });

  test('2. without specific knowledge: none (general knowledge creates no duty); not assessed before Amendment IX', () => {
    assert.strictEqual(conclude(provider('role access; knowledge general; industry-rules violated')).criminal.level, 'none');
    assert.strictEqual(conclude(provider('role access; industry-rules violated')).criminal.level, 'none');
    const early = conclude('case { conduct 2014-01-01 }\n' + provider('role access; knowledge specific; industry-rules violated'));
    assert.deepStrictEqual(offenses(early), []);
  });

  test('3. accomplice of each offender that uses the provider', () => {
    assert.deepStrictEqual(offenses(conclude(provider('role access; knowledge specific; participation deep') + USER)),
      [['art287-2', 'liable', 'principal', null], ['art266', 'liable', 'accomplice', 'O']]);
    assert.deepStrictEqual(offenses(conclude(provider('role access; knowledge specific') + USER)),
      [['art287-2', 'possible', 'principal', null], ['art266', 'possible', 'accomplice', 'O']]);
    assert.deepStrictEqual(offenses(conclude(provider('role access; knowledge specific; industry-rules complied; targeted no; participation none') + USER)), []);
    // Unstated knowledge with deep participation: possible only.
    assert.deepStrictEqual(offenses(conclude(provider('role access; participation deep') + USER)),
      [['art266', 'possible', 'accomplice', 'O']]);
    // Stated lack of knowledge: none.
    assert.deepStrictEqual(offenses(conclude(provider('role access; knowledge none; participation deep') + USER)), []);
  });

  test('4. art286-1 only on a regulator\'s order', () => {
    const base = 'role storage; order regulator';
    assert.deepStrictEqual(offenses(conclude(provider(`${base}; corrected no; order-matter personal-data; consequence data-leak`))),
      [['art286-1', 'liable', 'principal', null]]);
    assert.deepStrictEqual(offenses(conclude(provider(`${base}; corrected yes; order-matter personal-data; consequence data-leak`))), []);
    const open = conclude(provider(`${base}; order-matter other; consequence other-serious`));
    assert.deepStrictEqual(offenses(open), [['art286-1', 'possible', 'principal', null]]);
    const why = reasonsEn(open);
    assert.match(why, /whether it corrected is unstated/);
    assert.match(why, /no matter of national or public security/);
    assert.match(why, /no listed consequence/);
    assert.deepStrictEqual(offenses(conclude(provider('role storage; order private; corrected no; order-matter personal-data; consequence data-leak'))), []);
  });

  test('4. art286-1 possible: its missing conditions are told apart by semicolons, in both languages', () => {
    const open = conclude(provider('role storage; order regulator; order-matter other; consequence other-serious'));
    const [en, zh] = (['en', 'zh-CN'] as const).map((l) => format(open.criminal.offenses[0].reasons[0].message, l));
    assert.ok(en.includes('are not all stated: whether it corrected is unstated; the order concerns no matter of national or public security, personal data or evidence; no listed consequence'), en);
    assert.ok(zh.includes('未全部写明：是否改正未写明；责令事项不涉及国家安全、公共安全、个人信息或证据灭失；未写明所列后果'), zh);
  });

  test('5. paid or manual ranking: art287-2, art222 and complicity at least possible, whatever the knowledge', () => {
    assert.deepStrictEqual(offenses(conclude(provider('role search; ranking paid') + USER)), [
      ['art287-2', 'possible', 'principal', null],
      ['art266', 'possible', 'accomplice', 'O'],
      ['art222', 'possible', 'principal', null],
    ]);
    assert.deepStrictEqual(offenses(conclude(provider('role search; ranking none'))), []);
  });

  test('6. embedded links: principal of the linked content\'s offense, else art217', () => {
    assert.deepStrictEqual(offenses(conclude(provider('role link; link-type embedded'))), [['art217', 'possible', 'principal', null]]);
    assert.deepStrictEqual(offenses(conclude(provider('role link; link-type embedded') + 'offender O { offense art364; uses P }\n')),
      [['art364', 'possible', 'principal', null]]);
  });

  test('7. level is the highest; controlling prefers any offense before art287-2, then the table order', () => {
    const pc = conclude(provider('role access; knowledge specific; industry-rules violated') + USER);
    assert.strictEqual(pc.criminal.level, 'liable');
    assert.strictEqual(pc.criminal.controlling, 'art266');
    const only287 = conclude(provider('role access; knowledge specific; industry-rules violated'));
    assert.strictEqual(only287.criminal.controlling, 'art287-2');
    const mixed = conclude(provider('role search; ranking paid; knowledge specific; industry-rules violated'));
    assert.strictEqual(mixed.criminal.level, 'liable');
    assert.strictEqual(mixed.criminal.controlling, 'art287-2', 'liable beats possible');
  });
});

suite('conclusions: civil and administrative', () => {
  const civil = (facts: string) => conclude(provider(facts)).civil.level;
  test('aware and takedown refused, none or delayed → exposed', () => {
    for (const t of ['refused', 'none', 'delayed']) {
      assert.strictEqual(civil(`role storage; notice user; takedown ${t}`), 'exposed', t);
    }
    assert.strictEqual(civil('role storage; order regulator; takedown refused'), 'exposed');
  });
  test('caching that modifies content, and embedded links → exposed', () => {
    assert.strictEqual(civil('role caching; modifies-content yes'), 'exposed');
    assert.strictEqual(civil('role link; link-type embedded'), 'exposed');
  });
  test('aware and takedown unstated → undetermined', () => {
    assert.strictEqual(civil('role storage; knowledge specific'), 'undetermined');
  });
  test('no notice, or a prompt takedown, or only general knowledge → none', () => {
    assert.strictEqual(civil('role storage'), 'none');
    assert.strictEqual(civil('role storage; notice none; takedown refused'), 'none');
    assert.strictEqual(civil('role storage; notice user; takedown prompt'), 'none');
    assert.strictEqual(civil('role storage; knowledge general; takedown refused'), 'none');
  });
});
