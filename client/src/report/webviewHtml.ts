/**
 * The webview's page: set once, then only updated by messages. A strict CSP:
 * nothing loads from anywhere, the one style and the one script run by nonce.
 * Colours come from VS Code's theme variables, with the high-contrast themes'
 * borders; levels keep their shapes and words whatever the theme. Links to
 * lines are underlined when the user asks VS Code to underline links
 * (`accessibility.underlineLinks`, which sets `--text-link-decoration`).
 */
import { htmlDocument } from '../../../server/src/service/report/elements';
import { REPORT_CSS } from '../../../server/src/service/report/style';
import { WEBVIEW_SCRIPT } from './webviewScript';

const THEME_CSS = `
body{--cf-fg:var(--vscode-editor-foreground);--cf-bg:var(--vscode-editor-background);--cf-muted:var(--vscode-descriptionForeground);
--cf-border:var(--vscode-editorWidget-border,var(--vscode-panel-border,#8888));--cf-head:var(--vscode-editorWidget-background);
--cf-code:var(--vscode-textCodeBlock-background);--cf-link:var(--vscode-textLink-foreground);--cf-node:var(--vscode-editor-background);
--cf-liable:var(--vscode-editorError-foreground);--cf-possible:var(--vscode-editorWarning-foreground);
--cf-none:var(--vscode-terminal-ansiGreen,var(--vscode-editor-foreground));--cf-focus:var(--vscode-focusBorder);
--cf-mono:var(--vscode-editor-font-family,monospace);
font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--cf-fg);background:var(--cf-bg);
padding:0 1.4em 2em;line-height:1.5}
body.vscode-high-contrast,body.vscode-high-contrast-light{--cf-border:var(--vscode-contrastBorder);--cf-liable:var(--cf-fg);
--cf-possible:var(--cf-fg);--cf-none:var(--cf-fg);--cf-head:var(--cf-bg);--cf-focus:var(--vscode-contrastActiveBorder,var(--vscode-focusBorder))}
.toolbar{display:flex;gap:.5em}
.toolbar button{font:inherit;color:var(--vscode-button-foreground);background:var(--vscode-button-background);
border:1px solid var(--vscode-button-border,transparent);border-radius:2px;padding:.2em .8em;cursor:pointer}
.toolbar button+button{color:var(--vscode-button-secondaryForeground);background:var(--vscode-button-secondaryBackground)}
.toolbar button:hover{background:var(--vscode-button-hoverBackground)}
.toolbar button+button:hover{background:var(--vscode-button-secondaryHoverBackground)}
a.reveal{text-decoration:var(--text-link-decoration,none)}a.reveal:hover{text-decoration:underline}
`;

export interface WebviewPageOptions {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** A fresh random nonce for this page. */
  readonly nonce: string;
  readonly lang: string;
  readonly title: string;
}

export function webviewCsp(o: Pick<WebviewPageOptions, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    `style-src ${o.cspSource} 'nonce-${o.nonce}'`,
    `script-src 'nonce-${o.nonce}'`,
    `img-src ${o.cspSource} data:`,
    `font-src ${o.cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function webviewHtml(o: WebviewPageOptions): string {
  return htmlDocument({
    lang: o.lang,
    csp: webviewCsp(o),
    title: o.title,
    css: THEME_CSS + REPORT_CSS,
    nonce: o.nonce,
    body: '<main id="root"></main>',
    script: WEBVIEW_SCRIPT,
  });
}
