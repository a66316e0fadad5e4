/** Code lenses: each provider's conclusions and decisive facts, unless the user turned them off. */
import { getCodeLenses, resolveCodeLens, WhatIfLensData } from '../service/codeLens';
import { writtenElementwise } from '../service/lists';
import type { Feature } from './feature';

export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: true } },
  register(ctx) {
    ctx.connection.onCodeLens(async ({ textDocument }) => {
      const settings = await ctx.settings(textDocument.uri);
      if (!settings.codeLens) {
        return [];
      }
      const open = ctx.parsed(textDocument.uri);
      // written lens by lens: an untouched provider's lenses go out as the bytes sent last
      return open ? writtenElementwise(getCodeLenses(open.parsed, open.document, settings)) : [];
    });
    ctx.connection.onCodeLensResolve(async (lens) => {
      const data = lens.data as WhatIfLensData | undefined;
      const open = data ? ctx.parsed(data.uri) : undefined;
      if (!data || !open) {
        return lens;
      }
      return resolveCodeLens(open.parsed, lens, await ctx.settings(data.uri));
    });
  },
};
