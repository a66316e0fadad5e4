import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CaseRegion, extractCase, hasCaseBlock, updateCase } from '../../server/src/service/markdown';
import { stringSource } from '../../server/src/service/pieceDocument';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getCodeActions } from '../../server/src/service/codeActions';
import { formatDocument } from '../../server/src/service/formatter';
import { findingsToDiagnostics, parseText } from '../../server/src/service/languageService';
import { sortBlockEdits } from '../../server/src/service/sortBlock';
import { doc } from '../helpers/caret';
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
    // (an edit at a line's start, where a `>`, a list marker or a `#` may change what the line is, is declined too)
    randomEdits(['a', '快播', ' ', '', '\n', '```case', '<!--', '-->', '-', '<', '>', '!'], commented, 250);
  });

  test('and edits that may open or close a blockquote or a list item (whose indentation decides what is a fence)', () => {
    const nested = brief.replace(/\n\n/, '\n\n> Quoted facts:\n>\n> ```case\n> provider Quoted {\n>   role caching\n> }\n> ```\n\n- a list item\n\n    ```case\n    provider Listed { role access }\n    ```\n\nProse.\n\n    ```case\n    provider Code { role cachng }\n    ```\n\n');
    assert.deepStrictEqual(['Quoted', 'Listed', 'Code'].map((id) => extractCase(nested).text.includes(`provider ${id}`)), [true, true, false]);
    randomEdits(['a', ' ', '  ', '    ', '', '\n', '>', '> ', '- ', '1. ', '#', '*', '```case', 'x y'], nested, 250);
  });
});

suite('Markdown: fences as CommonMark reads them (containers, indentation, byte order mark)', () => {
  test('a case block in a blockquote is read, its `>` markers blanked; it ends where the quote does', () => {
    const md = '# Brief\n\n> The facts:\n>\n> ```case\n> provider Q {\n>   role cachng\n> }\n> ```\n\n>```case\n>provider R { role caching }\nprovider S { role cachng }\n';
    const { text, regions } = extractCase(md);
    assert.strictEqual(text.length, md.length);
    assert.ok(!/>/.test(text), 'no marker reaches the case text');
    assert.deepStrictEqual(regions.map((r) => r.quoted), [true, true]);
    const { diagnostics, parsed } = check(md, { markdown: true });
    assert.deepStrictEqual(diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`), ['unknown-value 6:9-6:15']);
    assert.strictEqual(covered(md, diagnostics[0]), 'cachng');
    // the second quote has no closing fence: the line without `>` ends the quote and the block
    assert.deepStrictEqual(parsed.model.providers.map((p) => p.id), ['Q', 'R']);
  });

  test('a fence indented four columns is an indented code block, not read; list items indent theirs further', () => {
    const md = [
      'Prose.',                          // 0
      '',                                // 1
      '    ```case',                     // 2  indented code
      '    provider Code { role cachng }', // 3
      '    ```',                         // 4
      '',                                // 5
      '\t```case',                       // 6  a tab: four columns
      '\tprovider Tab { role cachng }',  // 7
      '\t```',                           // 8
      '',                                // 9
      '- ```case',                       // 10 on the item's marker line
      '  provider A { role cachng }',    // 11
      '  ```',                           // 12
      '',                                // 13
      '1.  Facts:',                      // 14 content at column 4
      '    - nested:',                   // 15 content at column 6
      '',                                // 16
      '      ```case',                   // 17 three columns into the nested item
      '      provider B { role cachng }', // 18
      '          ```',                   // 19 four columns in: content, not the closing fence
      '      ```',                       // 20
    ].join('\n') + '\n';
    const { parsed, diagnostics } = check(md, { markdown: true });
    assert.deepStrictEqual(parsed.model.providers.map((p) => p.id), ['A', 'B']);
    assert.deepStrictEqual(only(diagnostics, 'unknown-value').map((d) => d.range.start.line), [11, 18]);
    assert.ok(diagnostics.some((d) => d.code === 'syntax' && d.range.start.line === 19), 'the over-indented fence is a line of the block');
  });

  test('an HTML comment opened in a blockquote or a list item ends with it: a fence after is read', () => {
    for (const open of ['> <!-- a note on the quote', '- <!-- a note in the item']) {
      const md = `${open}\n\n\`\`\`case\nprovider Q { role cachng }\n\`\`\`\n`;
      assert.strictEqual(extractCase(md).regions.length, 1, open);
      assert.strictEqual(covered(md, only(check(md, { markdown: true }).diagnostics, 'unknown-value')[0]), 'cachng');
    }
    // at the top level, the comment runs on to its `-->`
    assert.strictEqual(extractCase('<!-- a note\n\n```case\nprovider Q { role cachng }\n```\n').regions.length, 0);
  });

  test('a byte order mark before the first fence: the block is read, and found', () => {
    const md = '\uFEFF```case\nprovider Q {\n  role cachng\n}\n```\n';
    assert.ok(hasCaseBlock(md));
    const [d] = only(check(md, { markdown: true }).diagnostics, 'unknown-value');
    assert.deepStrictEqual(d.range.start, { line: 2, character: 7 });
  });

  test('fence forms: longer fences, info words, any case, trailing blanks; none inside a ```markdown example', () => {
    const typo = 'provider Q { role cachng }';
    const reads = (md: string) => extractCase(md).regions.map((r) => md.slice(r.start, r.end));
    assert.deepStrictEqual(reads(`\`\`\`\`case\n${typo}\n\`\`\`\nstill in\n\`\`\`\`\n`), [`${typo}\n\`\`\`\nstill in\n`], 'a shorter fence does not close a longer one');
    assert.deepStrictEqual(reads(`\`\`\`case Qvod, first instance\n${typo}\n\`\`\`  \t\nafter\n`), [`${typo}\n`], 'words after case; a closing fence with trailing blanks');
    assert.deepStrictEqual(reads(`~~~CASE\n${typo}\n~~~~\n`), [`${typo}\n`]);
    assert.deepStrictEqual(reads(`\`\`\`case\n${typo}\n\`\`\`\u00a0\nstill in\n\`\`\`\n`), [`${typo}\n\`\`\`\u00a0\nstill in\n`], 'a no-break space is no blank after a closing fence');
    assert.deepStrictEqual(reads(`\`\`\`markdown\n\`\`\`case\n${typo}\n\`\`\`\n\`\`\`\n`), [], 'a brief\'s example of a case block, inside a ```markdown block');
    assert.deepStrictEqual(reads(`\`\`\`\`markdown\n\`\`\`case\n${typo}\n\`\`\`\n\`\`\`\`\n`), []);
    assert.deepStrictEqual(reads('```case\n```\n'), [''], 'an empty block');
  });

  test('every block extractCase reads, hasCaseBlock finds', () => {
    for (const md of ['> ```case\n> x\n> ```\n', '- ```case\nx\n```\n', '1. > ~~~CASEFACTS\n', '> - > ```case\n', '\uFEFF  ```Case title\n']) {
      assert.strictEqual(extractCase(md).regions.length, 1, md);
      assert.ok(hasCaseBlock(md), md);
    }
  });
});

suite('Markdown: edits to a case block in a blockquote keep its `>` markers', () => {
  const md = '> ```case\n> provider Q {\n>     role   cachng\n>   knowledge specific\n> }\n> ```\n\n```case\nprovider P {\n    role   cachng\n}\n```\n';
  const uri = 'file:///brief.md';
  const formatted = (text: string) => {
    const document = doc(text, uri);
    return TextDocument.applyEdits(document, formatDocument(document, parseText(uri, 1, text, true)));
  };
  /** The text after the quick fix of that title for the diagnostics of a code. */
  const fixed = (text: string, code: string, title: string) => {
    const document = doc(text, uri);
    const parsed = parseText(uri, 1, text, true);
    const diagnostics = findingsToDiagnostics(parsed, document, { locale: 'en' }).filter((d) => d.code === code);
    const actions = getCodeActions(parsed, document, diagnostics, { locale: 'en' });
    const action = actions.find((a) => a.title === title);
    assert.ok(action, `${title} among ${actions.map((a) => a.title).join(' | ')}`);
    return TextDocument.applyEdits(document, action.edit!.changes![uri]);
  };

  test('formatting writes the quoted block\'s lines after their markers, as written (`> `, `>>`), and formats the other', () => {
    assert.strictEqual(formatted(md), '> ```case\n> provider Q {\n>   role      cachng\n>   knowledge specific\n> }\n> ```\n\n```case\nprovider P {\n  role cachng\n}\n```\n');
    // a blank line of the quote keeps its `>`; `>x` gets the blank that belongs to the marker,
    // so that formatting twice changes nothing more; nested quotes keep both markers
    const odd = '>> ```case\n>> provider R {   role caching ;  knowledge  none }\n>> provider S {\n>>role  caching\n>>\n>>\n>>      knowledge none\n>>}\n>> ```\n';
    const once = formatted(odd);
    assert.strictEqual(once, '>> ```case\n>> provider R { role caching; knowledge none }\n>> provider S {\n>>   role      caching\n>>\n>>   knowledge none\n>> }\n>> ```\n');
    assert.strictEqual(formatted(once), once);
  });

  test('formatting a quoted block in a list item, and a list item holding a quote', () => {
    const inItem = '> - item\n>   ```case\n>   provider S {\n>         role access\n>   }\n>   ```\n';
    assert.strictEqual(formatted(inItem), '> - item\n>   ```case\n>   provider S {\n>     role access\n>   }\n>   ```\n');
    const quoteInItem = '- > ```case\n  > provider T {\n  > role caching\n  > }\n  > ```\n';
    assert.strictEqual(formatted(quoteInItem), '- > ```case\n  > provider T {\n  >   role caching\n  > }\n  > ```\n');
    for (const text of [inItem, quoteInItem]) {
      assert.strictEqual(extractCase(formatted(text)).regions.length, 1, 'the block is whole');
    }
  });

  test('a quick fix that adds lines writes the markers on each, as the lines around have them', () => {
    const brief = '> ```case\n> provider Chen {\n>   role      storage\n>   knowledge specific\n> }\n>\n> charge Chen art287-2\n> ```\n';
    assert.strictEqual(fixed(brief, 'helping-needs-facts', 'Add the missing facts `industry-rules`, `targeted`, `participation` (state them)'),
      '> ```case\n> provider Chen {\n>   role      storage\n>   knowledge specific\n' +
      '>   industry-rules complied  # to confirm: state the fact as the record shows it\n' +
      '>   targeted  no  # to confirm: state the fact as the record shows it\n' +
      '>   participation none  # to confirm: state the fact as the record shows it\n' +
      '> }\n>\n> charge Chen art287-2\n> ```\n');
    assert.strictEqual(fixed(brief, 'helping-needs-facts', 'Disable helping-needs-facts for this line'),
      '> ```case\n> provider Chen {\n>   role      storage\n>   knowledge specific\n> }\n>\n> # casefacts-disable-next-line helping-needs-facts\n> charge Chen art287-2\n> ```\n');
    // a one-line body broken open, in a nested quote; a block in a list item in a quote
    const nested = '>> ```case\n>> provider Q { role access; knowledge specific }\n>> charge Q art287-2\n>> ```\n';
    assert.strictEqual(fixed(nested, 'helping-needs-facts', 'Add fact `targeted` (state it)'),
      '>> ```case\n>> provider Q { role access; knowledge specific\n>>   targeted no  # to confirm: state the fact as the record shows it\n>> }\n>> charge Q art287-2\n>> ```\n');
    const item = '> - item\n>   ```case\n>   provider Q {\n>     role access\n>     knowledge specific\n>   }\n>   charge Q art287-2\n>   ```\n';
    const added = fixed(item, 'helping-needs-facts', 'Add fact `targeted` (state it)');
    assert.strictEqual(added, item.replace('specific\n', 'specific\n>     targeted no  # to confirm: state the fact as the record shows it\n'));
    // and the fact is read: the finding is gone with all three stated
    const all = fixed(brief, 'helping-needs-facts', 'Add the missing facts `industry-rules`, `targeted`, `participation` (state them)');
    assert.ok(!findingsToDiagnostics(parseText(uri, 2, all, true), doc(all, uri), { locale: 'en' }).some((d) => d.code === 'helping-needs-facts'));
  });

  test('a CRLF brief: the lines a fix adds end in CRLF and carry the markers', () => {
    const brief = '> ```case\r\n> provider Chen {\r\n>   role storage\r\n>   knowledge specific\r\n> }\r\n> charge Chen art287-2\r\n> ```\r\n';
    assert.strictEqual(fixed(brief, 'helping-needs-facts', 'Disable helping-needs-facts for this line'),
      brief.replace('> charge', '> # casefacts-disable-next-line helping-needs-facts\r\n> charge'));
  });

  test('a word fix in the quote changes the word alone', () => {
    assert.strictEqual(fixed(md, 'unknown-value', 'Change to `caching`'), md.replace('role   cachng\n>', 'role   caching\n>'));
  });

  test('sorting a quoted block moves its lines with their markers and aligns them', () => {
    const text = '> ```case\n> provider Q {\n>   # why\n>   knowledge specific\n>role caching\n> }\n> ```\n\n- > ```case\n  > provider T {\n  >   knowledge none\n  > role caching\n  > }\n  > ```\n';
    const sorted = (name: string) => {
      const document = doc(text, uri);
      const edits = sortBlockEdits(document, parseText(uri, 1, text, true), text.indexOf(name));
      assert.ok(edits, name);
      return TextDocument.applyEdits(document, edits);
    };
    assert.strictEqual(sorted('provider Q'), text.replace('>   # why\n>   knowledge specific\n>role caching\n', '>   role      caching\n>   # why\n>   knowledge specific\n'));
    assert.strictEqual(sorted('provider T'), text.replace('  >   knowledge none\n  > role caching\n', '  >   role      caching\n  >   knowledge none\n'));
  });
});

suite('Markdown: formatting a case block in a list item', () => {
  test('a block opened on the item\'s marker line is indented to the fence, so it stays in the item', () => {
    const md = '- ```case\n  provider A {\n      role caching\n  }\n  ```\n\n1. ```case\nprovider B { role  caching }\n   ```\n';
    const document = doc(md, 'file:///brief.md');
    const out = TextDocument.applyEdits(document, formatDocument(document, parseText(document.uri, 1, md, true)));
    assert.strictEqual(out, '- ```case\n  provider A {\n    role caching\n  }\n  ```\n\n1. ```case\n   provider B { role caching }\n   ```\n');
    // as CommonMark reads the result: every line of both blocks inside its item's fence
    assert.deepStrictEqual(extractCase(out).regions.length, 2);
  });

  test('sorting a block there keeps the item\'s indentation', () => {
    const md = '- ```case\n  provider A {\n    knowledge none\n    role caching\n  }\n  ```\n';
    const document = doc(md, 'file:///brief.md');
    const edits = sortBlockEdits(document, parseText(document.uri, 1, md, true), md.indexOf('provider'));
    assert.ok(edits);
    assert.strictEqual(TextDocument.applyEdits(document, edits), '- ```case\n  provider A {\n    role      caching\n    knowledge none\n  }\n  ```\n');
  });
});
