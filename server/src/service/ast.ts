/**
 * The syntax tree of a case-facts document. Nodes keep offsets into the
 * document text (UTF-16 code units); line and column appear only at the LSP
 * and CLI boundary. Every node the parser starts is returned, even partial.
 */
import type { Token } from './scanner';
import type { BlockSpec, KeySpec } from './vocabulary';
import type { Message } from './i18n/messages';

/** A statement `key [:] value, value "note"` inside a block body. */
export interface Statement {
  readonly offset: number;
  length: number;
  readonly key: Token;
  /** The key's vocabulary entry, when the key is valid in its block. */
  readonly spec: KeySpec | undefined;
  colon?: Token;
  /** Value tokens in order (words, numbers, dates, strings). */
  readonly values: Token[];
  /** A trailing free-text note on the fact. */
  note?: Token;
  readonly block: Block;
}

/** A block: keyword, header words, optional body. */
export interface Block {
  readonly offset: number;
  length: number;
  readonly keyword: Token;
  /** Undefined for a word that is not a block keyword (reported by `unknown-block`). */
  readonly spec: BlockSpec | undefined;
  /** Header words after the keyword, up to the `{` or the end of the line. */
  readonly header: Token[];
  /** End offset of the header line's last token (for ranges that cover "the charge"). */
  headerEnd: number;
  open?: Token;
  close?: Token;
  readonly statements: Statement[];
}

/** A problem found by the scanner or parser (rule `syntax`). */
export interface SyntaxProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: Message;
}

/** The result of parsing: always a document, whatever the input. */
export interface CaseDocument {
  readonly text: string;
  readonly blocks: Block[];
  readonly comments: Token[];
  readonly syntax: SyntaxProblem[];
}
