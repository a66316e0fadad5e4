/**
 * Regressions for what the property tests and the benchmarks found. Each
 * test names the failure it guards against.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { parseText } from '../../server/src/service/languageService';
import { params } from '../property/support';

suite('robustness: regressions', () => {
  // Found by test/robustness/scaling.ts: duplicate-id counted the first
  // definition's line by scanning from the start of the text for every
  // duplicate, so a brief with each provider written twice took 114 s at 1 MB
  // (100× the time of 100 kB). Now a line table and a binary search; the line
  // in the message must stay right for every line end.
  test('duplicate-id names the first definition\'s line, for LF, CRLF and CR', () => {
    const doc = fc.tuple(
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.array(fc.tuple(fc.constantFrom('P', 'Q', '快播'), fc.nat({ max: 3 })), { minLength: 2, maxLength: 12 }),
    );
    fc.assert(fc.property(doc, ([eol, blocks]) => {
      const lines: string[] = [];
      const firstLine = new Map<string, number>();
      for (const [id, blank] of blocks) {
        for (let i = 0; i < blank; i++) {
          lines.push('');
        }
        if (!firstLine.has(id)) {
          firstLine.set(id, lines.length + 1);
        }
        lines.push(`provider ${id} {`, ' role caching', '}');
      }
      const text = lines.join(eol);
      const parsed = parseText('file:///d.case', 1, text, false);
      const dups = parsed.findings.filter((f) => f.code === 'duplicate-id');
      assert.strictEqual(dups.length, blocks.length - firstLine.size);
      for (const f of dups) {
        const id = String(f.message.args?.id);
        assert.strictEqual(f.message.args?.line, firstLine.get(id), `line of the first ${id}`);
      }
    }), params(200));
  });

  test('ten thousand providers written twice: every duplicate reported, with its first line', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `provider P${i} {\n role caching\n}\nprovider P${i} {\n role search\n}\n`).join('');
    const dups = parseText('file:///d.case', 1, text, false).findings.filter((f) => f.code === 'duplicate-id');
    assert.strictEqual(dups.length, 10_000);
    assert.strictEqual(dups[9_999].message.args?.line, 9_999 * 6 + 1);
  });

  // Found by test/robustness/scaling.ts: every undefined reference compared
  // its word with every id for "did you mean", so 15,000 charges on undefined
  // ids among 15,000 providers did not finish in minutes. Suggestions now stop
  // past a budget of comparisons; every reference is still reported.
  test('thousands of undefined references: each reported, the first ones with suggestions', () => {
    const n = 5_000;
    const text = Array.from({ length: n }, (_, i) => `provider Prov${i} {\n role caching\n}\ncharge Qrov${i} art363\n`).join('');
    const refs = parseText('file:///u.case', 1, text, false).findings.filter((f) => f.code === 'undefined-reference');
    assert.strictEqual(refs.length, n);
    assert.ok(refs[0].data?.suggestions?.includes('Prov0'), JSON.stringify(refs[0].data));
  });
});
