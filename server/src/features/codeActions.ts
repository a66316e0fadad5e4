/** Code actions: the service's quick fixes, and one handler for every feature that offers actions. */
import type {
  CodeAction,
  CodeActionParams,
  Command,
  Connection,
  ServerRequestHandler,
} from 'vscode-languageserver';
import { CodeActionKind } from '../service/lspValues';
import { getCodeActions } from '../service/codeActions';
import type { Feature, FeatureContext } from './feature';

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

type CodeActionHandler = ServerRequestHandler<CodeActionParams, (Command | CodeAction)[] | undefined | null, (Command | CodeAction)[], void>;

/**
 * One feature from several that each answer `textDocument/codeAction`. A
 * connection keeps one handler per request, so the last feature to register
 * would silence the others (and its capability would hide their kinds): this
 * registers one handler that asks each in turn and joins their actions.
 */
export function combineCodeActions(features: readonly Feature[]): Feature {
  const kinds = features.flatMap((f) => {
    const p = f.capabilities.codeActionProvider;
    return typeof p === 'object' ? p.codeActionKinds ?? [] : [];
  });
  return {
    capabilities: { codeActionProvider: { codeActionKinds: [...new Set(kinds)] } },
    register(ctx) {
      const handlers: CodeActionHandler[] = [];
      // Each feature registers as usual; its handler is collected instead of replacing the others.
      const connection = new Proxy(ctx.connection, {
        get: (target, prop, receiver) =>
          prop === 'onCodeAction'
            ? (handler: CodeActionHandler) => {
              handlers.push(handler);
              return { dispose: () => undefined };
            }
            : (Reflect.get(target, prop, receiver) as unknown),
      }) as Connection;
      const inner: FeatureContext = { ...ctx, connection };
      for (const f of features) {
        f.register(inner);
      }
      ctx.connection.onCodeAction(async (params, token, progress) => {
        const all: (Command | CodeAction)[] = [];
        for (const handler of handlers) {
          const actions = await handler(params, token, progress, undefined);
          if (Array.isArray(actions)) {
            all.push(...actions);
          }
        }
        return all;
      });
    },
  };
}
