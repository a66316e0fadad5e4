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
import { fenceIndentOf, formatDocument, Line, lineAt, splitLines } from './formatter';
import { fenceQuoteMarkers } from './markdown';
import { defineMessages } from './i18n/messages';
import { parseText, ParsedCase } from './languageService';
import { applyEdits, PieceDocument, TextSource } from './pieceDocument';
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

/** The block at an offset, when it has a body and no syntax problem. */
function sortableBlock(parsed: ParsedCase, offset: number): Block | undefined {
  const block = blockAt(parsed.doc, offset);
  if (!block?.spec || !block.open || !block.close) {
    return undefined;
  }
  const from = block.offset;
  const to = block.close.offset + block.close.length;
  // In a Markdown brief, a block whose body runs from one case block into the next (its `}`
  // written after prose and another fence) is not one piece of text: lines would move across
  // the prose and the fences between them.
  if (parsed.markdown && !parsed.regions.some((r) => r.start <= from && to <= r.end)) {
    return undefined;
  }
  return parsed.doc.syntax.some((p) => p.offset + p.length >= from && p.offset <= to) ? undefined : block;
}

const isBreak = (c: number) => c === 10 || c === 13;

/**
 * The block's own lines, from the start of its first line to the end of its
 * closing brace's line (its line break included), with the document's offsets:
 * read from the source, so that a long brief is neither joined nor split whole.
 */
function blockLines(src: TextSource, block: Block, close: Token): { readonly lines: Line[]; readonly from: number; readonly text: string } {
  let from = block.offset;
  while (from > 0 && !isBreak(src.charCodeAt(from - 1))) {
    from--;
  }
  let to = close.offset + close.length;
  while (to < src.length && !isBreak(src.charCodeAt(to))) {
    to++;
  }
  to += src.charCodeAt(to) === 13 && src.charCodeAt(to + 1) === 10 ? 2 : to < src.length ? 1 : 0;
  const text = src.slice(from, to);
  const lines = splitLines(text).map((l) => ({ start: l.start + from, contentEnd: l.contentEnd + from, end: l.end + from }));
  return { lines, from, text };
}

/**
 * The fences of a one-block Markdown text that reads the block at an offset as its region
 * does: indented as the region's fence, and in a blockquote with its `>` markers.
 */
function fencesFor(parsed: ParsedCase, offset: number): { readonly open: string; readonly close: string } {
  const region = parsed.regions.find((r) => r.start <= offset && offset <= r.end);
  const line = region ? fenceLine(parsed, region.start) : '';
  const markers = region?.quoted ? fenceQuoteMarkers(line) : '';
  const indent = fenceIndentOf(line.slice(markers.length));
  // the closing fence within a list item the quote stands in (`- > ```case`), not a new item
  return { open: `${markers}${indent}\`\`\`case\n`, close: `${markers.replace(/[^>\s]/g, ' ')}${indent}\`\`\`\n` };
}

/** The line of the fence that opens a region. */
function fenceLine(parsed: ParsedCase, regionStart: number): string {
  const src = parsed.source;
  let end = regionStart;
  while (end > 0 && isBreak(src.charCodeAt(end - 1))) {
    end--; // back over the fence line's break
  }
  let start = end;
  while (start > 0 && !isBreak(src.charCodeAt(start - 1))) {
    start--;
  }
  return src.slice(start, end);
}

/**
 * The edits that sort and align the block at an offset; undefined when there
 * is no such block (none at the offset, a one-line body, a syntax error, two
 * statements on a line) or when it is already sorted and aligned. Only the
 * block is read, reordered and formatted: an editor asks on every cursor move.
 */
export function sortBlockEdits(document: TextDocument, parsed: ParsedCase, offset: number): TextEdit[] | undefined {
  const block = sortableBlock(parsed, offset);
  if (!block?.spec || !block.open || !block.close) {
    return undefined;
  }
  const { lines, from, text: caseText } = blockLines(parsed.caseSource, block, block.close);
  // the lines move as written, with their `>` markers in a blockquote (read as the case text's blanks)
  const raw = parsed.markdown ? parsed.source.slice(from, from + caseText.length) : caseText;
  const openLine = lineAt(lines, block.open.offset);
  const closeLine = lineAt(lines, block.close.offset);
  if (openLine >= closeLine) {
    return undefined; // a one-line body
  }
  const at = (offset: number) => offset - from;
  const tokensOn = (l: number): Token[] =>
    scan(caseText.slice(at(lines[l].start), at(lines[l].contentEnd))).filter((t) => t.kind !== TokenKind.EOF);
  // The braces must stand alone at their ends of the body: `{` last on its line (a comment aside), `}` first.
  const afterOpen = tokensOn(openLine).filter((t) => lines[openLine].start + t.offset > block.open!.offset);
  if (afterOpen.some((t) => t.kind !== TokenKind.Comment) || tokensOn(closeLine)[0]?.kind !== TokenKind.CloseBrace) {
    return undefined;
  }
  const order = keysOf(block.spec.id).map((k) => k.id);
  const rankOf = new Map(block.statements.map((st) => [st.key.offset, st.spec ? order.indexOf(st.spec.id) : order.length]));
  // statements per line, counted once (a filter per line was quadratic: 20,000 statements
  // took over 30 s)
  const perLine = new Map<number, number>();
  for (const st of block.statements) {
    const l = lineAt(lines, st.offset);
    perLine.set(l, (perLine.get(l) ?? 0) + 1);
  }
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
    if (rank === undefined || perLine.get(l) !== 1) {
      return undefined;
    }
    // a disable comment after a statement silences the line below it, which moving would change
    if (toks.some((t) => t.kind === TokenKind.Comment && t.value.includes('casefacts-disable-next-line'))) {
      return undefined;
    }
    units.push({ lines: [...pending, lines[l]], rank });
    pending = [];
  }
  const sorted = [...units].sort((a, b) => a.rank - b.rank); // stable: duplicates keep their order
  const body = [...sorted.flatMap((u) => u.lines), ...pending].map((l) => raw.slice(at(l.start), at(l.end))).join('');
  const reordered = raw.slice(0, at(lines[openLine + 1].start)) + body + raw.slice(at(lines[closeLine].start));
  // Aligned by the formatter itself, on the block alone: in a Markdown brief, inside a fence
  // indented as the block's own, so that its lines keep the fence's indentation.
  const fences = parsed.markdown ? fencesFor(parsed, block.offset) : { open: '', close: '' };
  const head = fences.open;
  const mini = head + reordered + (parsed.markdown ? `${/[\r\n]$/.test(reordered) ? '' : '\n'}${fences.close}` : '');
  const next = PieceDocument.create(document.uri, parsed.markdown ? 'markdown' : 'casefacts', document.version, mini);
  const first = next.positionAt(head.length).line;
  const range = { start: { line: first + openLine, character: 0 }, end: { line: first + openLine + splitLines(body).length, character: 0 } };
  const formatted = applyEdits(next, formatDocument(next, parseText(document.uri, document.version, mini, parsed.markdown), range));
  const blockStart = lines[openLine].start;
  const blockEnd = lines[closeLine].contentEnd;
  // what follows the closing brace is as it was: the block's last line end, then the fence's close
  const after = raw.length - at(blockEnd) + (mini.length - head.length - reordered.length);
  const newText = formatted.slice(head.length + at(blockStart), formatted.length - after);
  if (newText === raw.slice(at(blockStart), at(blockEnd))) {
    return undefined;
  }
  return [{ range: { start: document.positionAt(blockStart), end: document.positionAt(blockEnd) }, newText }];
}
