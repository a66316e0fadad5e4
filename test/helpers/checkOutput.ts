/**
 * `casefacts check`'s output rendered whole, as the command wrote it before it wrote it in
 * pieces (cli/main.ts, `writeCheck`): the reference the tests hold the pieces to. JSON and
 * SARIF are JSON.stringify of the same data with one space; text is a line per diagnostic,
 * then the summary.
 */
import { toSarif } from '../../server/src/cli/sarif';
import type { Row } from '../../server/src/cli/text';
import '../../server/src/cli/messages';
import { format, type Locale } from '../../server/src/service/i18n/messages';
import { jsonForTerminal, showControls } from '../../server/src/service/report/controls';

export function checkOutputWhole(rows: readonly Row[], outputFormat: string, files: number, locale: Locale): string {
  const count = (...severities: Row['severity'][]) => rows.filter((r) => severities.includes(r.severity)).length;
  const whole = outputFormat === 'json' ? jsonForTerminal(JSON.stringify(rows, null, 1))
    : outputFormat === 'sarif' ? jsonForTerminal(JSON.stringify(toSarif(rows, locale), null, 1))
      : [
        ...rows.map((r) => showControls(`${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code}: ${r.message}`)),
        rows.length === 0
          ? format({ id: 'cli.clean', args: { files } }, locale)
          : format({ id: 'cli.summary', args: { errors: count('error'), warnings: count('warning'), infos: count('information', 'hint'), files } }, locale),
      ].join('\n');
  return whole.endsWith('\n') ? whole : `${whole}\n`;
}
