/**
 * The doctrine rules' findings for a case, each part of the case checked once
 * and its findings kept until what they rest on changes. A provider's own
 * findings rest on its facts; a charge's, on the charge, the conclusions of
 * the provider it names, that provider's users and whether it is charged as an
 * accomplice; an evidence block's, on its facts. Model and conclusion objects
 * are made once per block and reused while nothing they read changes (model.ts,
 * analysis.ts), so identity says "unchanged": after an edit to one provider,
 * only its findings and those of the charges naming it are made again.
 *
 * A finding kept is the same object, so the diagnostic built for it is reused.
 * Its offsets move with the edits: incremental.ts shifts the findings of the
 * previous version in place, as it shifts the tree.
 */
import type { Finding } from '../findings';
import { sameElements } from '../lists';
import type { CaseModelSet, ChargeModel, EvidenceModel, OffenderModel, ProviderModel } from '../model';
import type { Analysis, ProviderConclusion } from './analysis';
import type { ChargeView, ChargesView, DoctrineRule } from './rule';
import { DOCTRINE_RULES } from './rules';
import { Links, linksOf } from './traits';

const NONE: readonly Finding[] = [];

/** Runs one kind of check of every rule, in the rules' order, into one list. */
function runAll<A extends unknown[]>(checks: readonly ((...args: A) => Finding[])[], ...args: A): readonly Finding[] {
  // Most parts draw one finding or none: the check's own list is kept, not copied into a
  // pushed-to list (which reserves sixteen slots), as these lists live as long as the part.
  let out: Finding[] | undefined;
  for (let i = 0; i < checks.length; i++) {
    const found = checks[i](...args);
    if (found.length > 0) {
      out = out ? out.concat(found) : found;
    }
  }
  return out ?? NONE;
}

const checksOf = <K extends 'provider' | 'charge' | 'charges' | 'evidence' | 'document'>(kind: K) =>
  DOCTRINE_RULES.flatMap((r) => (r[kind] ? [r[kind] as NonNullable<DoctrineRule[K]>] : []));

const PROVIDER = checksOf('provider');
const CHARGE = checksOf('charge');
const CHARGES = checksOf('charges');
const EVIDENCE = checksOf('evidence');
const DOCUMENT = checksOf('document');

interface ProviderEntry {
  /** Findings on the provider's own facts: valid as long as the model object lives. */
  readonly own: readonly Finding[];
  /** Findings on its conclusions and the charges against it, and what they rested on. */
  conclusion: ProviderConclusion;
  charges: readonly ChargeModel[];
  users: readonly OffenderModel[];
  concluded: readonly Finding[];
}

interface ChargeEntry {
  readonly named: ProviderConclusion | undefined;
  readonly users: readonly OffenderModel[];
  readonly accompliceCharged: boolean;
  readonly findings: readonly Finding[];
}

const providers = new WeakMap<ProviderModel, ProviderEntry>();
const charges = new WeakMap<ChargeModel, ChargeEntry>();
const evidence = new WeakMap<EvidenceModel, readonly Finding[]>();
/** The findings of the checks over the whole case, as last made for a model. */
const documents = new WeakMap<CaseModelSet, readonly Finding[]>();

const NO_OFFENDERS: readonly OffenderModel[] = [];
const NO_CHARGES: readonly ChargeModel[] = [];

function push(out: Finding[], found: readonly Finding[]): void {
  for (let i = 0; i < found.length; i++) {
    out.push(found[i]);
  }
}

/** A provider's findings, made again where what they rest on changed. */
function providerEntry(p: ProviderModel, pc: ProviderConclusion, links: Links): ProviderEntry {
  const isFirst = links.first.get(p.id) === p;
  const against = (isFirst && links.charges.get(p.id)) || NO_CHARGES;
  const users = (isFirst && links.users.get(p.id)) || NO_OFFENDERS;
  let entry = providers.get(p);
  if (!entry) {
    const view: ChargesView = { conclusion: pc, charges: against, users };
    entry = { own: runAll(PROVIDER, p, pc.traits), conclusion: pc, charges: against, users, concluded: runAll(CHARGES, view) };
    providers.set(p, entry);
  } else if (entry.conclusion !== pc || !sameElements(entry.charges, against) || !sameElements(entry.users, users)) {
    entry.conclusion = pc;
    entry.charges = against;
    entry.users = users;
    entry.concluded = runAll(CHARGES, { conclusion: pc, charges: against, users });
  }
  return entry;
}

/** A charge's findings, made again where what they rest on changed. */
function chargeFindings(c: ChargeModel, analysis: Analysis, links: Links): readonly Finding[] {
  const named = c.ref === undefined ? undefined : analysis.byId(c.ref);
  const isFirst = named !== undefined && links.first.get(named.id) === named.provider;
  const users = (isFirst && links.users.get(named.id)) || NO_OFFENDERS;
  const accompliceCharged = isFirst && (links.charges.get(named.id) as readonly ChargeModel[]).some(isAccomplice);
  let entry = charges.get(c);
  if (!entry || entry.named !== named || entry.accompliceCharged !== accompliceCharged || !sameElements(entry.users, users)) {
    const view: ChargeView = { charge: c, named, users, accompliceCharged };
    entry = { named, users, accompliceCharged, findings: runAll(CHARGE, view) };
    charges.set(c, entry);
  }
  return entry.findings;
}

/**
 * Every doctrine finding of a case, unsorted: per provider, per charge, per
 * evidence block, then those over the whole case. (The caller sorts by offset
 * and code; no two findings of one rule share an offset, so the order they
 * are made in does not show.)
 */
export function doctrineFindings(model: CaseModelSet, analysis: Analysis): Finding[] {
  const out: Finding[] = [];
  const links = linksOf(model);
  for (let i = 0; i < model.providers.length; i++) {
    const entry = providerEntry(model.providers[i], analysis.providers[i], links);
    push(out, entry.own);
    push(out, entry.concluded);
  }
  for (let i = 0; i < model.charges.length; i++) {
    push(out, chargeFindings(model.charges[i], analysis, links));
  }
  for (let i = 0; i < model.evidence.length; i++) {
    push(out, evidenceFindings(model.evidence[i]));
  }
  push(out, documentFindings(model));
  return out;
}

function evidenceFindings(ev: EvidenceModel): readonly Finding[] {
  let found = evidence.get(ev);
  if (!found) {
    found = runAll(EVIDENCE, ev);
    evidence.set(ev, found);
  }
  return found;
}

function documentFindings(model: CaseModelSet): readonly Finding[] {
  const found = runAll(DOCUMENT, model);
  documents.set(model, found);
  return found;
}

/**
 * `model` differs from `prev` in one provider's facts alone: the checks over the whole
 * case (which read the charges and the evidence) found for `prev` what they would for it.
 */
export function documentFindingsKept(prev: CaseModelSet, model: CaseModelSet): void {
  const found = documents.get(prev);
  if (found) {
    documents.set(model, found);
  }
}

/**
 * The doctrine findings an edit to one evidence block alone can change, before (`gone`)
 * and after (`added`): that block's, and those of the checks over the whole case. No
 * conclusion reads the evidence. Undefined when the last ones are not known.
 */
export function evidenceEditFindings(
  prev: CaseModelSet,
  model: CaseModelSet,
  before: EvidenceModel,
  after: EvidenceModel,
): { readonly gone: readonly Finding[]; readonly added: readonly Finding[] } | undefined {
  const lastDocument = documents.get(prev);
  const lastEvidence = evidence.get(before);
  if (!lastDocument || !lastEvidence) {
    return undefined;
  }
  return { gone: [...lastEvidence, ...lastDocument], added: [...evidenceFindings(after), ...documentFindings(model)] };
}

/** The doctrine findings last made for a provider and for the charges against it. */
export function doctrineFindingsMadeFor(p: ProviderModel, against: readonly ChargeModel[]): Finding[] {
  const out: Finding[] = [];
  const entry = providers.get(p);
  if (entry) {
    push(out, entry.own);
    push(out, entry.concluded);
  }
  for (const c of against) {
    push(out, charges.get(c)?.findings ?? NONE);
  }
  return out;
}

/**
 * The doctrine findings of one provider and of the charges against it, unsorted: all that
 * an edit to that provider's block alone can change, when it keeps the provider's id
 * and that id is no other provider's (reanalysis.ts).
 */
export function doctrineFindingsOf(model: CaseModelSet, analysis: Analysis, index: number, against: readonly ChargeModel[]): Finding[] {
  const links = linksOf(model);
  const entry = providerEntry(model.providers[index], analysis.providers[index], links);
  const out = [...entry.own, ...entry.concluded];
  for (const c of against) {
    push(out, chargeFindings(c, analysis, links));
  }
  return out;
}

const isAccomplice = (c: ChargeModel) => c.mode === 'accomplice';
