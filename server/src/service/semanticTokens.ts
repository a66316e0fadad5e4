/**
 * Semantic tokens: what each word *is* in its place, which the TextMate
 * grammar cannot know (`正犯` is a block keyword at a line's start and a mode
 * as a charge's third word; `Qvod` is a provider only because a block says so).
 *
 * The legend maps the language onto the standard token types so every theme
 * colours it without configuration:
 * - block keywords → `keyword`; keys → `property`; vocabulary values and
 *   modes → `enumMember`;
 * - provider ids → `class` (a provider is a kind of service, named once and
 *   referred to), offender ids → `variable`; both with `declaration` where the
 *   block declares them;
 * - offenses → `function` (the statute applied to the facts);
 * - names, titles, notes and free text → `string`; numbers and dates → `number`;
 *   comments → `comment`.
 * Words the language does not know get no token, so they keep the grammar's colour.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { Block, Statement } from './ast';
import type { ParsedCase } from './languageService';
import { inOneRegion } from './markdown';
import { canonicalValue } from './model';
import { blockIdOccurrences, IdKind, idKinds, IdOccurrence, idOccurrences } from './navigation';
import { Token, TokenKind } from './scanner';
import { lookupOffense, lookupValue } from './vocabulary';

const TYPES = ['keyword', 'property', 'enumMember', 'class', 'variable', 'function', 'string', 'number', 'comment'] as const;
const MODIFIERS = ['declaration'] as const;

export type SemanticType = (typeof TYPES)[number];

export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS] };

/** One classified token, before encoding. */
export interface SemanticToken {
  readonly offset: number;
  readonly length: number;
  readonly type: SemanticType;
  readonly declaration?: boolean;
}

const ID_TYPE: Record<IdKind, SemanticType> = { provider: 'class', offender: 'variable' };

/** Strings are text, numbers and dates numbers, whatever their slot. */
function literal(t: Token): SemanticType | undefined {
  if (t.kind === TokenKind.String) {
    return 'string';
  }
  return t.kind === TokenKind.Number || t.kind === TokenKind.Date ? 'number' : undefined;
}

function headerType(block: Block, i: number): SemanticType | undefined {
  const t = block.header[i];
  const role = block.spec?.header[i];
  if (role === 'offense' && t.kind === TokenKind.Word) {
    return lookupOffense(t.value) ? 'function' : undefined;
  }
  if (role === 'mode' && t.kind === TokenKind.Word) {
    return lookupValue('mode', t.value) ? 'enumMember' : undefined;
  }
  return literal(t);
}

function valueType(st: Statement, t: Token): SemanticType | undefined {
  const spec = st.spec;
  if (!spec) {
    return literal(t);
  }
  switch (spec.value.type) {
    case 'enum':
      if (t.kind === TokenKind.String) {
        return 'string';
      }
      return canonicalValue(spec, t) !== undefined ? 'enumMember' : undefined;
    case 'offense':
      return canonicalValue(spec, t) !== undefined ? 'function' : undefined;
    default:
      return literal(t);
  }
}

type Emit = (offset: number, length: number, type: SemanticType, declaration: boolean) => void;

/**
 * Calls `emit` for every classified token in document order: the blocks' tokens
 * as the parser read them, the comments merged in. Returns false if a block's
 * token came before the one emitted last (no tree the parser makes does that;
 * the callers then sort, so order is never assumed silently).
 */
function walk(parsed: ParsedCase, emit: Emit): boolean {
  const ids = idMap(parsed);
  const comments = parsed.doc.comments;
  let c = 0;
  let last = -1;
  let inOrder = true;
  const put = (t: Token, type: SemanticType, declaration: boolean) => {
    while (c < comments.length && comments[c].offset < t.offset) {
      const k = comments[c++];
      emit(k.offset, k.length, 'comment', false);
    }
    if (t.offset < last) {
      inOrder = false;
    }
    last = t.offset;
    emit(t.offset, t.length, type, declaration);
  };
  for (const block of parsed.doc.blocks) {
    blockTokens(block, ids, put);
  }
  while (c < comments.length) {
    const k = comments[c++];
    emit(k.offset, k.length, 'comment', false);
  }
  return inOrder;
}

/** The id occurrences of a brief by their tokens. */
function idMap(parsed: ParsedCase): Map<Token, IdOccurrence> {
  const ids = new Map<Token, IdOccurrence>();
  for (const o of idOccurrences(parsed)) {
    ids.set(o.token, o);
  }
  return ids;
}

/** A block's own classified tokens (comments aside), in the order the parser read them. */
function blockTokens(block: Block, ids: ReadonlyMap<Token, IdOccurrence>, put: (t: Token, type: SemanticType, declaration: boolean) => void): void {
  const maybe = (t: Token, type: SemanticType | undefined) => {
    if (type !== undefined) {
      put(t, type, false);
    }
  };
  /** An id token gets its kind's type; an unresolved `uses` value still names a provider. */
  const id = (t: Token, o: IdOccurrence, usesSlot: boolean) => {
    if (o.kind || usesSlot) {
      put(t, ID_TYPE[o.kind ?? 'provider'], o.declaration);
    }
  };
  maybe(block.keyword, block.spec ? 'keyword' : undefined);
  for (let i = 0; i < block.header.length; i++) {
    const t = block.header[i];
    const o = ids.get(t);
    if (o) {
      id(t, o, false);
    } else {
      maybe(t, headerType(block, i));
    }
  }
  for (const st of block.statements) {
    maybe(st.key, st.spec ? 'property' : undefined);
    const usesSlot = st.spec?.value.type === 'providerRef';
    for (const t of st.values) {
      const o = ids.get(t);
      if (o) {
        id(t, o, usesSlot);
      } else {
        maybe(t, valueType(st, t));
      }
    }
    if (st.note) {
      put(st.note, 'string', false);
    }
  }
}

/** Every classified token of the document, in order. */
export function classify(parsed: ParsedCase): SemanticToken[] {
  const out: SemanticToken[] = [];
  const inOrder = walk(parsed, (offset, length, type, declaration) => out.push({ offset, length, type, declaration }));
  return inOrder ? out : out.sort((a, b) => a.offset - b.offset);
}

const TYPE_INDEX = Object.fromEntries(TYPES.map((t, i) => [t, i])) as Record<SemanticType, number>;

/**
 * One block's tokens as last encoded: five numbers each at their absolute place (line,
 * character, length, type, modifiers), with what they were made from that can change
 * while the block stays the same object, its place and length (a keystroke in a note
 * stretches the note and the block in place: symbols.ts), and the brief's ids, which
 * decide what an id in the block is. A note's words are no part of its token. Only a
 * block within one ```case fence is kept: one that runs into the next fence has prose in
 * its span, where a line typed in one gap and taken out of another moves its words to
 * other lines while its place and length stay (markdown.ts, `inOneRegion`).
 */
interface BlockTokens {
  readonly length: number;
  readonly line: number;
  readonly character: number;
  readonly ids: string;
  readonly tuples: readonly number[];
}

const madeTokens = new WeakMap<Block, BlockTokens>();
const idLists = new WeakMap<ParsedCase, string>();
/** The last list of ids made: an equal one is replaced by it, so blocks compare lists by identity. */
let lastIdList = '';

/** The brief's offender and provider ids, which are all an id token's type depends on beyond its block. */
function idList(parsed: ParsedCase): string {
  let list = idLists.get(parsed);
  if (list === undefined) {
    list = `${parsed.model.offenders.map((o) => o.id).join('\u0000')}\u0001${parsed.model.providers.map((p) => p.id).join('\u0000')}`;
    if (list === lastIdList) {
      list = lastIdList;
    } else {
      lastIdList = list;
    }
    idLists.set(parsed, list);
  }
  return list;
}

/**
 * The whole brief's encoding from each block's tokens as last made, made again only for a
 * block a keystroke changed or moved; the comments are placed among them. Undefined when a
 * token would come before the one before it (see `walk`).
 */
function fullTokens(document: TextDocument, parsed: ParsedCase): number[] | undefined {
  const lineCount = document.lineCount;
  const lineStartAt = (l: number) => (l < lineCount ? document.offsetAt({ line: l, character: 0 }) : Infinity);
  const ids = idList(parsed);
  let kinds: Map<string, IdKind> | undefined;
  // each block's tokens, made again where the block changed or moved
  const blocks = parsed.doc.blocks;
  const made: BlockTokens[] = new Array(blocks.length);
  let count = parsed.doc.comments.length * 5;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const start = document.positionAt(block.offset);
    let m = madeTokens.get(block);
    if (!m || m.length !== block.length || m.line !== start.line || m.character !== start.character || m.ids !== ids) {
      kinds ??= idKinds(parsed);
      const blockIds = new Map(blockIdOccurrences(block, kinds).map((o) => [o.token, o]));
      const tuples: number[] = [];
      let line = start.line;
      let lineStart = lineStartAt(line);
      let next = lineStartAt(line + 1);
      blockTokens(block, blockIds, (t, type, declaration) => {
        while (t.offset >= next) {
          line++;
          lineStart = next;
          next = lineStartAt(line + 1);
        }
        tuples.push(line, t.offset - lineStart, t.length, TYPE_INDEX[type], declaration ? 1 : 0);
      });
      m = { length: block.length, line: start.line, character: start.character, ids, tuples };
      if (inOneRegion(parsed.regions, block.offset, block.offset + block.length)) {
        madeTokens.set(block, m);
      } else {
        madeTokens.delete(block);
      }
    }
    made[b] = m;
    count += m.tuples.length;
  }
  // then the encoding, relative to the token before, with the comments placed among them
  const data: number[] = new Array(count);
  let n = 0;
  let prevLine = 0;
  let prevChar = 0;
  let inOrder = true;
  const put = (line: number, character: number, length: number, type: number, modifiers: number) => {
    const deltaLine = line - prevLine;
    if (deltaLine < 0 || (deltaLine === 0 && character < prevChar)) {
      inOrder = false;
    }
    data[n] = deltaLine;
    data[n + 1] = deltaLine === 0 ? character - prevChar : character;
    data[n + 2] = length;
    data[n + 3] = type;
    data[n + 4] = modifiers;
    n += 5;
    prevLine = line;
    prevChar = character;
  };
  // the comments, placed by walking the line starts forward
  const comments = parsed.doc.comments;
  let c = 0;
  let cLine = 0;
  let cStart = 0;
  let cNext = lineStartAt(1);
  const commentsBefore = (line: number, character: number) => {
    for (; c < comments.length; c++) {
      const k = comments[c];
      while (k.offset >= cNext) {
        cLine++;
        cStart = cNext;
        cNext = lineStartAt(cLine + 1);
      }
      if (cLine > line || (cLine === line && k.offset - cStart >= character)) {
        return;
      }
      put(cLine, k.offset - cStart, k.length, TYPE_INDEX.comment, 0);
    }
  };
  for (const m of made) {
    const tuples = m.tuples;
    for (let i = 0; i < tuples.length; i += 5) {
      commentsBefore(tuples[i], tuples[i + 1]);
      put(tuples[i], tuples[i + 1], tuples[i + 2], tuples[i + 3], tuples[i + 4]);
    }
  }
  commentsBefore(Infinity, 0);
  return inOrder && n === count ? data : undefined;
}

/** The LSP encoding: five numbers a token, positions relative to the previous token. */
export function semanticTokens(document: TextDocument, parsed: ParsedCase, range?: Range): SemanticTokens {
  if (!range) {
    const data = fullTokens(document, parsed);
    if (data) {
      return { data };
    }
  }
  const from = range ? document.offsetAt(range.start) : 0;
  const to = range ? document.offsetAt(range.end) : Infinity;
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  // The tokens come in order: their lines are found by walking the line starts forward, not by a search each.
  const lineCount = document.lineCount;
  let line = -1;
  let lineStart = 0;
  let nextStart = 0;
  const encode: Emit = (offset, length, type, declaration) => {
    if (offset + length < from || offset > to) {
      return;
    }
    if (line < 0) {
      line = document.positionAt(offset).line;
      lineStart = document.offsetAt({ line, character: 0 });
      nextStart = line + 1 < lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : Infinity;
    }
    while (offset >= nextStart) {
      line++;
      lineStart = nextStart;
      nextStart = line + 1 < lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : Infinity;
    }
    const character = offset - lineStart;
    const deltaLine = line - prevLine;
    data.push(deltaLine, deltaLine === 0 ? character - prevChar : character, length, TYPE_INDEX[type], declaration ? 1 : 0);
    prevLine = line;
    prevChar = character;
  };
  if (!walk(parsed, encode)) {
    // out of order: encode the sorted list instead
    data.length = 0;
    prevLine = prevChar = 0;
    line = -1;
    for (const t of classify(parsed)) {
      encode(t.offset, t.length, t.type, t.declaration === true);
    }
  }
  return { data };
}

/** A decoded semantic token: where it is and what it is (the inverse of the encoding, for tests and tools). */
export interface DecodedToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: string;
  readonly modifiers: readonly string[];
}

/** Decodes LSP semantic token data against the legend. */
export function decodeSemanticTokens(data: readonly number[], legend: SemanticTokensLegend = SEMANTIC_LEGEND): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    out.push({
      line,
      character,
      length: data[i + 2],
      type: legend.tokenTypes[data[i + 3]],
      modifiers: legend.tokenModifiers.filter((_, bit) => (data[i + 4] >> bit) & 1),
    });
  }
  return out;
}
