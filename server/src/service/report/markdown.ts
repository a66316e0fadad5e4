/** The liability report as Markdown, fit to paste into a brief (`analyze --format markdown`). */
import type { Locale } from '../i18n/messages';
import { levelLabel, t } from './labels';
import type { Report, ReportOffense } from './report';

/** Escapes text from the file so that it cannot break the Markdown around it. */
export function mdEscape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, ' ');
}

export function offenseText(o: ReportOffense, locale: Locale): string {
  const as = o.as === 'accomplice' && o.of ? t('report.accomplice', locale, { of: o.of }) : t('report.principal', locale);
  return `${o.offense} (${as}, ${levelLabel(o.level, locale)})`;
}

export function renderMarkdown(reports: readonly Report[], locale: Locale): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(`## ${t('report.title', locale)}: ${mdEscape(r.title ?? r.file)}`, '');
    if (r.providers.length === 0) {
      out.push(t('report.noProviders', locale), '');
      continue;
    }
    out.push(
      `| ${t('report.provider', locale)} | ${t('report.roles', locale)} | ${t('report.criminal', locale)} | ${t('report.offenses', locale)} | ${t('report.controlling', locale)} | ${t('report.civil', locale)} |`,
      '|---|---|---|---|---|---|',
    );
    for (const p of r.providers) {
      const name = p.name ? `${mdEscape(p.id)} (${mdEscape(p.name)})` : mdEscape(p.id);
      const offenses = p.criminal.offenses.map((o) => mdEscape(offenseText(o, locale))).join('; ') || '—';
      out.push(`| ${name} | ${p.roles.join(', ')} | ${levelLabel(p.criminal.level, locale)} | ${offenses} | ${p.criminal.controlling ?? '—'} | ${levelLabel(p.civil.level, locale)} |`);
    }
    out.push('');
    for (const p of r.providers) {
      out.push(`### ${mdEscape(p.id)}${p.name ? ` — ${mdEscape(p.name)}` : ''}`, '');
      out.push(`**${t('report.criminal', locale)}:** ${levelLabel(p.criminal.level, locale)}`, '');
      for (const o of p.criminal.offenses) {
        out.push(`- ${mdEscape(offenseText(o, locale))}`);
        for (const reason of o.reasons) {
          out.push(`  - ${mdEscape(reason.message)}`);
        }
      }
      for (const reason of p.criminal.reasons) {
        out.push(`- ${mdEscape(reason.message)}`);
      }
      out.push('', `**${t('report.civil', locale)}:** ${levelLabel(p.civil.level, locale)}`, '');
      for (const reason of p.civil.reasons) {
        out.push(`- ${mdEscape(reason.message)}`);
      }
      if (p.findings.length > 0) {
        out.push('', `**${t('report.findings', locale)}:**`, '');
        for (const f of p.findings) {
          out.push(`- \`${f.rule}\` (${t('report.line', locale, { line: f.line })}${f.section ? `; ${f.section}` : ''}): ${mdEscape(f.message)}`);
        }
      }
      out.push('');
    }
    out.push(`> ${t('report.source', locale)}`, '');
  }
  return out.join('\n');
}
