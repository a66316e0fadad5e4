import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CaseRegion, extractCase, hasCaseBlock, updateCase } from '../../server/src/service/markdown';
import { stringSource } from '../../server/src/service/pieceDocument';
import { check, covered, only } from './util';

suite('literate briefs (Markdown)', () => {
  const md = [
    '# Brief',                         // 0
    '',                                // 1
    '```case',                         // 2
    'provider Qvod {',                 // 3
    '  role cachng',                   // 4
    '}',                               // 5
    '```',                             // 6
    'Prose with `provider` words { and } braces.', // 7
    '```js',                           // 8
    'provider X {',                    // 9
    '```',                             // 10
    '~~~case',                         // 11
    'offender O { offense art363; uses Qvod }', // 12
    '~~~',                             // 13
  ].join('\n');

  test('every ```case block is read together as one document; the rest is blank', () => {
    const { text, regions } = extractCase(md);
    assert.strictEqual(text.length, md.length);
    assert.strictEqual(regions.length, 2);
    assert.ok(!text.includes('Prose'));
    assert.ok(!text.includes('provider X'));
    assert.ok(hasCaseBlock(md));
    assert.ok(!hasCaseBlock('```js\nx\n```'));
  });

  test('diagnostics land on the Markdown lines and columns', () => {
    const { diagnostics, parsed } = check(md, { markdown: true });
    const [d] = only(diagnostics, 'unknown-value');
    assert.deepStrictEqual(d.range, { start: { line: 4, character: 7 }, end: { line: 4, character: 13 } });
    assert.strictEqual(covered(md, d), 'cachng');
    // The offender in the second block uses the provider of the first.
    assert.ok(!diagnostics.some((x) => x.code === 'undefined-reference'));
    assert.strictEqual(parsed.model.offenders.length, 1);
  });

  test('CRLF Markdown keeps its positions', () => {
    const crlf = md.replace(/\n/g, '\r\n');
    const [d] = only(check(crlf, { markdown: true }).diagnostics, 'unknown-value');
    assert.deepStrictEqual(d.range.start, { line: 4, character: 7 });
  });

  test('an unclosed fence runs to the end of the file', () => {
    const { regions } = extractCase('text\n```case\nprovider P { role access }\n');
    assert.strictEqual(regions.length, 1);
  });
});

suite('Markdown: comments', () => {
  test('a case block inside an HTML comment is not read; one after the comment is', () => {
    const md = 'Intro.\n\n<!--\n```case\nprovider Old { role cachng }\n```\n-->\n\n  <!-- a one-line comment --> \n```case\nprovider P { role caching }\n```\n    <!-- indented four: code, no comment\n```case\nprovider Q { role caching }\n```\n';
    const { text, regions } = extractCase(md);
    assert.strictEqual(regions.length, 2);
    assert.ok(!text.includes('Old') && text.includes('provider P') && text.includes('provider Q'));
    assert.strictEqual(text.length, md.length);
    const { diagnostics } = check(md, { markdown: true });
    assert.ok(!diagnostics.some((d) => d.code === 'unknown-value'), 'the commented-out typo is not reported');
  });
});

suite('Markdown: the case text of an edited brief', () => {
  const brief = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'qvod-brief.md'), 'utf8');
  const randomEdits = (pieces: readonly string[], brief0: string, minAnswered: number) => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    let raw = brief0;
    const previous = (x: { text: string; regions: readonly CaseRegion[] }, md: string) => ({ source: stringSource(md), caseSource: stringSource(x.text), regions: x.regions });
    let prev = previous(extractCase(raw), raw);
    let answered = 0;
    for (let i = 0; i < 2000; i++) {
      const start = Math.floor(random() * (raw.length + 1));
      const oldEnd = Math.min(raw.length, start + (random() < 0.5 ? 0 : Math.floor(random() * 3)));
      const piece = pieces[Math.floor(random() * pieces.length)];
      const next = raw.slice(0, start) + piece + raw.slice(oldEnd);
      const edit = { start, oldEnd, newEnd: start + piece.length, delta: piece.length - (oldEnd - start) };
      const got = updateCase(prev, next, edit);
      const fresh = extractCase(next);
      if (got) {
        answered++;
        assert.deepStrictEqual({ text: got.text.text, regions: got.regions }, fresh, `edit ${i}: ${JSON.stringify(piece)} at ${start}`);
      }
      if (/[`~\n]/.test(piece) || /[`~\n]/.test(raw.slice(start, oldEnd))) {
        assert.strictEqual(got, undefined, 'a backtick, tilde or line break is left to a fresh extraction');
      }
      raw = next;
      // the next edit starts from the updated case text where there is one (pieces upon pieces)
      prev = got ? { source: stringSource(raw), caseSource: got.text, regions: got.regions } : previous(fresh, raw);
    }
    assert.ok(answered > minAnswered, `updateCase answered ${answered} of 2000 edits`);
  };

  test('updateCase, where it answers, gives what extracting afresh gives; it declines edits that may move a fence', () => {
    randomEdits(['a', '快播', ' ', '', 'x y', '`', '~', '\n', '```case', '"'], brief, 800);
  });

  test('and edits that may open or close an HTML comment (which hides the fences inside it)', () => {
    // one comment around a case block, one on a line of its own; the pieces make and break more
    const commented = brief.replace('```case', '<!-- an earlier draft:\n```case\nprovider Old { role cachng }\n```\n-->\n```case').replace(/\n\n/, '\n\n<!-- a note to self -->\n\n');
    assert.ok(commented.includes('<!-- an earlier draft') && commented.includes('<!-- a note to self -->'));
    randomEdits(['a', '快播', ' ', '', '\n', '```case', '<!--', '-->', '-', '<', '>', '!'], commented, 300);
  });
});
