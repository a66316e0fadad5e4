/** Code lenses: each provider's conclusions and decisive facts, unless the user turned them off. */
import { getCodeLenses } from '../service/codeLens';
import type { Feature } from './feature';

export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(ctx) {
    ctx.connection.onCodeLens(async ({ textDocument }) => {
      const settings = await ctx.settings(textDocument.uri);
      if (!settings.codeLens) {
        return [];
      }
      const open = ctx.parsed(textDocument.uri);
      return open ? getCodeLenses(open.parsed, open.document, settings) : [];
    });
  },
};
