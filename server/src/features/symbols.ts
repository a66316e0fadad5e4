/** The outline of a brief and "go to symbol in workspace" over the open briefs. */
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver-types';
import { writtenElementwise } from '../service/lists';
import { briefWorkspaceSymbols, documentSymbols, rankWorkspaceSymbols } from '../service/symbols';
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
    ctx.connection.onWorkspaceSymbol(async ({ query }) => {
      const lists = await Promise.all(
        ctx.documents.all().map(async (d) => {
          // a huge brief's own worker answers for it from its tree (route.ts): parsed here,
          // it would hold up every message for seconds on each new version
          const remote = await ctx.elsewhere?.(d.uri, 'onWorkspaceSymbol', { query, uri: d.uri });
          if (remote && 'result' in remote && Array.isArray(remote.result)) {
            return remote.result as SymbolInformation[];
          }
          const hit = ctx.parsed(d.uri);
          return hit ? briefWorkspaceSymbols(hit, query) : [];
        }),
      );
      return rankWorkspaceSymbols(query, lists);
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
