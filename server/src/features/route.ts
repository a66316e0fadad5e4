/**
 * Sends the requests about a huge brief to the thread that holds its tree. A brief
 * over the worker threshold is validated in a worker thread (validateWorker.ts), which
 * registers the same features; answered here, a request would parse the whole brief on
 * the main thread first, holding up every message behind it (1.7 s at 5.3 M characters).
 * A request the worker cannot answer (it failed, or the brief was closed) is answered
 * here, as any other.
 */
import type { Connection } from 'vscode-languageserver';
import { ResponseError } from '../lspValues';
import { REPORT_REQUEST } from '../service/report/protocol';

/** The names features register handlers with that a worker answers: requests about one document. */
const ROUTED: Readonly<Record<string, readonly string[]>> = {
  '': ['onHover', 'onCompletion', 'onDefinition', 'onReferences', 'onPrepareRename', 'onRenameRequest', 'onDocumentFormatting',
    'onDocumentRangeFormatting', 'onCodeAction', 'onCodeLens', 'onCodeLensResolve', 'onDocumentSymbol', 'onFoldingRanges',
    'onDocumentHighlight', 'onSelectionRanges',
    // a code lens's command about a brief (its first argument names it): the conclusion shown
    'onExecuteCommand'],
  'languages.semanticTokens': ['on', 'onDelta', 'onRange'],
};
/** Custom requests about one document (`{ uri }`) a worker answers, registered as `onRequest(method, handler)`. */
const ROUTED_REQUESTS: readonly string[] = [REPORT_REQUEST];

/** A worker's answer: a result, or the error the request is answered with. */
export type RemoteAnswer = { readonly result: unknown } | { readonly error: { readonly code: number; readonly message: string; readonly data?: unknown } };

/** The worker's answer to a request (by the name its handler was registered with), or undefined: answer it here. */
export type Route = (handler: string, params: Readonly<Record<string, unknown>>) => Promise<RemoteAnswer | undefined> | undefined;

function settle(answer: RemoteAnswer): unknown {
  if ('error' in answer) {
    throw new ResponseError(answer.error.code, answer.error.message, answer.error.data);
  }
  return answer.result;
}

type Handler = (params: unknown, ...rest: unknown[]) => unknown;

/**
 * The document a request is about: its `textDocument`, for a code lens the uri in its
 * data, for a command the uri of its first argument, for the report (and the workspace
 * symbols asked of one brief, features/symbols.ts) its `uri`.
 */
export function requestUri(params: Readonly<Record<string, unknown>>): string | undefined {
  const doc = params.textDocument as { uri?: unknown } | undefined;
  const data = params.data as { uri?: unknown } | undefined;
  const first = Array.isArray(params.arguments) ? (params.arguments[0] as { uri?: unknown } | null | undefined) : undefined;
  const uri = doc?.uri ?? data?.uri ?? (typeof first === 'object' && first !== null ? first.uri : undefined) ?? params.uri;
  return typeof uri === 'string' ? uri : undefined;
}

/** A handler that asks `route` first, under `name`. */
const routedHandler = (name: string, handler: Handler, route: Route): Handler => (params: unknown, ...rest: unknown[]) => {
  const remote = typeof params === 'object' && params !== null ? route(name, params as Record<string, unknown>) : undefined;
  return remote ? remote.then((answer) => (answer ? settle(answer) : handler(params, ...rest))) : handler(params, ...rest);
};

function routeMethods<T extends object>(target: T, prefix: string, names: readonly string[], route: Route): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      const value = Reflect.get(t, prop, receiver) as unknown;
      if (typeof prop !== 'string' || !names.includes(prop) || typeof value !== 'function') {
        return value;
      }
      const name = prefix ? `${prefix}.${prop}` : prop;
      return (handler: Handler) => (value as (h: Handler) => unknown).call(t, routedHandler(name, handler, route));
    },
  });
}

/** `onRequest(method, handler)` with the methods of ROUTED_REQUESTS asking `route` first, as `onRequest:METHOD`. */
function routeCustom(connection: Connection, route: Route): Connection['onRequest'] {
  const onRequest = connection.onRequest.bind(connection) as (method: unknown, handler: Handler) => unknown;
  return ((method: unknown, handler: unknown) =>
    typeof method === 'string' && ROUTED_REQUESTS.includes(method) && typeof handler === 'function'
      ? onRequest(method, routedHandler(`onRequest:${method}`, handler as Handler, route))
      : onRequest(method, handler as Handler)) as Connection['onRequest'];
}

/** The connection as features should see it: their requests about a huge brief go to `route` first. */
export function routeRequests(connection: Connection, route: Route): Connection {
  const semanticTokens = routeMethods(connection.languages.semanticTokens, 'languages.semanticTokens', ROUTED['languages.semanticTokens'], route);
  const languages = new Proxy(connection.languages, {
    get: (t, prop, receiver) => (prop === 'semanticTokens' ? semanticTokens : (Reflect.get(t, prop, receiver) as unknown)),
  });
  const onRequest = routeCustom(connection, route);
  return new Proxy(routeMethods(connection, '', ROUTED[''], route), {
    get: (t, prop, receiver) => (prop === 'languages' ? languages : prop === 'onRequest' ? onRequest : (Reflect.get(t, prop, receiver) as unknown)),
  });
}
