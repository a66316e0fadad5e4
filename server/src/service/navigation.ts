/**
 * Navigation over provider and offender ids: go to definition, find
 * references, the places to highlight, rename. An id is declared by the first header word of a
 * `provider` or `offender` block and referenced by the first header word of a
 * `charge` and by the values of `uses`. Ids are case-sensitive and unique per
 * file (a Markdown brief's case blocks are one file).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentHighlight, Location, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Block } from './ast';
import { defineMessages, Message } from './i18n/messages';
import type { ParsedCase } from './languageService';
import { DocumentHighlightKind } from './lspValues';
import { locate } from './position';
import { scan, Token, TokenKind } from './scanner';
import { lookupBlock } from './vocabulary';

export type IdKind = 'provider' | 'offender';

/** One place an id is written. */
export interface IdOccurrence {
  readonly token: Token;
  /** The header id of a provider or offender block (the rest are references). */
  readonly declaration: boolean;
  /** What the id names: known for declarations; for references, when a block declares it. */
  readonly kind?: IdKind;
}

defineMessages({
  'navigation.rename.keyword': {
    en: (a) => `\`${a.word}\` is a block keyword of the language and cannot be renamed. Only provider and offender ids can.`,
    zh: (a) => `“${a.word}”是语言的块关键词，不能重命名；只能重命名服务商和正犯的标识符。`,
  },
  'navigation.rename.key': {
    en: (a) => `\`${a.word}\` is a key of the language and cannot be renamed. Only provider and offender ids can.`,
    zh: (a) => `“${a.word}”是语言的键名，不能重命名；只能重命名服务商和正犯的标识符。`,
  },
  'navigation.rename.value': {
    en: (a) => `\`${a.word}\` is a value, not an id, and cannot be renamed. Only provider and offender ids can.`,
    zh: (a) => `“${a.word}”是取值而非标识符，不能重命名；只能重命名服务商和正犯的标识符。`,
  },
  'navigation.rename.offense': {
    en: (a) => `\`${a.word}\` is an offense of the Criminal Law and cannot be renamed. Only provider and offender ids can.`,
    zh: (a) => `“${a.word}”是刑法规定的罪名，不能重命名；只能重命名服务商和正犯的标识符。`,
  },
  'navigation.rename.mode': {
    en: (a) => `\`${a.word}\` is a mode of liability and cannot be renamed. Only provider and offender ids can.`,
    zh: (a) => `“${a.word}”是指控方式，不能重命名；只能重命名服务商和正犯的标识符。`,
  },
  'navigation.rename.invalid': {
    en: (a) => `\`${a.word}\` is not a valid id: use one word of letters, digits, \`_\`, \`-\` or \`.\` that is not a number or a date.`,
    zh: (a) => `“${a.word}”不是有效的标识符：须为一个由文字、数字、“_”“-”“.”组成的词，且不能是数字或日期。`,
  },
  'navigation.rename.blockKeyword': {
    en: (a) => `\`${a.word}\` is a block keyword and cannot be an id.`,
    zh: (a) => `“${a.word}”是块关键词，不能用作标识符。`,
  },
  'navigation.rename.taken': {
    en: (a) => `\`${a.word}\` is already the id of another provider or offender in this file.`,
    zh: (a) => `“${a.word}”已是本文件中另一服务商或正犯的标识符。`,
  },
  'navigation.rename.referenced': {
    en: (a) => `\`${a.word}\` is already written in this file for an id no block declares: renamed to it, those places would name this block instead.`,
    zh: (a) => `本文件中已有引用“${a.word}”之处，但没有块声明该标识符：改用此名，那些引用就会指向本块。`,
  },
});

const isIdToken = (t: Token | undefined): t is Token => t !== undefined && t.kind !== TokenKind.String;

/** What each id of a brief names (a provider's id wins over an offender's). */
export function idKinds(parsed: ParsedCase): Map<string, IdKind> {
  const kinds = new Map<string, IdKind>();
  for (const o of parsed.model.offenders) {
    kinds.set(o.id, 'offender');
  }
  for (const p of parsed.model.providers) {
    kinds.set(p.id, 'provider');
  }
  return kinds;
}

/** The occurrences of ids in one block, in order. */
export function blockIdOccurrences(block: Block, kinds: ReadonlyMap<string, IdKind>, out: IdOccurrence[] = []): IdOccurrence[] {
  const kind = block.spec?.id;
  const first = block.header[0];
  if ((kind === 'provider' || kind === 'offender') && isIdToken(first)) {
    out.push({ token: first, declaration: true, kind });
  } else if (kind === 'charge' && isIdToken(first)) {
    out.push({ token: first, declaration: false, kind: kinds.get(first.value) });
  }
  for (const st of block.statements) {
    if (st.spec?.value.type === 'providerRef') {
      for (const v of st.values) {
        // a number as an id (`provider 360`) is an error, but it is written where the id
        // goes, as in the headers: renaming it to a word must reach every place
        if (isIdToken(v)) {
          out.push({ token: v, declaration: false, kind: kinds.get(v.value) });
        }
      }
    }
  }
  return out;
}

/** Every occurrence of a provider or offender id, in document order. */
export function idOccurrences(parsed: ParsedCase): IdOccurrence[] {
  const kinds = idKinds(parsed);
  const out: IdOccurrence[] = [];
  for (const block of parsed.doc.blocks) {
    blockIdOccurrences(block, kinds, out);
  }
  return out;
}

/**
 * The id occurrence at an offset. The offset just past the id counts, as a caret there is
 * "on" it, even when a string or a comment follows without a space (`快播|“深圳快播公司”`):
 * the token that starts at the caret is asked first, then the one that ends there.
 */
function idAt(parsed: ParsedCase, offset: number): IdOccurrence | undefined {
  const holding = (at: number) => {
    const place = locate(parsed.doc, at);
    return place.kind === 'header' || place.kind === 'value' ? idOccurrences(parsed).find((o) => o.token === place.token) : undefined;
  };
  return holding(offset) ?? (offset > 0 ? holding(offset - 1) : undefined);
}

const rangeOf = (document: TextDocument, t: Token): Range => ({
  start: document.positionAt(t.offset),
  end: document.positionAt(t.offset + t.length),
});

/** The declarations of the id at a position. */
export function findDefinition(document: TextDocument, parsed: ParsedCase, position: Position): Location[] {
  const at = idAt(parsed, document.offsetAt(position));
  if (!at) {
    return [];
  }
  return idOccurrences(parsed)
    .filter((o) => o.declaration && o.token.value === at.token.value)
    .map((o) => ({ uri: document.uri, range: rangeOf(document, o.token) }));
}

/** Every occurrence of the id at a position; the declaration only when asked for. */
export function findReferences(
  document: TextDocument,
  parsed: ParsedCase,
  position: Position,
  includeDeclaration: boolean,
): Location[] {
  const at = idAt(parsed, document.offsetAt(position));
  if (!at) {
    return [];
  }
  return idOccurrences(parsed)
    .filter((o) => o.token.value === at.token.value && (includeDeclaration || !o.declaration))
    .map((o) => ({ uri: document.uri, range: rangeOf(document, o.token) }));
}

/**
 * The places of the id at a position, for the editor to mark while the caret is on it:
 * the block that declares it as written, the charges and `uses` that name it as read.
 * Empty elsewhere (a keyword, a value), which leaves the editor its own word highlighting.
 */
export function findHighlights(document: TextDocument, parsed: ParsedCase, position: Position): DocumentHighlight[] {
  const at = idAt(parsed, document.offsetAt(position));
  if (!at) {
    return [];
  }
  return idOccurrences(parsed)
    .filter((o) => o.token.value === at.token.value)
    .map((o) => ({ range: rangeOf(document, o.token), kind: o.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}

/** Either a result or the reason the user cannot have it. */
export type Refusal = { readonly refused: Message };

/** Why the word at an offset is not renameable, or undefined when there is nothing there to speak of. */
function refusal(parsed: ParsedCase, offset: number): Refusal | undefined {
  const place = locate(parsed.doc, offset, { includeRightBound: true });
  const refuse = (id: string, word: string): Refusal => ({ refused: { id: `navigation.rename.${id}`, args: { word } } });
  switch (place.kind) {
    case 'keyword':
      return refuse('keyword', place.token.value);
    case 'key':
      return refuse('key', place.token.value);
    case 'header':
      if (place.role === 'offense' || place.role === 'mode') {
        return refuse(place.role, place.token.value);
      }
      return undefined;
    case 'value':
      return refuse(place.statement.spec?.value.type === 'offense' ? 'offense' : 'value', place.token.value);
    default:
      return undefined;
  }
}

/**
 * Whether the word at a position can be renamed: the id's range and text, a
 * refusal with the reason (a keyword, a key, a value, an offense, a mode), or
 * undefined when the position holds nothing one could rename.
 */
export function prepareRename(
  document: TextDocument,
  parsed: ParsedCase,
  position: Position,
): { range: Range; placeholder: string } | Refusal | undefined {
  const offset = document.offsetAt(position);
  const at = idAt(parsed, offset);
  if (at) {
    return { range: rangeOf(document, at.token), placeholder: at.token.value };
  }
  return refusal(parsed, offset);
}

/** Why a new name cannot be an id, or undefined when it can. */
export function checkNewName(parsed: ParsedCase, oldName: string, newName: string): Message | undefined {
  const tokens = scan(newName);
  const word = tokens[0];
  if (tokens.length !== 2 || word.kind !== TokenKind.Word || word.length !== newName.length) {
    return { id: 'navigation.rename.invalid', args: { word: newName } };
  }
  if (lookupBlock(newName)) {
    return { id: 'navigation.rename.blockKeyword', args: { word: newName } };
  }
  const { providers, offenders } = parsed.model;
  if (newName !== oldName && [...providers, ...offenders].some((b) => b.id === newName)) {
    return { id: 'navigation.rename.taken', args: { word: newName } };
  }
  // a charge or `uses` naming an id nothing declares would silently come to mean this block
  if (newName !== oldName && idOccurrences(parsed).some((o) => o.token.value === newName)) {
    return { id: 'navigation.rename.referenced', args: { word: newName } };
  }
  return undefined;
}

/** Renames the id at a position everywhere it is written in the document. */
export function rename(
  document: TextDocument,
  parsed: ParsedCase,
  position: Position,
  newName: string,
): WorkspaceEdit | Refusal | undefined {
  const offset = document.offsetAt(position);
  const at = idAt(parsed, offset);
  if (!at) {
    return refusal(parsed, offset);
  }
  const problem = checkNewName(parsed, at.token.value, newName);
  if (problem) {
    return { refused: problem };
  }
  const edits: TextEdit[] = idOccurrences(parsed)
    .filter((o) => o.token.value === at.token.value)
    .map((o) => ({ range: rangeOf(document, o.token), newText: newName }));
  return { changes: { [document.uri]: edits } };
}

/** Whether a service answer is a refusal. */
export function isRefusal(x: unknown): x is Refusal {
  return typeof x === 'object' && x !== null && 'refused' in x;
}
