import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseText } from '../../server/src/service/languageService';
import { sortBlockEdits } from '../../server/src/service/sortBlock';
import { caret } from '../helpers/caret';

/** The text after "Sort and align block" at the caret, or undefined when the action is not offered. */
function sorted(marked: string, uri = 'file:///test.case'): string | undefined {
  const c = caret(marked, uri);
  const edits = sortBlockEdits(c.document, parseText(uri, 1, c.text, uri.endsWith('.md')), c.offset);
  return edits && TextDocument.applyEdits(c.document, edits);
}

const lines = (...ls: string[]) => ls.join('\n') + '\n';
const visible = (t: string) => [...t.replace(/\s+/g, '')].sort().join('');

suite('sort and align block', () => {
  test('orders statements as the spec\'s table does, keeping comments with their statement, then aligns', () => {
    const text = lines(
      'provider Qvod {',
      '  profit yes',
      '  # it knew users spread obscene videos',
      '  knowledge specific # from the chats',
      '',
      '  role caching, search',
      '  takedown refused',
      '}',
      'charge Qvod art363',
    );
    assert.strictEqual(sorted(text.replace('role', 'ro|le')), lines(
      'provider Qvod {',
      '  role      caching, search',
      '  # it knew users spread obscene videos',
      '  knowledge specific # from the chats',
      '  takedown  refused',
      '  profit    yes',
      '}',
      'charge Qvod art363',
    ));
  });

  test('Chinese keys sort by the same table and align by display width', () => {
    const text = lines('服务商 张某 ｛', '  行业规定：违反', '  明知：明知', '  类型：传输，存储', '｝');
    assert.strictEqual(sorted('|' + text), lines('服务商 张某 ｛', '  类型：    传输，存储', '  明知：    明知', '  行业规定：违反', '｝'));
  });

  test('unknown keys go last and duplicates keep their order; nothing but whitespace changes', () => {
    const text = lines('charge Q art363 {', '  bogus x', '  basis "b1"', '  court convicted', '  basis "b2"', '  # trailing comment', '}');
    const out = sorted(text.replace('court', 'co|urt'));
    assert.strictEqual(out, lines('charge Q art363 {', '  court convicted', '  basis "b1"', '  basis "b2"', '  bogus x', '  # trailing comment', '}'));
    assert.strictEqual(visible(out ?? ''), visible(text));
  });

  test('keeps CRLF line ends', () => {
    assert.strictEqual(sorted('evidence {\r\n  authentication sound\r\n  seized 3|\r\n}\r\n'), 'evidence {\r\n  seized         3\r\n  authentication sound\r\n}\r\n');
  });

  test('works on a case block of a Markdown brief, leaving the prose alone', () => {
    const md = 'Prose   \n\n```case\nprovider P {\n  profit yes\n  role link|\n}\n```\n';
    assert.strictEqual(sorted(md, 'file:///brief.md'), 'Prose   \n\n```case\nprovider P {\n  role   link\n  profit yes\n}\n```\n');
  });

  test('in a fence indented in a list item, the block keeps the fence\'s indentation; blank lines and CRLF as in a .case file', () => {
    const md = '1. Facts:\r\n\r\n   ```case\r\n   provider P {\r\n     profit yes\r\n\r\n     role link|\r\n   }\r\n   charge P art287-2\r\n   ```\r\n\r\nMore prose\r\n';
    assert.strictEqual(sorted(md, 'file:///brief.md'),
      '1. Facts:\r\n\r\n   ```case\r\n   provider P {\r\n     role   link\r\n     profit yes\r\n   }\r\n   charge P art287-2\r\n   ```\r\n\r\nMore prose\r\n');
  });

  test('not offered when there is nothing to do or it could not be done safely', () => {
    const cases = [
      lines('provider P {', '  role|   link', '  profit yes', '}'), // already sorted and aligned
      'charge Z art287-2 { court convicted; reason tech-user| }\n', // a one-line body
      lines('provider P {', '  profit yes; role| link', '}'), // two statements on a line
      lines('provider P {', '  profit yes,,', '  role| link', '}'), // a syntax error in the block
      lines('provider P { profit yes', '  role| link', '}'), // a statement on the header line
      lines('provider P {', '  profit yes', '  role link', '}', '|'), // outside every block
    ];
    for (const text of cases) {
      assert.strictEqual(sorted(text), undefined, text);
    }
    // a disable comment after a statement silences the line below, which sorting would change
    assert.strictEqual(sorted(lines('provider X {', '  targeted| yes # casefacts-disable-next-line', '  role platform', '}')), undefined);
    // in a Markdown brief, a body that runs from one case block into the next, across prose
    const across = lines('# Brief', '', '```case', 'provider X {', '  targeted| no', '```', 'Prose that must survive.', '```case', '  role caching', '}', '```');
    assert.strictEqual(sorted(across, 'file:///brief.md'), undefined);
  });

  test('on every block of the examples: the same characters, the same findings, and sorting again changes nothing', () => {
    const dirs = ['/work/shared/acceptance/cases', path.resolve(__dirname, '..', '..', 'examples')].filter((d) => fs.existsSync(d));
    const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => /\.(case|md)$/.test(f)).map((f) => path.join(d, f)));
    assert.ok(files.length >= 7);
    let changed = 0;
    for (const file of files) {
      const uri = file.endsWith('.md') ? 'file:///brief.md' : 'file:///test.case';
      const text = fs.readFileSync(file, 'utf8');
      for (const block of parseText(uri, 1, text, uri.endsWith('.md')).doc.blocks) {
        const out = sorted(text.slice(0, block.offset) + '|' + text.slice(block.offset), uri);
        if (out === undefined) {
          continue;
        }
        changed++;
        assert.strictEqual(visible(out), visible(text), file);
        const facts = (t: string) => parseText(uri, 1, t, uri.endsWith('.md')).findings.map((f) => f.code).sort();
        assert.deepStrictEqual(facts(out), facts(text), file);
        assert.strictEqual(sorted(out.slice(0, block.offset) + '|' + out.slice(block.offset), uri), undefined, file);
      }
    }
    assert.ok(changed > 0, 'some example block is out of order');
  });
});
