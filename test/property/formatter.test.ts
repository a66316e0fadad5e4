/**
 * Property 3: the formatter loses nothing. On random valid and invalid
 * documents (and Markdown briefs), formatting keeps every non-whitespace
 * character in order, keeps every token, keeps the findings and the
 * conclusions, and formatting twice changes nothing more.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatDocument } from '../../server/src/service/formatter';
import { parseText } from '../../server/src/service/languageService';
import { gdoc, hostileText, markdownOf, mutatedBrief, render, style } from './generators';
import { checkFormat } from './properties';
import { EXAMPLES, MARKDOWN_EXAMPLES, params, SUITE_TIMEOUT } from './support';

suite('property: the formatter loses nothing', function () {
  this.timeout(SUITE_TIMEOUT);
  test('the examples', () => {
    for (const e of EXAMPLES) {
      checkFormat(e.text);
    }
    for (const e of MARKDOWN_EXAMPLES) {
      checkFormat(e.text, true);
    }
  });

  test('generated valid documents in every style', () => {
    fc.assert(fc.property(gdoc(), style, (d, s) => {
      checkFormat(render(d, s));
    }), params(300));
  });

  test('invalid documents: noise, mutated briefs, random Unicode', () => {
    const invalid = fc.oneof(
      fc.tuple(gdoc({ noise: true }), style).map(([d, s]) => render(d, s)),
      mutatedBrief,
      hostileText,
    );
    fc.assert(fc.property(invalid, (text) => {
      checkFormat(text);
    }), params(400));
  });

  test('Markdown briefs', () => {
    const cases = fc.oneof(mutatedBrief, fc.tuple(gdoc(), style).map(([d, s]) => render(d, s)));
    fc.assert(fc.property(markdownOf(cases), (md) => {
      checkFormat(md, true);
    }), params(150));
  });

  test('range formatting touches only the lines of the range', () => {
    const doc = fc.tuple(gdoc({ noise: true }), style).map(([d, s]) => render(d, s))
      .chain((text) => fc.tuple(fc.constant(text), fc.nat({ max: text.length }), fc.nat({ max: text.length })));
    fc.assert(fc.property(doc, ([text, a, b]) => {
      const document = TextDocument.create('file:///r.case', 'casefacts', 1, text);
      const parsed = parseText('file:///r.case', 1, text, false);
      const range = { start: document.positionAt(Math.min(a, b)), end: document.positionAt(Math.max(a, b)) };
      for (const e of formatDocument(document, parsed, range)) {
        assert.ok(e.range.start.line >= range.start.line && e.range.end.line <= range.end.line + 1,
          `edit ${JSON.stringify(e)} outside lines ${range.start.line}–${range.end.line}`);
      }
    }), params(200));
  });
});
