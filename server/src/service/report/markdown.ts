/** The liability report as Markdown, fit to paste into a brief (`analyze --format markdown`). */
import { aside, colon, comma, format, labelled, listSeparator, sectionsIn, semicolon, sourcesIn, type Locale } from '../i18n/messages';
import { w } from '../i18n/words';
import { linesInPieces } from '../lists';
import { balanceBidi } from './bidi';
import { showControls } from './controls';
import { accompliceLevel } from './diagram';
import { levelLabel, offenseArticle, offenseName, offenseWithAside, roleName, severityLabel, t } from './labels';
import { reportTitle, Report, ReportOffense, ReportReason } from './report';

/**
 * Escapes text so that it reads as itself in Markdown: no emphasis, code,
 * link, HTML or table cell can start inside it, and it stays on one line.
 * Escaping the brackets is enough to keep "[26](P17)" in our citations from
 * forming a link, so parentheses stay as they are and the source stays readable.
 * Bidi controls in it are balanced (bidi.ts): a name cannot turn the rest of a row round;
 * other control characters are shown as `\u001b` (controls.ts).
 */
export function mdEscape(s: string): string {
  return showControls(balanceBidi(s)
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, ' '))
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

/**
 * An offense with its role and level, e.g. "art. 264 (theft) (accomplice of Gang, ● liable)",
 * "盗窃罪（第264条；Gang的共犯，● 符合成立条件）".
 */
export function offenseText(o: Pick<ReportOffense, 'offense' | 'as' | 'of' | 'level'>, locale: Locale): string {
  const { head, aside: after } = offenseWithAside(o.offense, `${offenseRole(o, locale)}${comma(locale)}${levelLabel(o.level, locale)}`, locale);
  return `${head}${after}`;
}

/** A provider's id with its display name: "Qvod (深圳快播公司)", "快播（深圳快播公司）". */
export function providerTitle(p: { readonly id: string; readonly name?: string }, locale: Locale): string {
  return p.name ? `${p.id}${aside(balanceBidi(p.name), locale)}` : p.id;
}

function lineSuffix(r: ReportReason, locale: Locale): string {
  return r.line !== undefined ? aside(t('report.line', locale, { line: r.line }), locale) : '';
}

/** "Paper: III.(一).3; [26](P17)", "论文出处：三（一）3；[26](P17)", or '' when a finding cites nothing. */
export function citationText(f: { readonly section?: string; readonly sources?: string }, locale: Locale): string {
  const sources = f.sources && sourcesIn(f.sources, locale);
  const cite = [f.section && sectionsIn(f.section, locale), sources].filter(Boolean).join(semicolon(locale));
  return cite ? labelled(t('report.citation', locale), cite, locale) : '';
}

export function renderMarkdown(reports: readonly Report[]): string {
  return [...markdownChunks(reports)].flat().join('\n');
}

/** `renderMarkdown`'s text in pieces, each made as it is asked for (`analyze --format markdown` writes them as they come). */
export function markdownPieces(reports: readonly Report[]): Generator<string, void, undefined> {
  return linesInPieces(markdownChunks(reports));
}

/** The report's lines, a chunk at a time: each brief's heading, table and links, then each provider's part, then the source. */
function* markdownChunks(reports: readonly Report[]): Generator<string[], void, undefined> {
  for (const r of reports) {
    const locale = r.locale; // each brief in its own language
    let out: string[] = [];
    out.push(`## ${labelled(t('report.title', locale), mdEscape(reportTitle(r)), locale)}`, '');
    if (r.providers.length === 0) {
      out.push(t('report.noProviders', locale), '');
    } else {
      out.push(
        `| ${t('report.provider', locale)} | ${t('report.roles', locale)} | ${t('report.criminal', locale)} | ${t('report.offenses', locale)} | ${t('report.controlling', locale)} | ${t('report.civil', locale)} |`,
        '|---|---|---|---|---|---|',
      );
      yield out; // then a row at a time
      out = [];
      for (const p of r.providers) {
        const name = mdEscape(providerTitle(p, locale));
        const offenses = p.criminal.offenses.map((o) => mdEscape(offenseText(o, locale))).join('<br>') || '—';
        const roles = p.roles.map((x) => roleName(x, locale)).join(listSeparator(locale)) || '—';
        const controlling = p.criminal.controlling ? mdEscape(offenseName(p.criminal.controlling, locale)) : '—';
        yield [`| ${name} | ${roles} | ${levelLabel(p.criminal.level, locale)} | ${offenses} | ${controlling} | ${levelLabel(p.civil.level, locale)} |`];
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
      out.push(`**${t('report.whoHelpedWhom', locale)}${colon(locale)}**`, '');
      yield out; // then a line at a time
      out = [];
      for (const { p, o } of links) {
        const helps = t('report.helps', locale, { id: p.id, of: o.id });
        const offense = o.offense ? aside(offenseArticle(o.offense, locale), locale) : '';
        yield [`- ${labelled(mdEscape(helps + offense), `${t('report.accompliceShort', locale)}${comma(locale)}${levelLabel(accompliceLevel(p, o.id), locale)}`, locale)}`];
      }
      out.push('');
    }
    yield out;
    for (const p of r.providers) {
      out = [];
      out.push(`### ${mdEscape(p.id)}${p.name ? ` — ${mdEscape(p.name)}` : ''}`, '');
      // the space after the bold label lets Markdown close the bold after a full-width colon
      out.push(`**${t('report.criminal', locale)}${colon(locale)}** ${levelLabel(p.criminal.level, locale)}`, '');
      for (const o of p.criminal.offenses) {
        out.push(`- ${mdEscape(offenseText(o, locale))}`);
        for (const reason of o.reasons) {
          out.push(`  - ${mdEscape(reason.message)}${lineSuffix(reason, locale)}`);
        }
      }
      for (const reason of p.criminal.reasons) {
        out.push(`- ${mdEscape(reason.message)}${lineSuffix(reason, locale)}`);
      }
      out.push('', `**${t('report.civil', locale)}${colon(locale)}** ${levelLabel(p.civil.level, locale)}`, '');
      for (const reason of p.civil.reasons) {
        out.push(`- ${mdEscape(reason.message)}${lineSuffix(reason, locale)}`);
      }
      if (p.notes.length > 0) {
        out.push('', `**${t('report.notes', locale)}${colon(locale)}**`, '');
        for (const n of p.notes) {
          // the key in the reader's words: `knowledge`, “明知”
          out.push(`- ${labelled(format(w.key(n.key), locale), `“${mdEscape(n.note)}”`, locale)}${aside(t('report.line', locale, { line: n.line }), locale)}`);
        }
      }
      if (p.findings.length > 0) {
        out.push('', `**${t('report.findings', locale)}${colon(locale)}**`, '');
        for (const f of p.findings) {
          const cite = citationText(f, locale);
          const where = `${t('report.line', locale, { line: f.line })}${cite ? `${semicolon(locale)}${mdEscape(cite)}` : ''}`;
          out.push(`- ${severityLabel(f.severity, locale)} ${labelled(`\`${f.rule}\`${aside(where, locale)}`, mdEscape(f.message), locale)}`);
          if (f.explanation) {
            out.push(`  - ${mdEscape(f.explanation)}`);
          }
        }
      }
      if (p.decisive.length > 0) {
        out.push('', `**${t('report.decisive', locale)}${colon(locale)}**`, '');
        for (const d of p.decisive) {
          out.push(`- ${keepCodeSpans(d.text)}${aside(t('report.line', locale, { line: d.line }), locale)}`);
        }
      }
      out.push('');
      yield out;
    }
    yield [`> ${t('report.source', locale)}`, ''];
  }
}
