/**
 * What-if: which facts decide a provider's conclusions. For each fact the
 * doctrine could read, stated or not, every other value (and "unstated" for a
 * stated fact) is tried by re-running `concludeProvider` on a copy of the
 * model with that one fact changed — the doctrine itself answers, never a
 * table of its own. Alternatives that change the criminal level, offenses or
 * controlling offense, or the civil level, are the provider's decisive facts.
 *
 * Computed lazily, once per parse (so once per document version).
 */
import type { Statement } from './ast';
import { concludeProvider, CivilLevel, CriminalLevel, OffenseLevel, ProviderConclusion } from './doctrine/analysis';
import { chargesAgainst, linksOf, linksOfOne, offendersUsing } from './doctrine/traits';
import { defineMessages, format, listSeparator, Locale } from './i18n/messages';
import { w } from './i18n/words';
import type { ParsedCase } from './languageService';
import type { CaseModel, CaseModelSet, ChargeModel, Fact, Facts, OffenderModel, ProviderModel } from './model';
import type { Token } from './scanner';
import { sameElements } from './lists';
import { levelLabel, offenseWithAside } from './report/labels';
import { KeySpec, keysOf, ValueSetId, VALUE_SETS } from './vocabulary';

/** A fact's values; `null` when the fact is unstated. */
export type FactValue = readonly string[] | null;

export interface OffenseOutcome {
  readonly offense: string;
  readonly level: OffenseLevel;
  readonly as: 'principal' | 'accomplice';
  readonly of: string | null;
}

/** The parts of a provider's conclusions that what-if compares. */
export interface Outcome {
  readonly criminal: {
    readonly level: CriminalLevel;
    /** The offenses above `none`. */
    readonly offenses: readonly OffenseOutcome[];
    readonly controlling: string | null;
  };
  readonly civil: CivilLevel;
}

export interface WhatIf {
  readonly provider: string;
  readonly key: string;
  /** The fact as written (null: unstated). */
  readonly from: FactValue;
  /** The alternatives that all lead to `outcome` (null: unstated). */
  readonly to: readonly FactValue[];
  readonly criminal: Outcome['criminal'];
  readonly civil: CivilLevel;
  /** Which side of the conclusions the change moves. */
  readonly changed: { readonly criminal: boolean; readonly civil: boolean };
}

/**
 * The facts what-if varies: every provider fact with a closed set of values.
 * `role` is left out — it says what the provider is, and changing it asks a
 * different question from "what if this provider had done otherwise".
 */
export const WHAT_IF_KEYS: readonly KeySpec[] = keysOf('provider').filter((k) => k.id !== 'role' && k.value.type === 'enum');

export function outcomeOf(c: ProviderConclusion): Outcome {
  return {
    criminal: {
      level: c.criminal.level,
      offenses: c.criminal.offenses.map((o) => ({ offense: o.offense, level: o.level, as: o.as, of: o.of })),
      controlling: c.criminal.controlling,
    },
    civil: c.civil.level,
  };
}

/** What what-if compares of the criminal side: the level, the controlling offense and the offenses. */
function criminalKey(c: ProviderConclusion): string {
  let key = `${c.criminal.level}|${c.criminal.controlling ?? ''}`;
  for (const x of c.criminal.offenses) {
    key += `|${x.offense}:${x.as}:${x.of ?? ''}:${x.level}`;
  }
  return key;
}

const sameValue = (a: FactValue, b: FactValue) =>
  a === null || b === null ? a === b : a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * A provider's facts with one of them replaced (`fact`) or removed (undefined), read through
 * to the provider's own: what-if makes dozens per provider, and a copy of the whole map each
 * was most of its allocation.
 */
export class OneFactChanged implements Facts {
  constructor(private readonly base: Facts, private readonly key: string, private readonly fact: Fact | undefined) {}

  get size(): number {
    return this.base.size + (this.base.has(this.key) ? 0 : 1) - (this.fact ? 0 : 1);
  }

  get(key: string): Fact | undefined {
    return key === this.key ? this.fact : this.base.get(key);
  }

  has(key: string): boolean {
    return key === this.key ? this.fact !== undefined : this.base.has(key);
  }

  *entries(): MapIterator<[string, Fact]> {
    for (const [k, f] of this.base) {
      if (k !== this.key) {
        yield [k, f];
      } else if (this.fact) {
        yield [k, this.fact];
      }
    }
    if (this.fact && !this.base.has(this.key)) {
      yield [this.key, this.fact];
    }
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) {
      yield k;
    }
  }

  *values(): MapIterator<Fact> {
    for (const [, f] of this.entries()) {
      yield f;
    }
  }

  forEach(each: (value: Fact, key: string, map: Facts) => void): void {
    for (const [k, f] of this.entries()) {
      each(f, k, this);
    }
  }

  [Symbol.iterator](): MapIterator<[string, Fact]> {
    return this.entries();
  }
}

/** The provider with one fact replaced (or removed, for null). */
function withFact(p: ProviderModel, spec: KeySpec, value: FactValue): ProviderModel {
  let fact: Fact | undefined;
  if (value !== null) {
    const written = p.facts.get(spec.id);
    // A hypothetical fact has no text of its own; the conclusions read only its values.
    const statement: Statement = written?.statement ?? { offset: p.block.offset, length: 0, key: p.block.keyword, spec, values: [], block: p.block };
    fact = { key: spec.id, values: value, statement, tokens: NO_TOKENS, valueTokens: NO_TOKENS };
  }
  return { ...p, facts: new OneFactChanged(p.facts, spec.id, fact) };
}

const NO_TOKENS: readonly Token[] = [];

function alternatives(spec: KeySpec, current: FactValue): FactValue[] {
  const set = spec.value.type === 'enum' ? VALUE_SETS[spec.value.set] : [];
  const out: FactValue[] = set.map((t) => [t.id]).filter((v) => !sameValue(v, current));
  if (current !== null) {
    out.push(null);
  }
  return out;
}

/** The decisive facts of one provider: computed afresh (see `whatIfFor` for the cached form). */
export function computeWhatIf(model: CaseModelSet, provider: ProviderModel): WhatIf[] {
  return decisiveFacts(model, provider, offendersUsing(model, provider), chargesAgainst(model, provider));
}

/**
 * A provider's conclusions read the case, its own facts, the offenders that use it and the
 * charges against it (doctrine/analysis.ts); the copies re-run keep only those, so that dozens
 * of re-runs per provider cost what the provider's own part of the brief costs (the links of
 * a copy are made from its lists: with the whole brief's charges, every re-run read them all).
 */
function decisiveFacts(model: CaseModelSet, provider: ProviderModel, users: readonly OffenderModel[], charges: readonly ChargeModel[]): WhatIf[] {
  const baseConclusion = concludeProvider(provider, model);
  const baseCriminal = criminalKey(baseConclusion);
  const baseCivil = baseConclusion.civil.level;
  // the copies' links, shared: each copy differs only in the provider object
  const usersById = new Map([[provider.id, users]]);
  const chargesById = new Map([[provider.id, charges]]);
  const results: WhatIf[] = [];
  for (const spec of WHAT_IF_KEYS) {
    const from: FactValue = provider.facts.get(spec.id)?.values ?? null;
    // Alternatives with the same outcome are reported together, in the table's order.
    const groups = new Map<string, { to: FactValue[]; outcome: Outcome; criminal: boolean; civil: boolean }>();
    for (const to of alternatives(spec, from)) {
      const p = withFact(provider, spec, to);
      const changedModel: CaseModelSet = { ...model, providers: [p], offenders: users, charges };
      linksOfOne(changedModel, p, usersById, chargesById);
      const conclusion = concludeProvider(p, changedModel);
      const key = criminalKey(conclusion);
      const criminal = key !== baseCriminal;
      const civil = conclusion.civil.level !== baseCivil;
      if (!criminal && !civil) {
        continue;
      }
      // Keep "unstated" apart from written values: it reads differently.
      const group = `${to === null ? 'unstated' : 'value'}\u0000${key}\u0000${conclusion.civil.level}`;
      const g = groups.get(group);
      if (g) {
        g.to.push(to);
      } else {
        groups.set(group, { to: [to], outcome: outcomeOf(conclusion), criminal, civil });
      }
    }
    for (const g of groups.values()) {
      results.push({
        provider: provider.id,
        key: spec.id,
        from,
        to: g.to,
        criminal: g.outcome.criminal,
        civil: g.outcome.civil,
        changed: { criminal: g.criminal, civil: g.civil },
      });
    }
  }
  return results;
}

const cache = new WeakMap<ParsedCase, Map<string, readonly WhatIf[]>>();

/**
 * Across versions, by provider model: its results and what they were computed from. A model
 * is read once per block object, and an edit keeps every block it does not re-read
 * (incremental.ts); a later version whose provider, case block, users and charges are the
 * very objects these were made from has the same decisive facts (they hold no positions). So
 * after a keystroke the report makes again only the what-ifs the edit can have moved: ~80%
 * of its time on a long brief (~0.9 s of 2414 providers at 50,000 lines).
 */
const kept = new WeakMap<ProviderModel, {
  readonly caseBlock: CaseModel | undefined;
  readonly users: readonly OffenderModel[];
  readonly charges: readonly ChargeModel[];
  readonly results: readonly WhatIf[];
}>();

/** The decisive facts of a provider of a parse, computed once per parse (and kept while their inputs are). */
export function whatIfFor(parsed: ParsedCase, providerId: string): readonly WhatIf[] {
  let perProvider = cache.get(parsed);
  if (!perProvider) {
    perProvider = new Map();
    cache.set(parsed, perProvider);
  }
  let results = perProvider.get(providerId);
  if (!results) {
    const model = parsed.model;
    const provider = linksOf(model).first.get(providerId); // the first provider with the id
    if (provider) {
      const users = offendersUsing(model, provider);
      const charges = chargesAgainst(model, provider);
      const known = kept.get(provider);
      if (known && known.caseBlock === model.caseBlock && sameElements(known.users, users) && sameElements(known.charges, charges)) {
        results = known.results;
      } else {
        results = decisiveFacts(model, provider, users, charges);
        kept.set(provider, { caseBlock: model.caseBlock, users, charges, results });
      }
    } else {
      results = [];
    }
    perProvider.set(providerId, results);
  }
  return results;
}

/** The number of distinct facts that decide something for the provider. */
export function decisiveFactCount(results: readonly WhatIf[]): number {
  return new Set(results.map((r) => r.key)).size;
}

// ---------------------------------------------------------------------------
// Words

const s = (a: Record<string, string | number>, k: string) => String(a[k] ?? '');

defineMessages({
  'whatIf.were': { en: (a) => `if ${s(a, 'key')} were ${s(a, 'to')}: ${s(a, 'outcome')}`, zh: (a) => `若${s(a, 'key')}为${s(a, 'to')}：${s(a, 'outcome')}` },
  'whatIf.unstated': { en: (a) => `if ${s(a, 'key')} were unstated: ${s(a, 'outcome')}`, zh: (a) => `若${s(a, 'key')}未写明：${s(a, 'outcome')}` },
  'whatIf.or': { en: () => ' or ', zh: () => '或' },
  'whatIf.criminal': { en: (a) => `criminal ${s(a, 'words')}`, zh: (a) => `刑事 ${s(a, 'words')}` },
  // the same short label as the report's (民事、行政): the level is civil and administrative
  'whatIf.civil': { en: (a) => `civil ${s(a, 'words')}`, zh: (a) => `民事、行政 ${s(a, 'words')}` },
  'conclusion.criminal': { en: (a) => `Criminal: ${s(a, 'words')}`, zh: (a) => `刑事：${s(a, 'words')}` },
  'conclusion.civil': { en: (a) => `Civil: ${s(a, 'words')}`, zh: (a) => `民事、行政：${s(a, 'words')}` },
  'conclusion.controlling': { en: (a) => `controlling ${s(a, 'offense')}`, zh: (a) => `以${s(a, 'offense')}论处` },
  'conclusion.accomplice': { en: (a) => `accomplice of ${s(a, 'of')}`, zh: (a) => `${s(a, 'of')}的共犯` },
});

const fmt = (id: string, locale: Locale, args: Record<string, string | number> = {}) => format({ id, args }, locale);

/** An offense with its part (accomplice of whom) and, when it differs from the overall level, its own level. */
function offenseWords(o: OffenseOutcome, overall: CriminalLevel, locale: Locale): string {
  const notes: string[] = [];
  if (o.as === 'accomplice' && o.of) {
    notes.push(fmt('conclusion.accomplice', locale, { of: o.of }));
  }
  if (o.level !== overall) {
    notes.push(levelLabel(o.level, locale));
  }
  if (notes.length === 0) {
    return format(w.offense(o.offense), locale);
  }
  // in Chinese the article and the notes in one pair of brackets: 诈骗罪（第266条；Gang的共犯）
  const { head, aside } = offenseWithAside(o.offense, notes.join(locale === 'zh-CN' ? '，' : ', '), locale);
  return locale === 'zh-CN' ? `${head}${aside}` : `${format(w.offense(o.offense), locale)} (${notes.join(', ')})`;
}

/** "● liable — art287-2, art266 (accomplice of Fraudsters); controlling art266". */
export function criminalWords(c: Outcome['criminal'], locale: Locale): string {
  let out = levelLabel(c.level, locale);
  if (c.offenses.length > 0) {
    out += ` — ${c.offenses.map((o) => offenseWords(o, c.level, locale)).join(listSeparator(locale))}`;
  }
  const distinct = new Set(c.offenses.map((o) => o.offense));
  if (c.controlling && distinct.size > 1) {
    out += `${locale === 'zh-CN' ? '；' : '; '}${fmt('conclusion.controlling', locale, { offense: format(w.offense(c.controlling), locale) })}`;
  }
  return out;
}

/** "Criminal: ● liable — art287-2 · Civil: ◐ undetermined". */
export function conclusionLine(o: Outcome, locale: Locale): string {
  return `${fmt('conclusion.criminal', locale, { words: criminalWords(o.criminal, locale) })} · ${fmt('conclusion.civil', locale, { words: levelLabel(o.civil, locale) })}`;
}

function valueWords(spec: KeySpec, value: readonly string[], locale: Locale): string {
  const set = (spec.value.type === 'enum' ? spec.value.set : 'yesno') as ValueSetId;
  const words = value.map((v) => format(w.value(set, v), locale));
  return locale === 'zh-CN' ? `“${words.join('、')}”` : words.map((x) => `\`${x}\``).join(', ');
}

/** The localised line of a what-if result: "if `targeted` were `no`: criminal ○ none". */
export function describeWhatIf(r: WhatIf, locale: Locale): string {
  const spec = WHAT_IF_KEYS.find((k) => k.id === r.key) as KeySpec;
  const parts: string[] = [];
  if (r.changed.criminal) {
    parts.push(fmt('whatIf.criminal', locale, { words: criminalWords(r.criminal, locale) }));
  }
  if (r.changed.civil) {
    parts.push(fmt('whatIf.civil', locale, { words: levelLabel(r.civil, locale) }));
  }
  const outcome = parts.join(locale === 'zh-CN' ? '；' : '; ');
  const key = format(w.key(r.key), locale);
  const written = r.to.filter((v): v is readonly string[] => v !== null);
  if (written.length === 0) {
    return fmt('whatIf.unstated', locale, { key, outcome });
  }
  const alternatives = written.map((v) => valueWords(spec, v, locale));
  // "“迟延”、“拒绝”或“未采取”": a Chinese list of alternatives takes 或 only before its last item
  const to = locale === 'zh-CN' && alternatives.length > 2
    ? `${alternatives.slice(0, -1).join('、')}${fmt('whatIf.or', locale)}${alternatives[alternatives.length - 1]}`
    : alternatives.join(fmt('whatIf.or', locale));
  return fmt('whatIf.were', locale, { key, to, outcome });
}

/** The localised words of a fact as written: its values, or "unstated". */
export function fromWords(r: WhatIf, locale: Locale): string {
  const spec = WHAT_IF_KEYS.find((k) => k.id === r.key) as KeySpec;
  return r.from === null ? format(w.unstated(), locale) : valueWords(spec, r.from, locale);
}
