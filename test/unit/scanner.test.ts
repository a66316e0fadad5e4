import * as assert from 'assert';
import { isWordUnit, scan, TokenKind } from '../../server/src/service/scanner';

const kinds = (text: string) => scan(text).filter((t) => t.kind !== TokenKind.EOF).map((t) => [t.kind, t.value]);

suite('scanner', () => {
  test('a non-ASCII code unit is a word character exactly when it is a letter, mark or number', () => {
    // the Unicode classes words are made of; isWordUnit answers common punctuation without them
    const letter = /[\p{L}\p{M}\p{Nd}\p{Nl}\p{No}_.-]/u;
    const wrong: string[] = [];
    for (let c = 0x80; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) {
        continue; // surrogates: scanned in pairs
      }
      if (isWordUnit(c) !== letter.test(String.fromCharCode(c))) {
        wrong.push(c.toString(16));
      }
    }
    assert.deepStrictEqual(wrong, []);
    // and the punctuation ends a word: ， and ： are the full-width comma and colon
    assert.deepStrictEqual(kinds('甲，乙：丙—丁 “戊” 《己》（庚）'), [
      [TokenKind.Word, '甲'], [TokenKind.Comma, '，'], [TokenKind.Word, '乙'], [TokenKind.Colon, '：'], [TokenKind.Word, '丙'],
      [TokenKind.Unknown, '—'], [TokenKind.Word, '丁'], [TokenKind.String, '戊'], [TokenKind.Unknown, '《'], [TokenKind.Word, '己'],
      [TokenKind.Unknown, '》（'], [TokenKind.Word, '庚'], [TokenKind.Unknown, '）'],
    ]);
  });

  test('words take any Unicode letter, digits, _ - .', () => {
    assert.deepStrictEqual(kinds('art287-2 第287条之二 2010年解释第4条 a_b.c'), [
      [TokenKind.Word, 'art287-2'],
      [TokenKind.Word, '第287条之二'],
      [TokenKind.Word, '2010年解释第4条'],
      [TokenKind.Word, 'a_b.c'],
    ]);
  });

  test('numbers are ASCII digits only; YYYY-MM-DD is a date', () => {
    assert.deepStrictEqual(kinds('21251 2015-11-01 2015-1-1 ２０'), [
      [TokenKind.Number, '21251'],
      [TokenKind.Date, '2015-11-01'],
      [TokenKind.Word, '2015-1-1'],
      [TokenKind.Word, '２０'],
    ]);
  });

  test('the three kinds of string, with \\" and \\\\ escapes in the ASCII one', () => {
    const toks = scan('"a \\"b\\" \\\\ c" “中文” 「引号」');
    assert.deepStrictEqual(toks.slice(0, 3).map((t) => [t.kind, t.value, t.length]), [
      [TokenKind.String, 'a "b" \\ c', 14],
      [TokenKind.String, '中文', 4],
      [TokenKind.String, '引号', 4],
    ]);
  });

  test('an unterminated string ends at the line end', () => {
    const [s, nl] = scan('"open string\nnext');
    assert.strictEqual(s.kind, TokenKind.String);
    assert.strictEqual(s.unterminated, true);
    assert.strictEqual(s.length, '"open string'.length);
    assert.strictEqual(nl.kind, TokenKind.Newline);
  });

  test('# and // comments run to the end of the line', () => {
    const toks = scan('role caching # note\nx // more\n');
    assert.deepStrictEqual(toks.filter((t) => t.kind === TokenKind.Comment).map((t) => t.value), ['# note', '// more']);
  });

  test('full-width punctuation is the same token as its ASCII twin', () => {
    assert.deepStrictEqual(scan('{｛}｝,，、;；:：').slice(0, 11).map((t) => t.kind), [
      TokenKind.OpenBrace, TokenKind.OpenBrace, TokenKind.CloseBrace, TokenKind.CloseBrace,
      TokenKind.Comma, TokenKind.Comma, TokenKind.Comma, TokenKind.Semicolon, TokenKind.Semicolon,
      TokenKind.Colon, TokenKind.Colon,
    ]);
  });

  test('LF, CRLF and CR each end one line', () => {
    const nls = scan('a\nb\r\nc\rd').filter((t) => t.kind === TokenKind.Newline);
    assert.deepStrictEqual(nls.map((t) => [t.offset, t.length]), [[1, 1], [3, 2], [6, 1]]);
  });

  test('offsets count UTF-16 code units (a surrogate pair is two)', () => {
    const toks = scan('𠀀字 x');
    assert.deepStrictEqual(toks.slice(0, 2).map((t) => [t.value, t.offset, t.length]), [['𠀀字', 0, 3], ['x', 4, 1]]);
  });

  test('unknown input becomes one Unknown token per run, never an exception', () => {
    const toks = scan('a @@@ b \u0000 \ud800 😀');
    assert.deepStrictEqual(toks.filter((t) => t.kind === TokenKind.Unknown).map((t) => t.value), ['@@@', '\u0000', '\ud800', '😀']);
  });
});
