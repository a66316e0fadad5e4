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
import type { ChangeStep, FeatureRequest, ValidateAnswer, ValidateJob } from './validateWorker';
import { loadConfig } from './node/configFile';
import { mergeRules } from './service/config';
import { DiagnosticParts, getLanguageService, isMarkdown, ValidationSettings } from './service/languageService';
import { applyContentChanges } from './service/contentChanges';
import { hasCaseBlock } from './service/markdown';
import { isPieceDocument, PieceDocument } from './service/pieceDocument';
import { defineMessages, format, Locale, resolveLocale, semicolon } from './service/i18n/messages';
import type { Level } from './service/rules/meta';
import type { ClientAbilities, DocumentSettings, FeatureContext } from './features/feature';
import { FEATURES } from './features';
import { SHOW_WHAT_IF_COMMAND as SHOW_WHAT_IF } from './service/codeLens';
import { guardParams } from './features/params';
import { RemoteAnswer, requestUri, routeRequests } from './features/route';
import { Delivery, DeliveryHost, pullDelivery, pushDelivery } from './delivery';
import { checksum, userCacheDir } from './node/cacheFile';
import { SavedDiagnostics, SavedKey } from './node/savedDiagnostics';
import { valueOfJson } from './node/publishEncoder';

/** The longest pause after typing before a brief is validated (ms): `caseFacts.validate.delay`'s maximum. */
const MAX_DELAY = 5000;

/** The most diagnostics one document publishes; beyond it, a "too many problems" note. */
export const MAX_PROBLEMS = 1000;

/**
 * Briefs longer than this (characters) are validated in a worker thread, off the main loop,
 * and their requests answered there. `CASEFACTS_WORKER_THRESHOLD` lowers it (the tests send
 * every example through the worker that way).
 */
export const WORKER_THRESHOLD = positiveOr(Number(process.env.CASEFACTS_WORKER_THRESHOLD), 1_000_000);

/** `n` when it is a positive number, else `otherwise` (an unset or mistyped environment variable). */
function positiveOr(n: number, otherwise: number): number {
  return Number.isFinite(n) && n > 0 ? n : otherwise;
}

defineMessages({
  'config.problems': {
    en: (a) => `CaseFacts ignores what is wrong in ${String(a.file)}: ${String(a.problems)}`,
    zh: (a) => `CaseFacts 已忽略 ${String(a.file)} 中有误之处：${String(a.problems)}`,
  },
});

/** The bundled worker beside the server bundle, when it exists (not when run from sources). */
function workerScript(): string | undefined {
  const file = path.join(__dirname, 'validateWorker.js');
  return fs.existsSync(file) ? file : undefined;
}

interface ClientSettings {
  locale?: string;
  rules?: Record<string, Level>;
  validate?: { trigger?: string; delay?: number; remember?: boolean };
  codeLens?: { enabled?: boolean };
}

/** This server build: its bundle's checksum (a changed server may conclude otherwise). */
function buildId(): string {
  try {
    return checksum(fs.readFileSync(__filename));
  } catch {
    return `unknown ${Date.now()}`; // nothing saved can match
  }
}

export interface ServerOptions {
  /**
   * Resolves once every message sent so far is written out (the stdio writer knows);
   * by default, after the messages already queued have run.
   */
  readonly flushed?: () => Promise<void>;
  /** The connection's writer is publishEncoder.ts's: a list may be given as its bytes alone. */
  readonly encodesLists?: boolean;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const service = getLanguageService();
  // Piece documents: a keystroke does not copy a long brief's whole text (service/pieceDocument.ts).
  const documents = new TextDocuments<TextDocument>({
    create: PieceDocument.create,
    update(document, changes, version) {
      const from = document.version;
      const updated = applyContentChanges(service, document as PieceDocument, changes, version);
      // a huge brief's worker gets the changes, not the whole text again
      workers.get(document.uri)?.log.push({ from, version, changes });
      return updated;
    },
  });
  let displayLocale: Locale = 'en';
  /** The parts of a diagnostic the client uses (from initialize); all until then. */
  let shows: DiagnosticParts = { related: true, codeDescription: true, data: true };
  let hasConfigurationCapability = false;
  /** The client lets the server register for didChangeConfiguration (Eglot 1.9 does not, and warns). */
  let canRegisterConfiguration = false;
  let hasWatchCapability = false;
  let hasWorkspaceFolderCapability = false;
  let workspaceRoots: string[] = [];
  /** What the editor can show (set in `initialize`). */
  const editor: ClientAbilities = { hoverMarkdown: true, completionMarkdown: true, hierarchicalSymbols: true, whatIfCommand: false };
  /** The config files whose problems were shown, until the next change of settings or files. */
  const configReported = new Set<string>();
  /** Whether the editor re-asks for code lenses on `workspace/codeLens/refresh`. */
  let canRefreshLenses = false;
  const settingsCache = new Map<string, Promise<DocumentSettings>>();

  const rootOf = (file: string) =>
    workspaceRoots.filter((r) => file.startsWith(r + path.sep) || file === r).sort((a, b) => b.length - a.length)[0];

  async function settings(uri: string): Promise<DocumentSettings> {
    let s = settingsCache.get(uri);
    if (!s) {
      s = resolveSettings(uri);
      // Kept while the brief is open only: closing it is what makes its reopening read its
      // .casefacts.json again, and a request in flight when it closed must not undo that.
      if (documents.get(uri)) {
        settingsCache.set(uri, s);
      }
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
    const loaded = file ? loadConfig(path.dirname(file), rootOf(file)) : undefined;
    const config = loaded?.config ?? { rules: {} };
    const locale: Locale = client.locale && client.locale !== 'auto'
      ? resolveLocale(client.locale)
      : config.locale ?? displayLocale;
    if (loaded?.path && loaded.problems.length > 0 && !configReported.has(loaded.path)) {
      // said once per file until it changes: what is wrong in it is ignored, not silently
      configReported.add(loaded.path);
      const message = format({ id: 'config.problems', args: { file: loaded.path, problems: loaded.problems.map((p) => format(p, locale)).join(semicolon(locale)) } }, locale);
      connection.console.warn(message);
      // a notification, not a request: nothing to answer, in any editor
      void connection.sendNotification('window/showMessage', { type: 2 /* MessageType.Warning */, message });
    }
    // at most the manifest's 5 s: a workspace's setting cannot hold a brief's diagnostics back for days
    // (and a timer over 2^31 ms would fire at once, with a warning)
    const delay = typeof client.validate?.delay === 'number' && client.validate.delay >= 0 ? Math.min(client.validate.delay, MAX_DELAY) : 200;
    return {
      locale,
      rules: mergeRules(config.rules, client.rules),
      trigger: client.validate?.trigger === 'onSave' ? 'onSave' : 'onType',
      delay,
      codeLens: client.codeLens?.enabled !== false,
      remember: client.validate?.remember !== false,
    };
  }

  /** Each brief's last diagnostics on disk (node/savedDiagnostics.ts); made on first use. */
  let savedLists: SavedDiagnostics | undefined;
  const saved = () => (savedLists ??= new SavedDiagnostics({ dir: userCacheDir('diagnostics'), build: buildId() }));
  /** The documents validated since they were opened: a saved list is only for a brief's first showing. */
  const validatedSinceOpen = new Set<string>();
  process.once('exit', () => savedLists?.flush());

  /** What a saved list must have been made under, but the text. */
  function savedKey(doc: TextDocument, options: ValidationSettings): SavedKey {
    const { locale, rules, maxProblems, shows: parts } = options;
    return { uri: doc.uri, languageId: doc.languageId, settings: JSON.stringify({ locale, rules, maxProblems, parts }) };
  }

  /** The diagnostics saved for a document's exact text, if it has not been validated since it was opened. */
  async function savedList(doc: TextDocument): Promise<Diagnostic[] | undefined> {
    if (validatedSinceOpen.has(doc.uri)) {
      return undefined;
    }
    const s = await settings(doc.uri);
    const current = documents.get(doc.uri);
    if (!s.remember || current?.version !== doc.version) {
      return undefined;
    }
    return saved().find(savedKey(current, validationOptions(s)), current.getText(), options.encodesLists === true);
  }

  const validationOptions = (s: DocumentSettings): ValidationSettings => ({ locale: s.locale, rules: s.rules, maxProblems: MAX_PROBLEMS, shows });

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
    const options = validationOptions(s);
    const current = documents.get(doc.uri) ?? doc;
    const { version } = current;
    let list: Diagnostic[] | undefined;
    if (textLength(current) > WORKER_THRESHOLD && workerScript()) {
      list = (await toWorker(current, options))?.list;
    } else {
      endWorker(doc.uri, 'drop');
      list = service.validate(current, options);
    }
    if (list && documents.get(doc.uri) === current && current.version === version) {
      validatedSinceOpen.add(doc.uri);
      if (s.remember) {
        saved().remember(savedKey(current, options), () => (current.version === version ? current.getText() : undefined), list);
      } else {
        savedLists?.forget(doc.uri); // turned off since: not even the list pending from before
      }
    }
    return list;
  }

  /**
   * Huge briefs are validated in a worker thread, one per document while it is big and
   * open: the worker keeps the document and the last tree, is sent the editor's changes,
   * and re-reads only what an edit touched (validateWorker.ts). A version it must parse
   * afresh (the first, or an edit the tree could not take) is what the old tree cannot
   * speed up: a newer version then stops that worker and a new one reads the newest text,
   * so that a burst of such edits costs one parse. Undefined for a version a newer one
   * superseded, or when the worker failed.
   */
  interface DocumentWorker {
    readonly worker: Worker;
    /** Per job id: who waits for its answer (undefined: the worker is gone). */
    readonly waiting: Map<number, (answer: WorkerAnswer | undefined) => void>;
    /** The last list it answered, whose objects its next answer names by index. */
    last: Diagnostic[];
    /** The version its document has once it has taken the jobs sent; undefined before the first. */
    version: number | undefined;
    /** The editor's changes since that version (documents.update writes them here). */
    log: ChangeStep[];
    /** The version it is parsing afresh, if it is. */
    afresh: number | undefined;
  }
  /** A job's answer: a validation's list (none: superseded), a request's result, or `resync` (send the whole text). */
  interface WorkerAnswer {
    readonly list?: Diagnostic[];
    readonly resync?: true;
    readonly json?: Uint8Array;
    readonly error?: ValidateAnswer['error'];
    readonly failed?: true;
    readonly notifications?: ValidateAnswer['notifications'];
  }
  const workers = new Map<string, DocumentWorker>();
  let nextJob = 1;
  /** Above this many characters a brief's worker is made anew rather than parse it afresh beside its old tree (memory). */
  const FRESH_WORKER = 4_000_000;

  function workerFor(uri: string): DocumentWorker {
    const known = workers.get(uri);
    if (known) {
      return known;
    }
    // loaded on first use: most sessions never open a brief this big, and the module costs start-up time
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous lazy load of a builtin
    const { Worker: WorkerThread } = require('worker_threads') as typeof import('worker_threads');
    const entry: DocumentWorker = { worker: new WorkerThread(workerScript() as string), waiting: new Map(), last: [], version: undefined, log: [], afresh: undefined };
    const gone = () => {
      if (workers.get(uri) === entry) {
        workers.delete(uri);
      }
      for (const settle of entry.waiting.values()) {
        settle(undefined);
      }
      entry.waiting.clear();
    };
    entry.worker.on('message', (answer: ValidateAnswer) => {
      if (answer.afresh) {
        const doc = documents.get(uri);
        if (doc && textLength(doc) > FRESH_WORKER) {
          endWorker(uri, 'renew'); // its new tree would grow beside the old one, not yet collected
        } else {
          entry.afresh = answer.version;
        }
        return;
      }
      const settle = entry.waiting.get(answer.id);
      entry.waiting.delete(answer.id);
      if (answer.items) {
        entry.afresh = undefined;
        // every list, even one nobody waits for now, is the base of the next
        const last = entry.last;
        entry.last = answer.items.map((item) => (typeof item === 'number' ? last[item] : item));
        settle?.({ list: entry.last.slice() });
      } else if (answer.resync) {
        entry.version = undefined;
        entry.log = [];
        settle?.({ resync: true });
      } else if (answer.failed || answer.error || answer.json) {
        const { notifications } = answer;
        settle?.(answer.failed ? { failed: true } : answer.error ? { error: answer.error, notifications } : { json: answer.json, notifications });
      } else {
        settle?.({}); // superseded
      }
    });
    entry.worker.once('error', (e) => {
      connection.console.error(`casefacts: validating ${uri} failed: ${e.message}`);
      gone();
    });
    entry.worker.once('exit', gone);
    workers.set(uri, entry);
    return entry;
  }

  /** Whether `log` leads from version `from` to `to`, one version after the other. */
  const leads = (log: readonly ChangeStep[], from: number, to: number) =>
    log.every((step, i) => step.from === (i === 0 ? from : log[i - 1].version)) && (log.length === 0 ? from === to : log[log.length - 1].version === to);

  /**
   * A job for a document's worker at the document's version: its validation, or with
   * `request`, an editor's request about it (answered in the worker by the same features).
   */
  function toWorker(doc: TextDocument, options: ValidationSettings, request?: FeatureRequest): Promise<WorkerAnswer | undefined> {
    const busy = workers.get(doc.uri);
    if (busy?.afresh !== undefined && busy.afresh !== doc.version && busy.waiting.size > 0) {
      endWorker(doc.uri, 'renew'); // parsing a version this one supersedes
    }
    const entry = workerFor(doc.uri);
    const base = { id: nextJob++, uri: doc.uri, languageId: doc.languageId, version: doc.version, settings: options };
    const follows = entry.version !== undefined && leads(entry.log, entry.version, doc.version);
    const job: ValidateJob = { ...(follows ? { ...base, steps: entry.log } : { ...base, text: doc.getText() }), ...(request ? { request } : {}) };
    entry.log = [];
    entry.version = doc.version;
    if (!follows) {
      entry.afresh = doc.version;
    }
    return new Promise((resolve) => {
      entry.waiting.set(job.id, (answer) => {
        const now = documents.get(doc.uri);
        if (answer?.resync && (!request || (now && textLength(now) > WORKER_THRESHOLD))) {
          // the worker lost the thread of the changes, or was renewed: the whole text, once
          resolve(toWorker(now ?? doc, options, request));
        } else {
          resolve(answer);
        }
      });
      entry.worker.postMessage(job);
    });
  }

  /**
   * Ends a document's worker. What waited for it gets nothing (`drop`: closed, or no longer
   * big), or is asked again of a new worker with the whole text (`renew`).
   */
  function endWorker(uri: string, then: 'drop' | 'renew'): void {
    const entry = workers.get(uri);
    if (!entry) {
      return;
    }
    workers.delete(uri);
    const waiting = [...entry.waiting.values()];
    entry.waiting.clear();
    entry.worker.terminate().catch(() => undefined);
    for (const settle of waiting) {
      settle(then === 'renew' ? { resync: true } : undefined);
    }
  }


  const guarded = guardParams(connection);

  /**
   * A request about a huge brief, answered by its worker from the tree it keeps
   * (features/route.ts); undefined for any other brief, or when the worker cannot answer.
   * What the worker's handler sent the editor meanwhile (a command's message) is sent on.
   * With `parsedResult`, the result is a value for a feature here, not bytes to write.
   */
  async function askWorker(uri: string, handler: string, params: unknown, parsedResult = false): Promise<RemoteAnswer | undefined> {
    const s = await settings(uri);
    const doc = documents.get(uri); // the version now, after waiting for the settings
    if (!doc || textLength(doc) <= WORKER_THRESHOLD) {
      return undefined;
    }
    const answer = await toWorker(doc, validationOptions(s), { handler, params, settings: s, client: { ...editor } });
    if (answer?.failed) {
      connection.console.warn(`casefacts: the worker of ${uri} could not answer ${handler}; answered on the main thread`);
    }
    for (const n of answer?.notifications ?? []) {
      void connection.sendNotification(n.method, n.params); // a command's message, shown as if sent here
    }
    if (answer?.error) {
      return { error: answer.error };
    }
    const json = answer?.json && Buffer.from(answer.json.buffer, answer.json.byteOffset, answer.json.byteLength);
    // for the editor, written as the worker's bytes by the stdio writer (a connection that does not write with it parses them)
    return json ? { result: options.encodesLists && !parsedResult ? valueOfJson(json) : JSON.parse(json.toString('utf8')) as unknown } : undefined;
  }
  /** Whether `uri`'s requests go to its worker: a huge brief (when workers can be made). */
  const inWorker = (uri: string | undefined): uri is string => {
    const doc = uri === undefined ? undefined : documents.get(uri);
    return doc !== undefined && textLength(doc) > WORKER_THRESHOLD && workerScript() !== undefined;
  };
  const routed = routeRequests(guarded, (handler, params) => {
    const uri = requestUri(params);
    return inWorker(uri) ? askWorker(uri, handler, params) : undefined;
  });
  const host: DeliveryHost = {
    connection: guarded,
    documents,
    diagnose,
    saved: savedList,
    flushed: options.flushed ?? (() => new Promise<void>((resolve) => setImmediate(resolve))),
    timing: (uri) => settings(uri),
    log: (message) => connection.console.error(message),
  };
  /** Push until the client says, in `initialize`, that it pulls. */
  let delivery: Delivery = pushDelivery(host);
  const revalidateAll = () => {
    settingsCache.clear();
    configReported.clear();
    delivery.revalidateAll();
    if (canRefreshLenses) {
      // the lenses' words follow the locale and the settings too
      connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    }
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    displayLocale = resolveLocale(params.locale);
    const caps = params.capabilities;
    // Markdown and a tree of symbols unless the editor lists what it takes without them
    // (one that says nothing of symbols gets the tree every current editor takes)
    const formats = (list: readonly string[] | undefined) => list === undefined || list.includes('markdown');
    editor.hoverMarkdown = formats(caps.textDocument?.hover?.contentFormat);
    editor.completionMarkdown = formats(caps.textDocument?.completion?.completionItem?.documentationFormat);
    const symbolCaps = caps.textDocument?.documentSymbol;
    editor.hierarchicalSymbols = symbolCaps === undefined || symbolCaps.hierarchicalDocumentSymbolSupport === true;
    // the VS Code extension shows a provider's decisive facts and its report itself
    editor.whatIfCommand = (params.initializationOptions as { whatIfCommand?: unknown } | undefined)?.whatIfCommand === SHOW_WHAT_IF;
    // What the editor does not use is not sent (LSP client capabilities; VS Code uses all).
    const publish = caps.textDocument?.publishDiagnostics;
    shows = { related: publish?.relatedInformation === true, codeDescription: publish?.codeDescriptionSupport === true, data: publish?.dataSupport === true };
    hasConfigurationCapability = caps.workspace?.configuration === true;
    canRegisterConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    hasWatchCapability = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    hasWorkspaceFolderCapability = caps.workspace?.workspaceFolders === true;
    canRefreshLenses = caps.workspace?.codeLens?.refreshSupport === true;
    // folders and root as given, and nothing of what is not a uri (an editor's bug is not fatal)
    const folders: unknown[] = Array.isArray(params.workspaceFolders) ? params.workspaceFolders : [];
    workspaceRoots = folders
      .map((f) => (typeof (f as { uri?: unknown } | null)?.uri === 'string' ? URI.toFsPath((f as { uri: string }).uri) : undefined))
      .filter((p): p is string => !!p);
    if (workspaceRoots.length === 0 && typeof params.rootUri === 'string') {
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
    if (hasConfigurationCapability && canRegisterConfiguration) {
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
    endWorker(e.document.uri, 'drop');
    settingsCache.delete(e.document.uri);
    service.forget(e.document.uri);
    validatedSinceOpen.delete(e.document.uri);
    savedLists?.write(e.document.uri);
    delivery.closed(e.document.uri);
  });

  const ctx: FeatureContext = {
    // malformed params are answered with InvalidParams before a feature sees them; a huge
    // brief's requests are answered by its worker
    connection: routed,
    client: editor,
    documents,
    service,
    settings,
    parsed(uri) {
      const document = documents.get(uri);
      return document ? { document, parsed: service.parse(document) } : undefined;
    },
    elsewhere: (uri, handler, params) => (inWorker(uri) ? askWorker(uri, handler, params, true) : undefined),
  };
  for (const f of FEATURES) {
    f.register(ctx);
  }

  documents.listen(connection);
  connection.listen();
}
