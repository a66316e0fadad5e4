/**
 * The values (not types) the server takes from vscode-languageserver, imported in this
 * one module, as `service/lspValues.ts` does for the language service: esbuild gives
 * every module that imports a CommonJS library a copy of all its ~300 exports
 * (`__toESM`), and six such copies cost ~4 ms of every start (bench/cold-trace.mjs).
 * Types are imported from the library directly (`import type`): they leave no code.
 */
export {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
