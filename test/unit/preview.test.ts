/** The Markdown preview of a brief: case blocks coloured by kind of word, everything from the brief escaped. */
import * as assert from 'assert';
import { extendMarkdownIt, highlightCase } from '../../client/src/preview';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- markdown-it ships no types
const MarkdownIt = require('markdown-it') as new (options?: object) => { render(src: string): string; options: { highlight?: ((code: string, lang: string, attrs: string) => string) | null } };

/** The spans of a highlighted text, as `kind:text` (entities decoded). */
const spans = (html: string) =>
  [...html.matchAll(/<span class="hljs-([a-z_]+)">([^<]*)<\/span>/g)].map((m) => `${m[1]}:${m[2].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')}`);

suite('Markdown preview: case blocks', () => {
  test('each word by what it is: keyword, id, key, value, offense, mode, note, comment, number', () => {
    const code = [
      'provider Qvod "深圳快播公司" {',
      '  role      caching, search  # player',
      '  knowledge specific "knew"',
      '}',
      'offender Up { offense art363; uses Qvod }',
      'charge Qvod art363 omission { court convicted }',
      'evidence { seized 21251 }',
      '',
    ].join('\n');
    assert.deepStrictEqual(spans(highlightCase(code)), [
      'keyword:provider', 'title:Qvod', 'string:"深圳快播公司"',
      'attr:role', 'literal:caching', 'literal:search', 'comment:# player',
      'attr:knowledge', 'literal:specific', 'string:"knew"',
      'keyword:offender', 'title:Up', 'attr:offense', 'built_in:art363', 'attr:uses', 'title:Qvod',
      'keyword:charge', 'title:Qvod', 'built_in:art363', 'literal:omission', 'attr:court', 'literal:convicted',
      'keyword:evidence', 'attr:seized', 'number:21251',
    ]);
    // the text itself is all there, in order
    assert.strictEqual(highlightCase(code).replace(/<[^>]+>/g, '').replace(/&quot;/g, '"'), code);
  });

  test('Chinese keywords and full-width punctuation; an unknown word is left plain', () => {
    const code = '服务商 快播 ｛\n  类型：缓存，搜索\n  明知：明知\n  牟利：大概\n｝\n';
    assert.deepStrictEqual(spans(highlightCase(code)), ['keyword:服务商', 'title:快播', 'attr:类型', 'literal:缓存', 'literal:搜索', 'attr:明知', 'literal:明知', 'attr:牟利']);
  });

  test('in the preview: ```case and ```casefacts blocks coloured, other languages left to the preview\'s highlighter, the brief\'s HTML escaped', () => {
    const md = new MarkdownIt();
    md.options.highlight = (code, lang) => (lang === 'js' ? `JS(${code.length})` : '');
    extendMarkdownIt(md);
    const brief = [
      '# Brief',
      '',
      '```case',
      'provider P "<img src=x onerror=alert(1)>" {',
      '  role caching # </code></pre><script>alert(2)</script>',
      '}',
      '```',
      '',
      '```casefacts',
      'charge P art363',
      '```',
      '',
      '```js',
      'let x = 1;',
      '```',
      '',
    ].join('\n');
    const html = md.render(brief);
    assert.ok(!/<img|<script/i.test(html), html);
    assert.match(html, /<span class="hljs-string">&quot;&lt;img src=x onerror=alert\(1\)&gt;&quot;<\/span>/);
    assert.match(html, /<span class="hljs-comment"># &lt;\/code&gt;&lt;\/pre&gt;&lt;script&gt;alert\(2\)&lt;\/script&gt;<\/span>/);
    assert.match(html, /<span class="hljs-keyword">charge<\/span> <span class="hljs-title">P<\/span> <span class="hljs-built_in">art363<\/span>/);
    assert.match(html, /JS\(11\)/);
  });
});
