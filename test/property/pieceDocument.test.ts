/**
 * The piece document (server/src/service/pieceDocument.ts) against the
 * library's TextDocument: after any sequence of incremental and full changes
 * (line breaks of every kind, CR and LF brought together or parted, surrogate
 * pairs, reversed and out-of-range positions), both give the same text, line
 * count, positions, offsets, line ranges, characters and slices; and a
 * version's snapshot keeps that version's text while the document changes.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { PieceDocument } from '../../server/src/service/pieceDocument';
import { params } from './support';

/** Text made of the characters that matter to lines and offsets. */
const piece = fc.array(fc.constantFrom('a', 'b', ' ', '案', '\n', '\r', '\r\n', '😀', '"', '#'), { maxLength: 12 }).map((xs) => xs.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 14 }) });
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text: piece }) },
  { weight: 1, arbitrary: fc.record({ text: piece }) },
);

const clampLine = (p: { line: number; character: number }, lineCount: number) => ({ ...p, line: Math.min(p.line, lineCount - 1) });

suite('property: the piece document reads as the library TextDocument', function () {
  this.timeout(60000);

  test('same text, positions and offsets after any changes', () => {
    fc.assert(
      fc.property(piece, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 40 }), (initial, versions) => {
        const lib = TextDocument.create('file:///a.case', 'casefacts', 1, initial);
        const ours = PieceDocument.create('file:///a.case', 'casefacts', 1, initial);
        const snapshots: { text: string; snap: ReturnType<PieceDocument['snapshot']> }[] = [];
        let version = 1;
        for (const changes of versions) {
          version++;
          for (const c of changes) {
            // lines past the end: the library's line table goes wrong on them (see the test below)
            const inDoc = 'range' in c ? { ...c, range: { start: clampLine(c.range.start, lib.lineCount), end: clampLine(c.range.end, lib.lineCount) } } : c;
            TextDocument.update(lib, [inDoc], version);
            PieceDocument.update(ours, [inDoc], version);
          }
          const text = lib.getText();
          const snap = ours.snapshot();
          // read in parts first (as the service does), the whole text only at the end
          assert.strictEqual(ours.length, text.length);
          for (let o = -1; o <= text.length; o++) {
            assert.strictEqual(snap.charCodeAt(o), text.charCodeAt(o), `char ${o}`);
            assert.deepStrictEqual(ours.positionAt(o), lib.positionAt(o), `positionAt(${o}) of ${JSON.stringify(text)}`);
          }
          for (let a = 0; a <= text.length; a += 3) {
            assert.strictEqual(snap.slice(a, a + 5), text.slice(a, a + 5));
          }
          assert.strictEqual(ours.lineCount, lib.lineCount);
          for (let line = -1; line <= lib.lineCount; line++) {
            for (let character = -1; character <= 14; character += 3) {
              assert.strictEqual(ours.offsetAt({ line, character }), lib.offsetAt({ line, character }), `offsetAt(${line}:${character})`);
            }
            assert.deepStrictEqual(ours.getLineRange(line), lib.getLineRange(line));
            assert.strictEqual(ours.getEOLCharacters(line), lib.getEOLCharacters(line));
          }
          assert.strictEqual(ours.version, lib.version);
          snapshots.push({ text, snap });
        }
        assert.strictEqual(ours.getText(), lib.getText());
        for (const { text, snap } of snapshots) {
          assert.strictEqual(snap.text, text, 'a snapshot keeps its version');
        }
      }),
      params(300),
    );
  });
});

suite('piece document', () => {
  test('a keystroke in a long text is read back without joining the text', () => {
    const line = 'provider P { role caching }  # 案件\n';
    const doc = PieceDocument.create('file:///long.case', 'casefacts', 1, line.repeat(10000));
    PieceDocument.update(doc, [{ range: { start: { line: 5000, character: 30 }, end: { line: 5000, character: 30 } }, text: 'x' }], 2);
    const snap = doc.snapshot();
    assert.strictEqual(snap.slice(5000 * line.length + 28, 5000 * line.length + 33), ' #x 案');
    assert.deepStrictEqual(doc.positionAt(5001 * line.length + 1), { line: 5001, character: 0 });
    assert.strictEqual(doc.getText().length, 10000 * line.length + 1);
  });

  test('a change on lines past the end goes at the end, and later positions stay right', () => {
    const doc = PieceDocument.create('file:///p.case', 'casefacts', 1, 'a\nb');
    PieceDocument.update(doc, [{ range: { start: { line: 7, character: 0 }, end: { line: 9, character: 0 } }, text: '\rc' }], 2);
    assert.strictEqual(doc.getText(), 'a\nb\rc');
    assert.strictEqual(doc.lineCount, 3);
    assert.deepStrictEqual(doc.positionAt(5), { line: 2, character: 1 });
    assert.strictEqual(doc.offsetAt({ line: 2, character: 0 }), 4);
  });

  test('many edits without a read: the text is still right', () => {
    const lib = TextDocument.create('file:///m.case', 'casefacts', 1, 'abc\ndef\n'.repeat(100));
    const ours = PieceDocument.create('file:///m.case', 'casefacts', 1, lib.getText());
    for (let i = 0; i < 2000; i++) {
      const change = { range: { start: { line: i % 150, character: i % 3 }, end: { line: i % 150, character: (i % 3) + (i % 2) } }, text: i % 5 === 0 ? '\n' : 'y' };
      TextDocument.update(lib, [change], i + 2);
      PieceDocument.update(ours, [change], i + 2);
    }
    assert.strictEqual(ours.getText(), lib.getText());
    assert.strictEqual(ours.lineCount, lib.lineCount);
  });
});
