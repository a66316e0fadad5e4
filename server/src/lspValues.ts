/**
 * The values (not types) the server takes from vscode-languageserver, read from the
 * library in this one module, as `service/lspValues.ts` does for the language service:
 * esbuild gives every module that imports a CommonJS library with `import` a copy of
 * all its ~300 exports (`__toESM`); six such copies cost ~4 ms of every start.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
import lsp = require('vscode-languageserver');

export import DidChangeConfigurationNotification = lsp.DidChangeConfigurationNotification;
export import DidChangeWatchedFilesNotification = lsp.DidChangeWatchedFilesNotification;
export import ErrorCodes = lsp.ErrorCodes;
export import LSPErrorCodes = lsp.LSPErrorCodes;
export import ResponseError = lsp.ResponseError;
export import TextDocumentSyncKind = lsp.TextDocumentSyncKind;
export import TextDocuments = lsp.TextDocuments;
