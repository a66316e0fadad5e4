/**
 * The ten text checks of doctrine.md ("Checking the text"): everything that
 * is wrong with the words before the doctrine is asked anything.
 */
import type { Block, CaseDocument } from './ast';
import type { Finding } from './findings';
import { defineMessages, Args } from './i18n/messages';
import type { CaseModelSet } from './model';
import { canonicalValue } from './model';
import { Token, TokenKind } from './scanner';
import { nearest } from './suggest';
import {
  AMENDMENT_IX_IN_FORCE,
  BLOCKS,
  KeySpec,
  OFFENSES,
  VALUE_SETS,
  keysOf,
  lookupOffense,
  lookupValue,
  offenseById,
  spellings,
  termsForKey,
} from './vocabulary';

const s = (a: Args, k: string) => String(a[k] ?? '');
const didYouMean = (a: Args) => (a.suggestions ? ` Did you mean ${s(a, 'suggestions')}?` : '');
const zhDidYouMean = (a: Args) => (a.suggestions ? `是否想写 ${s(a, 'suggestions')}？` : '');

defineMessages({
  'unknown-block': {
    en: (a) => `Unknown block ${JSON.stringify(s(a, 'word'))}.${didYouMean(a)} Blocks: ${s(a, 'valid')}.`,
    zh: (a) => `未知的块 “${s(a, 'word')}”。${zhDidYouMean(a)}可用的块：${s(a, 'valid')}。`,
  },
  'unknown-key': {
    en: (a) => `Unknown key ${JSON.stringify(s(a, 'word'))} in a ${s(a, 'block')} block.${didYouMean(a)}`,
    zh: (a) => `“${s(a, 'block')}” 块中没有 “${s(a, 'word')}” 这一项。${zhDidYouMean(a)}`,
  },
  'unknown-value': {
    en: (a) => `${JSON.stringify(s(a, 'word'))} is not a valid value for ${s(a, 'key')}.${didYouMean(a)}${a.valid ? ` Valid: ${s(a, 'valid')}.` : ''}`,
    zh: (a) => `“${s(a, 'word')}” 不是 “${s(a, 'key')}” 的有效取值。${zhDidYouMean(a)}${a.valid ? `可用取值：${s(a, 'valid')}。` : ''}`,
  },
  'unknown-value.date': {
    en: (a) => `${s(a, 'key')} takes a date written YYYY-MM-DD, not ${JSON.stringify(s(a, 'word'))}.`,
    zh: (a) => `“${s(a, 'key')}” 应填写 YYYY-MM-DD 格式的日期，而不是 “${s(a, 'word')}”。`,
  },
  'unknown-value.number': {
    en: (a) => `${s(a, 'key')} takes a number, not ${JSON.stringify(s(a, 'word'))}.`,
    zh: (a) => `“${s(a, 'key')}” 应填写数字，而不是 “${s(a, 'word')}”。`,
  },
  'unknown-value.mode': {
    en: (a) => `${JSON.stringify(s(a, 'word'))} is not a mode.${didYouMean(a)} Modes: act, omission, principal, accomplice (作为, 不作为, 正犯, 共犯).`,
    zh: (a) => `“${s(a, 'word')}” 不是行为方式。${zhDidYouMean(a)}可用：作为、不作为、正犯、共犯（act, omission, principal, accomplice）。`,
  },
  'unknown-value.offense': {
    en: (a) => `${JSON.stringify(s(a, 'word'))} is not an offense the tool knows.${didYouMean(a)}`,
    zh: (a) => `“${s(a, 'word')}” 不是可识别的罪名。${zhDidYouMean(a)}`,
  },
  'duplicate-id': {
    en: (a) => `The id ${JSON.stringify(s(a, 'id'))} is already defined on line ${s(a, 'line')}: provider and offender ids must be unique.`,
    zh: (a) => `标识符 “${s(a, 'id')}” 已在第 ${s(a, 'line')} 行定义：服务商与正犯的标识符不得重复。`,
  },
  'duplicate-key': {
    en: (a) => `${s(a, 'key')} is written twice in this block; the last one counts.`,
    zh: (a) => `本块中 “${s(a, 'key')}” 写了两次，以最后一次为准。`,
  },
  'too-many-values': {
    en: (a) => `${s(a, 'key')} takes one value; only the first counts.`,
    zh: (a) => `“${s(a, 'key')}” 只能有一个取值，仅第一个有效。`,
  },
  'undefined-reference': {
    en: (a) => `No provider or offender is defined with the id ${JSON.stringify(s(a, 'id'))}.${didYouMean(a)}`,
    zh: (a) => `没有标识符为 “${s(a, 'id')}” 的服务商或正犯。${zhDidYouMean(a)}`,
  },
  'undefined-reference.provider': {
    en: (a) => `No provider is defined with the id ${JSON.stringify(s(a, 'id'))}.${didYouMean(a)}`,
    zh: (a) => `没有标识符为 “${s(a, 'id')}” 的服务商。${zhDidYouMean(a)}`,
  },
  'missing-role': {
    en: (a) => `Provider ${s(a, 'id')} has no role: state what it does (access, caching, storage, search, link …).`,
    zh: (a) => `服务商 ${s(a, 'id')} 缺少“类型”：请写明其功能（接入、缓存、存储、搜索、链接……）。`,
  },
  'not-in-force': {
    en: (a) => `${s(a, 'offense')} came with Criminal Law Amendment IX, in force from 2015-11-01; the conduct (${s(a, 'date')}) is earlier.`,
    zh: (a) => `${s(a, 'offense')}由《刑法修正案（九）》增设，自2015年11月1日起施行；本案行为时间（${s(a, 'date')}）在此之前。`,
  },
});

/** Joins candidate spellings for a message: `caching`, `缓存`. */
const list = (words: readonly string[]) => words.map((w) => `\`${w}\``).join(', ');

/** Offsets where lines start (after LF, CRLF or a lone CR). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The 1-based line of an offset, by binary search: a scan from the start per duplicate id was quadratic. */
function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo + 1;
}

const at = (tok: Token) => ({ offset: tok.offset, length: tok.length });

/** Id comparisons spent on "did you mean" for undefined references, per document. */
const SUGGESTION_BUDGET = 200_000;

/** Runs the ten text checks over a parsed document and its facts. */
export function checkText(doc: CaseDocument, model: CaseModelSet): Finding[] {
  const out: Finding[] = [];
  for (const p of doc.syntax) {
    out.push({ code: 'syntax', offset: p.offset, length: p.length, message: p.message });
  }

  const blockWords = BLOCKS.flatMap(spellings);
  let seenCase = false;
  for (const block of doc.blocks) {
    if (!block.spec) {
      const suggestions = nearest(block.keyword.value, blockWords);
      out.push({
        code: 'unknown-block',
        ...at(block.keyword),
        message: { id: 'unknown-block', args: { word: block.keyword.value, suggestions: list(suggestions), valid: list(blockWords) } },
        data: { suggestions },
      });
      continue;
    }
    if (block.spec.id === 'case') {
      if (seenCase) {
        out.push({ code: 'syntax', ...at(block.keyword), message: { id: 'syntax.secondCase' } });
      }
      seenCase = true;
    }
    checkHeader(block, out);
    checkStatements(block, out);
  }

  // duplicate-id: providers and offenders share one namespace.
  const firstId = new Map<string, Token>();
  let starts: number[] | undefined;
  const line = (offset: number) => lineOf((starts ??= lineStarts(doc.text)), offset);
  for (const { idToken } of [...model.providers, ...model.offenders].sort((a, b) => a.idToken.offset - b.idToken.offset)) {
    const first = firstId.get(idToken.value);
    if (first) {
      out.push({
        code: 'duplicate-id',
        ...at(idToken),
        message: { id: 'duplicate-id', args: { id: idToken.value, line: line(first.offset) } },
        related: [{ ...at(first), message: { id: 'duplicate-id', args: { id: idToken.value, line: line(first.offset) } } }],
      });
    } else {
      firstId.set(idToken.value, idToken);
    }
  }

  // undefined-reference: charges name providers or offenders; `uses` names providers.
  const providerIds = model.providers.map((p) => p.id);
  const allIds = [...providerIds, ...model.offenders.map((o) => o.id)];
  const providerSet = new Set(providerIds);
  const idSet = new Set(allIds);
  // Each suggestion compares the word with every id: past a budget (thousands of
  // undefined ids among thousands of ids) none are offered, or the check turns quadratic.
  let comparisons = 0;
  const suggestId = (word: string, ids: readonly string[]) => {
    comparisons += ids.length;
    return comparisons <= SUGGESTION_BUDGET ? nearest(word, ids) : [];
  };
  for (const charge of model.charges) {
    if (charge.refToken && !idSet.has(charge.refToken.value)) {
      const suggestions = suggestId(charge.refToken.value, allIds);
      out.push({
        code: 'undefined-reference',
        ...at(charge.refToken),
        message: { id: 'undefined-reference', args: { id: charge.refToken.value, suggestions: list(suggestions) } },
        data: { suggestions },
      });
    }
  }
  for (const offender of model.offenders) {
    for (const st of offender.block.statements) {
      if (st.spec?.value.type !== 'providerRef') {
        continue;
      }
      for (const tok of st.values) {
        if (tok.kind === TokenKind.Word && !providerSet.has(tok.value)) {
          const suggestions = suggestId(tok.value, providerIds);
          out.push({
            code: 'undefined-reference',
            ...at(tok),
            message: { id: 'undefined-reference.provider', args: { id: tok.value, suggestions: list(suggestions) } },
            data: { suggestions },
          });
        }
      }
    }
  }

  // missing-role
  for (const p of model.providers) {
    if (!p.block.statements.some((st) => st.spec?.id === 'role')) {
      out.push({
        code: 'missing-role',
        offset: p.block.offset,
        length: p.block.headerEnd - p.block.offset,
        message: { id: 'missing-role', args: { id: p.id } },
        data: { missingFacts: ['role'], provider: p.id },
      });
    }
  }

  // not-in-force
  const conduct = model.caseBlock?.facts.get('conduct')?.values[0];
  if (conduct && conduct < AMENDMENT_IX_IN_FORCE) {
    for (const charge of model.charges) {
      const off = charge.offense ? offenseById(charge.offense) : undefined;
      if (off?.amendmentIX && charge.offenseToken) {
        out.push({
          code: 'not-in-force',
          ...at(charge.offenseToken),
          message: { id: 'not-in-force', args: { offense: off.id, date: conduct } },
        });
      }
    }
  }
  return out;
}

function checkHeader(block: Block, out: Finding[]): void {
  const spec = block.spec;
  if (!spec) {
    return;
  }
  const h = block.header;
  const extra = (from: number) => {
    for (const tok of h.slice(from)) {
      out.push({ code: 'syntax', ...at(tok), message: { id: 'syntax.extraHeaderWord', args: { text: tok.value } } });
    }
  };
  switch (spec.id) {
    case 'case':
    case 'evidence':
      if (h[0] && h[0].kind !== TokenKind.String) {
        out.push({ code: 'syntax', ...at(h[0]), message: { id: 'syntax.expectedName' } });
      }
      extra(1);
      break;
    case 'provider':
    case 'offender':
      if (!h[0] || h[0].kind === TokenKind.String) {
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
        const suggestions = nearest(h[1].value, OFFENSES.flatMap(spellings));
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
      const suggestions = nearest(st.key.value, keysOf(spec.id).flatMap(spellings));
      out.push({
        code: 'unknown-key',
        ...at(st.key),
        message: { id: 'unknown-key', args: { word: st.key.value, block: block.keyword.value, suggestions: list(suggestions) } },
        data: { suggestions },
      });
      continue;
    }
    const key: KeySpec = st.spec;
    if (seen.has(key.id)) {
      out.push({ code: 'duplicate-key', ...at(st.key), message: { id: 'duplicate-key', args: { key: st.key.value } } });
    }
    seen.set(key.id, st.key);
    if (key.arity === 'one' && st.values.length > 1) {
      out.push({ code: 'too-many-values', ...at(st.values[1]), message: { id: 'too-many-values', args: { key: st.key.value } } });
    }
    for (const tok of st.values) {
      if (canonicalValue(key, tok) !== undefined) {
        continue;
      }
      if (key.value.type === 'date') {
        out.push({ code: 'unknown-value', ...at(tok), message: { id: 'unknown-value.date', args: { key: st.key.value, word: tok.value } } });
      } else if (key.value.type === 'number') {
        out.push({ code: 'unknown-value', ...at(tok), message: { id: 'unknown-value.number', args: { key: st.key.value, word: tok.value } } });
      } else if (key.value.type !== 'providerRef') {
        const words = termsForKey(key).flatMap(spellings);
        const suggestions = nearest(tok.value, words);
        out.push({
          code: 'unknown-value',
          ...at(tok),
          message: {
            id: 'unknown-value',
            args: { word: tok.value, key: st.key.value, suggestions: list(suggestions), valid: words.length <= 12 ? list(words) : '' },
          },
          data: { suggestions },
        });
      }
    }
  }
}
