/**
 * Validation of a huge brief off the server's main thread, so that hover,
 * completion and typing stay answered while it runs. The service is pure, so
 * the worker runs exactly what the main thread would; the server terminates a
 * worker whose version has been superseded.
 */
import { parentPort, workerData } from 'worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, ValidationSettings } from './service/languageService';

export interface ValidateJob {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  readonly text: string;
  readonly settings: ValidationSettings;
}

const job = workerData as ValidateJob;
const document = TextDocument.create(job.uri, job.languageId, job.version, job.text);
const diagnostics = getLanguageService({ cacheSize: 1 }).validate(document, job.settings);
parentPort?.postMessage(diagnostics);
