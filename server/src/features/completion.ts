/** Completion: the service's words for the place being typed. */
import { COMPLETION_TRIGGERS, doComplete } from '../service/completion';
import type { Feature } from './feature';

export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: [...COMPLETION_TRIGGERS], resolveProvider: false } },
  register(ctx) {
    ctx.connection.onCompletion(async ({ textDocument, position }) => {
      const settings = await ctx.settings(textDocument.uri);
      const open = ctx.parsed(textDocument.uri);
      return open ? doComplete(open.parsed, open.document, position, settings) : null;
    });
  },
};
