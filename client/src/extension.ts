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
  TransportKind,
} from 'vscode-languageclient/node';
import { registerReport } from './report';
import { registerWhatIf } from './whatIf';

let client: LanguageClient | undefined;

export const DOCUMENT_SELECTOR = [
  { language: 'casefacts' },
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
];

/** What the extension gives other extensions (and its tests). */
export interface CaseFactsApi {
  readonly client: LanguageClient | undefined;
  /** The report's panel serializer, as VS Code calls it after a reload. */
  readonly reportSerializer: vscode.WebviewPanelSerializer;
}

export async function activate(context: vscode.ExtensionContext): Promise<CaseFactsApi> {
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
  };
  client = new LanguageClient('caseFacts', 'CaseFacts', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('caseFacts.restartServer', async () => {
      await client?.restart();
    }),
  );
  const reportSerializer = registerReport(context, () => client);
  registerWhatIf(context);
  await client.start();
  return { client, reportSerializer };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
