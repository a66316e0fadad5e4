/**
 * The shape of a doctrine rule: its id (the diagnostic code), its message in
 * both languages, and a check over the case's facts and conclusions. Severity,
 * section and sources live in `rules/meta.ts`, the one table of rules.
 */
import type { Finding, Related } from '../findings';
import { defineMessages, MessageDef } from '../i18n/messages';
import type { Analysis } from './analysis';
import type { CaseModelSet, ChargeModel, Facts, ProviderModel } from '../model';
import type { Token } from '../scanner';
import { firstWithId, traitsOf, ProviderTraits } from './traits';

export interface RuleContext {
  readonly model: CaseModelSet;
  readonly analysis: Analysis;
  /** The provider a charge names, if the charge names a provider. */
  providerOf(charge: ChargeModel): ProviderModel | undefined;
  traits(p: ProviderModel): ProviderTraits;
}

export interface DoctrineRule {
  readonly id: string;
  check(ctx: RuleContext): Finding[];
}

/** Registers the rule's messages (the first under the rule's own id) and returns the rule. */
export function defineRule(
  rule: DoctrineRule & { readonly messages: Readonly<Record<string, MessageDef>> },
): DoctrineRule {
  defineMessages(rule.messages);
  return { id: rule.id, check: rule.check };
}

export function makeContext(model: CaseModelSet, analysis: Analysis): RuleContext {
  const providers = new Map<string, ProviderModel>();
  for (let i = 0; i < model.providers.length; i++) {
    providers.set(model.providers[i].id, model.providers[i]);
  }
  // The analysis computed every provider's traits already (traitsOf is pure).
  const traits = new Map<ProviderModel, ProviderTraits>();
  for (let i = 0; i < analysis.providers.length; i++) {
    const c = analysis.providers[i];
    traits.set(c.provider, c.traits);
  }
  return {
    model,
    analysis,
    providerOf: (charge) => (charge.ref ? providers.get(charge.ref) : undefined),
    traits: (p) => {
      let t = traits.get(p);
      if (!t) {
        t = traitsOf(p.facts);
        traits.set(p, t);
      }
      return t;
    },
  };
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
  return [{ offset: st.offset, length: st.length, message: { id: 'related.fact', args: { key } } }];
}

export function relatedProvider(p: ProviderModel): Related {
  return { offset: p.block.offset, length: p.block.headerEnd - p.block.offset, message: { id: 'related.provider', args: { id: p.id } } };
}

export function relatedCharge(c: ChargeModel): Related {
  return { ...chargeSpan(c), message: { id: 'related.charge' } };
}

const chargesIndex = new WeakMap<CaseModelSet, Map<string, ChargeModel[]>>();

/** Charges against a provider, in document order (indexed once per model). */
export function chargesAgainst(model: CaseModelSet, p: ProviderModel): readonly ChargeModel[] {
  let index = chargesIndex.get(model);
  if (!index) {
    index = new Map();
    for (const c of model.charges) {
      if (c.ref !== undefined) {
        const list = index.get(c.ref);
        if (list) {
          list.push(c);
        } else {
          index.set(c.ref, [c]);
        }
      }
    }
    chargesIndex.set(model, index);
  }
  return firstWithId(model, p) ? index.get(p.id) ?? [] : [];
}

defineMessages({
  'related.fact': { en: (a) => `the fact \`${String(a.key)}\``, zh: (a) => `事实“${String(a.key)}”` },
  'related.provider': { en: (a) => `provider ${String(a.id)}`, zh: (a) => `服务商 ${String(a.id)}` },
  'related.charge': { en: () => 'the charge', zh: () => '该指控' },
  'related.offender': { en: (a) => `offender ${String(a.id)} uses this provider`, zh: (a) => `正犯 ${String(a.id)} 利用该服务商` },
  'related.reason': { en: () => 'the court\'s reasoning', zh: () => '法院的理由' },
});
