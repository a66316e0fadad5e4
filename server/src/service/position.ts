/**
 * What stands at an offset of a case document: a block keyword, a header word
 * (id, name, ref, offense, mode …), a key, a value, a note, a comment, or
 * nothing — and, for nothing, the block and statement around it. Hover,
 * completion, code actions, symbols and rename all start here, so they agree
 * on what a position means.
 */
import type { Block, CaseDocument, Statement } from './ast';
import type { Token } from './scanner';
import type { Position, TextDocument } from 'vscode-languageserver-textdocument';

/** The part a header word plays, from the block's `BlockSpec.header`; `extra` past the spec. */
export type HeaderRole = 'title' | 'id' | 'name' | 'ref' | 'offense' | 'mode' | 'label' | 'extra';

export type Place =
  | { readonly kind: 'keyword'; readonly block: Block; readonly token: Token }
  | { readonly kind: 'header'; readonly block: Block; readonly token: Token; readonly index: number; readonly role: HeaderRole }
  | { readonly kind: 'key'; readonly block: Block; readonly statement: Statement; readonly token: Token }
  | { readonly kind: 'value'; readonly block: Block; readonly statement: Statement; readonly token: Token; readonly index: number }
  | { readonly kind: 'note'; readonly block: Block; readonly statement: Statement; readonly token: Token }
  | { readonly kind: 'comment'; readonly token: Token }
  | {
    readonly kind: 'nothing';
    /** The block whose header line or body holds the offset. */
    readonly block?: Block;
    /** Whether the offset is on the block's header line (after its keyword, before its `{`). */
    readonly inHeader: boolean;
    /** Whether the offset is inside the block's body (between `{` and `}`, or an unclosed body). */
    readonly inBody: boolean;
    /** The statement written earlier on the same line, when the offset follows one. */
    readonly statement?: Statement;
  };

export interface LocateOptions {
  /**
   * Whether a token also holds the offset just past its last character. Completion
   * wants it (`role cach|` is inside `cach`); hover does not.
   */
  readonly includeRightBound?: boolean;
}

const holds = (t: Token | undefined, offset: number, right: boolean): t is Token =>
  t !== undefined && offset >= t.offset && (offset < t.offset + t.length || (right && offset === t.offset + t.length));

const isLineBreak = (c: string) => c === '\n' || c === '\r';

/** Whether two LSP positions are the same place. */
export function samePosition(a: { readonly line: number; readonly character: number }, b: { readonly line: number; readonly character: number }): boolean {
  return a.line === b.line && a.character === b.character;
}

/** The offset where the line holding `offset` starts. */
export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isLineBreak(text[i - 1])) {
    i--;
  }
  return i;
}

/** The offset where the line holding `offset` ends (before its line break). */
export function lineEndOf(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && !isLineBreak(text[i])) {
    i++;
  }
  return i;
}

/** Whether `text[from, to)` holds no line break. */
function sameLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (isLineBreak(text[i])) {
      return false;
    }
  }
  return true;
}

/** The offset where a block's reach ends: its `}`, else the next block, else the end of the text. */
function blockEnd(doc: CaseDocument, index: number): number {
  const block = doc.blocks[index];
  if (block.close) {
    return block.close.offset + block.close.length;
  }
  if (!block.open) {
    // No body: the block is its header line.
    return lineEndOf(doc.text, block.headerEnd);
  }
  return doc.blocks[index + 1]?.offset ?? doc.text.length;
}

/** The block whose header line or body reaches the offset, if any. */
export function blockAt(doc: CaseDocument, offset: number): Block | undefined {
  let found: Block | undefined;
  for (let i = 0; i < doc.blocks.length && doc.blocks[i].offset <= offset; i++) {
    // The last block that started before the offset and still reaches it.
    if (offset <= blockEnd(doc, i)) {
      found = doc.blocks[i];
    }
  }
  return found;
}

function inTokens(block: Block, offset: number, right: boolean): Place | undefined {
  if (holds(block.keyword, offset, right)) {
    return { kind: 'keyword', block, token: block.keyword };
  }
  for (let i = 0; i < block.header.length; i++) {
    const token = block.header[i];
    if (holds(token, offset, right)) {
      return { kind: 'header', block, token, index: i, role: block.spec?.header[i] ?? 'extra' };
    }
  }
  for (const statement of block.statements) {
    if (offset < statement.offset) {
      break;
    }
    if (holds(statement.key, offset, right)) {
      return { kind: 'key', block, statement, token: statement.key };
    }
    for (let i = 0; i < statement.values.length; i++) {
      const token = statement.values[i];
      if (holds(token, offset, right)) {
        return { kind: 'value', block, statement, token, index: i };
      }
    }
    if (holds(statement.note, offset, right)) {
      return { kind: 'note', block, statement, token: statement.note };
    }
  }
  return undefined;
}

/** What stands at `offset`. Never throws; past every block it is `nothing`. */
export function locate(doc: CaseDocument, offset: number, options: LocateOptions = {}): Place {
  const right = options.includeRightBound === true;
  for (const token of doc.comments) {
    if (holds(token, offset, right)) {
      return { kind: 'comment', token };
    }
  }
  const block = blockAt(doc, offset);
  if (!block) {
    return { kind: 'nothing', inHeader: false, inBody: false };
  }
  // Exact hits first, so `a,|b` is `b` and not the end of `a`.
  const hit = inTokens(block, offset, false) ?? (right ? inTokens(block, offset, true) : undefined);
  if (hit) {
    return hit;
  }
  const text = doc.text;
  const bodyStart = block.open ? block.open.offset + block.open.length : Infinity;
  const inHeader = offset > block.keyword.offset && offset < bodyStart && sameLine(text, block.keyword.offset, offset);
  const inBody = offset >= bodyStart && (!block.close || offset <= block.close.offset);
  let statement: Statement | undefined;
  if (inBody) {
    for (let i = block.statements.length - 1; i >= 0; i--) {
      const st = block.statements[i];
      if (st.offset >= offset) {
        continue;
      }
      const end = st.offset + st.length;
      // Same line, and no `;` or `}` that ended it between its last token and the offset.
      if (sameLine(text, st.offset, offset) && !/[;；}｝]/.test(text.slice(end, offset))) {
        statement = st;
      }
      break;
    }
  }
  return { kind: 'nothing', block, inHeader, inBody, statement };
}

/**
 * The LSP positions of offsets asked for in document order (a block's keyword, then its
 * braces, then the next block's …), each found by stepping forward from the line of the
 * last one rather than by a search of all line starts: a walk over a long brief costs its
 * lines once. An offset before the last one asked is found by `positionAt`. Offsets are
 * taken to start tokens, never to fall between a `\r` and its `\n`.
 */
export function positionCursor(document: TextDocument): (offset: number) => Position {
  const lineCount = document.lineCount;
  let line = 0;
  let start = 0;
  let next = lineCount > 1 ? document.offsetAt({ line: 1, character: 0 }) : Infinity;
  let last = 0;
  return (offset) => {
    if (offset < last) {
      const p = document.positionAt(offset);
      line = p.line;
      start = offset - p.character;
      next = line + 1 < lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : Infinity;
      last = offset;
      return p;
    }
    last = offset;
    while (offset >= next) {
      line++;
      start = next;
      next = line + 1 < lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : Infinity;
    }
    return { line, character: offset - start };
  };
}
