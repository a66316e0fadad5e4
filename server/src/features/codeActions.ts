/** Quick fixes: the service's edits for the diagnostics the editor sends back. */
import { CodeActionKind } from 'vscode-languageserver';
import { getCodeActions } from '../service/codeActions';
import type { Feature } from './feature';

export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } },
  register(ctx) {
    ctx.connection.onCodeAction(async ({ textDocument, context }) => {
      if (context.only && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) {
        return [];
      }
      const settings = await ctx.settings(textDocument.uri);
      const open = ctx.parsed(textDocument.uri);
      return open ? getCodeActions(open.parsed, open.document, context.diagnostics, settings) : [];
    });
  },
};
