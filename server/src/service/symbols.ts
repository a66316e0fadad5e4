/**
 * The outline of a brief (document symbols) and the providers and offenders
 * of every open brief (workspace symbols). Names are the words as written, so
 * the outline reads like the brief.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, Range, SymbolInformation } from 'vscode-languageserver-types';
import { SymbolKind } from './lspValues';
import type { Block, Statement } from './ast';
import type { ParsedCase } from './languageService';
import type { Token } from './scanner';
import { TokenKind } from './scanner';
import { inOneRegion } from './markdown';
import { samePosition } from './position';
import { foldAscii } from './vocabulary';

/**
 * Symbol kinds, chosen to match the semantic token types (providers `class`,
 * offenders `variable`) so the outline and the colours tell the same story.
 */
const BLOCK_KIND: Record<string, SymbolKind> = {
  case: SymbolKind.Namespace,
  provider: SymbolKind.Class,
  offender: SymbolKind.Variable,
  charge: SymbolKind.Event,
  evidence: SymbolKind.Struct,
};

const range = (document: TextDocument, offset: number, end: number): Range => ({
  start: document.positionAt(offset),
  end: document.positionAt(end),
});

const tokenRange = (document: TextDocument, t: Token) => range(document, t.offset, t.offset + t.length);

/** A token as the user wrote it (strings without their quotes). */
const written = (t: Token) => t.value;

const nonEmpty = (...candidates: (string | undefined)[]) => candidates.find((c) => c !== undefined && c.trim() !== '') ?? '?';

const HAN = /[\u3400-\u9fff]/;
/** The values of a statement as written, `a, b`; Chinese values as Chinese lists them, `缓存、搜索`. */
const valuesOf = (st: Statement | undefined) =>
  (st ? st.values.map(written).join(st.values.length > 0 && st.values.every((v) => HAN.test(v.value)) ? '、' : ', ') : '');

const statementOf = (block: Block, key: string) => block.statements.find((st) => st.spec?.id === key);

/** The header token that names the block, when it has one. */
function nameToken(block: Block): Token | undefined {
  const first = block.header[0];
  switch (block.spec?.id) {
    case 'provider':
    case 'offender':
      return first && first.kind !== TokenKind.String ? first : undefined;
    case 'case':
    case 'evidence':
      return first && first.kind === TokenKind.String ? first : undefined;
    default:
      return undefined;
  }
}

function blockName(block: Block): string {
  const kind = block.spec?.id;
  if (kind === 'charge' || kind === undefined) {
    // `Qvod art363 omission`: the charge is its header.
    return nonEmpty(block.header.map(written).join(' '), block.keyword.value);
  }
  return nonEmpty(nameToken(block)?.value, block.keyword.value);
}

/** The display name string after an id (`provider Qvod "深圳快播公司"`). */
const displayName = (block: Block) => (block.header[1]?.kind === TokenKind.String ? block.header[1].value : undefined);

function blockDetail(block: Block): string {
  const parts: (string | undefined)[] = [];
  switch (block.spec?.id) {
    case 'case':
      parts.push(valuesOf(statementOf(block, 'docket')));
      break;
    case 'provider':
      parts.push(displayName(block), valuesOf(statementOf(block, 'role')));
      break;
    case 'offender':
      parts.push(displayName(block), valuesOf(statementOf(block, 'offense')));
      break;
    case 'charge':
      parts.push(valuesOf(statementOf(block, 'court')));
      break;
    default:
      break;
  }
  return parts.filter((p) => p !== undefined && p !== '').join(' · ');
}

function statementSymbol(document: TextDocument, st: Statement): DocumentSymbol {
  const detail = [valuesOf(st), st.note ? `“${st.note.value}”` : ''].filter((p) => p !== '').join(' ');
  return {
    name: nonEmpty(st.key.value),
    detail,
    kind: SymbolKind.Property,
    range: range(document, st.offset, st.offset + st.length),
    selectionRange: tokenRange(document, st.key),
  };
}

/**
 * A block's symbol as last made, with what it was made from that can change while
 * the block stays the same object: a keystroke in a note rewrites the note's text and
 * stretches the block in place (incremental.ts); an edit to the facts makes a new block.
 */
interface MadeSymbol {
  readonly symbol: DocumentSymbol;
  readonly length: number;
  readonly notes: readonly (string | undefined)[];
}

const made = new WeakMap<Block, MadeSymbol>();

/**
 * Whether a block's symbol as made still shows it: the same length, the same place,
 * the same notes. Its statements then sit where they sat (a line break typed inside a
 * block makes a new block), so the children are right too.
 */
function stillShows(m: MadeSymbol, block: Block, where: Range): boolean {
  if (m.length !== block.length || !samePosition(m.symbol.range.start, where.start) || !samePosition(m.symbol.range.end, where.end)) {
    return false;
  }
  const statements = block.statements;
  for (let i = 0; i < statements.length; i++) {
    if (statements[i].note?.value !== m.notes[i]) {
      return false;
    }
  }
  return true;
}

/**
 * The outline: one symbol per block, its statements as children. A block the last
 * edit did not touch keeps its symbol object, so that writing the outline again
 * reuses its bytes (node/publishEncoder.ts).
 */
export function documentSymbols(document: TextDocument, parsed: ParsedCase): DocumentSymbol[] {
  return parsed.doc.blocks.map((block) => {
    const where = range(document, block.offset, block.offset + block.length);
    const known = made.get(block);
    if (known && known.notes.length === block.statements.length && stillShows(known, block, where)) {
      return known.symbol;
    }
    const symbol: DocumentSymbol = {
      name: blockName(block),
      detail: blockDetail(block),
      kind: BLOCK_KIND[block.spec?.id ?? ''] ?? SymbolKind.Object,
      range: where,
      selectionRange: tokenRange(document, nameToken(block) ?? block.keyword),
      children: block.statements.map((st) => statementSymbol(document, st)),
    };
    // a block that runs into the next ```case fence is made afresh each time (markdown.ts, `inOneRegion`)
    if (inOneRegion(parsed.regions, block.offset, block.offset + block.length)) {
      made.set(block, { symbol, length: block.length, notes: block.statements.map((st) => st.note?.value) });
    } else {
      made.delete(block);
    }
    return symbol;
  });
}

/**
 * How well a query matches a word: 2 a substring, 1 the query's characters in
 * order (`qvd` finds `Qvod`), 0 not at all. ASCII case is ignored.
 */
export function matchScore(query: string, word: string): number {
  const q = foldAscii(query);
  const w = foldAscii(word);
  if (w.includes(q)) {
    return 2;
  }
  // by code points, both: a query's 𠀀 (two UTF-16 units) is one character of the word
  const chars = [...q];
  let i = 0;
  for (const ch of w) {
    if (ch === chars[i]) {
      i++;
    }
  }
  return i === chars.length ? 1 : 0;
}

/** Providers and offenders of the given briefs whose id or display name matches the query. */
export function workspaceSymbols(
  briefs: readonly { document: TextDocument; parsed: ParsedCase }[],
  query: string,
): SymbolInformation[] {
  return rankWorkspaceSymbols(query, briefs.map((b) => briefWorkspaceSymbols(b, query)));
}

/** One brief's providers and offenders whose id or display name matches the query, in its order. */
export function briefWorkspaceSymbols({ document, parsed }: { document: TextDocument; parsed: ParsedCase }, query: string): SymbolInformation[] {
  const all = [
    ...parsed.model.providers.map((p) => ({ p, kind: SymbolKind.Class })),
    ...parsed.model.offenders.map((p) => ({ p, kind: SymbolKind.Variable })),
  ];
  return all.flatMap(({ p, kind }) =>
    symbolScore(query, p.id, p.name) > 0
      ? [{ name: p.id, kind, location: { uri: document.uri, range: tokenRange(document, p.idToken) }, containerName: p.name }]
      : [],
  );
}

const symbolScore = (query: string, id: string, name: string | undefined) => Math.max(matchScore(query, id), name ? matchScore(query, name) : 0);

/**
 * The briefs' matches as one list: substring matches first, then in the order of the
 * briefs (a huge brief's list comes from its worker, features/symbols.ts).
 */
export function rankWorkspaceSymbols(query: string, lists: readonly (readonly SymbolInformation[])[]): SymbolInformation[] {
  return lists
    .flat()
    .map((symbol) => ({ symbol, score: symbolScore(query, symbol.name, symbol.containerName) }))
    .sort((a, b) => b.score - a.score)
    .map((h) => h.symbol);
}
