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
  /**
   * Only the page the report panel shows (a `ReportPage`): the panel asks again after each
   * pause in typing, and the Markdown and HTML forms, megabytes on a long brief, are made
   * only when the user copies or saves them.
   */
  readonly pageOnly?: boolean;
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

/** What the report panel shows: the answer to a request with `pageOnly`. */
export interface ReportPage {
  readonly uri: string;
  readonly version: number;
  readonly lang: string;
  /** The webview's page (interactive: links to lines, export buttons). */
  readonly view: ViewElement;
  readonly labels: ReportLabels;
}

export interface ReportResponse extends ReportPage {
  readonly report: Report;
  /** Exactly what `casefacts analyze --format markdown` prints for the file. */
  readonly markdown: string;
  /** Exactly what `casefacts analyze --format html` prints for the file. */
  readonly html: string;
}
