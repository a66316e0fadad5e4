/** Folding ranges for block bodies, comment runs and a brief's case blocks. */
import { foldingRanges } from '../service/folding';
import type { Feature } from './feature';

export const foldingFeature: Feature = {
  capabilities: { foldingRangeProvider: true },
  register(ctx) {
    ctx.connection.onFoldingRanges(({ textDocument }) => {
      const hit = ctx.parsed(textDocument.uri);
      return hit ? foldingRanges(hit.document, hit.parsed) : null;
    });
  },
};
