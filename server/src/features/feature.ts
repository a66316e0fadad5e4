/**
 * A server feature maps LSP requests to service calls and nothing more. Each
 * feature declares the capabilities it adds and registers its handlers.
 */
import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, ParsedCase } from '../service/languageService';
import type { Level } from '../service/rules/meta';
import type { Locale } from '../service/i18n/messages';
import type { RemoteAnswer } from './route';

/** Settings resolved for one document (workspace config, user settings, display language). */
export interface DocumentSettings {
  readonly locale: Locale;
  readonly rules: Readonly<Record<string, Level>>;
  readonly trigger: 'onType' | 'onSave';
  readonly delay: number;
  readonly codeLens: boolean;
  /** Keep each brief's last diagnostics on disk, to show on reopening it (node/savedDiagnostics.ts). */
  readonly remember: boolean;
}

export interface FeatureContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly service: LanguageService;
  /** Settings for a document, cached per uri until the configuration changes. */
  settings(uri: string): Promise<DocumentSettings>;
  /** The parse of an open document at its current version, or undefined when it is not open. */
  parsed(uri: string): { document: TextDocument; parsed: ParsedCase } | undefined;
  /** What the editor declared it can show (from `initialize`). */
  readonly client: ClientAbilities;
  /**
   * The answer of a huge brief's worker, which holds its tree (server.ts), to the feature
   * handler registered as `handler` (`onWorkspaceSymbol`), asked with `params`; undefined
   * for any other brief, in the worker itself, or when the worker cannot answer.
   */
  elsewhere?(uri: string, handler: string, params: Readonly<Record<string, unknown>>): Promise<RemoteAnswer | undefined> | undefined;
}

/** The parts of the editor's capabilities the features adapt to. */
export interface ClientAbilities {
  /** Hovers in Markdown (`textDocument.hover.contentFormat`), else plain text. */
  hoverMarkdown: boolean;
  /** Completion documentation in Markdown, else plain text. */
  completionMarkdown: boolean;
  /** An outline as a tree of DocumentSymbol, else a flat list of SymbolInformation. */
  hierarchicalSymbols: boolean;
  /**
   * The editor is the VS Code extension (it says so in initializationOptions): it runs
   * `caseFacts.showWhatIf` and `caseFacts.showReport` itself, for the code lenses.
   */
  whatIfCommand: boolean;
}

export interface Feature {
  readonly capabilities: ServerCapabilities;
  register(ctx: FeatureContext): void;
}
