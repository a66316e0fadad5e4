/**
 * The language server: LSP in, service calls out. `startServer` takes any
 * connection (stdio, IPC, or an in-memory pair in tests); `main.ts` makes one.
 */
import type {
  Connection,
  InitializeParams,
  InitializeResult,
  ServerCapabilities,
} from 'vscode-languageserver';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocumentSyncKind, TextDocuments } from './lspValues';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from './node/uri';
import * as fs from 'fs';
import * as path from 'path';
import type { Worker } from 'worker_threads';
import type { Diagnostic } from 'vscode-languageserver';
import type { ValidateJob } from './validateWorker';
import { loadConfig } from './node/configFile';
import { mergeRules } from './service/config';
import { DiagnosticParts, getLanguageService, isMarkdown, ValidationSettings } from './service/languageService';
import { composeEdits, Edit } from './service/incremental';
import { hasCaseBlock } from './service/markdown';
import { isPieceDocument, PieceDocument } from './service/pieceDocument';
import { Locale, resolveLocale } from './service/i18n/messages';
import type { Level } from './service/rules/meta';
import type { DocumentSettings, FeatureContext } from './features/feature';
import { FEATURES } from './features';
import { guardParams } from './features/params';
import { Delivery, DeliveryHost, pullDelivery, pushDelivery } from './delivery';

/** The most diagnostics one document publishes; beyond it, a "too many problems" note. */
export const MAX_PROBLEMS = 1000;

/** Briefs longer than this (characters) are validated in a worker thread, off the main loop. */
export const WORKER_THRESHOLD = 1_000_000;

/** The bundled worker beside the server bundle, when it exists (not when run from sources). */
function workerScript(): string | undefined {
  const file = path.join(__dirname, 'validateWorker.js');
  return fs.existsSync(file) ? file : undefined;
}

interface ClientSettings {
  locale?: string;
  rules?: Record<string, Level>;
  validate?: { trigger?: string; delay?: number };
  codeLens?: { enabled?: boolean };
}

export function startServer(connection: Connection): void {
  const service = getLanguageService();
  // Piece documents: a keystroke does not copy a long brief's whole text (service/pieceDocument.ts).
  const documents = new TextDocuments<TextDocument>({
    create: PieceDocument.create,
    update(document, changes, version) {
      // Applied one change at a time, as TextDocument.update does, so that each
      // change's span is known in the text it applies to: the service composes
      // them and need not diff two whole briefs to find what was typed.
      const from = document.version;
      let edit: Edit | undefined;
      let known = true;
      for (const change of changes) {
        if (known && 'range' in change) {
          let { start, end } = change.range;
          if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
            [start, end] = [end, start];
          }
          const s = document.offsetAt(start);
          const e = document.offsetAt(end);
          const next: Edit = { start: s, oldEnd: e, newEnd: s + change.text.length, delta: change.text.length - (e - s) };
          edit = edit ? composeEdits(edit, next) : next;
        } else {
          known = false;
        }
        document = PieceDocument.update(document as PieceDocument, [change], version);
      }
      service.didEdit(document.uri, from, version, known ? edit : undefined);
      return document;
    },
  });
  let displayLocale: Locale = 'en';
  /** The parts of a diagnostic the client uses (from initialize); all until then. */
  let shows: DiagnosticParts = { related: true, codeDescription: true, data: true };
  let hasConfigurationCapability = false;
  let hasWatchCapability = false;
  let hasWorkspaceFolderCapability = false;
  let workspaceRoots: string[] = [];
  const settingsCache = new Map<string, Promise<DocumentSettings>>();

  const rootOf = (file: string) =>
    workspaceRoots.filter((r) => file.startsWith(r + path.sep) || file === r).sort((a, b) => b.length - a.length)[0];

  async function settings(uri: string): Promise<DocumentSettings> {
    let s = settingsCache.get(uri);
    if (!s) {
      s = resolveSettings(uri);
      settingsCache.set(uri, s);
    }
    return s;
  }

  async function resolveSettings(uri: string): Promise<DocumentSettings> {
    let client: ClientSettings = {};
    if (hasConfigurationCapability) {
      try {
        client = ((await connection.workspace.getConfiguration({ scopeUri: uri, section: 'caseFacts' })) ?? {}) as ClientSettings;
      } catch {
        client = {};
      }
    }
    const file = URI.toFsPath(uri);
    const config = file ? loadConfig(path.dirname(file), rootOf(file)).config : { rules: {} };
    const locale: Locale = client.locale && client.locale !== 'auto'
      ? resolveLocale(client.locale)
      : config.locale ?? displayLocale;
    const delay = typeof client.validate?.delay === 'number' && client.validate.delay >= 0 ? client.validate.delay : 200;
    return {
      locale,
      rules: mergeRules(config.rules, client.rules),
      trigger: client.validate?.trigger === 'onSave' ? 'onSave' : 'onType',
      delay,
      codeLens: client.codeLens?.enabled !== false,
    };
  }

  /** A document's length, without joining a piece document's text. */
  const textLength = (doc: TextDocument) => (isPieceDocument(doc) ? doc.length : doc.getText().length);

  /** Whether a document is ours: a .case file, or a Markdown brief with case blocks. */
  const served = (doc: TextDocument) =>
    // The parse (cached by version) finds the blocks without joining a piece document's text;
    // a brief for the worker is not parsed here, on the main thread, only searched.
    !isMarkdown(doc) || (textLength(doc) <= WORKER_THRESHOLD && service.parse(doc).regions.length > 0) || hasCaseBlock(doc.getText());

  /**
   * The diagnostics of a document's current version. A huge brief is validated
   * in a worker thread; undefined when a newer version's worker replaced it.
   */
  async function diagnose(doc: TextDocument): Promise<Diagnostic[] | undefined> {
    if (!served(doc)) {
      return [];
    }
    const s = await settings(doc.uri);
    const options = { locale: s.locale, rules: s.rules, maxProblems: MAX_PROBLEMS, shows };
    const current = documents.get(doc.uri) ?? doc;
    if (textLength(current) > WORKER_THRESHOLD && workerScript()) {
      return validateInWorker(current, options);
    }
    return service.validate(current, options);
  }

  /**
   * A worker's diagnostics are copies: each one equal to a diagnostic of the
   * uri's previous list is replaced by that object, so that an unchanged list
   * is the same list (a pull answers "unchanged", a push reuses its bytes).
   */
  const workerLists = new Map<string, Map<string, Diagnostic>>();
  function sameAsBefore(uri: string, diagnostics: Diagnostic[]): Diagnostic[] {
    const before = workerLists.get(uri);
    const now = new Map<string, Diagnostic>();
    const out = diagnostics.map((d) => {
      const key = JSON.stringify(d);
      const kept = before?.get(key) ?? d;
      now.set(key, kept);
      return kept;
    });
    workerLists.set(uri, now);
    return out;
  }

  /** Validates a huge brief in a worker thread; a newer job for the same uri terminates the older one. */
  const workers = new Map<string, { worker: Worker; settle: (d: Diagnostic[] | undefined) => void }>();
  function validateInWorker(doc: TextDocument, options: ValidationSettings): Promise<Diagnostic[] | undefined> {
    const older = workers.get(doc.uri);
    if (older) {
      older.settle(undefined);
      older.worker.terminate().catch(() => undefined);
    }
    const job: ValidateJob = { uri: doc.uri, languageId: doc.languageId, version: doc.version, text: doc.getText(), settings: options };
    // loaded on first use: most sessions never open a brief this big, and the module costs start-up time
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous lazy load of a builtin
    const { Worker: WorkerThread } = require('worker_threads') as typeof import('worker_threads');
    return new Promise((resolve) => {
      const worker = new WorkerThread(workerScript() as string, { workerData: job });
      const settle = (diagnostics: Diagnostic[] | undefined) => {
        if (workers.get(doc.uri)?.worker === worker) {
          workers.delete(doc.uri);
        }
        resolve(diagnostics);
      };
      workers.set(doc.uri, { worker, settle });
      worker.once('message', (diagnostics: Diagnostic[]) => settle(sameAsBefore(doc.uri, diagnostics)));
      worker.once('error', (e) => {
        connection.console.error(`casefacts: validating ${doc.uri} failed: ${e.message}`);
        settle(undefined);
      });
      worker.once('exit', () => settle(undefined));
    });
  }

  const guarded = guardParams(connection);
  const host: DeliveryHost = {
    connection: guarded,
    documents,
    diagnose,
    timing: (uri) => settings(uri),
    log: (message) => connection.console.error(message),
  };
  /** Push until the client says, in `initialize`, that it pulls. */
  let delivery: Delivery = pushDelivery(host);
  const revalidateAll = () => {
    settingsCache.clear();
    delivery.revalidateAll();
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    displayLocale = resolveLocale(params.locale);
    const caps = params.capabilities;
    // What the editor does not use is not sent (LSP client capabilities; VS Code uses all).
    const publish = caps.textDocument?.publishDiagnostics;
    shows = { related: publish?.relatedInformation === true, codeDescription: publish?.codeDescriptionSupport === true, data: publish?.dataSupport === true };
    hasConfigurationCapability = caps.workspace?.configuration === true;
    hasWatchCapability = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    hasWorkspaceFolderCapability = caps.workspace?.workspaceFolders === true;
    workspaceRoots = (params.workspaceFolders ?? [])
      .map((f) => URI.toFsPath(f.uri))
      .filter((p): p is string => !!p);
    if (workspaceRoots.length === 0 && params.rootUri) {
      const p = URI.toFsPath(params.rootUri);
      if (p) {
        workspaceRoots = [p];
      }
    }
    const capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    };
    for (const f of FEATURES) {
      Object.assign(capabilities, f.capabilities);
    }
    if (caps.textDocument?.diagnostic) {
      // diagnostics of one brief depend on no other file but .casefacts.json, whose changes refresh them
      capabilities.diagnosticProvider = { identifier: 'casefacts', interFileDependencies: false, workspaceDiagnostics: false };
      delivery = pullDelivery(host, caps.workspace?.diagnostics?.refreshSupport === true);
    }
    return { capabilities, serverInfo: { name: 'casefacts-language-server', version: '0.1.0' } };
  });

  connection.onInitialized(() => {
    if (hasWorkspaceFolderCapability) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => URI.toFsPath(f.uri)));
        workspaceRoots = workspaceRoots.filter((r) => !removed.has(r));
        for (const f of e.added) {
          const p = URI.toFsPath(f.uri);
          if (p) {
            workspaceRoots.push(p);
          }
        }
        revalidateAll();
      });
    }
    if (hasConfigurationCapability) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'caseFacts' });
    }
    if (hasWatchCapability) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.casefacts.json' }],
      });
    }
  });

  connection.onDidChangeConfiguration(revalidateAll);
  connection.onDidChangeWatchedFiles(revalidateAll);
  // TextDocuments also reports an opened document as changed: validate each version once.
  const opened = new Map<string, number>();
  documents.onDidOpen((e) => {
    opened.set(e.document.uri, e.document.version);
    delivery.settle(e.document);
  });
  documents.onDidChangeContent((e) => {
    if (opened.get(e.document.uri) === e.document.version) {
      return;
    }
    opened.delete(e.document.uri);
    delivery.typed(e.document, e.document.version);
  });
  documents.onDidSave((e) => delivery.settle(e.document));
  documents.onDidClose((e) => {
    opened.delete(e.document.uri);
    workerLists.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    service.forget(e.document.uri);
    delivery.closed(e.document.uri);
  });

  const ctx: FeatureContext = {
    // malformed params are answered with InvalidParams before a feature sees them
    connection: guarded,
    documents,
    service,
    settings,
    parsed(uri) {
      const document = documents.get(uri);
      return document ? { document, parsed: service.parse(document) } : undefined;
    },
  };
  for (const f of FEATURES) {
    f.register(ctx);
  }

  documents.listen(connection);
  connection.listen();
}
