/**
 * The liability report as a standalone HTML page (`analyze --format html`,
 * "Save Report as HTML"): the same tree as the webview (view.ts) serialised
 * with every text escaped, a strict Content-Security-Policy and no script at
 * all. Light or dark follows the reader's system; forced colours are honoured.
 */
import { labelled, type Locale } from '../i18n/messages';
import { htmlAround, htmlPieces, type HtmlDocument } from './elements';
import { t } from './labels';
import { reportTitle, Report } from './report';
import { REPORT_CSS } from './style';
import { reportViewInParts } from './view';

export { escapeHtml } from './elements';

/**
 * No script, no fetch, no frame, no form: only data: images and our own style sheet, allowed by
 * its hash rather than 'unsafe-inline', so that no other style (an injected `<style>` or
 * `style=` attribute) would apply even if markup ever slipped through the escaping.
 */
export function standaloneCsp(css: string): string {
  return `default-src 'none'; style-src ${styleHash(css)}; img-src data:; base-uri 'none'; form-action 'none'`;
}

const hashes = new Map<string, string>();

/** The CSP source of a style element's exact text: `'sha256-…'`. */
function styleHash(css: string): string {
  let hash = hashes.get(css);
  if (hash === undefined) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded with the first page, not at every start (~6 ms)
    const { createHash } = require('crypto') as typeof import('crypto');
    hash = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
    hashes.set(css, hash);
  }
  return hash;
}

/** Dark text on white: the light scheme, and any printout (paper is white, whatever the screen's scheme). */
const LIGHT = `--cf-fg:#1b1b1b;--cf-bg:#fff;--cf-muted:#555;--cf-border:#8a8a8a;--cf-head:#eef0f2;--cf-code:#f1f1f1;
--cf-link:#0b57d0;--cf-node:#fff;--cf-liable:#b3261e;--cf-possible:#8a5300;--cf-none:#1e6b34;--cf-focus:#0b57d0;`;

const PAGE_CSS = `
:root{color-scheme:light dark;${LIGHT}
--cf-mono:ui-monospace,SFMono-Regular,Consolas,"Liberation Mono",monospace}
@media (prefers-color-scheme: dark){:root{--cf-fg:#e6e6e6;--cf-bg:#1e1e1e;--cf-muted:#b0b0b0;--cf-border:#6e6e6e;--cf-head:#2b2d30;
--cf-code:#2d2d2d;--cf-link:#8ab4f8;--cf-node:#252526;--cf-liable:#f28b82;--cf-possible:#fdd663;--cf-none:#81c995;--cf-focus:#8ab4f8}}
@media print{:root{color-scheme:light;${LIGHT}}}
@media (forced-colors: active){:root{--cf-fg:CanvasText;--cf-bg:Canvas;--cf-muted:CanvasText;--cf-border:CanvasText;--cf-head:Canvas;
--cf-code:Canvas;--cf-link:LinkText;--cf-node:Canvas;--cf-liable:CanvasText;--cf-possible:CanvasText;--cf-none:CanvasText;--cf-focus:Highlight}}
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;line-height:1.5;
color:var(--cf-fg);background:var(--cf-bg)}
@media (max-width: 30em){body{margin:1em}}
@media print{body{margin:0}.report{break-after:page}}`;

/** The page's frame: its language and title are the run's, each brief's section in its own. */
function frame(reports: readonly Report[], locale: Locale): Omit<HtmlDocument, 'body'> {
  const css = PAGE_CSS + REPORT_CSS;
  return {
    lang: locale === 'zh-CN' ? 'zh-CN' : 'en',
    csp: standaloneCsp(css),
    title: reports.length === 1 ? labelled(t('report.title', locale), reportTitle(reports[0]), locale) : t('report.title', locale),
    css,
  };
}

/** The standalone page (Save as HTML, `analyze --format html`), whole: its pieces joined. */
export function renderHtml(reports: readonly Report[], locale: Locale): string {
  return [...htmlPagePieces(reports, locale)].join('');
}

/**
 * The standalone page in pieces, each made as it is asked for (`analyze --format html` writes
 * them as they come): the head, then each report's parts (elements.ts, `htmlPieces`), a
 * provider's section at a time, then the end of the page. Each brief is in its own language;
 * the page's title and `lang` are the run's; one main landmark around the reports, as the
 * webview's page has.
 */
export function* htmlPagePieces(reports: readonly Report[], locale: Locale): Generator<string, void, undefined> {
  const [before, after] = htmlAround(frame(reports, locale));
  yield `${before}<main>\n`;
  for (let i = 0; i < reports.length; i++) {
    if (i > 0) {
      yield '\n';
    }
    yield* htmlPieces(reportViewInParts(reports[i], reports[i].locale, { interactive: false }, i));
  }
  yield `\n</main>${after}`;
}
