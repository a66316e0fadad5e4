import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
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

/** The folding ranges as first written: each offset's line by `positionAt`, each line's start by `slice` and `trim`. */
function reference(document: ReturnType<typeof doc>, text: string, parsed: ReturnType<typeof parseText>): string[] {
  const lineOf = (offset: number) => document.positionAt(offset).line;
  const startsLine = (offset: number) => text.slice(offset - document.positionAt(offset).character, offset).trim() === '';
  const out: { startLine: number; endLine: number; kind?: string }[] = [];
  for (const block of parsed.doc.blocks) {
    if (!block.open) {
      continue;
    }
    const startLine = lineOf(block.offset);
    const last = block.statements[block.statements.length - 1];
    const endLine = block.close
      ? lineOf(block.close.offset) - (startsLine(block.close.offset) ? 1 : 0)
      : lineOf(last ? last.offset + last.length : block.open.offset);
    if (endLine > startLine) {
      out.push({ startLine, endLine });
    }
  }
  // the lines a comment starts (nothing but blanks before it), then each maximal run of them
  const commentLines = new Set(parsed.doc.comments.filter((c) => startsLine(c.offset)).map((c) => lineOf(c.offset)));
  for (const line of commentLines) {
    if (commentLines.has(line - 1)) {
      continue; // not the first line of its run
    }
    let end = line;
    while (commentLines.has(end + 1)) {
      end++;
    }
    if (end > line) {
      out.push({ startLine: line, endLine: end, kind: 'comment' });
    }
  }
  for (const r of parsed.regions) {
    const startLine = lineOf(r.start) - 1;
    const endLine = r.end >= text.length ? document.lineCount - 1 : lineOf(r.end) - 1;
    if (endLine > startLine) {
      out.push({ startLine, endLine, kind: 'region' });
    }
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine).map((r) => `${r.startLine}-${r.endLine}${r.kind ? ` ${r.kind}` : ''}`);
}

suite('folding, walked in document order', () => {
  const examples = path.join(__dirname, '..', '..', 'examples');
  /** mulberry32 */
  const rng = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const PIECES = ['\n', '\r\n', '}', '{', '# note\n', '// c\n', '\u3000', '\t', ' ', '｝', 'provider X {', '\n  role link\n', '"str"'];
  for (const file of fs.readdirSync(examples)) {
    test(`${file}, and 150 random edits of it (CRLF, full-width spaces, braces, comments): the ranges of positionAt`, () => {
      const random = rng(file.length * 104729);
      const uri = `file:///${file}`;
      let text = fs.readFileSync(`${examples}/${file}`, 'utf8');
      for (let i = 0; i <= 150; i++) {
        const document = doc(text, uri);
        const parsed = parseText(uri, 1, text, file.endsWith('.md'));
        const got = foldingRanges(document, parsed).map((r) => `${r.startLine}-${r.endLine}${r.kind ? ` ${r.kind}` : ''}`);
        assert.deepStrictEqual(got, reference(document, text, parsed), `after edit ${i}`);
        const at = Math.floor(random() * (text.length + 1));
        text = text.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + text.slice(at + (random() < 0.3 ? 1 : 0));
      }
    });
  }
});
