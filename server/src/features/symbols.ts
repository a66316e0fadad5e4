/** The outline of a brief and "go to symbol in workspace" over the open briefs. */
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver-types';
import { writtenElementwise } from '../service/lists';
import { documentSymbols, workspaceSymbols } from '../service/symbols';
import type { Feature } from './feature';

export const symbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: true, workspaceSymbolProvider: true },
  register(ctx) {
    ctx.connection.onDocumentSymbol(({ textDocument }) => {
      const hit = ctx.parsed(textDocument.uri);
      // an outline of a long brief is megabytes of JSON: written symbol by symbol
      if (!hit) {
        return null;
      }
      const tree = documentSymbols(hit.document, hit.parsed);
      // an editor without the tree takes a flat list, each symbol naming its container
      return writtenElementwise(ctx.client.hierarchicalSymbols ? tree : flatSymbols(tree, textDocument.uri));
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

/** The outline as SymbolInformation, in document order (LSP's form before DocumentSymbol). */
export function flatSymbols(tree: readonly DocumentSymbol[], uri: string, containerName?: string, out: SymbolInformation[] = []): SymbolInformation[] {
  for (const s of tree) {
    out.push(containerName === undefined
      ? { name: s.name, kind: s.kind, location: { uri, range: s.range } }
      : { name: s.name, kind: s.kind, location: { uri, range: s.range }, containerName });
    if (s.children) {
      flatSymbols(s.children, uri, s.name, out);
    }
  }
  return out;
}
