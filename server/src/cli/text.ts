/** `check --format text`: one line per diagnostic, `path:line:col: severity code: message`, then a summary. */
import { format, Locale } from '../service/i18n/messages';
import { levelLabel, t } from '../service/report/labels';
import type { Report } from '../service/report/report';

export interface Row {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly code: string;
  readonly message: string;
}

export function renderText(rows: readonly Row[], files: number, locale: Locale): string {
  // Severity words stay English in the line format, so tools that parse it keep working.
  const lines = rows.map((r) => `${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code}: ${r.message}`);
  const count = (s: Row['severity']) => rows.filter((r) => r.severity === s).length;
  lines.push(rows.length === 0
    ? format({ id: 'cli.clean', args: { files } }, locale)
    : format({ id: 'cli.summary', args: { errors: count('error'), warnings: count('warning'), infos: count('information') + count('hint'), files } }, locale));
  return lines.join('\n');
}

/** `analyze --format text`: each provider's conclusions as plain lines. */
export function renderAnalysisText(reports: readonly Report[]): string {
  const out: string[] = [];
  for (const r of reports) {
    const locale = r.locale; // each brief in its own language (its .casefacts.json, or --locale)
    out.push(`${r.file}${r.title ? ` — ${r.title}` : ''}`);
    for (const p of r.providers) {
      out.push(`  ${p.id}${p.name ? ` (${p.name})` : ''} [${p.roles.join(', ')}]`);
      const offenses = p.criminal.offenses
        .map((o) => `${o.offense} ${o.level}${o.as === 'accomplice' ? ` (${t('report.accomplice', locale, { of: o.of ?? '' })})` : ''}`)
        .join('; ');
      out.push(`    ${t('report.criminal', locale)}: ${levelLabel(p.criminal.level, locale)}${offenses ? ` — ${offenses}` : ''}${p.criminal.controlling ? `; ${t('report.controlling', locale)}: ${p.criminal.controlling}` : ''}`);
      for (const reason of [...p.criminal.offenses.flatMap((o) => o.reasons), ...p.criminal.reasons]) {
        out.push(`      - ${reason.message}`);
      }
      out.push(`    ${t('report.civil', locale)}: ${levelLabel(p.civil.level, locale)}`);
      for (const reason of p.civil.reasons) {
        out.push(`      - ${reason.message}`);
      }
      for (const f of p.findings) {
        out.push(`    ${f.line}:${f.column} ${f.severity} ${f.rule}: ${f.message}`);
        if (f.explanation) {
          out.push(`      ${f.explanation}`);
        }
      }
    }
    if (r.providers.length === 0) {
      out.push(`  ${t('report.noProviders', locale)}`);
    }
  }
  return out.join('\n');
}
