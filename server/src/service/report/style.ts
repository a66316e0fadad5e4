/**
 * The report's CSS, shared by the standalone page and the webview. It reads
 * its colours from `--cf-*` variables only: the page sets them from
 * `prefers-color-scheme`, the webview from VS Code's `--vscode-*` theme
 * variables. Levels differ in shape, weight and line style as well as colour.
 * Narrow (a side panel, a phone, 400 % zoom): long names wrap anywhere and the
 * summary table scrolls in its own focusable region, never the page sideways.
 * Printed: nothing scrolls or is clipped.
 * Providers' sections off screen are laid out only when scrolled to
 * (`content-visibility`): a 50,000-line brief's page (2,414 providers, 14 MB)
 * loads in headless Chromium in 5-8 s instead of 13-16 s (bench/report-page.mjs).
 */
export const REPORT_CSS = `
.report{max-width:72em;overflow-wrap:anywhere}
.report h1{font-size:1.45em;margin:.2em 0 .4em}
.report h2{font-size:1.2em;margin:1.4em 0 .4em;border-bottom:1px solid var(--cf-border);padding-bottom:.2em}
.report h3{font-size:1em;margin:1em 0 .3em}
.report header{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:.5em}
.report .provider{content-visibility:auto;contain-intrinsic-size:auto 30em}
.table-scroll{overflow-x:auto;margin:.5em 0 1em}
.table-scroll:focus-visible{outline:2px solid var(--cf-focus);outline-offset:2px}
table.summary{border-collapse:collapse;overflow-wrap:normal}
table.summary th[scope=row]{overflow-wrap:anywhere;min-width:6em}
table.summary th,table.summary td{border:1px solid var(--cf-border);padding:.3em .6em;text-align:left;vertical-align:top}
table.summary thead th{background:var(--cf-head)}
table.summary small{color:var(--cf-muted)}
.level{white-space:nowrap}
.level .icon{display:inline-block;min-width:1em;text-align:center}
.level-liable,.level-exposed{font-weight:700}
.level-possible,.level-undetermined{font-style:italic}
.level-liable .icon,.level-exposed .icon{color:var(--cf-liable)}
.level-possible .icon,.level-undetermined .icon{color:var(--cf-possible)}
.level-none .icon{color:var(--cf-none)}
.level-not-assessed{color:var(--cf-muted)}
.legend{color:var(--cf-muted);font-size:.92em}
.offense.controlling>strong{text-decoration:underline}
code{font-family:var(--cf-mono);background:var(--cf-code);padding:0 .25em;border-radius:3px}
a{color:var(--cf-link)}
a:focus-visible,button:focus-visible,.node:focus-visible{outline:2px solid var(--cf-focus);outline-offset:2px}
.reasons li,.findings li,.notes li{margin:.2em 0}
.findings{list-style:none;padding-left:0}
.finding{border-left:3px solid var(--cf-border);padding:.1em 0 .1em .7em;margin:.6em 0}
.finding-head{display:flex;flex-wrap:wrap;gap:.2em .6em;align-items:baseline}
.finding .message{margin:.2em 0 0}
.finding .explanation{margin:.3em 0 0;font-size:.95em}
.severity{font-weight:600;white-space:nowrap}
.severity-error .icon{color:var(--cf-liable)}
.severity-warning .icon{color:var(--cf-possible)}
.finding.severity-error{border-left-style:double;border-left-width:4px}
.finding.severity-information,.finding.severity-hint{border-left-style:dotted}
.citation,.line{color:var(--cf-muted)}
.source{color:var(--cf-muted);border-left:3px solid var(--cf-border);margin:2em 0 0;padding-left:1em}
figure{margin:.5em 0;overflow-x:auto}
figcaption{color:var(--cf-muted);font-size:.92em}
svg.diagram{max-width:100%;height:auto;font-size:12px}
svg.diagram text{font-family:inherit}
.node-box{fill:var(--cf-node);stroke:var(--cf-fg);stroke-width:1}
.node.level-liable .node-box{stroke-width:3}
.node.level-possible .node-box{stroke-width:2;stroke-dasharray:7 4}
.node.level-none .node-box{stroke-dasharray:2 3}
.node.level-not-assessed .node-box{stroke:var(--cf-muted);stroke-dasharray:1 4}
.node.offender .node-box{stroke-width:1.5;fill:var(--cf-head)}
.node text{fill:var(--cf-fg)}
.node .node-id{font-weight:700;font-size:13px}
.node .node-name,.node .node-detail{fill:var(--cf-muted)}
.node[data-line]{cursor:pointer}
.node[data-line]:hover .node-box{stroke:var(--cf-link)}
.shape-full{fill:var(--cf-fg);stroke:none}
.level-liable .shape-full{fill:var(--cf-liable)}
.shape-ring{fill:none;stroke:var(--cf-fg);stroke-width:1.5}
.shape-half{fill:var(--cf-possible);stroke:none}
.edge-line{fill:none;stroke:var(--cf-fg);stroke-width:1.5}
.edge.level-liable .edge-line{stroke-width:3}
.edge.level-possible .edge-line{stroke-width:2;stroke-dasharray:7 4}
.edge.level-none .edge-line,.edge.level-not-assessed .edge-line{stroke-dasharray:2 4}
.arrow-head{fill:var(--cf-fg)}
.edge-label{fill:var(--cf-fg);font-size:11px;paint-order:stroke;stroke:var(--cf-bg);stroke-width:4px;stroke-linejoin:round}
@media print{.table-scroll,figure{overflow:visible}.finding,tr,figure{break-inside:avoid}h1,h2,h3{break-after:avoid}}
`;
