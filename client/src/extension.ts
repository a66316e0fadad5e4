/**
 * The CaseFacts extension: starts the bundled language server and registers
 * the commands. Activation does nothing else; every feature is the server's.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  TransportKind,
  vsdiag,
} from 'vscode-languageclient/node';
import { registerReport } from './report';
import { MARKDOWN_SCHEMES } from './report/brief';
import type { MarkdownItLike } from './preview';
import { linkRuleDocs, registerRuleDocs } from './ruleDocs';
import { registerWhatIf } from './whatIf';

let client: LanguageClient | undefined;

export const DOCUMENT_SELECTOR = [
  { language: 'casefacts' },
  ...MARKDOWN_SCHEMES.map((scheme) => ({ language: 'markdown', scheme })),
];

/** What the extension gives other extensions (and its tests). */
export interface CaseFactsApi {
  /** The client of the running server (a new one after a restart that had to start afresh). */
  readonly client: LanguageClient | undefined;
  /** The report's panel serializer, as VS Code calls it after a reload. */
  readonly reportSerializer: vscode.WebviewPanelSerializer;
  /** The Markdown preview's plugin (`markdown.markdownItPlugins`): case blocks coloured (preview.ts). */
  extendMarkdownIt<T extends MarkdownItLike>(md: T): T;
}

/**
 * Whether a document's problems belong in the Problems view: one the user edits, not a
 * read-only copy VS Code opens beside it (the old side of a diff, `git:`), whose problems
 * would be listed a second time. Hover, outline and lenses still serve those copies.
 */
export function showsProblems(uri: vscode.Uri): boolean {
  return uri.scheme === 'untitled' || uri.scheme === 'vscode-notebook-cell' || vscode.workspace.fs.isWritableFileSystem(uri.scheme) === true;
}

const NO_PROBLEMS: vsdiag.FullDocumentDiagnosticReport = { kind: vsdiag.DocumentDiagnosticReportKind.full, items: [] };

function createClient(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): LanguageClient {
  // The same launcher as other editors use: it runs server/out/server.js with a V8 code
  // cache (server/src/node/codeCache.ts), so a new session does not compile the bundle again.
  const module = context.asAbsolutePath(path.join('bin', 'casefacts-language-server'));
  // stdio, as Neovim and Emacs use it: the server's stdio writer reuses the bytes of the
  // diagnostics an edit did not move (server/src/node/publishEncoder.ts), which IPC cannot.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'caseFacts' },
    // The server follows VS Code's display language unless caseFacts.locale says otherwise.
    // whatIfCommand: this extension shows a provider's decisive facts itself (client/src/whatIf.ts)
    initializationOptions: { displayLanguage: vscode.env.language, whatIfCommand: 'caseFacts.showWhatIf' },
    diagnosticCollectionName: 'casefacts',
    // Ours, not the client's: the client disposes its own channel when it stops, and a
    // restart would wipe the log the user restarted to read.
    outputChannel,
    // A rule's code link opens the page shipped with the extension (ruleDocs.ts).
    middleware: {
      provideDiagnostics: async (document, previousResultId, token, next) => {
        if (!showsProblems(document instanceof vscode.Uri ? document : document.uri)) {
          return NO_PROBLEMS;
        }
        const report = await next(document, previousResultId, token);
        if (report?.kind === vsdiag.DocumentDiagnosticReportKind.full) {
          linkRuleDocs(report.items);
        }
        return report;
      },
      handleDiagnostics: (uri, diagnostics, next) => next(uri, showsProblems(uri) ? linkRuleDocs(diagnostics) : []),
    },
  };
  return new LanguageClient('caseFacts', 'CaseFacts', serverOptions, clientOptions);
}

/**
 * "Restart Language Server", whatever state the client is in: a start under way is let
 * finish first (stopping a starting client throws), and a client that is not running
 * (it failed to start, or stopped after repeated crashes) is replaced by a new one, since
 * vscode-languageclient keeps a failed start and will not start that client again.
 */
async function restartServer(context: vscode.ExtensionContext, outputChannel: vscode.OutputChannel): Promise<void> {
  const old = client;
  if (old?.state === State.Starting) {
    await old.start().catch(() => undefined);
  }
  if (old?.isRunning()) {
    await old.restart();
    return;
  }
  await old?.dispose().catch(() => undefined);
  const fresh = createClient(context, outputChannel);
  client = fresh;
  await fresh.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<CaseFactsApi> {
  const outputChannel = vscode.window.createOutputChannel('CaseFacts');
  context.subscriptions.push(outputChannel);
  client = createClient(context, outputChannel);
  // one restart at a time: a second request waits for the first, then restarts again
  let restarting: Promise<void> = Promise.resolve();
  context.subscriptions.push(
    vscode.commands.registerCommand('caseFacts.restartServer', () => {
      restarting = restarting.catch(() => undefined).then(() => restartServer(context, outputChannel));
      return restarting;
    }),
  );
  const reportSerializer = registerReport(context, () => client);
  registerWhatIf(context);
  registerRuleDocs(context);
  await client.start();
  return {
    get client() {
      return client;
    },
    reportSerializer,
    // loaded when a preview first asks for it, not at activation (its vocabulary is indexed on load)
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load inside the bundle
    extendMarkdownIt: (md) => (require('./preview') as typeof import('./preview')).extendMarkdownIt(md),
  };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  // a client that is starting or failed to start cannot be stopped; its process ends with ours
  await c?.dispose().catch(() => undefined);
}
