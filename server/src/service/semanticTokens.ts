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
import { idOccurrences, IdKind } from './navigation';
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

/** Every classified token of the document, in order. */
export function classify(parsed: ParsedCase): SemanticToken[] {
  const out: SemanticToken[] = [];
  const push = (t: Token, type: SemanticType | undefined, declaration = false) => {
    if (type) {
      out.push({ offset: t.offset, length: t.length, type, declaration });
    }
  };
  const ids = new Map(idOccurrences(parsed).map((o) => [o.token, o]));
  /** An id token gets its kind's type; an unresolved `uses` value still names a provider. */
  const classifyToken = (t: Token, otherwise: () => SemanticType | undefined, usesSlot = false) => {
    const id = ids.get(t);
    if (!id) {
      push(t, otherwise());
    } else if (id.kind || usesSlot) {
      push(t, ID_TYPE[id.kind ?? 'provider'], id.declaration);
    }
  };
  for (const block of parsed.doc.blocks) {
    push(block.keyword, block.spec ? 'keyword' : undefined);
    block.header.forEach((t, i) => classifyToken(t, () => headerType(block, i)));
    for (const st of block.statements) {
      push(st.key, st.spec ? 'property' : undefined);
      st.values.forEach((t) => classifyToken(t, () => valueType(st, t), st.spec?.value.type === 'providerRef'));
      if (st.note) {
        push(st.note, 'string');
      }
    }
  }
  for (const c of parsed.doc.comments) {
    push(c, 'comment');
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** The LSP encoding: five numbers a token, positions relative to the previous token. */
export function semanticTokens(document: TextDocument, parsed: ParsedCase, range?: Range): SemanticTokens {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const from = range ? document.offsetAt(range.start) : 0;
  const to = range ? document.offsetAt(range.end) : Infinity;
  for (const t of classify(parsed)) {
    if (t.offset + t.length < from || t.offset > to) {
      continue;
    }
    const pos = document.positionAt(t.offset);
    const deltaLine = pos.line - prevLine;
    data.push(deltaLine, deltaLine === 0 ? pos.character - prevChar : pos.character, t.length, TYPES.indexOf(t.type), t.declaration ? 1 : 0);
    prevLine = pos.line;
    prevChar = pos.character;
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
