/**
 * `caseFacts/report`: the liability report of an open document, computed from
 * the cached parse with the user's settings, in the forms the editor shows
 * (the webview's page) and exports (the CLI's Markdown and HTML).
 */
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { URI } from '../node/uri';
import { writtenElementwise, writtenInParts } from '../service/lists';
import { findingsToDiagnostics } from '../service/languageService';
import { reportBundle, reportPageInSlices } from '../service/report/bundle';
import type { Pause } from '../service/report/elements';
import { REPORT_REQUEST, ReportPage, ReportParams, ReportResponse } from '../service/report/protocol';
import type { DocumentSettings, Feature, FeatureContext } from './feature';

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
      const file = URI.toFsPath(params.uri) ?? params.uri;
      const answer = params.pageOnly === true
        ? await pageInSlices(ctx, params.uri, file, settings)
        : reportBundle(file, hit.parsed, hit.document, diagnosticsFor(hit, settings), settings.locale);
      if (!answer) {
        return null;
      }
      // Tens of megabytes on a long brief: written field by field, the page's sections (one per
      // provider) one by one, rather than as one JSON text joined and copied whole.
      const view = answer.view.children ? writtenInParts({ ...answer.view, children: writtenElementwise(answer.view.children) }) : answer.view;
      return writtenInParts({ ...answer, view });
    });
  },
};

/**
 * How long the panel's page may be made at a stretch (ms) before the requests that came in
 * meanwhile are answered. The panel asks for its page after each pause in typing; on a
 * 5,000-line brief the page takes ~30-100 ms to make, and a completion or hover asked just
 * after waited for all of it (bench/requests.mjs).
 */
const PAGE_SLICE_MS = 5;
/** Pages begun again for a brief that kept changing under them, before the request gives up. */
const PAGE_ATTEMPTS = 10;

/** The brief changed while its page was being made: the page would mix two versions. */
class Superseded extends Error {}

/**
 * The panel's page of an open brief, made in slices of `PAGE_SLICE_MS`, the server answering
 * other requests between them. An edit that lands between two slices (the tree is updated in
 * place) begins the page again, for the new version; a brief closed meanwhile has none (null).
 */
async function pageInSlices(ctx: FeatureContext, uri: string, file: string, settings: DocumentSettings): Promise<ReportPage | null> {
  for (let attempt = 0; attempt < PAGE_ATTEMPTS; attempt++) {
    const hit = ctx.parsed(uri);
    if (!hit) {
      return null;
    }
    const version = hit.document.version;
    let since = performance.now();
    const pause: Pause = () => {
      if (performance.now() - since < PAGE_SLICE_MS) {
        return undefined;
      }
      return new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        if (ctx.documents.get(uri)?.version !== version) {
          throw new Superseded();
        }
        since = performance.now();
      });
    };
    try {
      const diagnostics = diagnosticsFor(hit, settings);
      return await reportPageInSlices(file, hit.parsed, hit.document, diagnostics, settings.locale, pause);
    } catch (e) {
      if (!(e instanceof Superseded)) {
        throw e;
      }
    }
  }
  throw new ResponseError(LSPErrorCodes.ContentModified, 'The brief kept changing while its report was being made.');
}

/** The diagnostics the user sees, as the report quotes them (settings applied). */
function diagnosticsFor(hit: NonNullable<ReturnType<FeatureContext['parsed']>>, settings: DocumentSettings) {
  return findingsToDiagnostics(hit.parsed, hit.document, { locale: settings.locale, rules: settings.rules });
}
