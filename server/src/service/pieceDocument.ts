/**
 * A text document that does not copy the whole text on each keystroke.
 *
 * `vscode-languageserver-textdocument` keeps a document as one string and
 * builds a new one for every change. Above 128 kB (a brief of some 3,000
 * lines), V8 puts such a string in fresh large-object pages: on this project's
 * bench machine each version of a 5,000-line brief then costs about 1 ms and
 * each version of a 50,000-line brief about 10 ms, before any analysis, and
 * leaves a dead copy behind for the next full garbage collection.
 *
 * Here a version's text is a list of pieces (slices of the text last made
 * whole, and of the inserted texts), as in a piece table. A character or a
 * short slice is read through the pieces; the whole text is joined only when
 * something asks for it (`getText()`, or `text` of a version's snapshot), once
 * per version. Line offsets are kept up to date on each change, as the library
 * does, so positions need no text. Positions, offsets, line counts and texts
 * are those of the library's TextDocument for the same changes (tested so).
 */
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** A version's text, readable in part without making it one string. */
export interface TextSource {
  readonly length: number;
  /** The UTF-16 code unit at `offset` (NaN outside the text), as String.prototype.charCodeAt. */
  charCodeAt(offset: number): number;
  /** The text between two offsets, as String.prototype.slice with non-negative bounds. */
  slice(start: number, end: number): string;
  /** The whole text (joined on first use, then kept). */
  readonly text: string;
}

/** Whether a document can hand out its versions' text as sources. */
export function isPieceDocument(document: TextDocument): document is PieceDocument {
  return document instanceof PieceDocument;
}

/** `source` with [start, end) replaced by `insert`, as a new source (neither text is joined). */
export function replaceIn(source: TextSource, start: number, end: number, insert: string): TextSource {
  return (source instanceof Version ? source : Version.of(source.text)).replace(start, end, insert);
}

/**
 * The text of `document` with `edits` made (non-overlapping; in document
 * order where they start at the same place), as TextDocument.applyEdits.
 */
export function applyEdits(document: TextDocument, edits: readonly { range: Range; newText: string }[]): string {
  const text = document.getText();
  const spans = edits
    .map((e, i) => ({ start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.end), newText: e.newText, i }))
    .sort((a, b) => a.start - b.start || a.i - b.i);
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) {
      throw new Error('overlapping edits');
    }
    parts.push(text.slice(at, s.start), s.newText);
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** A plain string as a source. */
export function stringSource(text: string): TextSource {
  return { length: text.length, charCodeAt: (o) => text.charCodeAt(o), slice: (a, b) => text.slice(a, b), text };
}

interface Piece {
  /** A flat string: the text last made whole, or an inserted text. */
  readonly str: string;
  readonly from: number;
  readonly to: number;
}

/** Joining beyond this many pieces keeps a read of a character to a short search. */
const MAX_PIECES = 512;
/** A slice longer than this is cut from the whole text rather than gathered from pieces. */
const SHORT_SLICE = 1 << 16;

/** One version's text: immutable once made (each change makes a new one). */
class Version implements TextSource {
  private joined: string | undefined;

  /** `starts[i]`: the offset of `pieces[i]` in the text. */
  constructor(private readonly pieces: readonly Piece[], private readonly starts: readonly number[], readonly length: number) {
    if (pieces.length === 1 && pieces[0].from === 0 && pieces[0].to === pieces[0].str.length) {
      this.joined = pieces[0].str;
    }
  }

  static of(text: string): Version {
    return new Version(text.length > 0 ? [{ str: text, from: 0, to: text.length }] : [], [0], text.length);
  }

  get text(): string {
    if (this.joined === undefined) {
      this.joined = this.pieces.map((p) => p.str.slice(p.from, p.to)).join('');
    }
    return this.joined;
  }

  /** The index of the piece holding `offset` (0 ≤ offset < length). */
  private pieceAt(offset: number): number {
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  charCodeAt(offset: number): number {
    if (this.joined !== undefined) {
      return this.joined.charCodeAt(offset);
    }
    if (!(offset >= 0 && offset < this.length)) {
      return NaN;
    }
    const i = this.pieceAt(offset);
    const p = this.pieces[i];
    return p.str.charCodeAt(p.from + offset - this.starts[i]);
  }

  slice(start: number, end: number): string {
    if (this.joined !== undefined) {
      return this.joined.slice(start, end);
    }
    const a = Math.max(0, Math.min(start, this.length));
    const b = Math.max(a, Math.min(end, this.length));
    if (a === b) {
      return '';
    }
    if (b - a > SHORT_SLICE) {
      return this.text.slice(a, b);
    }
    const parts: string[] = [];
    for (let i = this.pieceAt(a); i < this.pieces.length && this.starts[i] < b; i++) {
      const p = this.pieces[i];
      const s = this.starts[i];
      parts.push(p.str.slice(p.from + Math.max(0, a - s), p.from + Math.min(p.to - p.from, b - s)));
    }
    return parts.length === 1 ? parts[0] : parts.join('');
  }

  /** The text with [start, end) replaced by `insert`, as a new version (this one is unchanged). */
  replace(start: number, end: number, insert: string): Version {
    if (this.pieces.length >= MAX_PIECES || (this.joined !== undefined && this.pieces.length > 1)) {
      // once joined, the next versions are cut from the joined text (the pieces' strings can go)
      return Version.of(this.text).replace(start, end, insert);
    }
    const pieces: Piece[] = [];
    const starts: number[] = [];
    const push = (p: Piece) => {
      if (p.to > p.from) {
        starts.push(pieces.length === 0 ? 0 : starts[starts.length - 1] + (pieces[pieces.length - 1].to - pieces[pieces.length - 1].from));
        pieces.push(p);
      }
    };
    let inserted = false;
    for (let i = 0; i < this.pieces.length; i++) {
      const p = this.pieces[i];
      const s = this.starts[i];
      const e = s + (p.to - p.from);
      if (e <= start) {
        push(p); // wholly before the change
        continue;
      }
      if (s < start) {
        push({ str: p.str, from: p.from, to: p.from + (start - s) });
      }
      if (!inserted) {
        push({ str: insert, from: 0, to: insert.length });
        inserted = true;
      }
      if (e > end) {
        push({ str: p.str, from: p.from + Math.max(0, end - s), to: p.to });
      }
    }
    if (!inserted) {
      push({ str: insert, from: 0, to: insert.length });
    }
    if (starts.length === 0) {
      starts.push(0);
    }
    return new Version(pieces, starts, this.length - (end - start) + insert.length);
  }
}

const isEOL = (c: number) => c === 13 || c === 10;

/** The index of the line holding `offset`, from the lines' start offsets. */
export function lineIndexOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo;
}

/** Offsets where lines start in `text` (after LF, CRLF or a lone CR; counted from `base`); with `first`, `base` for the first line. */
export function lineStarts(text: string, first: boolean, base = 0): number[] {
  const out: number[] = first ? [base] : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isEOL(c)) {
      if (c === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
        i++;
      }
      out.push(base + i + 1);
    }
  }
  return out;
}

/** A TextDocument whose versions are piece lists (see the file's comment). */
export class PieceDocument implements TextDocument {
  private current: Version;
  private lines: number[] | undefined;

  private constructor(readonly uri: string, readonly languageId: string, private ver: number, content: string) {
    this.current = Version.of(content);
  }

  static create(uri: string, languageId: string, version: number, content: string): PieceDocument {
    return new PieceDocument(uri, languageId, version, content);
  }

  /** Applies the changes in place, as TextDocument.update does, and returns the document. */
  static update(document: PieceDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): PieceDocument {
    for (const change of changes) {
      document.apply(change);
    }
    document.ver = version;
    return document;
  }

  get version(): number {
    return this.ver;
  }

  /** This version's text, which later changes to the document do not touch. */
  snapshot(): TextSource {
    return this.current;
  }

  get length(): number {
    return this.current.length;
  }

  getText(range?: Range): string {
    if (range) {
      return this.current.slice(this.offsetAt(range.start), this.offsetAt(range.end));
    }
    return this.current.text;
  }

  get lineCount(): number {
    return this.lineOffsets().length;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.current.length), 0);
    const lines = this.lineOffsets();
    let low = 0;
    let high = lines.length;
    if (high === 0) {
      return { line: 0, character: offset };
    }
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lines[mid] > offset) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    const line = low - 1;
    offset = this.beforeEOL(offset, lines[line], line + 1 < lines.length ? lines[line + 1] : Infinity);
    return { line, character: offset - lines[line] };
  }

  offsetAt(position: Position): number {
    const lines = this.lineOffsets();
    if (position.line >= lines.length) {
      return this.current.length;
    } else if (position.line < 0) {
      return 0;
    }
    const lineOffset = lines[position.line];
    if (position.character <= 0) {
      return lineOffset;
    }
    const next = position.line + 1 < lines.length ? lines[position.line + 1] : this.current.length;
    return this.beforeEOL(Math.min(lineOffset + position.character, next), lineOffset, position.line + 1 < lines.length ? next : Infinity);
  }

  getLineRange(line: number): Range {
    const lines = this.lineOffsets();
    if (line >= lines.length) {
      const last = lines.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.current.length - lines[last] } };
    } else if (line < 0) {
      return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    }
    const start = lines[line];
    const next = line + 1 < lines.length ? lines[line + 1] : this.current.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEOL(next, start, next) - start } };
  }

  getEOLCharacters(line: number): string {
    const lines = this.lineOffsets();
    if (line >= lines.length || line < 0) {
      return '';
    }
    const next = line + 1 < lines.length ? lines[line + 1] : this.current.length;
    return this.current.slice(this.beforeEOL(next, lines[line], next), next);
  }

  /**
   * `offset` moved back before the line break that ends its line. `nextLine` is where the
   * next line starts (Infinity on the last line, which no break ends): a line's break is its
   * last one or two characters, so an offset short of them is left without reading the text.
   */
  private beforeEOL(offset: number, lineOffset: number, nextLine: number): number {
    if (offset < nextLine - 1) {
      return offset;
    }
    while (offset > lineOffset && isEOL(this.current.charCodeAt(offset - 1))) {
      offset--;
    }
    return offset;
  }

  private lineOffsets(): number[] {
    if (this.lines === undefined) {
      this.lines = lineStarts(this.current.text, true);
    }
    return this.lines;
  }

  private apply(change: TextDocumentContentChangeEvent): void {
    if (!('range' in change) || change.range === undefined) {
      this.current = Version.of(change.text);
      this.lines = undefined;
      return;
    }
    let { start, end } = change.range;
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
      [start, end] = [end, start];
    }
    const startOffset = this.offsetAt(start);
    const endOffset = this.offsetAt(end);
    // the lines the offsets are on (a position past the last line is on the last line)
    const before = this.lineOffsets();
    const startLine = lineIndexOf(before, startOffset);
    const endLine = lineIndexOf(before, endOffset);
    this.current = this.current.replace(startOffset, endOffset, change.text);
    const insertedEnd = startOffset + change.text.length;
    const crlfAt = (o: number) => this.current.charCodeAt(o - 1) === 13 && this.current.charCodeAt(o) === 10;
    if (this.lines === undefined || crlfAt(startOffset) || crlfAt(insertedEnd)) {
      // a CR and an LF that the change brought together (or parted) count as one line break
      this.lines = undefined;
      return;
    }
    const added = lineStarts(change.text, false, startOffset);
    const lines = this.lines;
    if (endLine - startLine === added.length) {
      for (let i = 0; i < added.length; i++) {
        lines[i + startLine + 1] = added[i];
      }
    } else {
      this.lines = lines.slice(0, startLine + 1).concat(added, lines.slice(endLine + 1));
    }
    const diff = change.text.length - (endOffset - startOffset);
    if (diff !== 0) {
      const all = this.lines;
      for (let i = startLine + 1 + added.length; i < all.length; i++) {
        all[i] += diff;
      }
    }
  }
}
