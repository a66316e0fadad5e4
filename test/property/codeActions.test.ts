/**
 * Property: a quick fix never writes over words it was not made for. The editor may ask
 * with the diagnostics of an older version of the text (it did not move them with the
 * edits), or with columns counted otherwise; whatever it sends, every replacement an
 * action offers covers exactly the range of a finding of the current text.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getCodeActions } from '../../server/src/service/codeActions';
import { findingsToDiagnostics, parseText } from '../../server/src/service/languageService';
import { applyMutation, mutatedBrief, mutation } from './generators';
import { params, SUITE_TIMEOUT } from './support';

const URI = 'file:///fix.case';

suite('property: quick fixes edit only what the current text is wrong about', function () {
  this.timeout(SUITE_TIMEOUT);
  test('diagnostics of an older version, sent after random edits', () => {
    const versions = mutatedBrief.chain((older) =>
      fc.array(mutation(older.length * 2), { minLength: 1, maxLength: 3 }).map((ms) => [older, ms.reduce(applyMutation, older)] as const));
    fc.assert(fc.property(versions, ([older, now]) => {
      const before = TextDocument.create(URI, 'casefacts', 1, older);
      const stale = findingsToDiagnostics(parseText(URI, 1, older, false), before, { locale: 'en' });
      const document = TextDocument.create(URI, 'casefacts', 2, now);
      const parsed = parseText(URI, 2, now, false);
      const ranges = new Set(parsed.findings.map((f) => `${f.offset}:${f.offset + f.length}`));
      for (const action of getCodeActions(parsed, document, stale, { locale: 'en' })) {
        for (const edit of action.edit?.changes?.[URI] ?? []) {
          const start = document.offsetAt(edit.range.start);
          const end = document.offsetAt(edit.range.end);
          // an insertion (a fact, a comment) replaces nothing, or only the blanks before a one-line
          // body's `}`; a replacement, only a finding's words
          assert.ok(now.slice(start, end).trim() === '' || ranges.has(`${start}:${end}`),
            `"${action.title}" replaces ${JSON.stringify(now.slice(start, end))}, which no finding covers`);
        }
      }
    }), params(300));
  });
});
