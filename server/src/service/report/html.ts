/**
 * The liability report as a standalone HTML page (`analyze --format html`,
 * "Save Report as HTML"). Every text from the file is escaped; the page has
 * a strict Content-Security-Policy and no script.
 */
import type { Locale } from '../i18n/messages';
import { levelLabel, t } from './labels';
import { offenseText } from './markdown';
import type { Report } from './report';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;line-height:1.5;color:#1b1b1b;background:#fff}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #888;padding:.3em .6em;text-align:left;vertical-align:top}
th{background:#eee}.level-liable,.level-exposed{font-weight:bold}.level-possible,.level-undetermined{font-style:italic}
code{background:#f3f3f3;padding:0 .2em}.source{color:#444;border-left:3px solid #888;padding-left:1em}
@media (prefers-color-scheme: dark){body{color:#eee;background:#1e1e1e}th{background:#333}code{background:#333}.source{color:#bbb}}`;

export function renderHtml(reports: readonly Report[], locale: Locale): string {
  const e = escapeHtml;
  const body: string[] = [];
  for (const r of reports) {
    body.push(`<h1>${e(t('report.title', locale))}: ${e(r.title ?? r.file)}</h1>`);
    if (r.providers.length === 0) {
      body.push(`<p>${e(t('report.noProviders', locale))}</p>`);
      continue;
    }
    body.push('<table><thead><tr>' +
      ['report.provider', 'report.roles', 'report.criminal', 'report.offenses', 'report.controlling', 'report.civil']
        .map((k) => `<th scope="col">${e(t(k as 'report.provider', locale))}</th>`).join('') +
      '</tr></thead><tbody>');
    for (const p of r.providers) {
      body.push('<tr>' +
        `<th scope="row">${e(p.id)}${p.name ? `<br><small>${e(p.name)}</small>` : ''}</th>` +
        `<td>${e(p.roles.join(', '))}</td>` +
        `<td class="level-${e(p.criminal.level)}">${e(levelLabel(p.criminal.level, locale))}</td>` +
        `<td>${p.criminal.offenses.map((o) => e(offenseText(o, locale))).join('<br>') || '—'}</td>` +
        `<td>${e(p.criminal.controlling ?? '—')}</td>` +
        `<td class="level-${e(p.civil.level)}">${e(levelLabel(p.civil.level, locale))}</td></tr>`);
    }
    body.push('</tbody></table>');
    for (const p of r.providers) {
      body.push(`<h2>${e(p.id)}${p.name ? ` — ${e(p.name)}` : ''}</h2>`);
      body.push(`<h3>${e(t('report.criminal', locale))}: ${e(levelLabel(p.criminal.level, locale))}</h3><ul>`);
      for (const o of p.criminal.offenses) {
        body.push(`<li>${e(offenseText(o, locale))}<ul>${o.reasons.map((x) => `<li>${e(x.message)}</li>`).join('')}</ul></li>`);
      }
      body.push(p.criminal.reasons.map((x) => `<li>${e(x.message)}</li>`).join(''), '</ul>');
      body.push(`<h3>${e(t('report.civil', locale))}: ${e(levelLabel(p.civil.level, locale))}</h3><ul>${p.civil.reasons.map((x) => `<li>${e(x.message)}</li>`).join('')}</ul>`);
      if (p.findings.length > 0) {
        body.push(`<h3>${e(t('report.findings', locale))}</h3><ul>`);
        for (const f of p.findings) {
          body.push(`<li><code>${e(f.rule)}</code> (${e(t('report.line', locale, { line: f.line }))}${f.section ? `; ${e(f.section)}` : ''}): ${e(f.message)}</li>`);
        }
        body.push('</ul>');
      }
    }
    body.push(`<p class="source">${e(t('report.source', locale))}</p>`);
  }
  return `<!DOCTYPE html>
<html lang="${locale === 'zh-CN' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t('report.title', locale))}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
