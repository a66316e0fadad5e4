/**
 * A case block in a blockquote is edited as the same block out of one: formatting it, and
 * every quick fix on its diagnostics, give the text they give the unquoted block, each line
 * with its `>` (`>` alone on a blank line). Over every example brief.
 */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getCodeActions } from '../../server/src/service/codeActions';
import { formatDocument } from '../../server/src/service/formatter';
import { findingsToDiagnostics, parseText } from '../../server/src/service/languageService';
import { EXAMPLES } from '../property/support';

const uri = 'file:///brief.md';
const fenced = (caseText: string) => `\`\`\`case\n${caseText.replace(/\n?$/, '\n')}\`\`\`\n`;
/** Every line in a blockquote: `> ` (or nested markers) before it, `>` alone on a blank one. */
const quoted = (md: string, markers = '> ') =>
  md.replace(/\n$/, '').split('\n').map((l) => (l === '' ? markers.trimEnd() : `${markers}${l}`)).join('\n') + '\n';
const MARKERS = ['> ', '>> ', '> > '];

const formatted = (md: string) => {
  const document = TextDocument.create(uri, 'markdown', 1, md);
  return TextDocument.applyEdits(document, formatDocument(document, parseText(uri, 1, md, true)));
};

/** Each quick fix's title and the text it leaves, for all the diagnostics of a brief. */
const fixed = (md: string) => {
  const document = TextDocument.create(uri, 'markdown', 1, md);
  const parsed = parseText(uri, 1, md, true);
  const diagnostics = findingsToDiagnostics(parsed, document, { locale: 'en' });
  return getCodeActions(parsed, document, diagnostics, { locale: 'en' }).map((a) => `${a.title}\n${TextDocument.applyEdits(document, a.edit!.changes![uri])}`);
};

suite('a case block in a blockquote is edited as the same block out of one', () => {
  test('formatting, over every example', () => {
    for (const { name, text } of EXAMPLES) {
      const plain = fenced(text);
      for (const m of MARKERS) {
        assert.strictEqual(formatted(quoted(plain, m)), quoted(formatted(plain), m), `${name} in ${m}`);
      }
    }
  });

  test('every quick fix, over every example', () => {
    let lineAdding = 0;
    for (const { name, text } of EXAMPLES) {
      const plain = fenced(text);
      const fixes = fixed(plain);
      lineAdding += fixes.filter((f) => f.split('\n').length - 1 !== plain.split('\n').length).length;
      for (const m of MARKERS) {
        const expected = fixes.map((f) => {
          const [title, ...rest] = f.split('\n');
          return `${title}\n${quoted(rest.join('\n'), m)}`;
        });
        assert.deepStrictEqual(fixed(quoted(plain, m)), expected, `${name} in ${m}`);
      }
    }
    assert.ok(lineAdding > 10, `fixes that add lines among them (${lineAdding})`);
  });
});
