/**
 * `check --format sarif`: SARIF 2.1.0, one `rules` entry per id with its help
 * URI. A result's message is the diagnostic's one-line headline; the paper's
 * argument behind a doctrine rule is the rule's `help`, where SARIF viewers
 * show a rule's longer text.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { escapeSources } from '../service/hover';
import { defineMessages, explain, format, Locale, sectionsZh } from '../service/i18n/messages';
import { writtenElementwise, writtenInParts } from '../service/lists';
import { RULES, ruleDocUrl } from '../service/rules/meta';
import type { Row } from './text';

defineMessages({
  'sarif.fullDescription': {
    en: (a) => `CaseFacts rule ${a.id}${a.section ? ` (paper section ${a.section})` : ''}.`,
    zh: (a) => `CaseFacts 规则 ${a.id}${a.section ? `（论文${sectionsZh(String(a.section))}）` : ''}。`,
  },
});

const LEVEL: Record<Row['severity'], 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** The rule's explanation without a finding's particulars (no provider, no findings named). */
function help(id: string, locale: Locale): { help?: { text: string; markdown: string } } {
  const why = explain({ id }, locale);
  return why ? { help: { text: why, markdown: escapeSources(why) } } : {};
}

/**
 * A file as SARIF's `artifactLocation.uri`, which must be a URI reference: a relative path
 * with each segment percent-encoded (spaces, Chinese names), an absolute one as a file URI.
 */
export function artifactUri(file: string): string {
  if (file === '-') {
    return 'stdin';
  }
  if (path.isAbsolute(file) || path.win32.isAbsolute(file)) {
    return pathToFileURL(file).href;
  }
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/**
 * The SARIF log, its run and its results marked to be written in parts (service/lists.ts,
 * `jsonPieces`): `check` writes it a result at a time.
 */
export function toSarif(rows: readonly Row[], locale: Locale): unknown {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  return writtenInParts({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: writtenElementwise([
      writtenInParts({
        tool: {
          driver: {
            name: 'casefacts',
            version: '0.1.0',
            informationUri: 'https://github.com/casefacts/casefacts',
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.id },
              fullDescription: { text: format({ id: 'sarif.fullDescription', args: { id: r.id, section: r.section ?? '' } }, locale) },
              ...help(r.id, locale),
              helpUri: ruleDocUrl(r.id),
              defaultConfiguration: { level: r.severity === 'info' ? 'note' : r.severity },
              properties: { kind: r.kind, ...(r.section ? { section: r.section } : {}), ...(r.sources ? { sources: r.sources } : {}) },
            })),
          },
        },
        // Columns count UTF-16 code units (cli.md), which a consumer cannot assume: say so; and
        // a lone CR ends a line here as in the language (language.md), beyond SARIF's default.
        columnKind: 'utf16CodeUnits',
        newlineSequences: ['\r\n', '\n', '\r'],
        results: writtenElementwise(rows.map((row) => ({
          ruleId: row.code,
          ruleIndex: index.get(row.code) ?? -1,
          level: LEVEL[row.severity],
          message: { text: row.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(row.file) },
                region: { startLine: row.line, startColumn: row.column, endLine: row.endLine, endColumn: row.endColumn },
              },
            },
          ],
        }))),
      }),
    ]),
  });
}
