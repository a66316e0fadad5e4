/**
 * "Sort and align block": the statements of the block at the cursor in the
 * vocabulary's key order (the order of the spec's tables), each statement
 * with the comment lines written above it, then aligned as the formatter does.
 * Statements move as whole lines, so nothing is lost; blank lines inside the
 * body go, as they separated an order that no longer exists.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Block } from './ast';
import { formatDocument, Line, lineAt, splitLines } from './formatter';
import { defineMessages } from './i18n/messages';
import { parseText, ParsedCase } from './languageService';
import { applyEdits, PieceDocument } from './pieceDocument';
import { blockAt } from './position';
import { scan, Token, TokenKind } from './scanner';
import { keysOf } from './vocabulary';

defineMessages({
  'sortBlock.title': {
    en: () => 'Sort and align block',
    zh: () => '排序并对齐本块',
  },
});

/** A statement line and the comment lines above it. */
interface Unit {
  readonly lines: Line[];
  readonly rank: number;
}

/** The block at an offset, when its body spans lines and every line of it is understood. */
function sortableBlock(parsed: ParsedCase, lines: Line[], offset: number): Block | undefined {
  const block = blockAt(parsed.doc, offset);
  if (!block?.spec || !block.open || !block.close) {
    return undefined;
  }
  const from = block.offset;
  const to = block.close.offset + block.close.length;
  if (parsed.doc.syntax.some((p) => p.offset + p.length >= from && p.offset <= to)) {
    return undefined;
  }
  return lineAt(lines, block.open.offset) < lineAt(lines, block.close.offset) ? block : undefined;
}

/**
 * The edits that sort and align the block at an offset; undefined when there
 * is no such block (none at the offset, a one-line body, a syntax error, two
 * statements on a line) or when it is already sorted and aligned.
 */
export function sortBlockEdits(document: TextDocument, parsed: ParsedCase, offset: number): TextEdit[] | undefined {
  const raw = document.getText();
  const lines = splitLines(raw);
  const block = sortableBlock(parsed, lines, offset);
  if (!block?.spec || !block.open || !block.close) {
    return undefined;
  }
  const openLine = lineAt(lines, block.open.offset);
  const closeLine = lineAt(lines, block.close.offset);
  const tokensOn = (l: number): Token[] =>
    scan(parsed.text.slice(lines[l].start, lines[l].contentEnd)).filter((t) => t.kind !== TokenKind.EOF);
  // The braces must stand alone at their ends of the body: `{` last on its line (a comment aside), `}` first.
  const afterOpen = tokensOn(openLine).filter((t) => lines[openLine].start + t.offset > block.open!.offset);
  if (afterOpen.some((t) => t.kind !== TokenKind.Comment) || tokensOn(closeLine)[0]?.kind !== TokenKind.CloseBrace) {
    return undefined;
  }
  const order = keysOf(block.spec.id).map((k) => k.id);
  const rankOf = new Map(block.statements.map((st) => [st.key.offset, st.spec ? order.indexOf(st.spec.id) : order.length]));
  const units: Unit[] = [];
  let pending: Line[] = [];
  for (let l = openLine + 1; l < closeLine; l++) {
    const toks = tokensOn(l);
    if (toks.length === 0) {
      continue;
    }
    if (toks[0].kind === TokenKind.Comment) {
      pending.push(lines[l]);
      continue;
    }
    const rank = rankOf.get(lines[l].start + toks[0].offset);
    const statementsHere = block.statements.filter((st) => lineAt(lines, st.offset) === l).length;
    if (rank === undefined || statementsHere !== 1) {
      return undefined;
    }
    units.push({ lines: [...pending, lines[l]], rank });
    pending = [];
  }
  const sorted = [...units].sort((a, b) => a.rank - b.rank); // stable: duplicates keep their order
  const body = [...sorted.flatMap((u) => u.lines), ...pending].map((l) => raw.slice(l.start, l.end)).join('');
  const start = lines[openLine + 1].start;
  const end = lines[closeLine].start;
  const reordered = raw.slice(0, start) + body + raw.slice(end);
  // Align through the formatter itself, on the block's lines only.
  const next = PieceDocument.create(document.uri, document.languageId, document.version, reordered);
  const bodyLines = splitLines(body).length - 1;
  const range = { start: { line: openLine, character: 0 }, end: { line: openLine + bodyLines + 1, character: 0 } };
  const formatted = applyEdits(next, formatDocument(next, parseText(document.uri, document.version, reordered, parsed.markdown), range));
  const blockStart = lines[openLine].start;
  const blockEnd = lines[closeLine].contentEnd;
  const newText = formatted.slice(blockStart, formatted.length - (raw.length - blockEnd));
  if (newText === raw.slice(blockStart, blockEnd)) {
    return undefined;
  }
  return [{ range: { start: document.positionAt(blockStart), end: document.positionAt(blockEnd) }, newText }];
}
