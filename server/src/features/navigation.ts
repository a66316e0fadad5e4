/**
 * Go to definition, find references, highlights and rename for provider and offender
 * ids, and smart selection (service/selection.ts).
 * A refused rename becomes a ResponseError whose message the editor shows,
 * in the user's language.
 */
import { LSPErrorCodes, ResponseError } from '../lspValues';
import { format } from '../service/i18n/messages';
import { findDefinition, findHighlights, findReferences, isRefusal, prepareRename, Refusal, rename } from '../service/navigation';
import { selectionRanges } from '../service/selection';
import type { Feature, FeatureContext } from './feature';

async function refuse(ctx: FeatureContext, uri: string, r: Refusal): Promise<never> {
  const { locale } = await ctx.settings(uri);
  throw new ResponseError(LSPErrorCodes.RequestFailed, format(r.refused, locale));
}

export const navigationFeature: Feature = {
  capabilities: { definitionProvider: true, referencesProvider: true, documentHighlightProvider: true, renameProvider: { prepareProvider: true }, selectionRangeProvider: true },
  register(ctx) {
    const { connection } = ctx;
    connection.onDefinition(({ textDocument, position }) => {
      const hit = ctx.parsed(textDocument.uri);
      return hit ? findDefinition(hit.document, hit.parsed, position) : null;
    });
    connection.onReferences(({ textDocument, position, context }) => {
      const hit = ctx.parsed(textDocument.uri);
      return hit ? findReferences(hit.document, hit.parsed, position, context.includeDeclaration) : null;
    });
    connection.onDocumentHighlight(({ textDocument, position }) => {
      const hit = ctx.parsed(textDocument.uri);
      return hit ? findHighlights(hit.document, hit.parsed, position) : null;
    });
    connection.onSelectionRanges(({ textDocument, positions }) => {
      const hit = ctx.parsed(textDocument.uri);
      return hit ? selectionRanges(hit.document, hit.parsed, positions) : null;
    });
    connection.onPrepareRename(async ({ textDocument, position }) => {
      const hit = ctx.parsed(textDocument.uri);
      const answer = hit ? prepareRename(hit.document, hit.parsed, position) : undefined;
      return isRefusal(answer) ? refuse(ctx, textDocument.uri, answer) : answer ?? null;
    });
    connection.onRenameRequest(async ({ textDocument, position, newName }) => {
      const hit = ctx.parsed(textDocument.uri);
      const answer = hit ? rename(hit.document, hit.parsed, position, newName) : undefined;
      return isRefusal(answer) ? refuse(ctx, textDocument.uri, answer) : answer ?? null;
    });
  },
};
