/** Hover: the service's explanation of the word, provider or diagnostic under the pointer. */
import { doHover } from '../service/hover';
import { markdownToPlain } from '../service/plainText';
import type { Feature } from './feature';

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(ctx) {
    ctx.connection.onHover(async ({ textDocument, position }) => {
      const settings = await ctx.settings(textDocument.uri);
      // Read the parse after the settings arrive, so it is the current version's (cached) one.
      const open = ctx.parsed(textDocument.uri);
      const hover = open ? doHover(open.parsed, open.document, position, settings) : null;
      const contents = hover?.contents as { kind?: string; value?: string } | undefined;
      if (hover && !ctx.client.hoverMarkdown && contents?.kind === 'markdown' && typeof contents.value === 'string') {
        return { ...hover, contents: { kind: 'plaintext', value: markdownToPlain(contents.value) } };
      }
      return hover;
    });
  },
};
