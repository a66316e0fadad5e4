/** Semantic tokens (full and range): ids, keywords, keys, values and offenses by their place. */
import { SEMANTIC_LEGEND, semanticTokens } from '../service/semanticTokens';
import type { Feature } from './feature';

export const semanticTokensFeature: Feature = {
  capabilities: { semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true, range: true } },
  register(ctx) {
    ctx.connection.languages.semanticTokens.on(({ textDocument }) => {
      const hit = ctx.parsed(textDocument.uri);
      return hit ? semanticTokens(hit.document, hit.parsed) : { data: [] };
    });
    ctx.connection.languages.semanticTokens.onRange(({ textDocument, range }) => {
      const hit = ctx.parsed(textDocument.uri);
      return hit ? semanticTokens(hit.document, hit.parsed, range) : { data: [] };
    });
  },
};
