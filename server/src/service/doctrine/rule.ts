/**
 * The shape of a doctrine rule: its id (the diagnostic code), its message in
 * both languages, and its checks, each over one part of the case. Severity,
 * section and sources live in `rules/meta.ts`, the one table of rules.
 */
import type { Finding, Related } from '../findings';
import { defineMessages, MessageDef } from '../i18n/messages';
import type { ProviderConclusion } from './analysis';
import type { CaseModelSet, ChargeModel, EvidenceModel, Facts, OffenderModel, ProviderModel } from '../model';
import type { Token } from '../scanner';
import { offenseById } from '../vocabulary';
import { w } from '../i18n/words';
import type { ProviderTraits } from './traits';

/**
 * What a rule about one charge may read, and all it may read: the findings of
 * a charge are cached on exactly these (doctrine/findings.ts), so that an edit
 * to one provider re-checks only the charges that name it.
 */
export interface ChargeView {
  readonly charge: ChargeModel;
  /**
   * The provider the charge names (the last written with that id), if any, as
   * concluded: its model (`provider`), traits and conclusions.
   */
  readonly named?: ProviderConclusion;
  /** The offenders that use that provider (none unless it is the first written with its id). */
  readonly users: readonly OffenderModel[];
  /** Whether some charge names that provider as an accomplice. */
  readonly accompliceCharged: boolean;
}

/** What a rule about a provider's conclusions and the charges against it may read. */
export interface ChargesView {
  readonly conclusion: ProviderConclusion;
  /** The charges against the provider, in document order (none unless it is the first written with its id). */
  readonly charges: readonly ChargeModel[];
  /** The offenders that use the provider. */
  readonly users: readonly OffenderModel[];
}

/**
 * A doctrine rule: its checks, each over the one part of the case it reads.
 * A check returns its findings for that part; the runner caches them per part.
 */
export interface DoctrineRule {
  readonly id: string;
  /** Over one provider's own facts. */
  readonly provider?: (p: ProviderModel, traits: ProviderTraits) => Finding[];
  /** Over one charge and the provider it names. */
  readonly charge?: (v: ChargeView) => Finding[];
  /** Over one provider's conclusions and the charges against it. */
  readonly charges?: (v: ChargesView) => Finding[];
  /** Over one evidence block. */
  readonly evidence?: (ev: EvidenceModel) => Finding[];
  /** Over the whole case (kept cheap: it runs on every analysis). */
  readonly document?: (model: CaseModelSet) => Finding[];
}

/** Registers the rule's messages (the first under the rule's own id) and returns the rule. */
export function defineRule(
  rule: DoctrineRule & { readonly messages: Readonly<Record<string, MessageDef>> },
): DoctrineRule {
  defineMessages(rule.messages);
  const { id, provider, charge, charges, evidence, document } = rule;
  return { id, provider, charge, charges, evidence, document };
}

// --- Ranges the rules point at -------------------------------------------------

export interface Span {
  readonly offset: number;
  readonly length: number;
}

/** "The charge": its header, from its first word to the end of its header line. */
export const chargeSpan = (c: ChargeModel): Span => ({ offset: c.block.offset, length: c.block.headerEnd - c.block.offset });

export const tokenSpan = (t: Token): Span => ({ offset: t.offset, length: t.length });

/** The token of a fact's value (`value` given: that value's token), or undefined when unstated. */
export function valueToken(facts: Facts, key: string, value?: string): Token | undefined {
  const f = facts.get(key);
  if (!f) {
    return undefined;
  }
  const i = value === undefined ? 0 : f.values.indexOf(value);
  return i >= 0 ? f.valueTokens[i] : undefined;
}

/** A related-information entry pointing at a fact's statement. */
export function relatedFact(facts: Facts, key: string): Related[] {
  const f = facts.get(key);
  if (!f) {
    return [];
  }
  const st = f.statement;
  return [{ offset: st.offset, length: st.length, message: { id: 'related.fact', args: { key: w.key(key) } } }];
}

export function relatedProvider(p: ProviderModel): Related {
  // its id, not its whole header line: a renamed provider (`provider P "new name"`) moves no other diagnostic
  return { offset: p.idToken.offset, length: p.idToken.length, message: { id: 'related.provider', args: { id: p.id } } };
}

export function relatedCharge(c: ChargeModel): Related {
  return { ...chargeSpan(c), message: { id: 'related.charge' } };
}

defineMessages({
  // the key in the reader's words (w.key): `role` in English, “类型” in Chinese
  'related.fact': { en: (a) => `the fact ${String(a.key)}`, zh: (a) => `事实${String(a.key)}` },
  'related.provider': { en: (a) => `provider ${String(a.id)}`, zh: (a) => `服务商 ${String(a.id)}` },
  'related.charge': { en: () => 'the charge', zh: () => '该指控' },
  'related.offender': { en: (a) => `offender ${String(a.id)} uses this provider`, zh: (a) => `正犯 ${String(a.id)} 利用该服务商` },
  'related.reason': { en: () => 'the court\'s reasoning', zh: () => '法院的理由' },
});

/**
 * Whether a charge names an offense that was not yet in force at the case's conduct (art287-2,
 * art286-1 before Amendment IX): the doctrine does not assess it, not-in-force says so, and the
 * rules that argue about it or ask for facts for it stay silent.
 */
export function outOfForce(charge: ChargeModel, named: ProviderConclusion): boolean {
  return named.criminal.beforeAmendmentIX && charge.offense !== undefined && offenseById(charge.offense)?.amendmentIX === true;
}
