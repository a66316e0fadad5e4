/** The outline of a brief and "go to symbol in workspace" over the open briefs. */
import { documentSymbols, workspaceSymbols } from '../service/symbols';
import type { Feature } from './feature';

export const symbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: true, workspaceSymbolProvider: true },
  register(ctx) {
    ctx.connection.onDocumentSymbol(({ textDocument }) => {
      const hit = ctx.parsed(textDocument.uri);
      return hit ? documentSymbols(hit.document, hit.parsed) : null;
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
