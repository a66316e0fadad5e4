/** Everything the editor needs of one document's report, from the same renderers as the CLI. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { labelled, type Locale } from '../i18n/messages';
import type { ParsedCase } from '../languageService';
import type { Pause } from './elements';
import { renderHtml } from './html';
import { t } from './labels';
import { renderMarkdown } from './markdown';
import type { ReportLabels, ReportPage, ReportResponse } from './protocol';
import { buildReport, buildReportInSlices, Report, reportTitle } from './report';
import { reportView, reportViewInSlices } from './view';

/** The words around the report, in its locale. */
function labelsOf(name: string, locale: Locale): ReportLabels {
  return {
    title: labelled(t('report.title', locale), name, locale),
    copied: t('report.copied', locale, { file: name }),
    saved: t('report.saved', locale, { file: '{0}' }),
    htmlFilter: t('report.htmlFilter', locale),
    noDocument: t('report.noDocument', locale),
    notReady: t('report.notReady', locale),
  };
}

/** The panel's page of a report built for the document at `at` (its view made whole, unless given). */
function pageOf(report: Report, at: { readonly uri: string; readonly version: number }, locale: Locale, view = reportView(report, locale, { interactive: true })): ReportPage {
  return {
    uri: at.uri,
    version: at.version,
    lang: locale,
    view,
    labels: labelsOf(reportTitle(report), locale),
  };
}

/**
 * `file` is the name the report goes by: the CLI passes the path as typed,
 * the server the document's file path, so the same file reads the same.
 */
export function reportBundle(
  file: string,
  parsed: ParsedCase,
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  locale: Locale,
): ReportResponse {
  const report = buildReport(file, parsed, document, diagnostics, locale);
  return {
    ...pageOf(report, document, locale),
    report,
    markdown: renderMarkdown([report]),
    html: renderHtml([report], locale),
  };
}

/** The page alone (see `ReportParams.pageOnly`): the same `view` and labels as `reportBundle`'s. */
export function reportPage(
  file: string,
  parsed: ParsedCase,
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  locale: Locale,
): ReportPage {
  return pageOf(buildReport(file, parsed, document, diagnostics, locale), document, locale);
}

/**
 * `reportPage`'s page, its view made in slices (`reportViewInSlices`), waiting whenever `pause`
 * says so: the server answers the editor's other requests while a long brief's page is made.
 */
export async function reportPageInSlices(
  file: string,
  parsed: ParsedCase,
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  locale: Locale,
  pause: Pause,
): Promise<ReportPage> {
  // the version the page is made from, whatever happens to the document meanwhile
  const at = { uri: document.uri, version: document.version };
  const report = await buildReportInSlices(file, parsed, document, diagnostics, locale, pause);
  return pageOf(report, at, locale, await reportViewInSlices(report, locale, { interactive: true }, pause));
}
