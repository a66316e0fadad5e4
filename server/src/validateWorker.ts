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
 */
import { parentPort } from 'worker_threads';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
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
  readonly resync?: true;
  /** Sent before the answer: this version is being parsed afresh (the edit did not fit the tree). */
  readonly afresh?: true;
  readonly version?: number;
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

function run(): void {
  scheduled = false;
  const jobs = waiting;
  waiting = [];
  let followed = true;
  for (const job of jobs) {
    followed = job.text !== undefined ? take(job) : followed && take(job);
  }
  const job = jobs.pop();
  for (const older of jobs) {
    parentPort?.postMessage({ id: older.id } satisfies ValidateAnswer);
  }
  if (!job) {
    return;
  }
  if (!followed || !document) {
    document = undefined;
    parentPort?.postMessage({ id: job.id, resync: true } satisfies ValidateAnswer);
    return;
  }
  current = job;
  const list = service.validate(document, job.settings);
  const items = list.map((d) => lastIndex.get(d) ?? d);
  lastIndex = new Map(list.map((d, i) => [d, i]));
  parentPort?.postMessage({ id: job.id, items } satisfies ValidateAnswer);
}

parentPort?.on('message', (job: ValidateJob) => {
  waiting.push(job);
  if (!scheduled) {
    // after the messages already received, so that a burst of versions is validated once
    scheduled = true;
    setImmediate(run);
  }
});
