/**
 * Property 3 (rename): renaming a provider or offender id changes only the
 * id's occurrences (its declaration, the charges and `uses` that name it):
 * never the same word in a name, a note, a comment or a value; the
 * conclusions stay the same up to the name; renaming back restores the text.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseText } from '../../server/src/service/languageService';
import { isRefusal, rename } from '../../server/src/service/navigation';
import { checkRename } from './properties';
import { briefWithMentions, newName } from './renameArbitraries';
import { EXAMPLES, params, SUITE_TIMEOUT } from './support';

suite('property: rename changes only the identifier', function () {
  this.timeout(SUITE_TIMEOUT);

  test('the examples: every id, renamed and back', () => {
    for (const e of EXAMPLES) {
      for (let pick = 0; pick < 4; pick++) {
        checkRename(e.text, pick, 1, 'Renamed');
      }
    }
  });

  test('generated briefs that mention their ids in comments, names and notes', () => {
    fc.assert(fc.property(briefWithMentions, fc.nat(), fc.nat({ max: 8 }), newName, (text, pick, caret, name) => {
      checkRename(text, pick, caret, name);
    }), params(300));
  });

  test('in a Markdown brief, across case blocks, prose untouched', () => {
    const md = fc.tuple(briefWithMentions, fc.nat()).map(([t, cut]) => {
      const lines = t.split(/\r\n|\r|\n/);
      const at = cut % (lines.length + 1);
      return `# Brief\n\nProse naming Qvod and 快播.\n\n\`\`\`case\n${lines.slice(0, at).join('\n')}\n\`\`\`\n\nMore prose.\n\n\`\`\`case\n${lines.slice(at).join('\n')}\n\`\`\`\n`;
    });
    fc.assert(fc.property(md, fc.nat(), fc.nat({ max: 8 }), newName, (text, pick, caret, name) => {
      checkRename(text, pick, caret, name, true);
    }), params(150));
  });

  test('refusals: a taken name, a keyword, two words, a number; and a keyword is not renameable', () => {
    const text = EXAMPLES[0].text;
    const document = TextDocument.create('file:///r.case', 'casefacts', 1, text);
    const parsed = parseText('file:///r.case', 1, text, false);
    const [first, second] = [...parsed.model.providers, ...parsed.model.offenders].map((x) => x.idToken);
    const at = document.positionAt(first.offset);
    for (const bad of [second.value, 'provider', '服务商', 'two words', '123', '2015-11-01', '', '"x"', 'a{b']) {
      const r = rename(document, parsed, at, bad);
      assert.ok(isRefusal(r), `renaming to ${JSON.stringify(bad)} was not refused: ${JSON.stringify(r)}`);
    }
    const keyword = document.positionAt(parsed.doc.blocks[0].keyword.offset);
    assert.ok(isRefusal(rename(document, parsed, keyword, 'Renamed')) || rename(document, parsed, keyword, 'Renamed') === undefined);
  });
});
