/** The liability report as Markdown, fit to paste into a brief (`analyze --format markdown`). */
import { colon, sectionsIn, type Locale } from '../i18n/messages';
import { accompliceLevel } from './diagram';
import { levelLabel, offenseArticle, offenseName, roleName, severityLabel, t } from './labels';
import { reportTitle, Report, ReportOffense, ReportReason } from './report';

/**
 * Escapes text so that it reads as itself in Markdown: no emphasis, code,
 * link, HTML or table cell can start inside it, and it stays on one line.
 * Escaping the brackets is enough to keep "[26](P17)" in our citations from
 * forming a link, so parentheses stay as they are and the source stays readable.
 */
export function mdEscape(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/^([+\-=]|\d+(?=[.)]))/, '\\$1');
}

/** Escapes a line of ours that marks vocabulary words as `code`, keeping those spans. */
function keepCodeSpans(text: string): string {
  return text.split(/(`[a-z0-9-]+`)/).map((part, i) => (i % 2 === 1 ? part : mdEscape(part))).join('');
}

/** "principal" or "accomplice of Gang". */
export function offenseRole(o: Pick<ReportOffense, 'as' | 'of'>, locale: Locale): string {
  return o.as === 'accomplice' && o.of ? t('report.accomplice', locale, { of: o.of }) : t('report.principal', locale);
}

/** An offense with its role and level, e.g. "art. 264 (theft) (accomplice of Gang, ● liable)". */
export function offenseText(o: Pick<ReportOffense, 'offense' | 'as' | 'of' | 'level'>, locale: Locale): string {
  return `${offenseName(o.offense, locale)} (${offenseRole(o, locale)}, ${levelLabel(o.level, locale)})`;
}

function lineSuffix(r: ReportReason, locale: Locale): string {
  return r.line !== undefined ? ` (${t('report.line', locale, { line: r.line })})` : '';
}

export function renderMarkdown(reports: readonly Report[]): string {
  const out: string[] = [];
  for (const r of reports) {
    const locale = r.locale; // each brief in its own language
    out.push(`## ${t('report.title', locale)}: ${mdEscape(reportTitle(r))}`, '');
    if (r.providers.length === 0) {
      out.push(t('report.noProviders', locale), '');
    } else {
      out.push(
        `| ${t('report.provider', locale)} | ${t('report.roles', locale)} | ${t('report.criminal', locale)} | ${t('report.offenses', locale)} | ${t('report.controlling', locale)} | ${t('report.civil', locale)} |`,
        '|---|---|---|---|---|---|',
      );
      for (const p of r.providers) {
        const name = p.name ? `${mdEscape(p.id)} (${mdEscape(p.name)})` : mdEscape(p.id);
        const offenses = p.criminal.offenses.map((o) => mdEscape(offenseText(o, locale))).join('<br>') || '—';
        const roles = p.roles.map((x) => roleName(x, locale)).join(', ') || '—';
        const controlling = p.criminal.controlling ? mdEscape(offenseName(p.criminal.controlling, locale)) : '—';
        out.push(`| ${name} | ${roles} | ${levelLabel(p.criminal.level, locale)} | ${offenses} | ${controlling} | ${levelLabel(p.civil.level, locale)} |`);
      }
      out.push('');
    }
    // the first provider with an id, as the analysis links it (a second is a duplicate-id error)
    const byId = new Map<string, (typeof r.providers)[number]>();
    for (const p of r.providers) {
      if (!byId.has(p.id)) {
        byId.set(p.id, p);
      }
    }
    const links = r.offenders.flatMap((o) => [...new Set(o.uses)].flatMap((u) => {
      const p = byId.get(u);
      return p ? [{ p, o }] : [];
    }));
    if (links.length > 0) {
      out.push(`**${t('report.whoHelpedWhom', locale)}:**`, '');
      for (const { p, o } of links) {
        const helps = t('report.helps', locale, { provider: p.id, offender: o.id });
        const offense = o.offense ? ` (${offenseArticle(o.offense, locale)})` : '';
        out.push(`- ${mdEscape(helps + offense)}${colon(locale)} ${t('report.accompliceShort', locale)}, ${levelLabel(accompliceLevel(p, o.id), locale)}`);
      }
      out.push('');
    }
    for (const p of r.providers) {
      out.push(`### ${mdEscape(p.id)}${p.name ? ` — ${mdEscape(p.name)}` : ''}`, '');
      out.push(`**${t('report.criminal', locale)}:** ${levelLabel(p.criminal.level, locale)}`, '');
      for (const o of p.criminal.offenses) {
        out.push(`- ${mdEscape(offenseText(o, locale))}`);
        for (const reason of o.reasons) {
          out.push(`  - ${mdEscape(reason.message)}${lineSuffix(reason, locale)}`);
        }
      }
      for (const reason of p.criminal.reasons) {
        out.push(`- ${mdEscape(reason.message)}${lineSuffix(reason, locale)}`);
      }
      out.push('', `**${t('report.civil', locale)}:** ${levelLabel(p.civil.level, locale)}`, '');
      for (const reason of p.civil.reasons) {
        out.push(`- ${mdEscape(reason.message)}${lineSuffix(reason, locale)}`);
      }
      if (p.notes.length > 0) {
        out.push('', `**${t('report.notes', locale)}:**`, '');
        for (const n of p.notes) {
          out.push(`- \`${n.key}\`: “${mdEscape(n.note)}” (${t('report.line', locale, { line: n.line })})`);
        }
      }
      if (p.findings.length > 0) {
        out.push('', `**${t('report.findings', locale)}:**`, '');
        for (const f of p.findings) {
          const cite = [f.section && sectionsIn(f.section, locale), f.sources].filter(Boolean).join('; ');
          out.push(`- ${severityLabel(f.severity, locale)} \`${f.rule}\` (${t('report.line', locale, { line: f.line })}${cite ? `; ${t('report.citation', locale)}${colon(locale)} ${mdEscape(cite)}` : ''}): ${mdEscape(f.message)}`);
          if (f.explanation) {
            out.push(`  - ${mdEscape(f.explanation)}`);
          }
        }
      }
      if (p.decisive.length > 0) {
        out.push('', `**${t('report.decisive', locale)}:**`, '');
        for (const d of p.decisive) {
          out.push(`- ${keepCodeSpans(d.text)} (${t('report.line', locale, { line: d.line })})`);
        }
      }
      out.push('');
    }
    out.push(`> ${t('report.source', locale)}`, '');
  }
  return out.join('\n');
}
