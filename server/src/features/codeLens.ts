/** Code lenses: each provider's conclusions and decisive facts, unless the user turned them off. */
import { getCodeLenses, resolveCodeLens, SERVER_WHAT_IF_COMMAND, SHOW_WHAT_IF_COMMAND, ShowWhatIfArgs, WhatIfLensData } from '../service/codeLens';
import { writtenElementwise } from '../service/lists';
import type { Feature } from './feature';

export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: true }, executeCommandProvider: { commands: [SERVER_WHAT_IF_COMMAND] } },
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
      const settings = await ctx.settings(data.uri);
      // the extension's quick pick in VS Code; the server's message in any other editor
      return resolveCodeLens(open.parsed, lens, { ...settings, whatIfCommand: ctx.client.whatIfCommand ? SHOW_WHAT_IF_COMMAND : SERVER_WHAT_IF_COMMAND });
    });
    ctx.connection.onExecuteCommand(({ command, arguments: args }) => {
      const what = args?.[0] as ShowWhatIfArgs | undefined;
      if (command !== SERVER_WHAT_IF_COMMAND || !what || typeof what.provider !== 'string' || !Array.isArray(what.lines)) {
        return null;
      }
      // its lines were written in the user's language when the lens was resolved
      const message = [`${what.provider}: ${String(what.title)}`, ...what.lines.map((l) => `- ${String(l)}`)].join('\n');
      void ctx.connection.sendNotification('window/showMessage', { type: 3 /* MessageType.Info */, message });
      return null;
    });
  },
};
