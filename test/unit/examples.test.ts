/** Our own examples/ hold the paper's seven cases; they reach the conclusions of doctrine.md's last table. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check, textCodes } from './util';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');
const read = (f: string) => fs.readFileSync(path.join(EXAMPLES, f), 'utf8');

type Row = { file: string; id: string; criminal: string; civil?: string; controlling?: string | null; offenses: [string, string, string, string | null][] };

const TABLE: Row[] = [
  { file: '01-qvod.case', id: 'Qvod', criminal: 'none', civil: 'exposed', controlling: null, offenses: [] },
  { file: '02-case1-black-broadband.case', id: 'Yang', criminal: 'liable', civil: 'undetermined', controlling: 'art266',
    offenses: [['art287-2', 'liable', 'principal', null], ['art266', 'liable', 'accomplice', 'Fraudsters']] },
  { file: '03-case2-hosting.case', id: 'Chen', criminal: 'possible', civil: 'undetermined',
    offenses: [['art287-2', 'possible', 'principal', null], ['art266', 'possible', 'accomplice', 'Xu']] },
  { file: '04-case3-number-change.case', id: '张某', criminal: 'liable', civil: 'undetermined', controlling: 'art266',
    offenses: [['art287-2', 'liable', 'principal', null], ['art266', 'liable', 'accomplice', '诈骗团伙']] },
  { file: '05-case4-search-ads.case', id: 'Promoter', criminal: 'liable', civil: 'undetermined', controlling: 'art287-2',
    offenses: [['art287-2', 'liable', 'principal', null]] },
  { file: '06-case5-payment.case', id: 'Zhao', criminal: 'liable', civil: 'undetermined', controlling: 'art287-2',
    offenses: [['art287-2', 'liable', 'principal', null]] },
  { file: '07-case6-phishing.case', id: 'Builders', criminal: 'liable', civil: 'undetermined', controlling: 'art264',
    offenses: [['art287-2', 'liable', 'principal', null], ['art264', 'liable', 'accomplice', 'Gang']] },
];

suite('examples: the paper\'s seven cases', () => {
  test('each example names its place in the paper as the diagnostics cite it (三（一）3, not 三（一）.3)', () => {
    const bad = fs.readdirSync(EXAMPLES).filter((f) => /（[一二三四]）\.\d/.test(read(f)));
    assert.deepStrictEqual(bad, []);
  });

  for (const row of TABLE) {
    test(`${row.file}: ${row.id} criminal ${row.criminal}, civil ${row.civil}`, () => {
      const { diagnostics, parsed } = check(read(row.file));
      assert.deepStrictEqual(textCodes(diagnostics), [], 'no text errors');
      const pc = parsed.analysis.byId(row.id)!;
      assert.strictEqual(pc.criminal.level, row.criminal);
      assert.strictEqual(pc.civil.level, row.civil);
      if (row.controlling !== undefined) {
        assert.strictEqual(pc.criminal.controlling, row.controlling);
      }
      assert.deepStrictEqual(pc.criminal.offenses.map((o) => [o.offense, o.level, o.as, o.of]), row.offenses);
    });
  }

  test('Qvod: the warnings a brief needs, where the paper answers the court', () => {
    const { diagnostics } = check(read('01-qvod.case'));
    const at = (code: string) => diagnostics.filter((d) => d.code === code).map((d) => d.range.start.line + 1);
    assert.deepStrictEqual(at('omission-dissemination'), [25]);
    assert.deepStrictEqual(at('notice-takedown-not-criminal'), [25]);
    assert.deepStrictEqual(at('tech-neutrality'), [27]);
    assert.deepStrictEqual(at('accomplice-as-principal'), [28]);
    assert.deepStrictEqual(at('verdict-divergence'), [26]);
    assert.deepStrictEqual(at('in-dubio-pro-reo'), [33]);
    assert.deepStrictEqual(at('evidence-authentication'), [35]);
    assert.deepStrictEqual(at('no-general-monitoring'), []);
  });

  test('the Markdown brief reaches the same Qvod conclusion as the .case file', () => {
    const { parsed } = check(read('qvod-brief.md'), { markdown: true });
    const pc = parsed.analysis.byId('Qvod')!;
    assert.strictEqual(pc.criminal.level, 'none');
    assert.strictEqual(pc.civil.level, 'exposed');
  });
});
