/**
 * The facts of a case, read off the syntax tree: providers, offenders,
 * charges, evidence, each fact with its canonical values and the tokens it
 * came from. Unwritten facts are absent (unstated), never defaulted.
 */
import type { Block, CaseDocument, Statement } from './ast';
import { Token, TokenKind } from './scanner';
import {
  BlockSpec,
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

/** Whether `YYYY-MM-DD` names a day that exists (2015-02-29 does not, 2016-02-29 does). */
export function isCalendarDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
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
      // an impossible day (2015-10-99) is no date: the doctrine does not read it
      return tok.kind === TokenKind.Date && isCalendarDate(tok.value) ? tok.value : undefined;
    case 'number':
      return tok.kind === TokenKind.Number ? tok.value : undefined;
    case 'providerRef':
      return tok.kind === TokenKind.Word ? tok.value : undefined;
    case 'text':
    case 'textOrDate':
      return tok.value;
  }
}

const NO_STRINGS: readonly string[] = [];

/**
 * The facts of a block. Arrays are made at their final size (a pushed-to empty
 * array reserves sixteen slots), and a fact whose written values are all valid
 * and distinct, the usual case, shares the statement's own value list as its
 * `valueTokens`.
 */
function readFacts(block: Block): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  const statements = block.statements;
  for (let s = 0; s < statements.length; s++) {
    const st = statements[s];
    const spec = st.spec;
    if (!spec) {
      continue;
    }
    const written = st.values;
    let values: readonly string[] = NO_STRINGS;
    let valueTokens: readonly Token[] = written;
    if (spec.arity === 'one' || written.length === 1) {
      // the second value of a one-value key is an error (too-many-values); the first counts
      const c = written.length > 0 ? canonicalValue(spec, written[0]) : undefined;
      if (c !== undefined) {
        values = [c];
        valueTokens = written.length === 1 ? written : [written[0]];
      }
    } else {
      let list: string[] | undefined;
      let tokens: Token[] | undefined;
      // the values seen: a scan of the few a fact has, and past that a set (a `uses` list can
      // name thousands of ids, where a scan per value was quadratic)
      let seen: Set<string> | undefined;
      for (let i = 0; i < written.length; i++) {
        const tok = written[i];
        const c = canonicalValue(spec, tok);
        if (c === undefined || (seen ? seen.has(c) : list?.includes(c))) {
          continue;
        }
        if (!list) {
          list = [];
          tokens = [];
        }
        list.push(c);
        (tokens as Token[]).push(tok);
        if (seen) {
          seen.add(c);
        } else if (list.length > 16) {
          seen = new Set(list);
        }
      }
      if (list) {
        values = list.slice();
        valueTokens = list.length === written.length ? written : (tokens as Token[]).slice();
      }
    }
    if (values.length === 0) {
      continue; // nothing valid written: the fact stays unstated
    }
    // A key written twice: the last one counts (duplicate-key warns).
    facts.set(spec.id, { key: spec.id, values, statement: st, tokens: written, valueTokens });
  }
  return facts;
}

const headerWord = (block: Block, i: number): Token | undefined => {
  const tok = block.header[i];
  return tok && tok.kind !== TokenKind.String ? tok : undefined;
};

/** A provider's or offender's id: an identifier, not a number or a date (checks.ts reports those). */
const headerId = (block: Block): Token | undefined => {
  const tok = block.header[0];
  return tok && tok.kind === TokenKind.Word ? tok : undefined;
};

const headerName = (block: Block): string | undefined => {
  const tok = block.header[1];
  return tok && tok.kind === TokenKind.String ? tok.value : undefined;
};

export type BlockModel = CaseModel | ProviderModel | OffenderModel | ChargeModel | EvidenceModel;

/** What one block says: its model, or null when it says nothing (an unknown keyword, a provider without id). */
function readBlock(block: Block): BlockModel | null {
  switch (block.spec?.id) {
    case 'case': {
      const title = block.header[0]?.kind === TokenKind.String ? block.header[0].value : undefined;
      return { block, title, facts: readFacts(block) };
    }
    case 'provider': {
      const idToken = headerId(block);
      return idToken ? { id: idToken.value, idToken, name: headerName(block), block, facts: readFacts(block) } : null;
    }
    case 'offender': {
      const idToken = headerId(block);
      if (!idToken) {
        return null;
      }
      const facts = readFacts(block);
      return { id: idToken.value, idToken, name: headerName(block), block, facts, offense: facts.get('offense')?.values[0] };
    }
    case 'charge': {
      const refToken = headerWord(block, 0);
      const offenseToken = headerWord(block, 1);
      const modeToken = headerWord(block, 2);
      const mode = modeToken ? (lookupValue('mode', modeToken.value)?.id as Mode | undefined) : undefined;
      return {
        block,
        refToken,
        ref: refToken?.value,
        offenseToken,
        offense: offenseToken ? lookupOffense(offenseToken.value)?.id : undefined,
        modeToken,
        mode,
        facts: readFacts(block),
      };
    }
    case 'evidence':
      return { block, facts: readFacts(block) };
    default:
      return null;
  }
}

/**
 * Each block's model, read once per Block object. A tree is never changed in
 * place but for offsets (which the model does not copy) and the text of notes
 * and comments (which are not facts); an edit that changes a block's facts
 * re-reads it into a new Block (incremental.ts). So after an edit to one fact
 * of a long brief, every other block keeps its model, facts and all.
 */
const blockModels = new WeakMap<Block, BlockModel | null>();

/** What one block says (read once per Block object): its model, or null. */
export function blockModel(block: Block): BlockModel | null {
  let m = blockModels.get(block);
  if (m === undefined) {
    m = readBlock(block);
    blockModels.set(block, m);
  }
  return m;
}

/** Reads the facts of every block whose keyword is known. */
export function buildModel(doc: CaseDocument): CaseModelSet {
  let caseBlock: CaseModel | undefined;
  const providers: ProviderModel[] = [];
  const offenders: OffenderModel[] = [];
  const charges: ChargeModel[] = [];
  const evidence: EvidenceModel[] = [];
  const blocks = doc.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const m = blockModel(block);
    if (m === null) {
      continue;
    }
    switch ((block.spec as BlockSpec).id) {
      case 'case':
        caseBlock ??= m as CaseModel;
        break;
      case 'provider':
        providers.push(m as ProviderModel);
        break;
      case 'offender':
        offenders.push(m as OffenderModel);
        break;
      case 'charge':
        charges.push(m as ChargeModel);
        break;
      case 'evidence':
        evidence.push(m as EvidenceModel);
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
