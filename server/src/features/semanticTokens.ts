/**
 * Semantic tokens (full, delta and range): ids, keywords, keys, values and offenses by
 * their place. After a keystroke an editor that holds the last full answer asks for the
 * difference (`full/delta`): the answer is the one run of numbers that changed, so a long
 * brief's hundreds of kilobytes of tokens are not sent and parsed again.
 */
import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import { SEMANTIC_LEGEND, semanticTokens } from '../service/semanticTokens';
import type { Feature } from './feature';

/** The edit that turns `before` into `after`: the run between their common start and end. */
export function tokensEdit(before: readonly number[], after: readonly number[]): SemanticTokensDelta['edits'] {
  const most = Math.min(before.length, after.length);
  let start = 0;
  while (start < most && before[start] === after[start]) {
    start++;
  }
  let end = 0;
  while (end < most - start && before[before.length - 1 - end] === after[after.length - 1 - end]) {
    end++;
  }
  if (start === before.length && start === after.length) {
    return [];
  }
  return [{ start, deleteCount: before.length - start - end, data: after.slice(start, after.length - end) }];
}

export const semanticTokensFeature: Feature = {
  capabilities: { semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: { delta: true }, range: true } },
  register(ctx) {
    /** Per open document: the last full answer, which a delta request names by its result id. */
    const last = new Map<string, { readonly resultId: string; readonly data: readonly number[] }>();
    let nextId = 1;
    // ids of this registration only: a huge brief's tokens come from its worker's registration
    // (validateWorker.ts), and an id of one must not name an answer of the other
    const epoch = Math.random().toString(36).slice(2, 8);
    const full = (uri: string): SemanticTokens => {
      const hit = ctx.parsed(uri);
      if (!hit) {
        last.delete(uri);
        return { data: [] };
      }
      const { data } = semanticTokens(hit.document, hit.parsed);
      const resultId = `${epoch}.${nextId++}`;
      last.set(uri, { resultId, data });
      return { resultId, data };
    };
    ctx.connection.languages.semanticTokens.on(({ textDocument }) => full(textDocument.uri));
    ctx.connection.languages.semanticTokens.onDelta(({ textDocument, previousResultId }): SemanticTokens | SemanticTokensDelta => {
      const before = last.get(textDocument.uri);
      const now = full(textDocument.uri);
      if (!before || before.resultId !== previousResultId || now.resultId === undefined) {
        return now; // the editor holds another answer: the whole list
      }
      return { resultId: now.resultId, edits: tokensEdit(before.data, now.data) };
    });
    ctx.connection.languages.semanticTokens.onRange(({ textDocument, range }) => {
      const hit = ctx.parsed(textDocument.uri);
      return hit ? semanticTokens(hit.document, hit.parsed, range) : { data: [] };
    });
    ctx.documents.onDidClose(({ document }) => last.delete(document.uri));
  },
};
