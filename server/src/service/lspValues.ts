/**
 * The values (not types) the language service takes from vscode-languageserver-types,
 * imported in this one module. In the server's bundle the library is its CommonJS
 * build, and esbuild gives every module that imports a CommonJS library a copy of
 * all its exports (`__toESM`): one copy here instead of one per importing module.
 * Types are imported from the library directly (`import type`): they leave no code.
 */
export {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticRelatedInformation,
  DiagnosticSeverity,
  DiagnosticTag,
  FoldingRangeKind,
  MarkupKind,
  SymbolKind,
  TextEdit,
} from 'vscode-languageserver-types';
