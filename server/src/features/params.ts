/**
 * Checks the shape of a request's params before a feature sees them. A
 * malformed request (a null, a position that is not two non-negative
 * integers, a uri that is not a string …) is answered with InvalidParams
 * saying which field is wrong, instead of the InternalError a TypeError deep
 * in a handler would give. Features then read their params as the LSP types say.
 */
import type { Connection } from 'vscode-languageserver';
import { ErrorCodes, ResponseError } from '../lspValues';

type Check = (p: Record<string, unknown>) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** LSP's uinteger. */
const isUinteger = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 2 ** 31 - 1;
const isPosition = (v: unknown) => isObject(v) && isUinteger(v.line) && isUinteger(v.character);
const isRange = (v: unknown) => isObject(v) && isPosition(v.start) && isPosition(v.end);

const textDocument: Check = (p) => (isObject(p.textDocument) && typeof p.textDocument.uri === 'string' ? undefined : 'textDocument.uri');
const position: Check = (p) => textDocument(p) ?? (isPosition(p.position) ? undefined : 'position');
const range: Check = (p) => textDocument(p) ?? (isRange(p.range) ? undefined : 'range');
const options: Check = (p) => (isObject(p.options) && isUinteger(p.options.tabSize) && typeof p.options.insertSpaces === 'boolean' ? undefined : 'options');

/** Per registration method of the connection: what its params must be. */
const CHECKS: Readonly<Record<string, Check>> = {
  onHover: position,
  onCompletion: position,
  onDefinition: position,
  onReferences: (p) => position(p) ?? (isObject(p.context) && typeof p.context.includeDeclaration === 'boolean' ? undefined : 'context.includeDeclaration'),
  onDocumentHighlight: position,
  onPrepareRename: position,
  onSignatureHelp: position,
  onRenameRequest: (p) => position(p) ?? (typeof p.newName === 'string' ? undefined : 'newName'),
  onDocumentFormatting: (p) => textDocument(p) ?? options(p),
  onDocumentRangeFormatting: (p) => range(p) ?? options(p),
  onCodeAction: (p) => range(p) ?? (isObject(p.context) && Array.isArray(p.context.diagnostics) ? undefined : 'context.diagnostics'),
  onCodeLens: textDocument,
  onCodeLensResolve: (p) => (isRange(p.range) ? undefined : 'range'),
  onDocumentSymbol: textDocument,
  onFoldingRanges: textDocument,
  onSelectionRanges: (p) => textDocument(p) ?? (Array.isArray(p.positions) && p.positions.every(isPosition) ? undefined : 'positions'),
  onWorkspaceSymbol: (p) => (typeof p.query === 'string' ? undefined : 'query'),
};
/** The same for `connection.languages.semanticTokens` and `connection.languages.diagnostics`. */
const LANGUAGES_CHECKS: Readonly<Record<string, Readonly<Record<string, Check>>>> = {
  semanticTokens: { on: textDocument, onRange: range, onDelta: textDocument },
  diagnostics: { on: (p) => textDocument(p) ?? (p.previousResultId === undefined || typeof p.previousResultId === 'string' ? undefined : 'previousResultId') },
};

type Handler = (params: unknown, ...rest: unknown[]) => unknown;

function guardMethods<T extends object>(target: T, checks: Readonly<Record<string, Check>>): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      const value = Reflect.get(t, prop, receiver) as unknown;
      const check = typeof prop === 'string' ? checks[prop] : undefined;
      if (!check || typeof value !== 'function') {
        return value;
      }
      return (handler: Handler) =>
        (value as (h: Handler) => unknown).call(t, (params: unknown, ...rest: unknown[]) => {
          const wrong = isObject(params) ? check(params) : 'params';
          if (wrong) {
            throw new ResponseError(ErrorCodes.InvalidParams, `invalid params: ${wrong}`);
          }
          return handler(params, ...rest);
        });
    },
  });
}

/** The connection as features should see it: every request handler they register checks its params first. */
export function guardParams(connection: Connection): Connection {
  const languages = new Proxy(connection.languages, {
    get(t, prop, receiver) {
      const value = Reflect.get(t, prop, receiver) as unknown;
      const checks = typeof prop === 'string' && Object.hasOwn(LANGUAGES_CHECKS, prop) ? LANGUAGES_CHECKS[prop] : undefined;
      return checks && isObject(value) ? guardMethods(value, checks) : value;
    },
  });
  return new Proxy(guardMethods(connection, CHECKS), {
    get(t, prop, receiver) {
      return prop === 'languages' ? languages : (Reflect.get(t, prop, receiver) as unknown);
    },
  });
}
