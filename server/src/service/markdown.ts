/**
 * Literate briefs: every ```case block of a Markdown file, read together as
 * one document. The case text keeps the Markdown's length: everything outside
 * the blocks (fences included) becomes spaces, line breaks stay. So offsets,
 * lines and columns of the case text are those of the Markdown file itself,
 * and no position ever needs mapping.
 */

export interface CaseRegion {
  /** Offset of the first character of the block's content. */
  readonly start: number;
  /** Offset just past the block's content (before the closing fence). */
  readonly end: number;
  /** Set on a block in a blockquote: its lines' `>` markers are blanked in the case text. */
  readonly quoted?: true;
}

import { partitionPoint } from './lists';
import { replaceIn, TextSource } from './pieceDocument';

export interface ExtractedCase {
  readonly text: string;
  readonly regions: readonly CaseRegion[];
}

/** An opening fence, the line's containers (blockquote markers, list items) taken off. */
const FENCE_OPEN = /^(`{3,}|~{3,})[ \t]*([^\s`]*)[^\r\n]*$/;
const COMMENT_OPEN = /^<!--/;
/** A line that opens or closes an HTML comment (and so may hide or show the fences after it). */
const COMMENT_EDGE = /<!--|-->/;
/** A list item's marker, and the blanks after it (CommonMark 5.2). */
const LIST_MARKER = /^([-+*]|\d{1,9}[.)])([ \t]+|$)/;
const THEMATIC_BREAK = /^([-*_])[ \t]*(\1[ \t]*){2,}$/;
const BLOCK_START = /^(#{1,6}([ \t]|$)|>|`{3}|~{3}|<)/;

/**
 * Whether a Markdown text may hold a ```case block (cheap test for activation): every text
 * that `extractCase` finds a block in passes (in a blockquote, a list item, after a byte
 * order mark), and some others.
 */
export function hasCaseBlock(markdown: string): boolean {
  return /^\uFEFF?[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t>]+)*(`{3,}|~{3,})[ \t]*(case|casefacts)\b/im.test(markdown);
}

/** A container a line may continue: a blockquote, or a list item (its content's column). */
type Container = { readonly quote: true } | { readonly quote: false; readonly column: number };

/** The column after `text[from, to)` read from column `col` (tabs stop every 4 columns). */
function advance(text: string, from: number, to: number, col: number): number {
  for (let i = from; i < to; i++) {
    col = text.charCodeAt(i) === 9 ? col + 4 - (col % 4) : col + 1;
  }
  return col;
}

/** The end of the blanks at `i` of `line`. */
function blanksEnd(line: string, i: number): number {
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) {
    i++;
  }
  return i;
}

/**
 * Blanks everything but the content of ```case fences, read as CommonMark reads them:
 * an opening fence indented at most three columns (four make an indented code block) past
 * the blockquote markers and list items it stands in; a block in a blockquote ends where a
 * line lacks the `>` (whose markers the case text blanks). A list item is read leniently:
 * a fence opened in it runs to its closing fence even past a line indented less than the
 * item, as an editor's highlighting shows it (CommonMark would end the item there).
 */
export function extractCase(markdown: string): ExtractedCase {
  const regions: CaseRegion[] = [];
  /** Spans inside regions to blank too: the `>` markers of a quoted block's lines. */
  const markers: { start: number; end: number }[] = [];
  // Walk line by line, keeping offsets.
  const lineRe = /[^\r\n]*(\r\n|\r|\n|$)/g;
  const open: Container[] = [];
  let fence: { marker: string; isCase: boolean; quotes: number; depth: number; column: number; quoteMarkers: { start: number; end: number }[] } | undefined;
  // Inside an HTML comment (CommonMark's HTML block from a line that starts `<!--` to the line
  // holding `-->`): a fence there is no fence, so a brief can comment a case block out.
  let comment = false;
  /** How many containers held the comment: it ends with them (a `> <!--` ends with the quote). */
  let commentDepth = 0;
  /** The last line was paragraph text (which a line of a closed container may continue, lazily). */
  let paragraph = false;
  let contentStart = 0;
  const close = (end: number) => {
    if (fence?.isCase) {
      regions.push(fence.quotes > 0 ? { start: contentStart, end, quoted: true } : { start: contentStart, end });
      markers.push(...fence.quoteMarkers);
    }
    fence = undefined;
  };
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(markdown)) !== null) {
    const lineStart = m.index;
    const full = m[0];
    if (full.length === 0) {
      break;
    }
    const line = full.slice(0, full.length - m[1].length);
    let i = 0;
    if (lineStart === 0 && line.charCodeAt(0) === 0xfeff) {
      i = 1; // a byte order mark
    }
    // The containers the line continues: its `>` markers and list items' indentation.
    let col = 0;
    let matched = 0;
    let quotes = 0;
    /** A line of a fence less indented than a list item it stands in. */
    let lenient = false;
    const lineMarkers: { start: number; end: number }[] = [];
    for (const c of open) {
      const b = blanksEnd(line, i);
      const bCol = advance(line, i, b, col);
      if (c.quote) {
        if (bCol - col > 3 || line[b] !== '>') {
          break;
        }
        let after = b + 1;
        if (line[after] === ' ' || line[after] === '\t') {
          after++;
        }
        lineMarkers.push({ start: lineStart + i, end: lineStart + after });
        col = advance(line, i, after, col);
        i = after;
        quotes++;
      } else if (b >= line.length) {
        // a blank line continues a list item
      } else if (bCol >= c.column || fence) {
        // indented into the item; or inside a fence opened in it (lenient, see above)
        if (bCol < c.column) {
          lenient = true;
        } else {
          let k = i;
          let kCol = col;
          while (k < b && kCol < c.column) {
            kCol = advance(line, k, k + 1, kCol);
            k++;
          }
          i = k;
          col = kCol;
        }
      } else {
        break;
      }
      matched++;
    }
    if (fence) {
      if (quotes >= fence.quotes) {
        const b = blanksEnd(line, i);
        const rest = line.slice(b).replace(/[ \t]+$/, '');
        const indent = advance(line, i, b, col) - (lenient ? fence.column : col);
        if (indent <= 3 && rest.length >= fence.marker.length && rest[0] === fence.marker[0] && /^(`+|~+)$/.test(rest)) {
          close(lineStart);
        } else if (fence.quotes > 0) {
          fence.quoteMarkers.push(...lineMarkers);
        }
        paragraph = false;
        if (lineRe.lastIndex >= markdown.length) {
          break;
        }
        continue;
      }
      close(lineStart); // the blockquote around the fence ended
    }
    let rest = line.slice(blanksEnd(line, i));
    if (comment && matched < commentDepth) {
      comment = false;
      open.length = matched;
    }
    if (comment) {
      comment = !line.includes('-->');
      paragraph = false;
    } else {
      if (matched < open.length) {
        const lazy = paragraph && rest.length > 0 && advance(line, i, blanksEnd(line, i), col) - col < 4 ? !BLOCK_START.test(rest) && !LIST_MARKER.test(rest) && !THEMATIC_BREAK.test(rest) : paragraph && rest.length > 0;
        if (!lazy) {
          open.length = matched;
        }
      }
      // New containers: blockquote markers and list items, each at most three columns in.
      for (;;) {
        const b = blanksEnd(line, i);
        const bCol = advance(line, i, b, col);
        rest = line.slice(b);
        if (bCol - col > 3) {
          break;
        }
        if (rest[0] === '>') {
          let after = b + 1;
          if (line[after] === ' ' || line[after] === '\t') {
            after++;
          }
          col = advance(line, i, after, col);
          i = after;
          open.push({ quote: true });
          quotes++;
          continue;
        }
        const item = THEMATIC_BREAK.test(rest) ? null : LIST_MARKER.exec(rest);
        if (!item) {
          break;
        }
        const markerEnd = b + item[1].length;
        const markerCol = advance(line, i, markerEnd, col);
        const blanks = item[2];
        const afterCol = advance(line, markerEnd, markerEnd + blanks.length, markerCol);
        // the content's column: after the blanks, or one past the marker when they are five or more (or none follow)
        const column = markerEnd + blanks.length >= line.length || afterCol - markerCol > 4 ? markerCol + 1 : afterCol;
        open.push({ quote: false, column });
        if (afterCol - markerCol > 4) {
          i = markerEnd + 1;
          col = markerCol + 1;
          break;
        }
        i = markerEnd + blanks.length;
        col = afterCol;
      }
      const b = blanksEnd(line, i);
      rest = line.slice(b);
      const indent = advance(line, i, b, col) - col;
      if (indent > 3) {
        // an indented code block, or a paragraph's continuation: never a fence
        paragraph = paragraph || rest.length > 0;
      } else if (COMMENT_OPEN.test(rest)) {
        comment = rest.indexOf('-->', 4) < 0;
        commentDepth = open.length;
        paragraph = false;
      } else {
        const fo = FENCE_OPEN.exec(rest);
        if (fo && !(fo[1][0] === '`' && rest.slice(fo[1].length).includes('`'))) {
          const info = fo[2].toLowerCase();
          fence = { marker: fo[1], isCase: info === 'case' || info === 'casefacts', quotes, depth: open.length, column: col, quoteMarkers: [] };
          contentStart = lineStart + full.length;
          paragraph = false;
        } else {
          paragraph = rest.length > 0 && !/^#{1,6}([ \t]|$)/.test(rest) && !THEMATIC_BREAK.test(rest);
        }
      }
    }
    if (lineRe.lastIndex >= markdown.length) {
      break;
    }
  }
  // An unclosed fence runs to the end; one on the last line, without a line break after it,
  // has no content at all (its region would begin on the fence line itself).
  if (fence?.isCase && (contentStart < markdown.length || /[\r\n]$/.test(markdown))) {
    close(markdown.length);
  }
  return { text: blankOutside(markdown, regions, markers), regions };
}

function blankOutside(markdown: string, regions: readonly CaseRegion[], markers: readonly { start: number; end: number }[]): string {
  const parts: string[] = [];
  let pos = 0;
  const blank = (from: number, to: number) => {
    parts.push(markdown.slice(from, to).replace(/[^\r\n]/g, ' '));
  };
  let k = 0;
  for (const r of regions) {
    blank(pos, r.start);
    pos = r.start;
    // a quoted block's `>` markers, in order
    for (; k < markers.length && markers[k].start < r.end; k++) {
      parts.push(markdown.slice(pos, markers[k].start));
      blank(markers[k].start, markers[k].end);
      pos = markers[k].end;
    }
    parts.push(markdown.slice(pos, r.end));
    pos = r.end;
  }
  blank(pos, markdown.length);
  return parts.join('');
}

/** Whether an offset lies inside a case block (for completion and hover in Markdown). */
export function inRegion(regions: readonly CaseRegion[], offset: number): boolean {
  return regions.some((r) => offset >= r.start && offset <= r.end);
}

/**
 * Whether `[start, end)` lies inside one case block of a Markdown brief (always, for the
 * regions of a `.case` file: none). A block of a brief may open in one ```case fence and
 * close in a later one; then the prose between is part of its span, and an edit there
 * (incremental.ts moves the tree in place) may add a line in one gap and take one out of
 * another, keeping the block's place and length while its later words change lines.
 */
export function inOneRegion(regions: readonly CaseRegion[], start: number, end: number): boolean {
  if (regions.length === 0) {
    return true;
  }
  const found = partitionPoint(regions.length, (i) => regions[i].start <= start) - 1;
  return found >= 0 && end <= regions[found].end;
}

/** What `updateCase` needs of the previous version: its text, the case text and the regions. */
export interface PreviousCase {
  /** The Markdown text. */
  readonly source: TextSource;
  /** The case text. */
  readonly caseSource: TextSource;
  readonly regions: readonly CaseRegion[];
}

/** A case text made by `updateCase`: pieces of the previous one (see pieceDocument.ts). */
export interface UpdatedCase {
  readonly text: TextSource;
  readonly regions: readonly CaseRegion[];
}

type Readable = Pick<TextSource, 'length' | 'charCodeAt' | 'slice'>;

const FENCE_CHARS = /[`~\r\n]/;
/** A line that is, or may become, a fence (in a blockquote or a list item, or indented four). */
const FENCE_LINE = /^\uFEFF?[ \t>*+\-0-9.)]*(`{3}|~{3})/;
/**
 * The start of a line up to an edit, when the edit may change the containers or the kind of
 * the line (a blockquote marker, a list item's marker or indentation, a heading, a thematic
 * break): and so whether a fence after it opens, in CommonMark. A blank line too: it may
 * end a list item or a paragraph.
 */
const LEADING = /^\uFEFF?[ \t>*+\-#=_0-9.)]*$/;

/** The line of `text` around `offset` (without its line break). */
function lineAround(text: Readable, offset: number): string {
  let a = offset;
  while (a > 0 && text.charCodeAt(a - 1) !== 10 && text.charCodeAt(a - 1) !== 13) {
    a--;
  }
  let b = offset;
  while (b < text.length && text.charCodeAt(b) !== 10 && text.charCodeAt(b) !== 13) {
    b++;
  }
  return text.slice(a, b);
}

/** The part of the line of `text` around `offset` before it. */
function lineBefore(text: Readable, offset: number): string {
  let a = offset;
  while (a > 0 && text.charCodeAt(a - 1) !== 10 && text.charCodeAt(a - 1) !== 13) {
    a--;
  }
  return text.slice(a, offset);
}

/**
 * The case text of `raw` from the previous version's, when an edit (`[start,
 * oldEnd)` of the previous raw text became `[start, newEnd)` of `raw`) cannot
 * move a fence: it adds or removes no line break, backtick or tilde, touches
 * no fence line, and lies inside one ```case block or wholly in the prose.
 * Then only the edited span changes (copied, or blanked in the prose) and the
 * regions shift; otherwise undefined, and the caller extracts afresh.
 */
export function updateCase(prev: PreviousCase, raw: Readable, e: { start: number; oldEnd: number; newEnd: number; delta: number }): UpdatedCase | undefined {
  const removed = prev.source.slice(e.start, e.oldEnd);
  const inserted = raw.slice(e.start, e.newEnd);
  const before = lineAround(prev.source, e.start);
  const after = lineAround(raw, e.start);
  if (FENCE_CHARS.test(removed) || FENCE_CHARS.test(inserted) || FENCE_LINE.test(before) || FENCE_LINE.test(after) || COMMENT_EDGE.test(before) || COMMENT_EDGE.test(after)) {
    return undefined;
  }
  const inside = prev.regions.find((r) => e.start >= r.start && e.oldEnd <= r.end);
  if (!inside && prev.regions.some((r) => e.oldEnd >= r.start && e.start <= r.end)) {
    return undefined; // across a block's edge
  }
  // Inside a fence only a line's `>` markers count (and lines that are fences, above).
  if ((!inside || inside.quoted) && LEADING.test(lineBefore(raw, e.start))) {
    return undefined;
  }
  if (!inside && (!/\S/.test(before) || !/\S/.test(after))) {
    return undefined;
  }
  const piece = inside ? inserted : inserted.replace(/[^\r\n]/g, ' ');
  const text = replaceIn(prev.caseSource, e.start, e.oldEnd, piece);
  const regions = prev.regions.map((r): CaseRegion => {
    const start = r.start >= e.oldEnd && r !== inside ? r.start + e.delta : r.start;
    const end = r.end >= e.oldEnd ? r.end + e.delta : r.end;
    return r.quoted ? { start, end, quoted: true } : { start, end };
  });
  return { text, regions };
}

/** Reads characters: a string, or a long brief's source. */
interface Chars {
  readonly length: number;
  charCodeAt(offset: number): number;
  slice(start: number, end: number): string;
}

const isBlank = (c: number) => c === 32 || c === 9;

/**
 * The `>` markers a line of a quoted case block begins with, as written there (`> `, `>`,
 * `>> `, `  > ` after a list item's indentation): what the case text blanked at the line's
 * start, and the blank after the last `>`. Empty for any other line.
 */
export function quoteMarkersAt(source: Chars, text: Chars, lineStart: number): string {
  let end = lineStart;
  for (let i = lineStart; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c !== text.charCodeAt(i)) {
      end = i + 1; // a marker the case text blanked
    } else if (!isBlank(c)) {
      break; // the line's content (or its end)
    }
  }
  if (end > lineStart && isBlank(source.charCodeAt(end))) {
    end++;
  }
  return source.slice(lineStart, end);
}

/** The markers of a quoted fence's own line (`> ```case` → `> `; `> - ```case` → `> `). */
export function fenceQuoteMarkers(fenceLine: string): string {
  const prefix = /^[^`~]*/.exec(fenceLine)?.[0] ?? '';
  return /^.*>[ \t]?/.exec(prefix)?.[0] ?? '';
}

/** An edit by offsets. */
export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * An edit made on the case text, where a quoted block's `>` markers read as blanks, written
 * for the Markdown itself: each line it begins gets the markers of the line it is made on, in
 * place of as many columns of its indentation (which the case text counted in the markers'
 * blanks; a line with less is put after them, as indentation means nothing to the language),
 * and the line it ends on keeps its own. The same edit if it adds no line or is made outside
 * a quote.
 */
export function requoteEdit(source: Chars, text: Chars, regions: readonly CaseRegion[], edit: OffsetEdit): OffsetEdit {
  const { start, newText } = edit;
  let end = edit.end;
  if (!/[\r\n]/.test(newText) || !regions.some((r) => r.quoted && start >= r.start && start <= r.end)) {
    return edit;
  }
  const lineStart = (offset: number) => {
    while (offset > 0 && source.charCodeAt(offset - 1) !== 10 && source.charCodeAt(offset - 1) !== 13) {
      offset--;
    }
    return offset;
  };
  const ls = lineStart(start);
  const markers = quoteMarkersAt(source, text, ls);
  /** A piece of a line placed at column `col` of a line that must begin with `m`. */
  const put = (piece: string, col: number, m: string, last: boolean): string => {
    const need = m.length - col;
    if (need <= 0) {
      return piece;
    }
    const rest = /^[ \t]*$/.test(piece.slice(0, need)) ? piece.slice(need) : piece;
    return rest === '' && !last ? m.slice(col).replace(/[ \t]+$/, '') : m.slice(col) + rest;
  };
  const parts = newText.split(/(\r\n|\r|\n)/);
  const out: string[] = [];
  for (let k = 0; k < parts.length; k += 2) {
    const last = k === parts.length - 1;
    let piece: string;
    if (k === 0) {
      piece = put(parts[0], start - ls, markers, false);
    } else if (!last) {
      piece = put(parts[k], 0, markers, false);
    } else {
      // the line the edit ends on: it keeps its own markers, if the edit ends among them
      const le = lineStart(end);
      const own = quoteMarkersAt(source, text, le);
      if (end - le < own.length) {
        piece = put(parts[k] + ' '.repeat(own.length - (end - le)), 0, own, true);
        end = le + own.length;
      } else {
        piece = put(parts[k], 0, markers, true);
      }
    }
    out.push(piece);
    if (!last) {
      out.push(parts[k + 1]);
    }
  }
  return { start, end, newText: out.join('') };
}
