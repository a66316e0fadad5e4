/** Hover: the service's explanation of the word, provider or diagnostic under the pointer. */
import { doHover } from '../service/hover';
import type { Feature } from './feature';

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(ctx) {
    ctx.connection.onHover(async ({ textDocument, position }) => {
      const settings = await ctx.settings(textDocument.uri);
      // Read the parse after the settings arrive, so it is the current version's (cached) one.
      const open = ctx.parsed(textDocument.uri);
      return open ? doHover(open.parsed, open.document, position, settings) : null;
    });
  },
};
