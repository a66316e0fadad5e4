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
}

import { partitionPoint } from './lists';
import { replaceIn, TextSource } from './pieceDocument';

export interface ExtractedCase {
  readonly text: string;
  readonly regions: readonly CaseRegion[];
}

const FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})[ \t]*([^\s`]*)[^\r\n]*$/;
const COMMENT_OPEN = /^ {0,3}<!--/;
/** A line that opens or closes an HTML comment (and so may hide or show the fences after it). */
const COMMENT_EDGE = /<!--|-->/;

/** Whether a Markdown text holds at least one ```case block (cheap test for activation). */
export function hasCaseBlock(markdown: string): boolean {
  return /^[ \t]*(`{3,}|~{3,})[ \t]*(case|casefacts)\b/im.test(markdown);
}

/** Blanks everything but the content of ```case fences. */
export function extractCase(markdown: string): ExtractedCase {
  const regions: CaseRegion[] = [];
  // Walk line by line, keeping offsets.
  const lineRe = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let fence: { marker: string; isCase: boolean } | undefined;
  // Inside an HTML comment (CommonMark's HTML block from a line that starts `<!--` to the line
  // holding `-->`): a fence there is no fence, so a brief can comment a case block out.
  let comment = false;
  let contentStart = 0;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(markdown)) !== null) {
    const lineStart = m.index;
    const full = m[0];
    if (full.length === 0) {
      break;
    }
    const line = full.slice(0, full.length - m[1].length);
    if (comment) {
      comment = !line.includes('-->');
    } else if (!fence && COMMENT_OPEN.test(line)) {
      const at = line.indexOf('<!--');
      comment = line.indexOf('-->', at + 2) < 0;
    } else if (!fence) {
      const open = FENCE_OPEN.exec(line);
      if (open && !(open[2][0] === '`' && line.slice(open[0].indexOf(open[2]) + open[2].length).includes('`'))) {
        const info = open[3].toLowerCase();
        fence = { marker: open[2], isCase: info === 'case' || info === 'casefacts' };
        contentStart = lineStart + full.length;
      }
    } else {
      const trimmed = line.trim();
      if (trimmed.length >= fence.marker.length && trimmed[0] === fence.marker[0] && /^(`+|~+)$/.test(trimmed)) {
        if (fence.isCase) {
          regions.push({ start: contentStart, end: lineStart });
        }
        fence = undefined;
      }
    }
    if (lineRe.lastIndex >= markdown.length) {
      break;
    }
  }
  // An unclosed fence runs to the end; one on the last line, without a line break after it,
  // has no content at all (its region would begin on the fence line itself).
  if (fence?.isCase && (contentStart < markdown.length || /[\r\n]$/.test(markdown))) {
    regions.push({ start: contentStart, end: markdown.length });
  }
  return { text: blankOutside(markdown, regions), regions };
}

function blankOutside(markdown: string, regions: readonly CaseRegion[]): string {
  const parts: string[] = [];
  let pos = 0;
  const blank = (from: number, to: number) => {
    parts.push(markdown.slice(from, to).replace(/[^\r\n]/g, ' '));
  };
  for (const r of regions) {
    blank(pos, r.start);
    parts.push(markdown.slice(r.start, r.end));
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
const FENCE_LINE = /^[ \t]*(`{3}|~{3})/;

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
  const piece = inside ? inserted : inserted.replace(/[^\r\n]/g, ' ');
  const text = replaceIn(prev.caseSource, e.start, e.oldEnd, piece);
  const regions = prev.regions.map((r) => ({
    start: r.start >= e.oldEnd && r !== inside ? r.start + e.delta : r.start,
    end: r.end >= e.oldEnd ? r.end + e.delta : r.end,
  }));
  return { text, regions };
}
