/**
 * Property 1: the parser never fails. Whatever the text (mutated briefs,
 * random Unicode with surrogate halves and NULs, very long lines, ten
 * thousand `{`), `parseText` returns a tree and findings, and every finding
 * and diagnostic range lies inside the document with start ≤ end. The same
 * for Markdown briefs, whose findings must also lie inside case blocks.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { gdoc, hostileText, markdownOf, mutatedBrief, render, style } from './generators';
import { checkText } from './properties';
import { EXAMPLES, MARKDOWN_EXAMPLES, params, SUITE_TIMEOUT } from './support';

suite('property: the parser never fails', function () {
  this.timeout(SUITE_TIMEOUT);
  test('the examples parse, and keep every invariant', () => {
    for (const e of EXAMPLES) {
      const parsed = checkText(e.text);
      assert.ok(parsed.analysis.providers.length > 0, e.name);
    }
    for (const e of MARKDOWN_EXAMPLES) {
      checkText(e.text, true);
    }
  });

  test('mutated briefs (deleted, duplicated and swapped spans, inserted junk)', () => {
    fc.assert(fc.property(mutatedBrief, (text) => {
      checkText(text);
    }), params(300));
  });

  test('random Unicode text: CJK, surrogate halves, NUL, full-width punctuation, vocabulary', () => {
    fc.assert(fc.property(hostileText, (text) => {
      checkText(text);
    }), params(500));
  });

  test('generated briefs in every style, with noise', () => {
    fc.assert(fc.property(gdoc({ noise: true }), style, (d, s) => {
      checkText(render(d, s));
    }), params(300));
  });

  test('Markdown briefs: case blocks among prose and other fences', () => {
    const cases = fc.oneof(mutatedBrief, hostileText, fc.constantFrom(...EXAMPLES.map((e) => e.text)));
    fc.assert(fc.property(markdownOf(cases), (md) => {
      checkText(md, true);
    }), params(200));
  });

  test('pathological shapes: 10,000 nested `{`, a 200,000-character line, lone surrogates, NULs', () => {
    const shapes: [string, string][] = [
      ['10,000 `{` on one line', 'provider P ' + '{'.repeat(10_000)],
      ['10,000 `{` one per line', 'provider P {\n' + '{\n'.repeat(10_000)],
      ['10,000 nested blocks', 'provider P {\n'.repeat(10_000) + '}\n'.repeat(10_000)],
      ['10,000 `}`', '}'.repeat(10_000)],
      ['10,000 full-width braces', '服务商 快播 ' + '｛'.repeat(5_000) + '｝'.repeat(5_000)],
      ['a 200,000-character word', 'provider ' + 'a'.repeat(200_000) + ' {\n role caching\n}'],
      ['a 200,000-character string', 'case "' + 'x'.repeat(200_000)],
      ['a 200,000-character comment', '#' + '注'.repeat(200_000)],
      ['a 100,000-value statement', 'provider P {\n role ' + 'caching, '.repeat(100_000) + '\n}'],
      ['lone surrogates', 'provider \uD800 {\n role \uDC00caching\uD83D\n}\uDFFF'],
      ['NULs', '\u0000provider\u0000P {\u0000\n role caching\u0000\n}'],
      ['an unterminated string per line', '"\n'.repeat(10_000)],
      ['mixed line ends', 'provider P {\r role caching\r\n knowledge specific\n}\r'],
      ['a lone CR after a BOM', '\uFEFF\r'],
      ['empty', ''],
    ];
    for (const [name, text] of shapes) {
      assert.doesNotThrow(() => checkText(text), name);
      assert.doesNotThrow(() => checkText('```case\n' + text + '\n```\n', true), `${name} (Markdown)`);
    }
  });
});
