/** Completion: the service's words for the place being typed. */
import { COMPLETION_TRIGGERS, doComplete } from '../service/completion';
import { markdownToPlain } from '../service/plainText';
import type { Feature } from './feature';

export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: [...COMPLETION_TRIGGERS], resolveProvider: false } },
  register(ctx) {
    ctx.connection.onCompletion(async ({ textDocument, position }) => {
      const settings = await ctx.settings(textDocument.uri);
      const open = ctx.parsed(textDocument.uri);
      const list = open ? doComplete(open.parsed, open.document, position, settings) : null;
      if (list && !ctx.client.completionMarkdown) {
        for (const item of Array.isArray(list) ? list : list.items) {
          const doc = item.documentation;
          if (doc && typeof doc !== 'string' && doc.kind === 'markdown') {
            item.documentation = { kind: 'plaintext', value: markdownToPlain(doc.value) };
          }
        }
      }
      return list;
    });
  },
};
