/**
 * The values (not types) the language service takes from vscode-languageserver-types,
 * read from the library in this one module. `import … = require`, not `import { … }`:
 * esbuild gives every module that imports a CommonJS library with `import` a copy of
 * all its exports (`__toESM`), which a start pays for (bench/cold.mjs); a `require`
 * is the library's own exports object. Types are imported from the library directly
 * (`import type`): they leave no code.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
import types = require('vscode-languageserver-types');

export import CodeActionKind = types.CodeActionKind;
export import CompletionItemKind = types.CompletionItemKind;
export import DiagnosticRelatedInformation = types.DiagnosticRelatedInformation;
export import DiagnosticSeverity = types.DiagnosticSeverity;
export import DiagnosticTag = types.DiagnosticTag;
export import DocumentHighlightKind = types.DocumentHighlightKind;
export import FoldingRangeKind = types.FoldingRangeKind;
export import MarkupKind = types.MarkupKind;
export import SymbolKind = types.SymbolKind;
export import TextEdit = types.TextEdit;
