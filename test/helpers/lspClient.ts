/**
 * A minimal LSP client for tests: spawns the bundled server
 * (`bin/casefacts-language-server --stdio`) and speaks JSON-RPC over stdio.
 * Tests wait on events (diagnostics published), never on sleeps.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  createMessageConnection,
  MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type { CancellationToken } from 'vscode-jsonrpc';
import { DocumentDiagnosticRequest } from 'vscode-languageserver-protocol';
import type {
  Diagnostic,
  DocumentDiagnosticReport,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SERVER_BIN = path.join(ROOT, 'bin', 'casefacts-language-server');

export interface StartOptions {
  /** More environment variables for the server. */
  readonly env?: Readonly<Record<string, string>>;
  /** Settings returned for workspace/configuration requests (section caseFacts). */
  readonly settings?: Record<string, unknown>;
  /** initialize params' locale (the display language). */
  readonly locale?: string;
  readonly rootUri?: string | null;
  readonly command?: string;
  readonly args?: readonly string[];
  /** Declare pull diagnostics (`textDocument/diagnostic` and refresh), as VS Code does. */
  readonly pull?: boolean;
  /** The client's publishDiagnostics capabilities (default: all that VS Code declares). */
  readonly publishDiagnostics?: Record<string, unknown>;
  /** `initializationOptions`, as the VS Code extension sends them. */
  readonly initializationOptions?: unknown;
  /** textDocument capabilities that replace the defaults (e.g. a client without Markdown). */
  readonly textDocument?: Record<string, unknown>;
  /** Whether the client declares `workspace/codeLens/refresh` (VS Code does). */
  readonly codeLensRefresh?: boolean;
  /** Whether the client lets the server register didChangeConfiguration (default true; Eglot 1.9 does not). */
  readonly dynamicConfiguration?: boolean;
  /**
   * The server's cache directory (CASEFACTS_CACHE_DIR: its saved diagnostics); by default one
   * of its own, so that no test sees what another saved.
   */
  readonly cacheDir?: string;
}

let cacheRoot: string | undefined;
/** A new empty cache directory, removed when the tests end. */
function freshCacheDir(): string {
  if (!cacheRoot) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-test-cache-'));
    cacheRoot = root;
    process.once('exit', () => fs.rmSync(root, { recursive: true, force: true }));
  }
  return fs.mkdtempSync(path.join(cacheRoot, 'server-'));
}

export class TestClient {
  readonly connection: MessageConnection;
  private readonly waiters: { uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  /** The latest diagnostics published for each uri. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  private versions = new Map<string, number>();
  settings: Record<string, unknown>;
  initializeResult?: InitializeResult;
  /** How many `workspace/diagnostic/refresh` requests the server sent. */
  refreshes = 0;
  private refreshWaiters: (() => void)[] = [];
  stderr = '';
  /** The methods the server registered dynamically (client/registerCapability). */
  readonly registered: string[] = [];
  /** What the server showed the user (window/showMessage), in order. */
  readonly shown: { type: number; message: string }[] = [];
  /** What the server wrote to the editor's log (window/logMessage). */
  readonly logged: { type: number; message: string }[] = [];
  /** How many `workspace/codeLens/refresh` requests the server sent. */
  lensRefreshes = 0;

  private constructor(readonly proc: ChildProcess, settings: Record<string, unknown>) {
    this.settings = settings;
    this.connection = createMessageConnection(
      new StreamMessageReader(proc.stdout!),
      new StreamMessageWriter(proc.stdin!),
    );
    proc.stderr!.on('data', (d: Buffer) => {
      this.stderr += d.toString();
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.published.push(p);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const w = this.waiters[i];
        if (w.uri === p.uri && w.pred(p)) {
          this.waiters.splice(i, 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'caseFacts' ? this.settings : null)),
    );
    this.connection.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
      this.registered.push(...p.registrations.map((r) => r.method));
      return null;
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      for (const w of this.refreshWaiters.splice(0)) {
        w();
      }
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      this.logged.push(p);
    });
    this.connection.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.shown.push(p);
    });
    this.connection.onRequest('workspace/codeLens/refresh', () => {
      this.lensRefreshes++;
      return null;
    });
    this.connection.listen();
  }

  static async start(opts: StartOptions = {}): Promise<TestClient> {
    const proc = spawn(opts.command ?? process.execPath, opts.args ? [...opts.args] : [SERVER_BIN, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, CASEFACTS_CACHE_DIR: opts.cacheDir ?? freshCacheDir(), ...opts.env },
    });
    const client = new TestClient(proc, opts.settings ?? { validate: { delay: 0 } });
    client.initializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: opts.rootUri ?? null,
      locale: opts.locale ?? 'en',
      capabilities: {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: opts.dynamicConfiguration ?? true },
          ...(opts.pull ? { diagnostics: { refreshSupport: true } } : {}),
          ...(opts.codeLensRefresh ? { codeLens: { refreshSupport: true } } : {}),
        },
        textDocument: {
          publishDiagnostics: opts.publishDiagnostics ?? { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          ...(opts.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
          ...opts.textDocument,
        },
      },
      workspaceFolders: null,
      ...(opts.initializationOptions !== undefined ? { initializationOptions: opts.initializationOptions } : {}),
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** Opens a document and waits for its first diagnostics. */
  async open(uri: string, text: string, languageId = uri.endsWith('.md') ? 'markdown' : 'casefacts'): Promise<Diagnostic[]> {
    this.versions.set(uri, 1);
    const wait = this.nextDiagnostics(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return (await wait).diagnostics;
  }

  /** Opens a document without waiting for diagnostics (a pulling client asks for them). */
  async openOnly(uri: string, text: string, languageId = uri.endsWith('.md') ? 'markdown' : 'casefacts'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Applies incremental changes and waits for the diagnostics of the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const wait = this.nextDiagnostics(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return (await wait).diagnostics;
  }

  /** Sends changes without waiting. */
  async changeNoWait(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<Diagnostic[]> {
    const wait = this.nextDiagnostics(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return (await wait).diagnostics;
  }

  /** Resolves with the next diagnostics for `uri` (of `version`, when given). */
  nextDiagnostics(uri: string, version?: number, timeoutMs = 15000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri}${version ? ` v${version}` : ''} within ${timeoutMs} ms; stderr: ${this.stderr.slice(0, 500)}`)), timeoutMs);
      this.waiters.push({
        uri,
        pred: (p) => version === undefined || p.version === undefined || p.version === version,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  /** Pulls a document's diagnostics (`textDocument/diagnostic`). */
  pull(uri: string, previousResultId?: string, token?: CancellationToken): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId }, token);
  }

  /** Sends a notification and resolves once the server has read it (a request after it was answered). */
  async notify(method: string, params: unknown): Promise<void> {
    await this.connection.sendNotification(method, params);
    await this.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: 'file:///nothing-open' } }).catch(() => undefined);
  }

  /** Resolves at the server's next `workspace/diagnostic/refresh`. */
  nextRefresh(timeoutMs = 15000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostic refresh within ${timeoutMs} ms`)), timeoutMs);
      this.refreshWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /**
   * Shuts the server down and waits (up to 2 s) for it to exit, as an editor does. A server
   * still running then is killed and the test fails: an editor would be left with a hung process.
   */
  async stop(): Promise<void> {
    const running = this.proc.exitCode === null && this.proc.signalCode === null;
    const exited = new Promise((resolve) => {
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) {
        resolve(undefined);
      } else {
        this.proc.once('exit', resolve);
      }
    });
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    } catch {
      // the process may be gone already
    }
    this.connection.dispose();
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      this.proc.kill();
      if (running) {
        throw new Error('the server did not exit within 2 s of "shutdown" and "exit": killed');
      }
    }
  }
}

/**
 * One server for a whole suite: started before its first test, stopped after its last.
 * `use` receives it (and may open documents); suites keep it in their own variable.
 */
export function serverForSuite(opts: StartOptions, use: (client: TestClient) => void | Promise<void>): void {
  let started: TestClient | undefined;
  suiteSetup(async () => {
    started = await TestClient.start(opts);
    await use(started);
  });
  suiteTeardown(async () => {
    await started?.stop();
  });
}
