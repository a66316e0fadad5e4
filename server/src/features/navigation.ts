/**
 * Go to definition, find references and rename for provider and offender ids.
 * A refused rename becomes a ResponseError whose message the editor shows,
 * in the user's language.
 */
import { LSPErrorCodes, ResponseError } from '../lspValues';
import { format } from '../service/i18n/messages';
import { findDefinition, findReferences, isRefusal, prepareRename, Refusal, rename } from '../service/navigation';
import type { Feature, FeatureContext } from './feature';

async function refuse(ctx: FeatureContext, uri: string, r: Refusal): Promise<never> {
  const { locale } = await ctx.settings(uri);
  throw new ResponseError(LSPErrorCodes.RequestFailed, format(r.refused, locale));
}

export const navigationFeature: Feature = {
  capabilities: { definitionProvider: true, referencesProvider: true, renameProvider: { prepareProvider: true } },
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
