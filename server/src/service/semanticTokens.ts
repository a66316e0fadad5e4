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
import { canonicalValue } from './model';
import { IdKind, IdOccurrence, idOccurrences } from './navigation';
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
  const ids = new Map<Token, IdOccurrence>();
  for (const o of idOccurrences(parsed)) {
    ids.set(o.token, o);
  }
  const comments = parsed.doc.comments;
  let c = 0;
  let last = -1;
  let inOrder = true;
  const put = (t: Token, type: SemanticType | undefined, declaration: boolean) => {
    if (type === undefined) {
      return;
    }
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
  /** An id token gets its kind's type; an unresolved `uses` value still names a provider. */
  const putId = (t: Token, id: IdOccurrence, usesSlot: boolean) => {
    if (id.kind || usesSlot) {
      put(t, ID_TYPE[id.kind ?? 'provider'], id.declaration);
    }
  };
  for (const block of parsed.doc.blocks) {
    put(block.keyword, block.spec ? 'keyword' : undefined, false);
    for (let i = 0; i < block.header.length; i++) {
      const t = block.header[i];
      const id = ids.get(t);
      if (id) {
        putId(t, id, false);
      } else {
        put(t, headerType(block, i), false);
      }
    }
    for (const st of block.statements) {
      put(st.key, st.spec ? 'property' : undefined, false);
      const usesSlot = st.spec?.value.type === 'providerRef';
      for (const t of st.values) {
        const id = ids.get(t);
        if (id) {
          putId(t, id, usesSlot);
        } else {
          put(t, valueType(st, t), false);
        }
      }
      if (st.note) {
        put(st.note, 'string', false);
      }
    }
  }
  while (c < comments.length) {
    const k = comments[c++];
    emit(k.offset, k.length, 'comment', false);
  }
  return inOrder;
}

/** Every classified token of the document, in order. */
export function classify(parsed: ParsedCase): SemanticToken[] {
  const out: SemanticToken[] = [];
  const inOrder = walk(parsed, (offset, length, type, declaration) => out.push({ offset, length, type, declaration }));
  return inOrder ? out : out.sort((a, b) => a.offset - b.offset);
}

const TYPE_INDEX = Object.fromEntries(TYPES.map((t, i) => [t, i])) as Record<SemanticType, number>;

/** The LSP encoding: five numbers a token, positions relative to the previous token. */
export function semanticTokens(document: TextDocument, parsed: ParsedCase, range?: Range): SemanticTokens {
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
