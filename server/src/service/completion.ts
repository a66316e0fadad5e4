/**
 * Completion, by place: block keywords at a line's start outside any block;
 * the keys of the block not yet written; the values of a key after it or
 * after a comma; ids, offenses and modes in a charge's header; provider ids
 * after `uses`. Every word is offered once, labelled in both languages
 * (`caching · 缓存`); the spelling inserted follows the language the user is
 * typing. Works in half-typed lines and inside Markdown ```case blocks only.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CompletionItem,
  CompletionList,
  Position,
  Range,
} from 'vscode-languageserver-types';
import { CompletionItemKind, MarkupKind } from './lspValues';
import type { Block, Statement } from './ast';
import { defineMessages, format, Locale } from './i18n/messages';
import type { ParsedCase } from './languageService';
import { lineStartOf, locate } from './position';
import { LETTER, TokenKind } from './scanner';
import {
  BLOCKS,
  foldAscii,
  KEYS,
  keysOf,
  lookupBlock,
  lookupOffense,
  OFFENSES,
  Term,
  VALUE_SETS,
} from './vocabulary';
import { bothWords, termMarkdown, TermRef, termOfBlock, termOfKey, termOfMode, termOfOffense, termOfValue } from './hover';

export interface CompletionSettings {
  readonly locale: Locale;
}

/** Characters after which the editor should ask again without a typed letter. */
export const COMPLETION_TRIGGERS: readonly string[] = [' ', ',', '，', '、', ':', '：'];

defineMessages({
  'completion.provider': { en: (a) => `provider${a.name ? ` “${String(a.name)}”` : ''}`, zh: (a) => `服务商${a.name ? `“${String(a.name)}”` : ''}` },
  'completion.offender': { en: (a) => `offender${a.name ? ` “${String(a.name)}”` : ''}`, zh: (a) => `正犯${a.name ? `“${String(a.name)}”` : ''}` },
});

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Removes strings and comments from a line, so that a Chinese note does not make the line Chinese. */
const bare = (line: string) => line.replace(/"(?:[^"\\]|\\.)*"?|“[^”]*”?|「[^」]*」?|(#|\/\/).*$/g, '');

/** Where a completion happens: the text typed so far and the range a choice replaces. */
interface Typing {
  readonly prefix: string;
  readonly range: Range;
  readonly zh: boolean;
}

/** Every spelling of a key or value, folded: the words whose language tells the user's. */
const VOCABULARY_WORDS: ReadonlySet<string> = new Set(
  [...KEYS, ...Object.values(VALUE_SETS).flat()].flatMap((term) => [...term.en.map(foldAscii), ...term.zh]),
);

/** The scanner's words, for reading a line word by word. */
const WORDS = new RegExp(`${LETTER.source}+`, 'gu');

/**
 * The language of the last word of the vocabulary in a stretch of a line, if any.
 * Ids and display names are the user's own (`charge 快播 art363`): they say nothing
 * about the language the keywords are written in.
 */
function vocabularyLanguage(line: string): 'zh' | 'en' | undefined {
  const words = bare(line).match(WORDS) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (VOCABULARY_WORDS.has(foldAscii(w)) || lookupBlock(w) || lookupOffense(w)) {
      return CJK.test(w) ? 'zh' : 'en';
    }
  }
  return undefined;
}

/**
 * Whether to insert Chinese: the typed prefix decides when it holds letters; else the
 * last keyword, key or value on the line before the caret; else the block's keyword
 * (in a block) or the previous block's.
 */
function prefersChinese(parsed: ParsedCase, offset: number, start: number, prefix: string, block: Block | undefined): boolean {
  if (CJK.test(prefix)) {
    return true;
  }
  if (/[A-Za-z]/.test(prefix)) {
    return false;
  }
  const line = vocabularyLanguage(parsed.text.slice(lineStartOf(parsed.text, offset), start));
  if (line) {
    return line === 'zh';
  }
  const before = block ?? [...parsed.doc.blocks].reverse().find((b) => b.offset < offset);
  return before ? CJK.test(before.keyword.value) : false;
}

/** The spelling to insert: one in the preferred language that starts with the prefix, else its first. */
function spellingFor(term: Term, typing: Typing): string {
  const words = typing.zh ? term.zh : term.en;
  const p = foldAscii(typing.prefix);
  return words.find((w) => foldAscii(w).startsWith(p)) ?? words[0];
}

const sortKey = (i: number) => String(i).padStart(4, '0');

function wordItem(ref: TermRef, kind: CompletionItemKind, i: number, typing: Typing, locale: Locale, label = bothWords(ref.term)): CompletionItem {
  const word = spellingFor(ref.term, typing);
  return {
    label,
    kind,
    filterText: word,
    sortText: sortKey(i),
    textEdit: { range: typing.range, newText: word },
    documentation: { kind: MarkupKind.Markdown, value: termMarkdown(ref, locale, { topics: 'titles' }) },
  };
}

function idItems(parsed: ParsedCase, typing: Typing, locale: Locale, opts: { offenders: boolean; exclude: readonly string[] }): CompletionItem[] {
  const ids = [
    ...parsed.model.providers.map((p) => ({ id: p.id, detail: format({ id: 'completion.provider', args: { name: p.name ?? '' } }, locale) })),
    ...(opts.offenders ? parsed.model.offenders.map((o) => ({ id: o.id, detail: format({ id: 'completion.offender', args: { name: o.name ?? '' } }, locale) })) : []),
  ];
  const seen = new Set(opts.exclude);
  return ids.flatMap((x, i) => {
    if (seen.has(x.id)) {
      return [];
    }
    seen.add(x.id);
    return [{ label: x.id, kind: CompletionItemKind.Reference, detail: x.detail, filterText: x.id, sortText: sortKey(i), textEdit: { range: typing.range, newText: x.id } }];
  });
}

function offenseItems(typing: Typing, locale: Locale): CompletionItem[] {
  return OFFENSES.map((o, i) => ({
    ...wordItem(termOfOffense(o), CompletionItemKind.Function, i, typing, locale),
    detail: locale === 'zh-CN' ? o.titleZh : o.nameEn,
  }));
}

function headerItems(parsed: ParsedCase, block: Block, index: number, typing: Typing, locale: Locale): CompletionItem[] {
  switch (block.spec?.header[index]) {
    case 'ref':
      return idItems(parsed, typing, locale, { offenders: true, exclude: [] });
    case 'offense':
      return offenseItems(typing, locale);
    case 'mode':
      return VALUE_SETS.mode.map((m, i) => wordItem(termOfMode(m), CompletionItemKind.EnumMember, i, typing, locale));
    default:
      return [];
  }
}

function keyItems(block: Block, current: Statement | undefined, typing: Typing, locale: Locale): CompletionItem[] {
  if (!block.spec) {
    return [];
  }
  const written = new Set(block.statements.filter((st) => st !== current && st.spec).map((st) => st.spec!.id));
  return keysOf(block.spec.id)
    .filter((k) => !written.has(k.id))
    .map((k, i) => wordItem(termOfKey(k), CompletionItemKind.Property, i, typing, locale));
}

/** Values for a statement's key; `typed` is the value token being typed, if any. */
function valueItems(parsed: ParsedCase, st: Statement, typedIndex: number | undefined, typing: Typing, locale: Locale): CompletionItem[] {
  const spec = st.spec;
  if (!spec) {
    return [];
  }
  const others = st.values.filter((_, i) => i !== typedIndex);
  if (spec.arity === 'one' && others.length > 0) {
    return [];
  }
  const v = spec.value;
  if (v.type === 'offense') {
    return offenseItems(typing, locale);
  }
  if (v.type === 'providerRef') {
    return idItems(parsed, typing, locale, { offenders: false, exclude: others.map((t) => t.value) });
  }
  if (v.type !== 'enum') {
    return [];
  }
  const set = v.set;
  const taken = new Set(others.map((t) => VALUE_SETS[set].find((term) => [...term.en.map(foldAscii), ...term.zh].includes(foldAscii(t.value)))?.id));
  // after a value of a list (`通知：用户，`) `none` would contradict it, and after `none` nothing follows
  if (taken.has('none')) {
    return [];
  }
  return VALUE_SETS[set]
    .filter((term) => !taken.has(term.id) && !(term.id === 'none' && others.length > 0))
    .map((term, i) => wordItem(termOfValue(spec, set, term), CompletionItemKind.EnumMember, i, typing, locale));
}

/** Whether the caret, after a statement's last word, waits for a value (after the key, a colon or a comma). */
function expectsValue(text: string, st: Statement, offset: number): boolean {
  const last = st.values[st.values.length - 1] ?? st.colon ?? st.key;
  const between = text.slice(last.offset + last.length, offset);
  if (st.note || !/^[\s,，、:：]*$/.test(between)) {
    return false;
  }
  return st.values.length === 0 || /[,，、]/.test(between);
}

/**
 * Whether an offset of a brief lies in a ```case block's content. Where the content ends
 * the closing fence begins: a word inserted there would break the fence. An unclosed
 * block runs to the end of the text, and its end is still inside.
 */
function inCaseContent(parsed: ParsedCase, offset: number): boolean {
  return parsed.regions.some((r) => offset >= r.start && (offset < r.end || r.end === parsed.text.length));
}

const empty = (): CompletionList => ({ isIncomplete: false, items: [] });

/** The completions at a position. */
export function doComplete(parsed: ParsedCase, document: TextDocument, position: Position, settings: CompletionSettings): CompletionList {
  const offset = document.offsetAt(position);
  if (parsed.markdown && !inCaseContent(parsed, offset)) {
    return empty();
  }
  const place = locate(parsed.doc, offset, { includeRightBound: true });
  if (place.kind === 'comment' || place.kind === 'note') {
    return empty();
  }
  const token = place.kind === 'nothing' ? undefined : place.token;
  if (token && token.kind === TokenKind.String) {
    return empty();
  }
  const start = token ? token.offset : offset;
  const prefix = parsed.text.slice(start, offset);
  const block = place.block;
  const typing: Typing = {
    prefix,
    range: { start: document.positionAt(start), end: document.positionAt(token ? token.offset + token.length : offset) },
    zh: prefersChinese(parsed, offset, start, prefix, block),
  };
  const locale = settings.locale;
  const atLineStart = parsed.text.slice(lineStartOf(parsed.text, offset), start).trim() === '';
  const items = ((): CompletionItem[] => {
    switch (place.kind) {
      case 'keyword':
        // A word at a line's start outside a body, being typed: a block keyword.
        return BLOCKS.map((b, i) => wordItem(termOfBlock(b), CompletionItemKind.Keyword, i, typing, locale));
      case 'header':
        return headerItems(parsed, place.block, place.index, typing, locale);
      case 'key':
        return keyItems(place.block, place.statement, typing, locale);
      case 'value':
        return valueItems(parsed, place.statement, place.index, typing, locale);
      case 'nothing': {
        if (place.block && place.inHeader) {
          const index = place.block.header.filter((t) => t.offset < offset).length;
          return headerItems(parsed, place.block, index, typing, locale);
        }
        if (place.block && place.inBody) {
          if (place.statement) {
            return expectsValue(parsed.text, place.statement, offset) ? valueItems(parsed, place.statement, undefined, typing, locale) : [];
          }
          return keyItems(place.block, undefined, typing, locale);
        }
        if (atLineStart && !(place.block && place.block.close && offset > place.block.close.offset)) {
          return BLOCKS.map((b, i) => wordItem(termOfBlock(b), CompletionItemKind.Keyword, i, typing, locale));
        }
        return [];
      }
    }
  })();
  // With nothing typed yet the user's language is unknown: ask again on the next keystroke,
  // so that typing `缓` after `role ` narrows to the Chinese spellings instead of closing the list.
  return { isIncomplete: prefix === '' && items.length > 0, items };
}

