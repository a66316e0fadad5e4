/**
 * The doctrine's terms (doctrine.md, "Terms") computed from a provider's
 * stated facts. A positive condition holds only when stated with that value;
 * an absence holds unless the fact is stated with the value it names.
 */
import { AMENDMENT_IX_IN_FORCE, ISP_ROLES, OFFENSES } from '../vocabulary';
import type { CaseModelSet, ChargeModel, Facts, OffenderModel, ProviderModel } from '../model';
import { factValue, factValues } from '../model';

export interface ProviderTraits {
  readonly roles: readonly string[];
  /** The provider's ISP roles (II.(一)), in the order written. */
  readonly ispRoles: readonly string[];
  readonly isContent: boolean;
  /** knowledge specific. */
  readonly knowsSpecific: boolean;
  /** notice stated and not none, or knowledge specific, or order stated and not none. */
  readonly aware: boolean;
  /** industry-rules violated, or targeted yes, or participation deep. */
  readonly nonNeutral: boolean;
  /** industry-rules complied and targeted no and participation none or shallow, all stated. */
  readonly neutral: boolean;
  /** Of industry-rules, targeted, participation: those unstated (when neutrality is undetermined). */
  readonly neutralityGaps: readonly string[];
  /** Which facts make the help non-neutral. */
  readonly nonNeutralFacts: readonly string[];
  readonly deep: boolean;
  /** search or link with ranking paid or manual. */
  readonly rankingIntervention: boolean;
  /** link with link-type embedded. */
  readonly embeddedLink: boolean;
}

const NO_ROLES: readonly string[] = Object.freeze([]);

const has = (facts: Facts, key: string, value: string) => factValues(facts, key)?.includes(value) ?? false;

/** The three facts neutrality turns on, in the order lists of them are written. */
const NEUTRALITY_KEYS = ['industry-rules', 'targeted', 'participation'] as const;
/**
 * Every list of them, in that order, by bit mask: the lists of `nonNeutralFacts` and
 * `neutralityGaps`, shared by all providers (and frozen: nobody may change one).
 */
const NEUTRALITY_LISTS: readonly (readonly string[])[] = Array.from({ length: 8 }, (_, mask) =>
  Object.freeze(NEUTRALITY_KEYS.filter((_k, i) => (mask & (1 << i)) !== 0)));

export function traitsOf(facts: Facts): ProviderTraits {
  const roles = factValues(facts, 'role') ?? [];
  const isContent = roles.includes('content');
  // Content providers are not ISPs (doctrine.md, Terms): whatever else they do, no ISP role shelters them.
  const ispRoles = isContent ? NO_ROLES : roles.filter((r) => ISP_ROLES.includes(r));
  const knowsSpecific = factValue(facts, 'knowledge') === 'specific';
  const notices = factValues(facts, 'notice');
  const order = factValue(facts, 'order');
  const aware = (notices !== undefined && notices.some((n) => n !== 'none')) || knowsSpecific || (order !== undefined && order !== 'none');

  const industry = factValue(facts, 'industry-rules');
  const targeted = factValue(facts, 'targeted');
  const participation = factValue(facts, 'participation');
  const nonNeutralMask = (industry === 'violated' ? 1 : 0) | (targeted === 'yes' ? 2 : 0) | (participation === 'deep' ? 4 : 0);
  const nonNeutralFacts = NEUTRALITY_LISTS[nonNeutralMask];
  const nonNeutral = nonNeutralMask !== 0;
  const neutral = industry === 'complied' && targeted === 'no' && (participation === 'none' || participation === 'shallow');
  const neutralityGaps = NEUTRALITY_LISTS[nonNeutral || neutral
    ? 0
    : (facts.has('industry-rules') ? 0 : 1) | (facts.has('targeted') ? 0 : 2) | (facts.has('participation') ? 0 : 4)];
  // positioning is an ISP role: a content provider's links and rankings are its own content
  const positioning = !isContent && (roles.includes('search') || roles.includes('link'));
  const ranking = factValue(facts, 'ranking');
  return {
    roles,
    ispRoles,
    isContent,
    knowsSpecific,
    aware,
    nonNeutral,
    neutral,
    neutralityGaps,
    nonNeutralFacts,
    deep: participation === 'deep',
    rankingIntervention: positioning && (ranking === 'paid' || ranking === 'manual'),
    embeddedLink: !isContent && roles.includes('link') && has(facts, 'link-type', 'embedded'),
  };
}

/** The offenses Criminal Law Amendment IX brought in. */
const AMENDMENT_IX: ReadonlySet<string> = new Set(OFFENSES.filter((o) => o.amendmentIX).map((o) => o.id));

/** Whether an offense was in force at the case's `conduct` date (unstated: assumed in force). */
export function inForce(model: CaseModelSet, offense: string): boolean {
  if (!AMENDMENT_IX.has(offense)) {
    return true;
  }
  const conduct = model.caseBlock ? factValue(model.caseBlock.facts, 'conduct') : undefined;
  return !(conduct !== undefined && conduct < AMENDMENT_IX_IN_FORCE);
}

/** How a case's blocks name each other, by id: built once per model (no scan per provider). */
export interface Links {
  /** id → the first provider written with it. */
  readonly first: ReadonlyMap<string, ProviderModel>;
  /** provider id → the offenders whose `uses` names it, in document order. */
  readonly users: ReadonlyMap<string, readonly OffenderModel[]>;
  /** id → the charges naming it, in document order. */
  readonly charges: ReadonlyMap<string, readonly ChargeModel[]>;
}

const linksIndex = new WeakMap<CaseModelSet, Links>();

export function linksOf(model: CaseModelSet): Links {
  let links = linksIndex.get(model);
  if (links) {
    return links;
  }
  const first = new Map<string, ProviderModel>();
  for (const p of model.providers) {
    if (!first.has(p.id)) {
      first.set(p.id, p);
    }
  }
  const users = new Map<string, OffenderModel[]>();
  const offenders = model.offenders;
  for (let i = 0; i < offenders.length; i++) {
    const o = offenders[i];
    const uses = factValues(o.facts, 'uses');
    for (let u = 0; uses && u < uses.length; u++) {
      const list = users.get(uses[u]);
      if (!list) {
        users.set(uses[u], [o]);
      } else if (list[list.length - 1] !== o) {
        list.push(o); // (an id written twice in one `uses` links the offender once)
      }
    }
  }
  const charges = new Map<string, ChargeModel[]>();
  for (const c of model.charges) {
    if (c.ref !== undefined) {
      const list = charges.get(c.ref);
      if (list) {
        list.push(c);
      } else {
        charges.set(c.ref, [c]);
      }
    }
  }
  links = { first, users, charges };
  linksIndex.set(model, links);
  return links;
}

/** Makes the links of `model`, whose providers, offenders and charges are those of `prev`: the same links. */
export function linksKept(prev: CaseModelSet, model: CaseModelSet): void {
  linksIndex.set(model, linksOf(prev));
}

/**
 * Makes the links of `model`, which differs from `prev` in one provider alone (now `to`),
 * with the same id, which no other provider has: those of `prev`, with `to` in its place.
 */
export function linksAfterProviderEdit(prev: CaseModelSet, model: CaseModelSet, to: ProviderModel): void {
  const { first, users, charges } = linksOf(prev);
  const moved = new Map(first);
  moved.set(to.id, to);
  linksIndex.set(model, { first: moved, users, charges });
}

/**
 * The links of a model made of one provider with the offenders that use it and the charges
 * against it (what-if's copies, whatIf.ts): given, not built by scanning its lists, since
 * one provider's dozens of copies share the same users and charges.
 */
export function linksOfOne(model: CaseModelSet, provider: ProviderModel, users: ReadonlyMap<string, readonly OffenderModel[]>, charges: ReadonlyMap<string, readonly ChargeModel[]>): void {
  linksIndex.set(model, { first: new Map([[provider.id, provider]]), users, charges });
}

const NO_OFFENDERS: readonly OffenderModel[] = [];
const NO_CHARGES: readonly ChargeModel[] = [];

/**
 * The offenders whose `uses` names this provider, in document order. With a duplicated id
 * (an error duplicate-id reports), only the first provider takes the links: giving them to
 * every copy made k copies cost k² work.
 */
export function offendersUsing(model: CaseModelSet, provider: ProviderModel): readonly OffenderModel[] {
  const links = linksOf(model);
  return links.first.get(provider.id) === provider ? links.users.get(provider.id) ?? NO_OFFENDERS : NO_OFFENDERS;
}

/** Charges against a provider, in document order (none but for the first provider with its id). */
export function chargesAgainst(model: CaseModelSet, provider: ProviderModel): readonly ChargeModel[] {
  const links = linksOf(model);
  return links.first.get(provider.id) === provider ? links.charges.get(provider.id) ?? NO_CHARGES : NO_CHARGES;
}
