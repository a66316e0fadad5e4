/**
 * The facts of a case, read off the syntax tree: providers, offenders,
 * charges, evidence, each fact with its canonical values and the tokens it
 * came from. Unwritten facts are absent (unstated), never defaulted.
 */
import type { Block, CaseDocument, Statement } from './ast';
import { Token, TokenKind } from './scanner';
import {
  BlockKind,
  KeySpec,
  lookupOffense,
  lookupValue,
} from './vocabulary';

/** One stated fact: canonical values (unknown values dropped), and where it was written. */
export interface Fact {
  readonly key: string;
  readonly values: readonly string[];
  readonly statement: Statement;
  /** The value tokens, parallel to the written values (not only the valid ones). */
  readonly tokens: readonly Token[];
  /** Token of each canonical value, parallel to `values`. */
  readonly valueTokens: readonly Token[];
}

export type Facts = ReadonlyMap<string, Fact>;

export interface ProviderModel {
  readonly id: string;
  readonly idToken: Token;
  readonly name?: string;
  readonly block: Block;
  readonly facts: Facts;
}

export interface OffenderModel {
  readonly id: string;
  readonly idToken: Token;
  readonly name?: string;
  readonly block: Block;
  readonly facts: Facts;
  /** Canonical offense id, when valid. */
  readonly offense?: string;
}

export type Mode = 'act' | 'omission' | 'principal' | 'accomplice';

export interface ChargeModel {
  readonly block: Block;
  readonly refToken?: Token;
  readonly ref?: string;
  readonly offenseToken?: Token;
  readonly offense?: string;
  readonly modeToken?: Token;
  /** The written mode; unstated means principal. */
  readonly mode?: Mode;
  readonly facts: Facts;
}

export interface CaseModel {
  readonly block: Block;
  readonly title?: string;
  readonly facts: Facts;
}

export interface EvidenceModel {
  readonly block: Block;
  readonly facts: Facts;
}

export interface CaseModelSet {
  readonly caseBlock?: CaseModel;
  readonly providers: readonly ProviderModel[];
  readonly offenders: readonly OffenderModel[];
  readonly charges: readonly ChargeModel[];
  readonly evidence: readonly EvidenceModel[];
}

/** The canonical id of a value token for a key, or undefined when it is not valid. */
export function canonicalValue(spec: KeySpec, tok: Token): string | undefined {
  const v = spec.value;
  switch (v.type) {
    case 'enum': {
      if (tok.kind === TokenKind.String) {
        return v.allowString ? tok.value : undefined;
      }
      return lookupValue(v.set, tok.value)?.id;
    }
    case 'offense':
      return tok.kind === TokenKind.String ? undefined : lookupOffense(tok.value)?.id;
    case 'date':
      return tok.kind === TokenKind.Date ? tok.value : undefined;
    case 'number':
      return tok.kind === TokenKind.Number ? tok.value : undefined;
    case 'providerRef':
      return tok.kind === TokenKind.Word ? tok.value : undefined;
    case 'text':
    case 'textOrDate':
      return tok.value;
  }
}

function readFacts(block: Block): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  for (const st of block.statements) {
    const spec = st.spec;
    if (!spec) {
      continue;
    }
    const values: string[] = [];
    const valueTokens: Token[] = [];
    for (const tok of st.values) {
      const c = canonicalValue(spec, tok);
      if (c !== undefined && !values.includes(c)) {
        values.push(c);
        valueTokens.push(tok);
      }
      if (spec.arity === 'one') {
        break; // the second value is an error (too-many-values); the first counts
      }
    }
    if (values.length === 0) {
      continue; // nothing valid written: the fact stays unstated
    }
    // A key written twice: the last one counts (duplicate-key warns).
    facts.set(spec.id, { key: spec.id, values, statement: st, tokens: st.values, valueTokens });
  }
  return facts;
}

const headerWord = (block: Block, i: number): Token | undefined => {
  const tok = block.header[i];
  return tok && tok.kind !== TokenKind.String ? tok : undefined;
};

const headerName = (block: Block): string | undefined => {
  const tok = block.header[1];
  return tok && tok.kind === TokenKind.String ? tok.value : undefined;
};

/** Reads the facts of every block whose keyword is known. */
export function buildModel(doc: CaseDocument): CaseModelSet {
  let caseBlock: CaseModel | undefined;
  const providers: ProviderModel[] = [];
  const offenders: OffenderModel[] = [];
  const charges: ChargeModel[] = [];
  const evidence: EvidenceModel[] = [];
  for (const block of doc.blocks) {
    const kind: BlockKind | undefined = block.spec?.id;
    switch (kind) {
      case 'case':
        if (!caseBlock) {
          const title = block.header[0]?.kind === TokenKind.String ? block.header[0].value : undefined;
          caseBlock = { block, title, facts: readFacts(block) };
        }
        break;
      case 'provider': {
        const idToken = headerWord(block, 0);
        if (idToken) {
          providers.push({ id: idToken.value, idToken, name: headerName(block), block, facts: readFacts(block) });
        }
        break;
      }
      case 'offender': {
        const idToken = headerWord(block, 0);
        if (idToken) {
          const facts = readFacts(block);
          offenders.push({
            id: idToken.value,
            idToken,
            name: headerName(block),
            block,
            facts,
            offense: facts.get('offense')?.values[0],
          });
        }
        break;
      }
      case 'charge': {
        const refToken = headerWord(block, 0);
        const offenseToken = headerWord(block, 1);
        const modeToken = headerWord(block, 2);
        const mode = modeToken ? (lookupValue('mode', modeToken.value)?.id as Mode | undefined) : undefined;
        charges.push({
          block,
          refToken,
          ref: refToken?.value,
          offenseToken,
          offense: offenseToken ? lookupOffense(offenseToken.value)?.id : undefined,
          modeToken,
          mode,
          facts: readFacts(block),
        });
        break;
      }
      case 'evidence':
        evidence.push({ block, facts: readFacts(block) });
        break;
      default:
        break;
    }
  }
  return { caseBlock, providers, offenders, charges, evidence };
}

/** The values of a fact, or undefined when it is unstated. */
export function factValues(facts: Facts, key: string): readonly string[] | undefined {
  return facts.get(key)?.values;
}

/** The single value of a one-value fact, or undefined when unstated. */
export function factValue(facts: Facts, key: string): string | undefined {
  return facts.get(key)?.values[0];
}
