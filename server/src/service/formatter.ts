/**
 * The formatter: canonical whitespace, nothing else. It works line by line and
 * never adds or removes a line break except to collapse blank lines and to end
 * the file with one; inside a line it only changes the whitespace between
 * tokens, and never joins two tokens that the whitespace kept apart. So the
 * formatted text parses to the same tree, every non-whitespace character stays
 * in its place, and formatting twice changes nothing more.
 *
 * Lines that hold a syntax error are left exactly as written: the parser did
 * not understand them, so the formatter does not presume to either.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Block, Statement } from './ast';
import type { ParsedCase } from './languageService';
import { type CaseRegion, fenceQuoteMarkers, quoteMarkersAt } from './markdown';
import { scan, Token, TokenKind } from './scanner';

/** One line of the text: where it starts, where its content ends, where the next begins. */
export interface Line {
  readonly start: number;
  readonly contentEnd: number;
  readonly end: number;
}

/** Splits a text into lines, keeping every offset (LF, CRLF and CR all end a line). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    lines.push({ start: m.index, contentEnd: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
    if (m[1].length === 0) {
      break;
    }
  }
  return lines;
}

/** The line holding an offset (binary search over line starts). */
export function lineAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo;
}

/**
 * Columns a character takes in a monospaced editor: East Asian wide and
 * full-width characters take two, combining marks none, the rest one.
 */
function charWidth(cp: number): number {
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f)) {
    return 0;
  }
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}

/** Display width of a text (CJK counts two), for aligning Chinese keys visually. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    w += charWidth(ch.codePointAt(0) as number);
  }
  return w;
}

const INDENT = '  ';

/** Full-width punctuation carries its own spacing: no space is added after it. */
const isFullWidth = (tok: Token) => tok.value.length === 1 && tok.value.charCodeAt(0) > 0x2fff;

const isPunct = (k: TokenKind) => k === TokenKind.Comma || k === TokenKind.Semicolon || k === TokenKind.Colon;

/** The whitespace the canonical form puts between two tokens of one line. */
function gap(a: Token, b: Token): string {
  if (isPunct(b.kind)) {
    return '';
  }
  if (isPunct(a.kind) && isFullWidth(a)) {
    return '';
  }
  return ' ';
}

/** What the formatter does with one line. */
type LinePlan = { readonly kind: 'keep' } | { readonly kind: 'delete' } | { readonly kind: 'set'; readonly text: string };

interface Alignment {
  /** Tokens that form the statement's head: the key, and its colon when written. */
  readonly headTokens: number;
  readonly column: number;
}

/** The key and its colon as written, e.g. `类型：`. */
function headText(st: Statement): string {
  return st.key.value + (st.colon ? st.colon.value : '');
}

/** The column at which a head's values start: one space after it, none after a full-width colon. */
function headColumn(st: Statement): number {
  return displayWidth(headText(st)) + (st.colon && isFullWidth(st.colon) ? 0 : 1);
}

class Formatter {
  readonly lines: Line[];
  private readonly tokens: Token[][];
  private readonly errorLines = new Set<number>();
  private readonly bodyLines = new Set<number>();
  private readonly aligned = new Map<number, Alignment>();
  /** Line → the indentation its case region starts with (a Markdown fence's own indentation). */
  private readonly baseIndent: string[];
  /** Line → the blockquote markers it begins with, in a quoted case block. */
  private readonly markers: string[];
  private readonly inCase: boolean[];

  constructor(private readonly raw: string, private readonly parsed: ParsedCase) {
    this.lines = splitLines(raw);
    this.tokens = this.lines.map(() => []);
    for (const tok of scan(parsed.text)) {
      if (tok.kind !== TokenKind.Newline && tok.kind !== TokenKind.EOF) {
        this.tokens[this.lineOf(tok.offset)].push(tok);
      }
    }
    for (const p of parsed.doc.syntax) {
      for (let l = this.lineOf(p.offset), last = this.lineOf(p.offset + p.length); l <= last; l++) {
        this.errorLines.add(l);
      }
    }
    this.inCase = this.lines.map(() => !parsed.markdown);
    this.baseIndent = this.lines.map(() => '');
    this.markers = this.lines.map(() => '');
    for (const r of this.regions()) {
      const indent = this.fenceIndent(r);
      for (let l = this.lineOf(r.start); l < this.lines.length && this.lines[l].start < r.end; l++) {
        this.inCase[l] = true;
        this.baseIndent[l] = indent;
        if (r.quoted) {
          // a block in a blockquote: each line keeps its `>` markers as written (`> `, `>>`)
          // (the blank after the last `>` belongs to them: `>x` is written `> x`, else the next
          // read would take one blank of the indentation for the markers' own)
          this.markers[l] = `${quoteMarkersAt(raw, parsed.text, this.lines[l].start).replace(/[ \t]+$/, '')} `;
        }
      }
    }
    for (const block of parsed.doc.blocks) {
      this.markBody(block);
    }
  }

  lineOf(offset: number): number {
    return lineAt(this.lines, offset);
  }

  /** The case regions: the whole text for a `.case` file. */
  regions(): readonly CaseRegion[] {
    return this.parsed.markdown ? this.parsed.regions : [{ start: 0, end: this.raw.length }];
  }

  private fenceIndent(r: CaseRegion): string {
    if (!this.parsed.markdown) {
      return '';
    }
    const fence = this.lines[Math.max(0, this.lineOf(r.start) - 1)];
    const line = this.raw.slice(fence.start, fence.contentEnd);
    // in a blockquote, the indentation after the fence's `>` markers (a list item's in the quote)
    return fenceIndentOf(r.quoted ? line.slice(fenceQuoteMarkers(line).length) : line);
  }

  /** Marks a block's body lines (indented one level) and aligns its statements' values. */
  private markBody(block: Block): void {
    if (!block.open) {
      return;
    }
    const last = block.close ?? block.statements[block.statements.length - 1] ?? block.open;
    const first = this.lineOf(block.open.offset) + 1;
    const end = this.lineOf(last.offset);
    for (let l = first; l <= end; l++) {
      // The line of the closing brace sits at the block's level, unless a statement comes first.
      if (this.tokens[l][0]?.offset !== block.close?.offset) {
        this.bodyLines.add(l);
      }
    }
    const members: { line: number; st: Statement }[] = [];
    for (const st of block.statements) {
      const line = this.lineOf(st.key.offset);
      const toks = this.tokens[line];
      const rest = toks[st.colon ? 2 : 1];
      if (toks[0] === undefined || toks[0].offset !== st.key.offset || this.errorLines.has(line) || !rest ||
        rest.kind === TokenKind.Comment) {
        continue;
      }
      members.push({ line, st });
    }
    const column = Math.max(0, ...members.map((m) => headColumn(m.st)));
    for (const m of members) {
      this.aligned.set(m.line, { headTokens: m.st.colon ? 2 : 1, column });
    }
  }

  /** The canonical content of a non-blank line (indentation included). */
  private render(l: number): string {
    const toks = this.tokens[l];
    const align = this.aligned.get(l);
    let out = this.markers[l] + this.baseIndent[l] + (this.bodyLines.has(l) ? INDENT : '');
    for (let i = 0; i < toks.length; i++) {
      const tok = toks[i];
      if (i > 0) {
        if (align && i === align.headTokens) {
          const head = toks.slice(0, i).map((t) => t.value).join('');
          out += ' '.repeat(Math.max(align.column - displayWidth(head), 0));
        } else {
          out += gap(toks[i - 1], tok);
        }
      }
      const text = this.raw.slice(tok.offset, tok.offset + tok.length);
      // Trim trailing blanks only: trimEnd() would also drop U+2028/U+2029, which are text here.
      out += tok.kind === TokenKind.Comment ? text.replace(/[^\S\u2028\u2029]+$/, '') : text;
    }
    return out;
  }

  /** What to do with every line, for the whole text. */
  plan(): LinePlan[] {
    const plans: LinePlan[] = [];
    let previousBlank = true; // blank lines at the start of a region go
    for (let l = 0; l < this.lines.length; l++) {
      if (!this.inCase[l]) {
        plans.push({ kind: 'keep' });
        previousBlank = true;
        continue;
      }
      if (this.tokens[l].length === 0) {
        plans.push(previousBlank || this.blankToEnd(l) ? { kind: 'delete' } : { kind: 'set', text: this.markers[l].replace(/[ \t]+$/, '') });
        previousBlank = true;
        continue;
      }
      previousBlank = false;
      plans.push(this.errorLines.has(l) ? { kind: 'keep' } : { kind: 'set', text: this.render(l) });
    }
    return plans;
  }

  /** Whether only blank lines follow, up to the end of the line's region. */
  private blankToEnd(l: number): boolean {
    for (let k = l + 1; k < this.lines.length && this.inCase[k]; k++) {
      if (this.tokens[k].length > 0) {
        return false;
      }
    }
    return true;
  }
}

/**
 * The indentation of a case block's lines, from its opening fence line: the blanks before the
 * fence, or, when a list item's marker stands there (`- ```case`, `1. ```case`), as many spaces
 * as the fence's column, so that the lines stay inside the item (CommonMark ends an item at a
 * line indented less than its content).
 */
export function fenceIndentOf(fenceLine: string): string {
  const prefix = /^[^`~]*/.exec(fenceLine)?.[0] ?? '';
  if (/^[ \t]*$/.test(prefix)) {
    return prefix;
  }
  let col = 0;
  for (const c of prefix) {
    col = c === '\t' ? col + 4 - (col % 4) : col + 1;
  }
  return ' '.repeat(col);
}

/** The first line break the text uses (`\n` when it has none), for the lines added to it. */
export function eolOf(text: string): string {
  return /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
}

/**
 * Formats a document, or the lines a range touches: minimal edits, one per
 * changed line. In a Markdown brief only the ```case blocks are touched.
 */
export function formatDocument(document: TextDocument, parsed: ParsedCase, range?: Range): TextEdit[] {
  const raw = document.getText();
  const f = new Formatter(raw, parsed);
  const plans = f.plan();
  const { lines } = f;
  let from = 0;
  let to = lines.length - 1;
  if (range) {
    from = f.lineOf(document.offsetAt(range.start));
    to = f.lineOf(document.offsetAt(range.end));
    // A selection of whole lines ends at the start of the next one, which it does not touch.
    if (range.end.character === 0 && to > from) {
      to--;
    }
  }
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const edits: TextEdit[] = [];
  const edit = (start: number, end: number, newText: string) => {
    edits.push({ range: { start: document.positionAt(start), end: document.positionAt(end) }, newText });
  };
  for (let l = from; l <= to; l++) {
    const line = lines[l];
    const plan = plans[l];
    const start = l === 0 ? Math.max(line.start, bom) : line.start;
    if (plan.kind === 'delete') {
      if (line.end > start) {
        edit(start, line.end, ''); // a blank first line goes, its byte order mark stays
      }
    } else if (plan.kind === 'set' && raw.slice(start, line.contentEnd) !== plan.text) {
      edit(start, line.contentEnd, plan.text);
    }
  }
  const last = lines[lines.length - 1];
  if (!parsed.markdown && to === lines.length - 1 && plans[lines.length - 1].kind !== 'delete' &&
    last.end === last.contentEnd && last.contentEnd > last.start) {
    edit(last.contentEnd, last.contentEnd, eolOf(raw));
  }
  return edits;
}
