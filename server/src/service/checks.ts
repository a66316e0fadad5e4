/**
 * The ten text checks of doctrine.md ("Checking the text"): everything that
 * is wrong with the words before the doctrine is asked anything.
 */
import type { Block, CaseDocument, Statement, SyntaxProblem } from './ast';
import type { Finding, Related } from './findings';
import { aOrAn, defineMessages, Args } from './i18n/messages';
import type { CaseModelSet, ChargeModel } from './model';
import { canonicalValue, isCalendarDate } from './model';
import { lineIndexOf, lineStarts } from './pieceDocument';
import { Token, TokenKind } from './scanner';
import { nearest } from './suggest';
import {
  AMENDMENT_IX_IN_FORCE,
  BLOCKS,
  foldAscii,
  KeySpec,
  OFFENSES,
  VALUE_SETS,
  keysOf,
  lookupKey,
  lookupOffense,
  lookupValue,
  offenseById,
  spellings,
  termsForKey,
} from './vocabulary';

const s = (a: Args, k: string) => String(a[k] ?? '');
const didYouMean = (a: Args) => (a.suggestions ? ` Did you mean ${s(a, 'suggestions')}?` : '');
/**
 * A list of words (`caching`, `缓存`; `art363` (第363条), …) as a Chinese sentence lists
 * them: 、 between the items, the Chinese word in full-width parentheses.
 */
const zhList = (a: Args, k: string) => s(a, k).replace(/` \(([^()]*)\)/g, '`（$1）').replace(/(?<=[`）]), (?=`)/g, '、');
/** An offense by its Chinese name and article: 帮助信息网络犯罪活动罪（第287条之二）. */
const offenseZh = (id: string) => {
  const o = offenseById(id);
  return o ? `${o.titleZh}（${o.zh[0]}）` : id;
};
/** A block's keyword in the message's language. */
const blockWord = (id: string, zh: boolean) => {
  const b = BLOCKS.find((spec) => spec.id === id);
  return b ? (zh ? b.zh[0] : b.en[0]) : id;
};
const zhDidYouMean = (a: Args) => (a.suggestions ? `是否想写 ${zhList(a, 'suggestions')}？` : '');

defineMessages({
  'unknown-block': {
    en: (a) => `Unknown block ${JSON.stringify(s(a, 'word'))}.${didYouMean(a)} Blocks: ${s(a, 'valid')}.`,
    zh: (a) => `未知的块“${s(a, 'word')}”。${zhDidYouMean(a)}可用的块：${zhList(a, 'valid')}。`,
  },
  'unknown-key': {
    en: (a) => `Unknown key ${JSON.stringify(s(a, 'word'))} in ${aOrAn(s(a, 'block'))} block.${didYouMean(a)}${a.home ? ` It is a fact of the ${blockWord(s(a, 'home'), false)} block.` : ''}`,
    zh: (a) => `“${s(a, 'block')}”块中没有“${s(a, 'word')}”这一项。${zhDidYouMean(a)}${a.home ? `“${s(a, 'word')}”应写在“${blockWord(s(a, 'home'), true)}”块中。` : ''}`,
  },
  'unknown-value': {
    en: (a) => `${JSON.stringify(s(a, 'word'))} is not a valid value for ${s(a, 'key')}.${didYouMean(a)}${a.valid ? ` Valid: ${s(a, 'valid')}.` : ''}`,
    zh: (a) => `“${s(a, 'word')}”不是“${s(a, 'key')}”的有效取值。${zhDidYouMean(a)}${a.valid ? `可用取值：${zhList(a, 'valid')}。` : ''}`,
  },
  'unknown-value.missing': {
    en: (a) => `${s(a, 'key')} needs a value.${a.valid ? ` Valid: ${s(a, 'valid')}.` : ''}`,
    zh: (a) => `“${s(a, 'key')}”缺少取值。${a.valid ? `可用取值：${zhList(a, 'valid')}。` : ''}`,
  },
  'unknown-value.quoted': {
    en: (a) => `${s(a, 'key')} needs a value: a string in quotes after it is only a note.${a.suggestions ? ` Write ${s(a, 'suggestions')} without quotes.` : ''}${a.valid ? ` Valid: ${s(a, 'valid')}.` : ''}`,
    zh: (a) => `“${s(a, 'key')}”缺少取值：其后带引号的字符串只是备注。${a.suggestions ? `请去掉引号，写作 ${zhList(a, 'suggestions')}。` : ''}${a.valid ? `可用取值：${zhList(a, 'valid')}。` : ''}`,
  },
  'unknown-value.calendar': {
    en: (a) => `${JSON.stringify(s(a, 'word'))} is not a day of the calendar (YYYY-MM-DD).`,
    zh: (a) => `“${s(a, 'word')}”不是日历上的日期（YYYY-MM-DD）。`,
  },
  'unknown-value.date': {
    en: (a) => `${s(a, 'key')} takes a date written YYYY-MM-DD, not ${JSON.stringify(s(a, 'word'))}.${didYouMean(a)}`,
    zh: (a) => `“${s(a, 'key')}”应填写 YYYY-MM-DD 格式的日期，而不是“${s(a, 'word')}”。${zhDidYouMean(a)}`,
  },
  'unknown-value.number': {
    en: (a) => `${s(a, 'key')} takes a number, not ${JSON.stringify(s(a, 'word'))}.${didYouMean(a)}`,
    zh: (a) => `“${s(a, 'key')}”应填写数字，而不是“${s(a, 'word')}”。${zhDidYouMean(a)}`,
  },
  'unknown-value.mode': {
    en: (a) => `${JSON.stringify(s(a, 'word'))} is not a mode.${didYouMean(a)} Modes: act, omission, principal, accomplice (作为, 不作为, 正犯, 共犯).`,
    zh: (a) => `“${s(a, 'word')}”不是指控方式。${zhDidYouMean(a)}可用：作为、不作为、正犯、共犯（也可写 act、omission、principal、accomplice）。`,
  },
  'unknown-value.offense': {
    en: (a) => `${JSON.stringify(s(a, 'word'))} is not an offense the tool knows.${didYouMean(a)}`,
    zh: (a) => `“${s(a, 'word')}”不是可识别的罪名。${zhDidYouMean(a)}`,
  },
  'duplicate-id': {
    en: (a) => `The id ${JSON.stringify(s(a, 'id'))} is already defined on line ${s(a, 'line')}: provider and offender ids must be unique.`,
    zh: (a) => `标识符“${s(a, 'id')}”已在第 ${s(a, 'line')} 行定义：服务商与正犯的标识符不得重复。`,
  },
  'duplicate-key': {
    en: (a) => `${s(a, 'key')} is written twice in this block; the last one counts.`,
    zh: (a) => `本块中“${s(a, 'key')}”写了两次，以最后一次为准。`,
  },
  'too-many-values': {
    en: (a) => `${s(a, 'key')} takes one value; only the first counts.`,
    zh: (a) => `“${s(a, 'key')}”只能有一个取值，仅第一个有效。`,
  },
  'undefined-reference': {
    en: (a) => `No provider or offender is defined with the id ${JSON.stringify(s(a, 'id'))}.${didYouMean(a)}`,
    zh: (a) => `没有标识符为“${s(a, 'id')}”的服务商或正犯。${zhDidYouMean(a)}`,
  },
  'undefined-reference.provider': {
    en: (a) => `No provider is defined with the id ${JSON.stringify(s(a, 'id'))}.${didYouMean(a)}`,
    zh: (a) => `没有标识符为“${s(a, 'id')}”的服务商。${zhDidYouMean(a)}`,
  },
  'missing-role': {
    en: (a) => `Provider ${s(a, 'id')} has no role: state what it does (access, caching, storage, search, link …).`,
    zh: (a) => `服务商 ${s(a, 'id')} 缺少“类型”：请写明其功能（接入、缓存、存储、搜索、链接……）。`,
  },
  'not-in-force': {
    en: (a) => `${s(a, 'offense')} came with Criminal Law Amendment IX, in force from 2015-11-01; the conduct (${s(a, 'date')}) is earlier.`,
    zh: (a) => `${offenseZh(s(a, 'offense'))}由《刑法修正案（九）》增设，自2015年11月1日起施行；本案行为时间（${s(a, 'date')}）在此之前。`,
  },
});

/**
 * The valid values of a key for a message: every spelling when they are few (`yes`, `是`,
 * `有` …), else each value once, its English id with its Chinese word (role's twelve), else
 * none (the offenses: the suggestions name the nearest).
 */
function validList(key: KeySpec, suggested = false): string {
  const terms = termsForKey(key);
  const words = terms.flatMap(spellings);
  if (words.length > 0 && words.length <= 12) {
    return list(words);
  }
  // the long list only where no "did you mean" already points the way
  return !suggested && terms.length > 0 && terms.length <= 12 ? terms.map((t) => `\`${t.id}\` (${t.zh[0]})`).join(', ') : '';
}

/** Joins candidate spellings for a message: `caching`, `缓存`. */
const list = (words: readonly string[]) => words.map((w) => `\`${w}\``).join(', ');

/** The 1-based line of an offset, by binary search: a scan from the start per duplicate id was quadratic. */
const lineOf = (starts: readonly number[], offset: number) => lineIndexOf(starts, offset) + 1;

const at = (tok: Token) => ({ offset: tok.offset, length: tok.length });

/** Whether a finding made earlier still stands where a token now stands. */
const placed = (f: { offset: number; length: number }, tok: { offset: number; length: number }) => f.offset === tok.offset && f.length === tok.length;

/** Id comparisons spent on "did you mean" for undefined references, per document. */
const SUGGESTION_BUDGET = 200_000;

let blockWordsList: string[] | undefined;
const blockWords = () => (blockWordsList ??= BLOCKS.flatMap(spellings));

/*
 * What the checks found, kept with what it rests on, so that an edit re-checks
 * only what it changed (the parse and the model keep the objects of every
 * block an edit did not touch, and incremental.ts shifts the findings of the
 * last version in place, as it shifts the tree). A finding kept is the same
 * object, and so keeps its diagnostic.
 *
 * The findings of a block or a syntax problem are in every
 * analysis of the tree that holds them, so they move with it. Those of the
 * checks over the whole case (a second case block, duplicate ids, undefined
 * references, offenses not in force) can drop out of one version and come
 * back in a later one without having moved with the edits between: they are
 * reused only where they still stand (`placed`).
 */
const bySyntax = new WeakMap<SyntaxProblem, Finding>();
const byBlock = new WeakMap<Block, readonly Finding[]>();
const secondCases = new WeakMap<Block, Finding>();
const duplicates = new WeakMap<Token, { readonly first: Token; readonly line: number; readonly finding: Finding }>();
const undefinedRefs = new WeakMap<Token, { readonly ids: readonly string[] | null; readonly finding: Finding }>();
const notInForce = new WeakMap<ChargeModel, { readonly conduct: string; readonly finding: Finding }>();

const NONE: readonly Finding[] = [];

interface Ids {
  readonly list: readonly string[];
  readonly set: ReadonlySet<string>;
}

interface CaseIds {
  /** The providers' ids. */
  readonly providers: Ids;
  /** The providers' ids, then the offenders'. */
  readonly all: Ids;
}

/**
 * The ids of a tree's last analysis, by the tree's list of blocks (which an incremental parse
 * keeps, incremental.ts): while the ids stay the same, so do these lists, so a suggestion made
 * from them is known to be still right by identity, and their sets are not built again.
 */
const lastIds = new WeakMap<readonly Block[], CaseIds>();

/** Whether a case has exactly these ids, in this order. */
function sameIds(ids: CaseIds, model: CaseModelSet): boolean {
  const { providers, offenders } = model;
  const all = ids.all.list;
  if (ids.providers.list.length !== providers.length || all.length !== providers.length + offenders.length) {
    return false;
  }
  for (let i = 0; i < providers.length; i++) {
    if (all[i] !== providers[i].id) {
      return false;
    }
  }
  for (let i = 0; i < offenders.length; i++) {
    if (all[providers.length + i] !== offenders[i].id) {
      return false;
    }
  }
  return true;
}

/** The ids of a case: those of the tree's last analysis when the same. */
function idsOf(doc: CaseDocument, model: CaseModelSet): CaseIds {
  const last = lastIds.get(doc.blocks);
  if (last && sameIds(last, model)) {
    return last;
  }
  const providerIds = model.providers.map((p) => p.id);
  const all = [...providerIds, ...model.offenders.map((o) => o.id)];
  const ids = { providers: { list: providerIds, set: new Set(providerIds) }, all: { list: all, set: new Set(all) } };
  lastIds.set(doc.blocks, ids);
  return ids;
}

/** Runs the ten text checks over a parsed document and its facts. */
export function checkText(doc: CaseDocument, model: CaseModelSet): Finding[] {
  const out: Finding[] = [];
  for (const p of doc.syntax) {
    let f = bySyntax.get(p);
    if (!f) {
      f = { code: 'syntax', offset: p.offset, length: p.length, message: p.message };
      bySyntax.set(p, f);
    }
    out.push(f);
  }

  let seenCase = false;
  for (const block of doc.blocks) {
    if (block.spec?.id === 'case') {
      if (seenCase) {
        let f = secondCases.get(block);
        if (!f || !placed(f, block.keyword)) {
          f = { code: 'syntax', ...at(block.keyword), message: { id: 'syntax.secondCase' } };
          secondCases.set(block, f);
        }
        out.push(f);
      }
      seenCase = true;
    }
    const found = blockFindings(block);
    for (let i = 0; i < found.length; i++) {
      out.push(found[i]);
    }
  }

  const ids = idsOf(doc, model);
  // without two equal ids, no duplicate: the check need not walk the ids
  if (ids.all.set.size < ids.all.list.length) {
    checkDuplicateIds(doc, model, out);
  }
  checkReferences(model, ids, out);

  // not-in-force
  const conduct = model.caseBlock?.facts.get('conduct')?.values[0];
  if (conduct && conduct < AMENDMENT_IX_IN_FORCE) {
    for (const charge of model.charges) {
      const off = charge.offense ? offenseById(charge.offense) : undefined;
      const tok = charge.offenseToken;
      if (off?.amendmentIX && tok) {
        const known = notInForce.get(charge);
        if (known && known.conduct === conduct && placed(known.finding, tok)) {
          out.push(known.finding);
          continue;
        }
        const finding: Finding = { code: 'not-in-force', ...at(tok), message: { id: 'not-in-force', args: { offense: off.id, date: conduct } } };
        notInForce.set(charge, { conduct, finding });
        out.push(finding);
      }
    }
  }
  return out;
}

/** The findings of the text checks that read one block alone (kept per Block object). */
export function blockFindings(block: Block): readonly Finding[] {
  let found = byBlock.get(block);
  if (!found) {
    found = checkBlock(block);
    byBlock.set(block, found);
  }
  return found;
}

/** What one block says wrong on its own: an unknown keyword, or its header's and statements' problems. */
function checkBlock(block: Block): readonly Finding[] {
  const out: Finding[] = [];
  if (!block.spec) {
    const suggestions = fittingBlocks(nearest(block.keyword.value, blockWords()), block);
    out.push({
      code: 'unknown-block',
      ...at(block.keyword),
      message: { id: 'unknown-block', args: { word: block.keyword.value, suggestions: list(suggestions), valid: list(blockWords()) } },
      data: { suggestions },
    });
    return out;
  }
  checkHeader(block, out);
  checkStatements(block, out);
  // missing-role: a provider (a provider block with an id, as model.ts reads it) that states no role
  const id = block.header[0];
  if (block.spec.id === 'provider' && id && id.kind !== TokenKind.String && !block.statements.some((st) => st.spec?.id === 'role')) {
    out.push({
      code: 'missing-role',
      offset: block.offset,
      length: block.headerEnd - block.offset,
      message: { id: 'missing-role', args: { id: id.value } },
      data: { missingFacts: ['role'], provider: id.value },
    });
  }
  return out.length > 0 ? out : NONE;
}

/** duplicate-id: providers and offenders share one namespace. */
function checkDuplicateIds(doc: CaseDocument, model: CaseModelSet, out: Finding[]): void {
  const firstId = new Map<string, Token>();
  let starts: number[] | undefined;
  const line = (offset: number) => lineOf((starts ??= lineStarts(doc.text, true)), offset);
  // Both lists are in document order: merged, they are in the order of their ids.
  const { providers, offenders } = model;
  let i = 0;
  let j = 0;
  while (i < providers.length || j < offenders.length) {
    const idToken = j >= offenders.length || (i < providers.length && providers[i].idToken.offset < offenders[j].idToken.offset)
      ? providers[i++].idToken
      : offenders[j++].idToken;
    const first = firstId.get(idToken.value);
    if (!first) {
      firstId.set(idToken.value, idToken);
      continue;
    }
    const firstLine = line(first.offset);
    const known = duplicates.get(idToken);
    if (known && known.first === first && known.line === firstLine && placed(known.finding, idToken) && placed((known.finding.related as Related[])[0], first)) {
      out.push(known.finding);
      continue;
    }
    const finding: Finding = {
      code: 'duplicate-id',
      ...at(idToken),
      message: { id: 'duplicate-id', args: { id: idToken.value, line: firstLine } },
      related: [{ ...at(first), message: { id: 'duplicate-id', args: { id: idToken.value, line: firstLine } } }],
    };
    duplicates.set(idToken, { first, line: firstLine, finding });
    out.push(finding);
  }
}

/** undefined-reference: charges name providers or offenders; `uses` names providers. */
function checkReferences(model: CaseModelSet, { providers: providerIds, all: allIds }: CaseIds, out: Finding[]): void {
  // Each suggestion compares the word with every id: past a budget (thousands of
  // undefined ids among thousands of ids) none are offered, or the check turns quadratic.
  let comparisons = 0;
  const report = (tok: Token, ids: readonly string[], id: string) => {
    comparisons += ids.length;
    // the suggestions rest on the ids, unless past the budget, where there are none
    const from = comparisons <= SUGGESTION_BUDGET ? ids : null;
    const known = undefinedRefs.get(tok);
    if (known && known.ids === from && placed(known.finding, tok)) {
      out.push(known.finding);
      return;
    }
    const suggestions = from ? nearest(tok.value, from) : [];
    const finding: Finding = {
      code: 'undefined-reference',
      ...at(tok),
      message: { id, args: { id: tok.value, suggestions: list(suggestions) } },
      data: { suggestions },
    };
    undefinedRefs.set(tok, { ids: from, finding });
    out.push(finding);
  };
  for (const charge of model.charges) {
    if (charge.refToken && !allIds.set.has(charge.refToken.value)) {
      report(charge.refToken, allIds.list, 'undefined-reference');
    }
  }
  for (const offender of model.offenders) {
    for (const st of offender.block.statements) {
      if (st.spec?.value.type !== 'providerRef') {
        continue;
      }
      for (const tok of st.values) {
        // a number or a date is never an id (language.md, lexical rules): undefined too
        if (tok.kind !== TokenKind.String && !providerIds.set.has(tok.value)) {
          report(tok, providerIds.list, 'undefined-reference.provider');
        }
      }
    }
  }
}

function checkHeader(block: Block, out: Finding[]): void {
  const spec = block.spec;
  if (!spec) {
    return;
  }
  const h = block.header;
  const extra = (from: number) => {
    for (const tok of h.slice(from)) {
      // a string left open or in reversed quotes has its syntax error there already: one is enough
      if (!tok.unterminated && !tok.reversed) {
        out.push({ code: 'syntax', ...at(tok), message: { id: 'syntax.extraHeaderWord', args: { text: tok.value } } });
      }
    }
  };
  switch (spec.id) {
    case 'case':
    case 'evidence':
      if (h[0] && h[0].kind !== TokenKind.String) {
        out.push({ code: 'syntax', ...at(h[0]), message: { id: spec.id === 'case' ? 'syntax.expectedTitle' : 'syntax.expectedLabel' } });
      }
      extra(1);
      break;
    case 'provider':
    case 'offender':
      if (!h[0] || h[0].kind !== TokenKind.Word) {
        out.push({
          code: 'syntax',
          offset: block.keyword.offset,
          length: block.headerEnd - block.keyword.offset,
          message: { id: 'syntax.expectedId', args: { block: block.keyword.value } },
        });
        return;
      }
      if (h[1] && h[1].kind !== TokenKind.String) {
        out.push({ code: 'syntax', ...at(h[1]), message: { id: 'syntax.expectedName' } });
      }
      extra(2);
      break;
    case 'charge': {
      if (!h[0] || !h[1] || h[0].kind === TokenKind.String) {
        out.push({
          code: 'syntax',
          offset: block.keyword.offset,
          length: block.headerEnd - block.keyword.offset,
          message: { id: 'syntax.chargeNeedsOffense' },
        });
        return;
      }
      if (h[1].kind === TokenKind.String || !lookupOffense(h[1].value)) {
        const meant = h[1].kind === TokenKind.String ? [] : offenseMeant(h[1].value);
        const suggestions = meant.length > 0 ? meant : nearest(h[1].value, OFFENSES.flatMap(spellings));
        out.push({
          code: 'unknown-value',
          ...at(h[1]),
          message: { id: 'unknown-value.offense', args: { word: h[1].value, suggestions: list(suggestions) } },
          data: { suggestions },
        });
      }
      if (h[2]) {
        if (h[2].kind === TokenKind.String || !lookupValue('mode', h[2].value)) {
          const suggestions = nearest(h[2].value, VALUE_SETS.mode.flatMap(spellings));
          out.push({
            code: 'unknown-value',
            ...at(h[2]),
            message: { id: 'unknown-value.mode', args: { word: h[2].value, suggestions: list(suggestions) } },
            data: { suggestions },
          });
        }
      }
      extra(3);
      break;
    }
  }
}

function checkStatements(block: Block, out: Finding[]): void {
  const spec = block.spec;
  if (!spec) {
    return;
  }
  const seen = new Map<string, Token>();
  for (const st of block.statements) {
    if (!st.spec) {
      const suggestions = rankKeys(nearest(st.key.value, keysOf(spec.id).flatMap(spellings)), block, st);
      // a fact written in the wrong block (`鉴真` among a provider's facts): say where it belongs
      const home = suggestions.length === 0 ? BLOCKS.find((b) => b.id !== spec.id && lookupKey(b.id, st.key.value)) : undefined;
      out.push({
        code: 'unknown-key',
        ...at(st.key),
        message: { id: 'unknown-key', args: { word: st.key.value, block: block.keyword.value, suggestions: list(suggestions), ...(home ? { home: home.id } : {}) } },
        data: { suggestions },
      });
      continue;
    }
    const key: KeySpec = st.spec;
    if (seen.has(key.id)) {
      out.push({ code: 'duplicate-key', ...at(st.key), message: { id: 'duplicate-key', args: { key: st.key.value } } });
    }
    seen.set(key.id, st.key);
    if (st.values.length === 0) {
      out.push(missingValue(key, st));
      continue;
    }
    // of a one-value key only the first value counts: the others are too-many-values, not also unknown
    const counted = key.arity === 'one' && st.values.length > 1 ? st.values.slice(0, 1) : st.values;
    if (counted !== st.values) {
      out.push({ code: 'too-many-values', ...at(st.values[1]), message: { id: 'too-many-values', args: { key: st.key.value } } });
    }
    for (const tok of counted) {
      if (canonicalValue(key, tok) !== undefined) {
        continue;
      }
      if (key.value.type === 'date' && tok.kind === TokenKind.Date) {
        out.push({ code: 'unknown-value', ...at(tok), message: { id: 'unknown-value.calendar', args: { word: tok.value } } });
      } else if (key.value.type === 'date') {
        const suggestions = tok.kind === TokenKind.String ? [] : dateMeant(tok.value);
        out.push({ code: 'unknown-value', ...at(tok), message: { id: 'unknown-value.date', args: { key: st.key.value, word: tok.value, suggestions: list(suggestions) } }, data: { suggestions } });
      } else if (key.value.type === 'number') {
        const suggestions = tok.kind === TokenKind.String ? [] : numberMeant(tok.value);
        out.push({ code: 'unknown-value', ...at(tok), message: { id: 'unknown-value.number', args: { key: st.key.value, word: tok.value, suggestions: list(suggestions) } }, data: { suggestions } });
      } else if (key.value.type !== 'providerRef') {
        const words = termsForKey(key).flatMap(spellings);
        const meant = key.value.type === 'offense' && tok.kind !== TokenKind.String ? offenseMeant(tok.value) : [];
        const suggestions = meant.length > 0 ? meant : nearest(tok.value, words).filter((word) => !negates(tok.value, word));
        out.push({
          code: 'unknown-value',
          ...at(tok),
          message: {
            id: 'unknown-value',
            args: { word: tok.value, key: st.key.value, suggestions: list(suggestions), valid: validList(key, suggestions.length > 0) },
          },
          data: { suggestions },
        });
      }
    }
  }
}

/**
 * Whether a written value is a valid one negated (`不及时` is `及时` negated, `unknown` is
 * `known`): the nearest spelling, but the opposite meaning, so no suggestion to take.
 */
function negates(written: string, word: string): boolean {
  const w = foldAscii(written).replace(/[\s_-]/g, '');
  const v = foldAscii(word).replace(/[\s_-]/g, '');
  return w !== v && w.endsWith(v) && /^(?:不|未|非|没|没有|无|not|non|un|in)$/.test(w.slice(0, w.length - v.length));
}

/** The short names practice uses for an offense, not (yet) aliases of the language. */
const OFFENSE_SHORT_NAMES: Readonly<Record<string, string>> = {
  帮信罪: '帮助信息网络犯罪活动罪',
  帮信: '帮助信息网络犯罪活动罪',
  拒不履行网络安全管理义务罪: '拒不履行信息网络安全管理义务罪',
};

/** An article number in Chinese numerals (三百六十三, 二百八十七) as a number; undefined when it is none. */
function chineseNumeral(text: string): number | undefined {
  const digit: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch in digit) {
      current = digit[ch];
    } else if (ch === '百' || ch === '十') {
      total += (current || 1) * (ch === '百' ? 100 : 10);
      current = 0;
    } else {
      return undefined;
    }
  }
  return total + current;
}

/**
 * The offense an offense written the way a judgment or practice writes it means, as the
 * spelling to write (a one-item list; none when it means none): `刑法第287条之二`,
 * `第三百六十三条`, `第２６６条` (full-width digits), `帮信罪`.
 */
function offenseMeant(word: string): string[] {
  let w = asciiDigits(word).replace(/^《?刑法》?/, '');
  w = OFFENSE_SHORT_NAMES[w] ?? w;
  const m = /^第([零〇一二两三四五六七八九十百]+)条(.*)$/.exec(w);
  const n = m ? chineseNumeral(m[1]) : undefined;
  if (m && n !== undefined) {
    w = `第${n}条${m[2]}`;
  }
  return w !== word && lookupOffense(w) ? [w] : [];
}

/** Full-width digits (０–９, as a Chinese input method in full-width mode types them) as ASCII ones. */
const asciiDigits = (word: string) => word.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * The YYYY-MM-DD a date written otherwise means, as a one-item list (none when it names
 * no day): full-width digits (`２０１６-09-13`), the Chinese `2016年9月13日`, `2016.9.13`.
 */
function dateMeant(word: string): string[] {
  const m = /^(\d{4})(?:年(\d{1,2})月(\d{1,2})日?|([-.])(\d{1,2})\4(\d{1,2}))$/.exec(asciiDigits(word));
  if (!m) {
    return [];
  }
  const two = (d: string) => d.padStart(2, '0');
  const date = `${m[1]}-${two(m[2] ?? m[5])}-${two(m[3] ?? m[6])}`;
  return isCalendarDate(date) ? [date] : [];
}

/** The number a count written otherwise means: full-width digits (`２１２５１`), a measure word after it (`21251个`). */
function numberMeant(word: string): string[] {
  const m = /^(\d+)[个件部份条次人]?$/.exec(asciiDigits(word));
  return m ? [m[1]] : [];
}

/**
 * The block keywords a misspelt one may have meant, less those whose header the written
 * header cannot be (`cargex Yang art266 accomplice {` is no `case`, whose header is a title
 * string): the fix would trade one error for several. All of them when none fits.
 */
function fittingBlocks(suggestions: readonly string[], block: Block): string[] {
  const fits = (word: string) => {
    const spec = BLOCKS.find((b) => spellings(b).includes(word));
    if (!spec) {
      return true;
    }
    return block.header.length <= spec.header.length && block.header.every((tok, i) => {
      const quoted = spec.header[i] === 'title' || spec.header[i] === 'name' || spec.header[i] === 'label';
      return quoted === (tok.kind === TokenKind.String);
    });
  };
  const fitting = suggestions.filter(fits);
  return fitting.length > 0 ? fitting : [...suggestions];
}

/**
 * The keys a misspelt key may have meant, the likeliest first: one that takes the values
 * written after it, then one not yet written in the block (`知 监管部门` beside `明知 明知`
 * meant `通知`, not a second `明知`). Among equals, the nearest spelling stays first.
 */
function rankKeys(suggestions: readonly string[], block: Block, st: Statement): string[] {
  const spec = block.spec;
  if (!spec || suggestions.length < 2) {
    return [...suggestions];
  }
  const score = (word: string) => {
    const key = keysOf(spec.id).find((k) => spellings(k).includes(word));
    if (!key) {
      return 0;
    }
    const fits = st.values.every((tok) => canonicalValue(key, tok) !== undefined);
    const written = block.statements.some((other) => other !== st && other.spec?.id === key.id);
    return (fits ? 0 : 2) + (written ? 1 : 0);
  };
  return suggestions.map((word, i) => ({ word, i, score: score(word) }))
    .sort((a, b) => a.score - b.score || a.i - b.i)
    .map((x) => x.word);
}

/**
 * unknown-value for a fact written without a value (`role`, or `role "caching"`, whose
 * string is only the statement's note for a key that takes no strings): an absent value
 * is not a valid one. The note, when it spells a valid value, is offered unquoted.
 */
function missingValue(key: KeySpec, st: Statement): Finding {
  const words = termsForKey(key).flatMap(spellings);
  const valid = validList(key);
  if (!st.note) {
    return { code: 'unknown-value', ...at(st.key), message: { id: 'unknown-value.missing', args: { key: st.key.value, valid } } };
  }
  const inner = st.note.value.trim();
  const exact = words.find((w) => foldAscii(w) === foldAscii(inner))
    ?? (key.value.type === 'number' && /^\d+$/.test(inner) ? inner : undefined)
    ?? (key.value.type === 'providerRef' && /^[\p{L}\p{N}_.-]+$/u.test(inner) && !/^\d+$/.test(inner) ? inner : undefined);
  const suggestions = exact ? [exact] : nearest(inner, words);
  return {
    code: 'unknown-value',
    ...at(st.note),
    // the value meant is plain: no list beside it
    message: { id: 'unknown-value.quoted', args: { key: st.key.value, suggestions: list(suggestions), valid: exact ? '' : valid } },
    data: { suggestions },
  };
}
