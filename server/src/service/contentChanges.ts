/**
 * An editor's content changes applied to a piece document, and the span they
 * covered told to the language service, so that it re-reads only that span and
 * need not diff two whole briefs to find what was typed. Shared by the server's
 * documents and the worker that validates huge briefs (validateWorker.ts).
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { composeEdits, Edit } from './incremental';
import type { LanguageService } from './languageService';
import { PieceDocument } from './pieceDocument';

export function applyContentChanges(
  service: LanguageService,
  document: PieceDocument,
  changes: readonly TextDocumentContentChangeEvent[],
  version: number,
): PieceDocument {
  // Applied one change at a time, as TextDocument.update does, so that each
  // change's span is known in the text it applies to.
  const from = document.version;
  let edit: Edit | undefined;
  let known = true;
  for (const change of changes) {
    if (known && 'range' in change) {
      let { start, end } = change.range;
      if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
        [start, end] = [end, start];
      }
      const s = document.offsetAt(start);
      const e = document.offsetAt(end);
      const next: Edit = { start: s, oldEnd: e, newEnd: s + change.text.length, delta: change.text.length - (e - s) };
      edit = edit ? composeEdits(edit, next) : next;
    } else {
      known = false;
    }
    document = PieceDocument.update(document, [change], version);
  }
  service.didEdit(document.uri, from, version, known ? edit : undefined);
  return document;
}
