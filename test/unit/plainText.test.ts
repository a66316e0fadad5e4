/** Markdown as plain text, for editors that cannot render it. */
import * as assert from 'assert';
import { mdWords } from '../../server/src/service/hover';
import { markdownToPlain } from '../../server/src/service/plainText';

suite('plain text for editors without Markdown', () => {
  test('headings, bold, emphasis, code spans, links and escapes lose their marks, not their words', () => {
    assert.strictEqual(
      markdownToPlain('#### Neutral help (III.(一))\n**The paper:** caching is *storage* in technique; see `art287-2` and [the rule](https://example.org/r.md).\n*Section I.(一) · sources \\[9\\](P202)*'),
      'Neutral help (III.(一))\nThe paper: caching is storage in technique; see art287-2 and the rule <https://example.org/r.md>.\nSection I.(一) · sources [9](P202)',
    );
    // a lone star, a product and an escaped star are words, not emphasis
    assert.strictEqual(markdownToPlain('2 * 3 = 6, a\\*b'), '2 * 3 = 6, a*b');
  });
  test('the brief\'s own words, escaped in a hover, read as written in plain text', () => {
    const name = 'a *b* [x](http://e.example) <b>hi</b> `c` & ~d~ O_x_';
    const text = markdownToPlain(`**Provider ${mdWords('_Q_')}** “${mdWords(name)}”`);
    assert.strictEqual(text, `Provider _Q_ “${name}”`);
  });
});
