/** The outline of a brief and "go to symbol in workspace" over the open briefs. */
import { writtenElementwise } from '../service/lists';
import { documentSymbols, workspaceSymbols } from '../service/symbols';
import type { Feature } from './feature';

export const symbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: true, workspaceSymbolProvider: true },
  register(ctx) {
    ctx.connection.onDocumentSymbol(({ textDocument }) => {
      const hit = ctx.parsed(textDocument.uri);
      // an outline of a long brief is megabytes of JSON: written symbol by symbol
      return hit ? writtenElementwise(documentSymbols(hit.document, hit.parsed)) : null;
    });
    ctx.connection.onWorkspaceSymbol(({ query }) => {
      const briefs = ctx.documents.all().flatMap((d) => {
        const hit = ctx.parsed(d.uri);
        return hit ? [hit] : [];
      });
      return workspaceSymbols(briefs, query);
    });
  },
};
