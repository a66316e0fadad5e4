import * as assert from 'assert';
import { foldingRanges } from '../../server/src/service/folding';
import { parseText } from '../../server/src/service/languageService';
import { doc } from '../helpers/caret';

/** Folding ranges as `start-end kind`. */
function folds(text: string, uri = 'file:///test.case'): string[] {
  const document = doc(text, uri);
  return foldingRanges(document, parseText(uri, 1, text, uri.endsWith('.md'))).map(
    (r) => `${r.startLine}-${r.endLine}${r.kind ? ` ${r.kind}` : ''}`,
  );
}

suite('folding', () => {
  test('a block folds from its header to the line before its closing brace', () => {
    assert.deepStrictEqual(folds('provider Qvod {\n  role caching\n  knowledge specific\n}\n'), ['0-2']);
  });

  test('a one-line body does not fold; a brace after the last statement folds with it', () => {
    assert.deepStrictEqual(folds('charge Zhang art287-2 { court convicted }\nprovider P {\n  role link\n  profit yes }\n'), ['1-3']);
  });

  test('an unclosed body folds to its last statement', () => {
    assert.deepStrictEqual(folds('provider P {\n  role link\n  profit yes\n\nprovider Q {\n  role link\n}\n'), ['0-2', '4-5']);
  });

  test('runs of two or more comment lines fold as comments; trailing comments do not join them', () => {
    const text = '# one\n# two\n#three\nprovider P { # trailing\n  # a single comment\n  role link # x\n}\n// a\n// b\n';
    assert.deepStrictEqual(folds(text), ['0-2 comment', '3-5', '7-8 comment']);
  });

  test('CRLF lines fold the same', () => {
    assert.deepStrictEqual(folds('# a\r\n# b\r\nprovider P {\r\n  role link\r\n}\r\n'), ['0-1 comment', '2-3']);
  });

  test('a Markdown brief folds each case block from its fence, and the blocks inside', () => {
    const md = '# Brief\n\n```case\nprovider Qvod {\n  role link\n}\n```\n\ntext\n\n```case\ncharge Qvod art363\n```\n';
    assert.deepStrictEqual(folds(md, 'file:///brief.md'), ['2-5 region', '3-4', '10-11 region']);
  });
});
