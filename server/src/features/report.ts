/**
 * `caseFacts/report`: the liability report of an open document, computed from
 * the cached parse with the user's settings, in the forms the editor shows
 * (the webview's page) and exports (the CLI's Markdown and HTML).
 */
import { URI } from '../node/uri';
import { writtenElementwise, writtenInParts } from '../service/lists';
import { findingsToDiagnostics } from '../service/languageService';
import { reportBundle, reportPage } from '../service/report/bundle';
import { REPORT_REQUEST, ReportPage, ReportParams, ReportResponse } from '../service/report/protocol';
import type { Feature } from './feature';

export const reportFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(REPORT_REQUEST, async (params: ReportParams): Promise<ReportResponse | ReportPage | null> => {
      if (!params || typeof params.uri !== 'string' || !ctx.parsed(params.uri)) {
        return null;
      }
      const settings = await ctx.settings(params.uri);
      // Parse after the settings arrive: the document may have changed meanwhile.
      const hit = ctx.parsed(params.uri);
      if (!hit) {
        return null;
      }
      const diagnostics = findingsToDiagnostics(hit.parsed, hit.document, { locale: settings.locale, rules: settings.rules });
      const file = URI.toFsPath(params.uri) ?? params.uri;
      const answer = params.pageOnly === true
        ? reportPage(file, hit.parsed, hit.document, diagnostics, settings.locale)
        : reportBundle(file, hit.parsed, hit.document, diagnostics, settings.locale);
      // Tens of megabytes on a long brief: written field by field, the page's sections (one per
      // provider) one by one, rather than as one JSON text joined and copied whole.
      const view = answer.view.children ? writtenInParts({ ...answer.view, children: writtenElementwise(answer.view.children) }) : answer.view;
      return writtenInParts({ ...answer, view });
    });
  },
};
