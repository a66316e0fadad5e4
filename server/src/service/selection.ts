/**
 * Smart selection (LSP selection ranges): from the word at the caret outwards — the
 * word; a statement's values, when it has several (`caching, search`); the statement
 * (`role caching, search "note"`); the block's facts, inside its braces; the block; in
 * a Markdown brief, the case block's text between its fences; the whole document. Each
 * step strictly holds the one before, so "expand selection" always grows.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import type { Block } from './ast';
import type { ParsedCase } from './languageService';
import { partitionPoint } from './lists';
import { blockAt, locate } from './position';

type Span = readonly [start: number, end: number];

/** The spans around an offset, innermost first, each holding the one before. */
function spansAt(parsed: ParsedCase, offset: number, length: number): Span[] {
  const spans: Span[] = [];
  // each span holds the caret (a statement ends before the blanks after it) and grows on the last
  const add = (start: number, end: number) => {
    const last = spans[spans.length - 1];
    if (end > start && start <= offset && offset <= end && (!last || (start <= last[0] && end >= last[1] && (start < last[0] || end > last[1])))) {
      spans.push([start, end]);
    }
  };
  const place = locate(parsed.doc, offset, { includeRightBound: true });
  if (place.kind !== 'nothing') {
    add(place.token.offset, place.token.offset + place.token.length);
  }
  if (place.kind === 'value' && place.statement.values.length > 1) {
    const { values } = place.statement;
    const last = values[values.length - 1];
    add(values[0].offset, last.offset + last.length);
  }
  const statement = 'statement' in place ? place.statement : undefined;
  if (statement) {
    add(statement.offset, statement.offset + statement.length);
  }
  const block = place.kind === 'comment' ? blockAt(parsed.doc, offset) : place.block;
  if (block) {
    const facts = factsSpan(block);
    if (facts) {
      add(facts[0], facts[1]);
    }
    add(block.offset, block.offset + block.length);
  }
  const region = regionAt(parsed, offset);
  if (region) {
    add(region[0], region[1]);
  }
  add(0, length);
  return spans;
}

/** A block's statements, from the first to the end of the last. */
function factsSpan(block: Block): Span | undefined {
  const first = block.statements[0];
  const last = block.statements[block.statements.length - 1];
  return first && last ? [first.offset, last.offset + last.length] : undefined;
}

/** In a Markdown brief, the text of the case block holding an offset (its lines, without the fences). */
function regionAt(parsed: ParsedCase, offset: number): Span | undefined {
  if (!parsed.markdown) {
    return undefined;
  }
  const { regions } = parsed;
  const i = partitionPoint(regions.length, (k) => regions[k].end < offset);
  const r = regions[i];
  if (!r || r.start > offset) {
    return undefined;
  }
  // the content less its final line break, as an editor selects lines
  const text = parsed.text;
  let end = r.end;
  if (end > r.start && text.charCodeAt(end - 1) === 0x0a) {
    end -= end - 1 > r.start && text.charCodeAt(end - 2) === 0x0d ? 2 : 1;
  }
  return end > r.start && offset <= end ? [r.start, end] : undefined;
}

/**
 * The selection ranges at each position. In a Markdown brief a position in the prose
 * (no case block there) gets the empty range at it alone, which adds nothing to what
 * the editor's own Markdown support offers.
 */
export function selectionRanges(document: TextDocument, parsed: ParsedCase, positions: readonly Position[]): SelectionRange[] {
  // the case text has the document's length (a brief's prose blanked out)
  const length = parsed.text.length;
  return positions.map((position) => {
    const offset = document.offsetAt(position);
    const spans = parsed.markdown && !regionAt(parsed, offset) ? [] : spansAt(parsed, offset, length);
    let range: SelectionRange | undefined;
    for (let i = spans.length - 1; i >= 0; i--) {
      const [start, end] = spans[i];
      range = { range: { start: document.positionAt(start), end: document.positionAt(end) }, ...(range ? { parent: range } : {}) };
    }
    return range ?? { range: { start: position, end: position } };
  });
}
