/**
 * Caret markers for readable inputs: `role cach|` → the text without `|` and
 * the offset and LSP position of the caret.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';

export interface Caret {
  readonly text: string;
  readonly offset: number;
  readonly position: Position;
  readonly document: TextDocument;
}

/** Splits a text at its single `|` marker. */
export function caret(marked: string, uri = 'file:///test.case'): Caret {
  const offset = marked.indexOf('|');
  if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) {
    throw new Error('caret(): the text must hold exactly one |');
  }
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const document = TextDocument.create(uri, uri.endsWith('.md') ? 'markdown' : 'casefacts', 1, text);
  return { text, offset, position: document.positionAt(offset), document };
}

/** A TextDocument for a text (`.case` unless the uri ends in .md). */
export function doc(text: string, uri = 'file:///test.case', version = 1): TextDocument {
  return TextDocument.create(uri, uri.endsWith('.md') ? 'markdown' : 'casefacts', version, text);
}
