/** Code lenses: each provider's conclusions and decisive facts, unless the user turned them off. */
import { conclusionLines, getCodeLenses, resolveCodeLens, SERVER_CONCLUSION_COMMAND, SERVER_WHAT_IF_COMMAND, ShowConclusionArgs, ShowWhatIfArgs, WhatIfLensData } from '../service/codeLens';
import { format } from '../service/i18n/messages';
import { writtenElementwise } from '../service/lists';
import type { Feature } from './feature';

export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: true }, executeCommandProvider: { commands: [SERVER_WHAT_IF_COMMAND, SERVER_CONCLUSION_COMMAND] } },
  register(ctx) {
    ctx.connection.onCodeLens(async ({ textDocument }) => {
      const settings = await ctx.settings(textDocument.uri);
      if (!settings.codeLens) {
        return [];
      }
      const open = ctx.parsed(textDocument.uri);
      // written lens by lens: an untouched provider's lenses go out as the bytes sent last
      return open ? writtenElementwise(getCodeLenses(open.parsed, open.document, { ...settings, extensionCommands: ctx.client.whatIfCommand })) : [];
    });
    ctx.connection.onCodeLensResolve(async (lens) => {
      const data = lens.data as WhatIfLensData | undefined;
      const open = data ? ctx.parsed(data.uri) : undefined;
      if (!data || !open) {
        return lens;
      }
      const settings = await ctx.settings(data.uri);
      // the extension's quick pick in VS Code; the server's message in any other editor
      return resolveCodeLens(open.parsed, open.document, lens, { ...settings, extensionCommands: ctx.client.whatIfCommand });
    });
    const show = (message: string) => void ctx.connection.sendNotification('window/showMessage', { type: 3 /* MessageType.Info */, message });
    ctx.connection.onExecuteCommand(async ({ command, arguments: args }) => {
      if (command === SERVER_WHAT_IF_COMMAND) {
        const what = args?.[0] as ShowWhatIfArgs | undefined;
        if (what && typeof what.provider === 'string' && Array.isArray(what.lines)) {
          // its lines were written in the user's language when the lens was resolved
          show([`${what.provider}: ${String(what.title)}`, ...what.lines.map((l) => `- ${String(l)}`)].join('\n'));
        }
      } else if (command === SERVER_CONCLUSION_COMMAND) {
        const which = args?.[0] as ShowConclusionArgs | undefined;
        const open = typeof which?.uri === 'string' && typeof which.provider === 'string' ? ctx.parsed(which.uri) : undefined;
        if (which && open) {
          // read when run: the brief may have changed since the lens was drawn
          const { locale } = await ctx.settings(which.uri);
          const c = open.parsed.analysis.byId(which.provider);
          show(c ? conclusionLines(c, locale).join('\n') : format({ id: 'lens.gone', args: { provider: which.provider } }, locale));
        }
      }
      return null;
    });
  },
};
