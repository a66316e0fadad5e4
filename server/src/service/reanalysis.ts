/**
 * The facts, conclusions and findings of a tree, derived from those of its
 * last analysis when an edit re-read one provider's block alone (the edit a
 * lawyer makes most to the facts: a value, a name), or one evidence block.
 *
 * A tree edited in place keeps its list of blocks (incremental.ts), so the
 * last analysis is found by that list; the one block it holds that the last
 * analysis did not is the block re-read. When that block was and still is a
 * provider with the same id, an id no other provider or offender has, and no
 * syntax problem came or went, nothing else can have changed but that
 * provider's own conclusion and findings and those of the charges against it:
 * the checks over the whole case read ids, references, charges, evidence and
 * the conduct date, none of which the edit touched. Those are made again
 * (checks.ts and doctrine/findings.ts keep the rest) and merged into the last
 * findings, which incremental.ts has shifted with the edit. An evidence block
 * is read by no conclusion: an edit to it keeps the analysis and makes again its
 * own findings and those of the checks over the whole case. Any other edit
 * gets the analysis of the whole tree, which reuses what it can part by part.
 */
import type { Block, CaseDocument, SyntaxProblem } from './ast';
import { blockFindings, checkText } from './checks';
import { analyze, analyzeAfterProviderEdit, Analysis } from './doctrine/analysis';
import { doctrineFindings, doctrineFindingsMadeFor, doctrineFindingsOf, documentFindingsKept, evidenceEditFindings } from './doctrine/findings';
import { linksAfterProviderEdit, linksKept, linksOf } from './doctrine/traits';
import type { Finding } from './findings';
import { blockModel, buildModel, CaseModelSet, EvidenceModel, ProviderModel } from './model';

export interface TreeAnalysis {
  readonly model: CaseModelSet;
  readonly analysis: Analysis;
  /** Every finding, in document order. */
  readonly findings: readonly Finding[];
}

interface Last extends TreeAnalysis {
  /** The tree's blocks and syntax problems as they were (the tree's own lists change in place). */
  readonly blocks: readonly Block[];
  readonly syntax: readonly SyntaxProblem[];
  /** Whether any duplicate-id was found: its message counts lines, which an edit can move. */
  readonly duplicates: boolean;
}

const lastAnalysis = new WeakMap<readonly Block[], Last>();

// rule ids are lowercase ASCII: a plain comparison, without the ICU set-up of localeCompare
const inOrder = (a: Finding, b: Finding) => a.offset - b.offset || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Everything derived from a tree: facts, conclusions, findings. */
export function analyseDocument(doc: CaseDocument): TreeAnalysis {
  const last = lastAnalysis.get(doc.blocks);
  const result = (last && afterBlockEdit(doc, last)) ?? analyseAll(doc);
  lastAnalysis.set(doc.blocks, {
    ...result,
    blocks: doc.blocks.slice(),
    syntax: doc.syntax.slice(),
    duplicates: result.findings.some((f) => f.code === 'duplicate-id'),
  });
  return result;
}

function analyseAll(doc: CaseDocument): TreeAnalysis {
  const model = buildModel(doc);
  const analysis = analyze(model);
  const findings = checkText(doc, model);
  const doctrine = doctrineFindings(model, analysis);
  for (let i = 0; i < doctrine.length; i++) {
    findings.push(doctrine[i]);
  }
  findings.sort(inOrder);
  return { model, analysis, findings };
}

/** The one index at which two lists of the same length hold different objects, or -1 (none, or more than one). */
function onlyChange<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length !== b.length) {
    return -1;
  }
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      if (at >= 0) {
        return -1;
      }
      at = i;
    }
  }
  return at;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The analysis after an edit that re-read one provider's block alone and kept its id, or
 * one evidence block, from the last one; undefined for any other edit.
 */
function afterBlockEdit(doc: CaseDocument, last: Last): TreeAnalysis | undefined {
  const at = onlyChange(last.blocks, doc.blocks);
  if (at < 0 || last.duplicates || !sameList(last.syntax, doc.syntax)) {
    return undefined;
  }
  const kind = last.blocks[at].spec?.id;
  if (kind !== doc.blocks[at].spec?.id) {
    return undefined;
  }
  const before = blockModel(last.blocks[at]);
  const after = blockModel(doc.blocks[at]);
  if (!before || !after) {
    return undefined;
  }
  if (kind === 'provider') {
    return afterProviderEdit(last, at, before as ProviderModel, after as ProviderModel, doc.blocks[at]);
  }
  if (kind === 'evidence') {
    return afterEvidenceEdit(last, at, before as EvidenceModel, after as EvidenceModel, doc.blocks[at]);
  }
  return undefined;
}

/** An edit to one provider that kept its id, an id no other provider or offender has. */
function afterProviderEdit(last: Last, at: number, from: ProviderModel, to: ProviderModel, block: Block): TreeAnalysis | undefined {
  const prev = last.model;
  const index = prev.providers.indexOf(from);
  const links = linksOf(prev);
  if (index < 0 || to.id !== from.id || links.first.get(from.id) !== from || last.analysis.byId(from.id)?.provider !== from ||
    prev.offenders.some((o) => o.id === from.id)) {
    return undefined;
  }
  const providers = prev.providers.slice();
  providers[index] = to;
  const model: CaseModelSet = { ...prev, providers };
  linksAfterProviderEdit(prev, model, to);
  documentFindingsKept(prev, model);
  const analysis = analyzeAfterProviderEdit(last.analysis, model, index);
  const against = links.charges.get(from.id) ?? [];
  // What the last analysis found for the provider and its charges goes; what this one finds comes.
  const gone = [...blockFindings(last.blocks[at]), ...doctrineFindingsMadeFor(from, against)];
  const added = [...blockFindings(block), ...doctrineFindingsOf(model, analysis, index, against)];
  return { model, analysis, findings: merged(last.findings, gone, added) };
}

/**
 * An edit to one evidence block: no conclusion reads the evidence, so the analysis stays;
 * the block's findings and those of the checks over the whole case are made again.
 */
function afterEvidenceEdit(last: Last, at: number, from: EvidenceModel, to: EvidenceModel, block: Block): TreeAnalysis | undefined {
  const prev = last.model;
  const index = prev.evidence.indexOf(from);
  if (index < 0) {
    return undefined;
  }
  const evidence = prev.evidence.slice();
  evidence[index] = to;
  const model: CaseModelSet = { ...prev, evidence };
  const doctrine = evidenceEditFindings(prev, model, from, to);
  if (!doctrine) {
    return undefined;
  }
  linksKept(prev, model);
  const gone = [...blockFindings(last.blocks[at]), ...doctrine.gone];
  const added = [...blockFindings(block), ...doctrine.added];
  return { model, analysis: last.analysis, findings: merged(last.findings, gone, added) };
}

/** The last findings (in order, shifted with the edit) without those gone, with those added. */
function merged(lastFindings: readonly Finding[], goneList: readonly Finding[], addedList: readonly Finding[]): Finding[] {
  const gone = new Set(goneList);
  const added = addedList.slice().sort(inOrder);
  const findings: Finding[] = [];
  let j = 0;
  for (const f of lastFindings) {
    if (gone.has(f)) {
      continue;
    }
    while (j < added.length && inOrder(added[j], f) < 0) {
      findings.push(added[j++]);
    }
    findings.push(f);
  }
  while (j < added.length) {
    findings.push(added[j++]);
  }
  return findings;
}
