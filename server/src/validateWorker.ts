/**
 * Validation of a huge brief off the server's main thread, so that hover,
 * completion and typing stay answered while it runs. The service is pure, so
 * the worker runs exactly what the main thread would.
 *
 * One worker serves one document while it is big and open. It keeps the
 * document (as pieces) and its language service the last tree: the server
 * sends the editor's changes, not the whole text, and an edit is re-analysed
 * as on the main thread, reading only what it touched. (A fresh worker per
 * version parsed the whole brief again: ~0.85 s per keystroke at 60,000 lines.)
 * Versions sent while one is validated wait; their changes are all applied,
 * and only the newest is validated: the others are answered as superseded.
 *
 * The editor's requests about the brief (hover, outline, semantic tokens, folding, code
 * lenses, completion …) are answered here too, by the same features the main thread
 * registers (features/index.ts), against this thread's tree: on the main thread they
 * would parse the whole brief there first (1.7 s at 5.3 M characters), and typing would
 * wait behind it. Each request comes with the changes up to its version.
 */
import { parentPort } from 'worker_threads';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { FEATURES } from './features';
import type { ClientAbilities, DocumentSettings, FeatureContext } from './features/feature';
import { applyContentChanges } from './service/contentChanges';
import { getLanguageService, ValidationSettings } from './service/languageService';
import { PieceDocument } from './service/pieceDocument';

/** The changes that made `version` of the version before it (`from`). */
export interface ChangeStep {
  readonly from: number;
  readonly version: number;
  readonly changes: readonly TextDocumentContentChangeEvent[];
}

export interface ValidateJob {
  /** Names the answer. */
  readonly id: number;
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  /** The whole text: the first time, and after the worker could not follow the changes; */
  readonly text?: string;
  /** else the changes since the version the worker has, in order. */
  readonly steps?: readonly ChangeStep[];
  readonly settings: ValidationSettings;
  /** Not a validation: an editor's request about the document at this version. */
  readonly request?: FeatureRequest;
}

/** A request a feature registered for: by the name it registered with (`onHover`, `languages.semanticTokens.on`). */
export interface FeatureRequest {
  readonly handler: string;
  readonly params: unknown;
  readonly settings: DocumentSettings;
  readonly client: ClientAbilities;
}

/**
 * The diagnostics of a job's version; none when a newer version came before it was
 * begun, or `resync` when the changes did not follow the worker's version (then the
 * server sends the whole text). The service makes a diagnostic that did not change the
 * same object as before, and so does the answer: an item is the diagnostic, or the
 * index in the last answer's list of the one it is. Most items of a keystroke's answer
 * are indices, and the server reuses its objects (for "unchanged", and their bytes).
 */
export interface ValidateAnswer {
  readonly id: number;
  readonly items?: (number | Diagnostic)[];
  /** A request's answer as JSON (UTF-8, its buffer transferred), or the error it is answered with (a refused rename); */
  readonly json?: Uint8Array;
  readonly error?: { readonly code: number; readonly message: string; readonly data?: unknown };
  /** or none: the handler failed otherwise or none is registered, and the main thread answers it. */
  readonly failed?: true;
  /** Notifications the handler sent the editor while answering (a command's message), for the main thread to send. */
  readonly notifications?: readonly WorkerNotification[];
  readonly resync?: true;
  /** Sent before the answer: this version is being parsed afresh (the edit did not fit the tree). */
  readonly afresh?: true;
  readonly version?: number;
}

/** A notification to the editor a handler sent in the worker. */
export interface WorkerNotification {
  readonly method: string;
  readonly params: unknown;
}

let current: ValidateJob | undefined;
const service = getLanguageService({
  cacheSize: 1,
  onFreshParse: () => current && parentPort?.postMessage({ id: current.id, afresh: true, version: current.version } satisfies ValidateAnswer),
});
let document: PieceDocument | undefined;
let waiting: ValidateJob[] = [];
let scheduled = false;
/** The last list answered, by object. */
let lastIndex = new Map<Diagnostic, number>();

/** Brings the document to the job's version; false when the changes do not follow it. */
function take(job: ValidateJob): boolean {
  if (job.text !== undefined) {
    document = PieceDocument.create(job.uri, job.languageId, job.version, job.text);
    return true;
  }
  for (const step of job.steps ?? []) {
    if (!document || document.version !== step.from) {
      return false;
    }
    document = applyContentChanges(service, document, step.changes, step.version);
  }
  return document?.version === job.version;
}

/** The handlers the features registered, by the name they registered with. */
const handlers = new Map<string, (params: unknown, ...rest: unknown[]) => unknown>();
/** The request being answered: its settings and the editor's abilities. */
let asked: FeatureRequest | undefined;
/** What the handler answering it sent the editor. */
let sent: WorkerNotification[] = [];

/**
 * A connection that only records what the features register (`onHover`,
 * `languages.semanticTokens.on` …, and `onRequest:METHOD` for a custom request), and
 * the notifications a handler sends (`sent`, passed on with its answer).
 */
function recorder(name = ''): unknown {
  return new Proxy(() => undefined, {
    get: (_target, prop) =>
      name === '' && prop === 'sendNotification'
        ? (method: string, params: unknown) => sent.push({ method, params })
        : typeof prop === 'string'
          ? recorder(name ? `${name}.${prop}` : prop)
          : undefined,
    apply: (_target, _this, args: unknown[]) => {
      if (typeof args[0] === 'function') {
        handlers.set(name, args[0] as (params: unknown, ...rest: unknown[]) => unknown);
      } else if (typeof args[0] === 'string' && typeof args[1] === 'function') {
        handlers.set(`${name}:${args[0]}`, args[1] as (params: unknown, ...rest: unknown[]) => unknown);
      }
      return { dispose: () => undefined };
    },
  });
}

const none = { dispose: () => undefined };
/** The editor's abilities, as the request being answered states them (one object: features may keep it). */
const client: ClientAbilities = { hoverMarkdown: true, completionMarkdown: true, hierarchicalSymbols: true, whatIfCommand: false };
const ctx: FeatureContext = {
  connection: recorder() as Connection,
  documents: {
    get: (uri: string) => (document?.uri === uri ? document : undefined),
    all: () => (document ? [document] : []),
    onDidClose: () => none,
  } as unknown as TextDocuments<TextDocument>,
  service,
  settings: () => Promise.resolve((asked as FeatureRequest).settings),
  parsed: (uri) => (document?.uri === uri ? { document, parsed: service.parse(document) } : undefined),
  client,
};
for (const f of FEATURES) {
  f.register(ctx);
}

/** A token that is never cancelled: the main thread drops an answer the editor no longer wants. */
const NEVER = { isCancellationRequested: false, onCancellationRequested: () => none };

/** Answers a request about the document as it is now, the version it was asked at. */
async function answer(job: ValidateJob, request: FeatureRequest): Promise<void> {
  const handler = handlers.get(request.handler);
  asked = request;
  sent = [];
  Object.assign(client, request.client);
  current = job;
  const notifications = () => (sent.length > 0 ? { notifications: sent } : {});
  try {
    if (!handler) {
      throw new Error(`no handler ${request.handler}`);
    }
    // serialised here, and the bytes handed over without a copy: a report's page of tens of
    // megabytes would otherwise be cloned, and then serialised again, on the main thread
    const json = Buffer.from(JSON.stringify((await handler(request.params, NEVER, undefined, undefined)) ?? null), 'utf8');
    const bytes = new Uint8Array(json.buffer, json.byteOffset, json.byteLength);
    parentPort?.postMessage({ id: job.id, json: bytes, ...notifications() } satisfies ValidateAnswer, json.byteOffset === 0 && json.byteLength === json.buffer.byteLength ? [json.buffer] : []);
  } catch (e) {
    // an answer in the protocol's terms (a ResponseError: a refused rename, bad params) goes back as such
    const { code, message, data } = e as { code?: unknown; message?: unknown; data?: unknown };
    const answered = typeof code === 'number' && typeof message === 'string';
    parentPort?.postMessage(answered ? { id: job.id, error: { code, message, data }, ...notifications() } : { id: job.id, failed: true } satisfies ValidateAnswer);
  }
}

/**
 * Takes the jobs that arrived, in order: each brings the document to its version; a
 * request is answered at its version, and of the validations only the newest, if no
 * request moved the document past it, is validated (the others are superseded).
 */
async function run(): Promise<void> {
  const jobs = waiting;
  waiting = [];
  let followed = true;
  let newest: ValidateJob | undefined;
  const superseded = (job: ValidateJob | undefined) => job && parentPort?.postMessage({ id: job.id } satisfies ValidateAnswer);
  for (const job of jobs) {
    followed = job.text !== undefined ? take(job) : followed && take(job);
    if (!job.request) {
      superseded(newest);
      newest = job;
    } else if (!followed || !document) {
      parentPort?.postMessage({ id: job.id, resync: true } satisfies ValidateAnswer);
    } else {
      await answer(job, job.request);
    }
  }
  if (newest && (!followed || !document)) {
    document = undefined;
    parentPort?.postMessage({ id: newest.id, resync: true } satisfies ValidateAnswer);
  } else if (newest && document?.version !== newest.version) {
    superseded(newest); // a request brought a newer version, whose own validation follows
  } else if (newest && document) {
    current = newest;
    const list = service.validate(document, newest.settings);
    const items = list.map((d) => lastIndex.get(d) ?? d);
    lastIndex = new Map(list.map((d, i) => [d, i]));
    parentPort?.postMessage({ id: newest.id, items } satisfies ValidateAnswer);
  }
  if (!followed) {
    document = undefined;
  }
}

/** Runs the jobs that arrived, one batch at a time (a request's handler may wait on a promise). */
function schedule(): void {
  if (!scheduled) {
    // after the messages already received, so that a burst of versions is validated once
    scheduled = true;
    setImmediate(() => {
      void run().finally(() => {
        scheduled = false;
        if (waiting.length > 0) {
          schedule();
        }
      });
    });
  }
}

parentPort?.on('message', (job: ValidateJob) => {
  waiting.push(job);
  schedule();
});
