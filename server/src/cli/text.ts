/** `check --format text`: one line per diagnostic, `path:line:col: severity code: message`, then a summary; and `analyze --format text`. */
import { aside, format, labelled, listSeparator, Locale, semicolon } from '../service/i18n/messages';
import { levelLabel, offenseName, roleName, t } from '../service/report/labels';
import { balanceBidi } from '../service/report/bidi';
import { linesInPieces } from '../service/lists';
import { showControls } from '../service/report/controls';
import { offenseText, providerTitle } from '../service/report/markdown';
import type { Report, ReportOffense } from '../service/report/report';

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

/** `check --format text` in pieces, a line each (`check` writes them as they come). */
export function checkTextPieces(rows: readonly Row[], files: number, locale: Locale): Generator<string, void, undefined> {
  return linesInPieces(checkTextLines(rows, files, locale));
}

/** The lines of `check --format text`, a diagnostic's at a time, then the summary. */
function* checkTextLines(rows: readonly Row[], files: number, locale: Locale): Generator<string[], void, undefined> {
  // Severity words stay English in the line format, so tools that parse it keep working.
  // a file's name and a message quoting the brief, with their control characters shown (controls.ts)
  for (const r of rows) {
    yield [showControls(`${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code}: ${r.message}`)];
  }
  const count = (s: Row['severity']) => rows.filter((r) => r.severity === s).length;
  yield [rows.length === 0
    ? format({ id: 'cli.clean', args: { files } }, locale)
    : format({ id: 'cli.summary', args: { errors: count('error'), warnings: count('warning'), infos: count('information') + count('hint'), files } }, locale)];
}

/**
 * An offense of the criminal line: in English its id and level as the JSON has them
 * (`art266 liable (accomplice of Gang)`), in Chinese in the report's words.
 */
function offenseLine(o: ReportOffense, locale: Locale): string {
  return locale === 'zh-CN'
    ? offenseText(o, locale)
    : `${o.offense} ${o.level}${o.as === 'accomplice' ? aside(t('report.accomplice', locale, { of: o.of ?? '' }), locale) : ''}`;
}

/** `analyze --format text`: each provider's conclusions as plain lines, in the report's words. */
export function renderAnalysisText(reports: readonly Report[]): string {
  return [...analysisChunks(reports)].flat().join('\n');
}

/** `renderAnalysisText`'s text in pieces, each made as it is asked for (`analyze` writes them as they come). */
export function analysisTextPieces(reports: readonly Report[]): Generator<string, void, undefined> {
  return linesInPieces(analysisChunks(reports));
}

/** The lines of `analyze --format text`, a brief's heading and then a provider at a time. */
function* analysisChunks(reports: readonly Report[]): Generator<string[], void, undefined> {
  // one line each: the file's name, its title, names and messages with their controls shown (controls.ts)
  const shown = (lines: string[]) => lines.map((line) => showControls(line));
  for (const r of reports) {
    const locale = r.locale; // each brief in its own language (its .casefacts.json, or --locale)
    yield shown([`${r.file}${r.title ? ` — ${balanceBidi(r.title)}` : ''}`]);
    for (const p of r.providers) {
      const out: string[] = [];
      // roles, levels, offenses and severities in the reader's words, as the Markdown report has them
      out.push(`  ${providerTitle(p, locale)} [${p.roles.map((x) => roleName(x, locale)).join(listSeparator(locale))}]`);
      const offenses = p.criminal.offenses.map((o) => offenseLine(o, locale)).join(semicolon(locale));
      const controlling = p.criminal.controlling
        ? `${semicolon(locale)}${labelled(t('report.controlling', locale), locale === 'zh-CN' ? offenseName(p.criminal.controlling, locale) : p.criminal.controlling, locale)}`
        : '';
      out.push(`    ${labelled(t('report.criminal', locale), levelLabel(p.criminal.level, locale), locale)}${offenses ? ` — ${offenses}` : ''}${controlling}`);
      for (const reason of [...p.criminal.offenses.flatMap((o) => o.reasons), ...p.criminal.reasons]) {
        out.push(`      - ${reason.message}`);
      }
      out.push(`    ${labelled(t('report.civil', locale), levelLabel(p.civil.level, locale), locale)}`);
      for (const reason of p.civil.reasons) {
        out.push(`      - ${reason.message}`);
      }
      for (const f of p.findings) {
        out.push(`    ${f.line}:${f.column} ${format({ id: `report.severity.${f.severity}` }, locale)} ${labelled(f.rule, f.message, locale)}`);
        if (f.explanation) {
          out.push(`      ${f.explanation}`);
        }
      }
      yield shown(out);
    }
    if (r.providers.length === 0) {
      yield shown([`  ${t('report.noProviders', locale)}`]);
    }
  }
}
