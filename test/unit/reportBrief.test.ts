/**
 * "Show Liability Report" and the report that follows the active editor take a
 * Markdown brief exactly when the server checks its case blocks: a brief whose
 * blocks get diagnostics gets a report, a fence the server skips does not.
 */
import * as assert from 'assert';
import { isBriefDocument } from '../../client/src/report/brief';
import { check, codes } from './util';

const block = (open: string, close = '```') => `# Brief\n\nProse.\n\n${open}\nprovider Qvod {\n  role cachng\n}\n${close}\n`;

suite('report: which Markdown documents are briefs', () => {
  const cases: { name: string; md: string; brief: boolean }[] = [
    { name: '```case', md: block('```case'), brief: true },
    { name: '~~~case', md: block('~~~case', '~~~'), brief: true },
    { name: '```casefacts', md: block('```casefacts'), brief: true },
    { name: '```CASE', md: block('```CASE'), brief: true },
    { name: 'a fence indented three spaces', md: block('   ```case'), brief: true },
    { name: 'a fence indented by a tab (four columns: an indented code block, as CommonMark reads it)', md: block('\t```case'), brief: false },
    { name: 'a ```case block in a blockquote', md: '> ```case\n> provider Qvod {\n>   role cachng\n> }\n> ```\n', brief: true },
    { name: '```case-study (another language)', md: block('```case-study'), brief: false },
    { name: 'a ```case block inside an HTML comment', md: `<!--\n${block('```case')}-->\n`, brief: false },
    { name: 'prose only', md: '# Notes\n\nThe case of Qvod.\n', brief: false },
  ];
  for (const c of cases) {
    test(`${c.name}: ${c.brief ? 'checked by the server and reported' : 'neither checked nor reported'}`, () => {
      // what the server checks: the typo in the block is an error only where it reads a block
      assert.strictEqual(codes(check(c.md, { markdown: true }).diagnostics).includes('unknown-value'), c.brief, 'the server');
      assert.strictEqual(isBriefDocument('markdown', 'file', () => c.md), c.brief, 'the report');
    });
  }

  test('a .case document always is one; Markdown only from a file or an untitled editor', () => {
    assert.ok(isBriefDocument('casefacts', 'git', () => ''));
    assert.ok(isBriefDocument('markdown', 'untitled', () => block('```case')));
    assert.ok(!isBriefDocument('markdown', 'git', () => block('```case')));
    assert.ok(!isBriefDocument('plaintext', 'file', () => block('```case')));
  });
});
