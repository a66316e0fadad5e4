/**
 * A finding: one rule firing at one range, before severity settings and
 * localisation are applied at the edge.
 */
import type { Message } from './i18n/messages';

export interface Related {
  readonly offset: number;
  readonly length: number;
  readonly message: Message;
}

/** What a quick fix needs to know, carried as the LSP diagnostic's `data`. */
export interface FindingData {
  /** Replacement words for unknown-* and imprecise-role. */
  readonly suggestions?: readonly string[];
  /** Facts (keys) a provider should state, for helping-needs-facts and refusal rules. */
  readonly missingFacts?: readonly string[];
  /** The provider the finding is about. */
  readonly provider?: string;
}

export interface Finding {
  readonly code: string;
  readonly offset: number;
  readonly length: number;
  readonly message: Message;
  readonly related?: readonly Related[];
  readonly data?: FindingData;
}
