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
import { scan, TokenKind } from '../../server/src/service/scanner';
import { gdoc, hostileText, markdownOf, mutatedBrief, render, style } from './generators';
import { conclusionOf, EXAMPLES, findingKinds, MARKDOWN_EXAMPLES, params } from './support';

/** Whitespace as the scanner knows it, and line breaks. */
const WHITESPACE = /[ \t\v\f\u00a0\u3000\ufeff\u2000-\u200b\u202f\u205f\u1680\r\n]/g;

/** Formats a text once. */
export function format(text: string, markdown = false): string {
  const uri = markdown ? 'file:///fmt.md' : 'file:///fmt.case';
  const document = TextDocument.create(uri, markdown ? 'markdown' : 'casefacts', 1, text);
  const parsed = parseText(uri, 1, text, markdown);
  return TextDocument.applyEdits(document, formatDocument(document, parsed));
}

/** The tokens of a text without line breaks, comments without trailing blanks. */
function tokens(text: string, markdown: boolean): string[] {
  const caseText = markdown ? parseText('file:///t.md', 1, text, true).text : text;
  return scan(caseText)
    .filter((t) => t.kind !== TokenKind.Newline)
    .map((t) => `${t.kind}:${t.kind === TokenKind.Comment ? t.value.replace(WHITESPACE, '') : t.value}`);
}

/** Throws unless formatting a text is lossless, meaning-preserving and idempotent. */
export function checkFormat(text: string, markdown = false): void {
  const once = format(text, markdown);
  const strip = (s: string) => s.replace(WHITESPACE, '');
  if (strip(once) !== strip(text)) {
    throw new Error(`formatting changed the non-whitespace characters of\n${JSON.stringify(text)}\ninto\n${JSON.stringify(once)}`);
  }
  assert.deepStrictEqual(tokens(once, markdown), tokens(text, markdown), `formatting changed the tokens of\n${JSON.stringify(text)}\ninto\n${JSON.stringify(once)}`);
  const twice = format(once, markdown);
  assert.strictEqual(twice, once, `formatting twice changed more:\n${JSON.stringify(text)}`);
  const a = parseText('file:///a', 1, text, markdown);
  const b = parseText('file:///b', 1, once, markdown);
  assert.deepStrictEqual(findingKinds(b), findingKinds(a), `formatting changed the findings of\n${JSON.stringify(text)}`);
  assert.deepStrictEqual(b.analysis.providers.map(conclusionOf), a.analysis.providers.map(conclusionOf));
}

suite('property: the formatter loses nothing', () => {
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
