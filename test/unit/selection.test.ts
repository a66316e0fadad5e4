/** Smart selection: what each "expand selection" step selects, from the caret outwards. */
import * as assert from 'assert';
import type { SelectionRange } from 'vscode-languageserver-types';
import { parseText } from '../../server/src/service/languageService';
import { selectionRanges } from '../../server/src/service/selection';
import { caret } from '../helpers/caret';

/** The texts each step selects, innermost first, for a text with a `|` caret. */
function steps(marked: string, uri = 'file:///test.case'): string[] {
  const c = caret(marked, uri);
  const parsed = parseText(uri, 1, c.text, uri.endsWith('.md'));
  const [first] = selectionRanges(c.document, parsed, [c.position]);
  const out: string[] = [];
  for (let r: SelectionRange | undefined = first; r; r = r.parent) {
    out.push(c.document.getText(r.range));
  }
  return out;
}

const PROVIDER = ['provider Qvod "深圳快播公司" {', '  role caching, search "both"', '  knowledge specific', '}'];

suite('selection ranges', () => {
  test('from a value: the value, the values, the fact, the facts, the block, the file', () => {
    const text = [...PROVIDER, 'charge Qvod art363', ''].join('\n');
    const marked = text.replace('caching', 'cach|ing');
    assert.deepStrictEqual(steps(marked), [
      'caching',
      'caching, search',
      'role caching, search "both"',
      'role caching, search "both"\n  knowledge specific',
      PROVIDER.join('\n'),
      text,
    ]);
  });

  test('a single value goes straight to its fact; a key, a note and a header word have their own first step', () => {
    const text = [...PROVIDER, ''].join('\n');
    const facts = 'role caching, search "both"\n  knowledge specific';
    assert.deepStrictEqual(steps(text.replace('specific', 'spe|cific')), ['specific', 'knowledge specific', facts, PROVIDER.join('\n'), text]);
    assert.deepStrictEqual(steps(text.replace('knowledge', 'know|ledge')), ['knowledge', 'knowledge specific', facts, PROVIDER.join('\n'), text]);
    assert.deepStrictEqual(steps(text.replace('"both"', '"bo|th"')), ['"both"', 'role caching, search "both"', facts, PROVIDER.join('\n'), text]);
    assert.deepStrictEqual(steps(text.replace('Qvod', 'Qv|od')), ['Qvod', PROVIDER.join('\n'), text]);
  });

  test('each step holds the one before it strictly, wherever the caret stands (blanks, braces, comments, a broken line)', () => {
    const text = ['# the facts', 'provider P {', '  role caching  # cache', '', '  knowledge', '}', 'offender O { offense art363; uses P }', 'charge P art363 omission', ''].join('\n');
    const c = caret(`|${text}`);
    const parsed = parseText(c.document.uri, 1, text, false);
    const positions = [...text].map((_, i) => c.document.positionAt(i)).concat(c.document.positionAt(text.length));
    const answers = selectionRanges(c.document, parsed, positions);
    assert.strictEqual(answers.length, positions.length);
    answers.forEach((first, i) => {
      const offset = i;
      let inner = { start: offset, end: offset };
      for (let r: SelectionRange | undefined = first; r; r = r.parent) {
        const span = { start: c.document.offsetAt(r.range.start), end: c.document.offsetAt(r.range.end) };
        assert.ok(span.start <= inner.start && span.end >= inner.end && (r === first || span.end - span.start > inner.end - inner.start), `offset ${offset}: ${JSON.stringify(span)} does not hold ${JSON.stringify(inner)}`);
        inner = span;
      }
      assert.deepStrictEqual(inner, { start: 0, end: text.length }, `offset ${offset}: the last step is the file`);
    });
  });

  test('in a Markdown brief: up to the case block\'s text inside its fences; in the prose, nothing of ours', () => {
    const blocks = ['服务商 快播 {', '  类型：缓存，搜索', '}', '指控 快播 art363'];
    const md = ['# 快播案', '', '```case', ...blocks, '```', '', '快播 was convicted.', ''].join('\n');
    assert.deepStrictEqual(steps(md.replace('缓存', '缓|存'), 'file:///brief.md'), ['缓存', '缓存，搜索', '类型：缓存，搜索', blocks.slice(0, 3).join('\n'), blocks.join('\n'), md]);
    const prose = caret(md.replace('快播 was', '快|播 was'), 'file:///brief.md');
    const [first] = selectionRanges(prose.document, parseText(prose.document.uri, 1, prose.text, true), [prose.position]);
    assert.deepStrictEqual(first, { range: { start: prose.position, end: prose.position } });
  });
});
