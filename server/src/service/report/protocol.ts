/**
 * The `caseFacts/report` request between the client and the server: the
 * report of an open document, in every form the editor shows or exports.
 * Types only, so the client can import them without pulling in the service.
 */
import type { ViewElement } from './elements';
import type { Report } from './report';

export const REPORT_REQUEST = 'caseFacts/report';

export interface ReportParams {
  readonly uri: string;
}

/** Words the client shows around the report (notifications, dialogs), in the report's locale. */
export interface ReportLabels {
  readonly title: string;
  readonly copied: string;
  readonly saved: string;
  readonly htmlFilter: string;
  readonly noDocument: string;
  readonly notReady: string;
}

export interface ReportResponse {
  readonly uri: string;
  readonly version: number;
  readonly lang: string;
  readonly report: Report;
  /** Exactly what `casefacts analyze --format markdown` prints for the file. */
  readonly markdown: string;
  /** Exactly what `casefacts analyze --format html` prints for the file. */
  readonly html: string;
  /** The webview's page (interactive: links to lines, export buttons). */
  readonly view: ViewElement;
  readonly labels: ReportLabels;
}
