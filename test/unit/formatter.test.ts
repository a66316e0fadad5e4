import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { formatDocument } from '../../server/src/service/formatter';
import { parseText } from '../../server/src/service/languageService';
import { doc } from '../helpers/caret';

/** The text after formatting (the whole document, or the lines a range touches). */
function fmt(text: string, uri = 'file:///test.case', range?: Range): string {
  const document = doc(text, uri);
  const edits = formatDocument(document, parseText(uri, 1, text, uri.endsWith('.md')), range);
  return TextDocument.applyEdits(document, edits);
}

const visible = (text: string) => text.replace(/\s+/g, '');

/** Lossless and idempotent: the two promises the formatter makes on any input. */
function assertSafe(text: string, uri = 'file:///test.case'): string {
  const once = fmt(text, uri);
  assert.strictEqual(visible(once), visible(text), 'formatting changed a non-whitespace character');
  assert.strictEqual(fmt(once, uri), once, 'formatting twice changed the text again');
  return once;
}

const lines = (...ls: string[]) => ls.join('\n') + '\n';

suite('formatter: canonical layout', () => {
  test('indents bodies by two spaces, one space between header words, values aligned in a column', () => {
    const messy = lines(
      '   provider   Qvod    "深圳快播公司"{',
      'role caching ,search',
      '        knowledge    specific',
      '\tindustry-rules complied',
      '  }',
    );
    assert.strictEqual(fmt(messy), lines(
      'provider Qvod "深圳快播公司" {',
      '  role           caching, search',
      '  knowledge      specific',
      '  industry-rules complied',
      '}',
    ));
  });

  test('aligns Chinese keys by display width and keeps full-width punctuation as written', () => {
    const text = lines('服务商 张某 ｛', '  类型：传输，存储', '  明知：明知', '  行业规定：违反  “改号软件”', '｝');
    assert.strictEqual(fmt(text), lines(
      '服务商 张某 ｛',
      '  类型：    传输，存储',
      '  明知：    明知',
      '  行业规定：违反 “改号软件”',
      '｝',
    ));
  });

  test('mixes colons and no colons: a written colon stays, none is added', () => {
    const text = lines('charge Qvod art363 {', '  court: convicted', '  reason tech-user,principal-act', '}');
    assert.strictEqual(fmt(text), lines(
      'charge Qvod art363 {',
      '  court: convicted',
      '  reason tech-user, principal-act',
      '}',
    ));
  });

  test('notes and trailing comments keep one space before them', () => {
    const text = lines('evidence {', '  seized 21251   "files on 3 servers"# counted by police   ', '  access-count unknown//c', '}');
    assert.strictEqual(fmt(text), lines(
      'evidence {',
      '  seized       21251 "files on 3 servers" # counted by police',
      '  access-count unknown //c',
      '}',
    ));
  });

  test('a one-line body stays on one line', () => {
    assert.strictEqual(fmt('charge   Zhang art287-2 {court convicted}\n'), 'charge Zhang art287-2 { court convicted }\n');
    assert.strictEqual(
      fmt('case "杨某案" { court "宾阳县人民法院" ;docket "149号" }\n'),
      'case "杨某案" { court "宾阳县人民法院"; docket "149号" }\n',
    );
  });

  test('comment lines take the indentation of where they stand', () => {
    const text = lines('   # the provider', 'provider P {', '# its role', 'role access', '}');
    assert.strictEqual(fmt(text), lines('# the provider', 'provider P {', '  # its role', '  role access', '}'));
  });

  test('collapses blank lines to one, drops them at the start and end, ends with one newline', () => {
    const text = '\n\nprovider P {\n  role access\n}\n\n\n\ncharge P art287-2\n\n\n';
    assert.strictEqual(fmt(text), 'provider P {\n  role access\n}\n\ncharge P art287-2\n');
    assert.strictEqual(fmt('charge P art287-2'), 'charge P art287-2\n');
  });

  test('keeps CRLF and CR line endings', () => {
    assert.strictEqual(fmt('provider P {\r\nrole  access\r\n}'), 'provider P {\r\n  role access\r\n}\r\n');
    assert.strictEqual(fmt('provider P {\rrole  access\r}\r\r\r'), 'provider P {\r  role access\r}\r');
  });

  test('leaves lines with syntax errors exactly as written and formats the rest', () => {
    const text = lines('provider P {', '   role   access,,  search', 'knowledge   specific', '  notice "unterminated   ', '}');
    assert.strictEqual(fmt(text), lines(
      'provider P {',
      '   role   access,,  search',
      '  knowledge specific',
      '  notice "unterminated   ',
      '}',
    ));
  });

  test('a statement on an error line does not widen the column', () => {
    const text = lines('provider P {', '  role access', '  industry-rules ? complied', '  profit yes', '}');
    assert.strictEqual(fmt(text), lines('provider P {', '  role   access', '  industry-rules ? complied', '  profit yes', '}'));
  });

  test('range formatting changes only the lines the range touches', () => {
    const text = lines('provider P {', 'role    access', 'knowledge   specific', 'profit yes', '}');
    const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } };
    assert.strictEqual(fmt(text, 'file:///test.case', range), lines(
      'provider P {',
      'role    access',
      '  knowledge specific',
      'profit yes',
      '}',
    ));
  });

  test('a selection of whole lines does not reach into the line after it', () => {
    const text = lines('provider P {', 'role    access', 'knowledge   specific', '}');
    const range = { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } };
    assert.strictEqual(fmt(text, 'file:///test.case', range), lines('provider P {', '  role      access', 'knowledge   specific', '}'));
  });

  test('in a Markdown brief only the case blocks change, at the fence\'s indentation', () => {
    const md = [
      '# Brief   ',
      '',
      '',
      '```case',
      'provider   Qvod {',
      'role caching',
      '}',
      '```',
      '',
      '- a list item   ',
      '  ```case',
      '  charge Qvod   art363 {court convicted}',
      '  ```',
      '',
    ].join('\n');
    assert.strictEqual(fmt(md, 'file:///brief.md'), [
      '# Brief   ',
      '',
      '',
      '```case',
      'provider Qvod {',
      '  role caching',
      '}',
      '```',
      '',
      '- a list item   ',
      '  ```case',
      '  charge Qvod art363 { court convicted }',
      '  ```',
      '',
    ].join('\n'));
  });

  test('returns no edits for a canonical document, and one edit per changed line', () => {
    const text = lines('provider P {', '  role access', '}');
    const document = doc(text);
    assert.deepStrictEqual(formatDocument(document, parseText(document.uri, 1, text, false)), []);
    const messy = lines('provider P {', 'role access', '}');
    const edits = formatDocument(doc(messy), parseText('file:///test.case', 1, messy, false));
    assert.deepStrictEqual(edits, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 11 } }, newText: '  role access' }]);
  });
});

const ROOT = path.resolve(__dirname, '..', '..');
const CORPUS_DIRS = ['/work/shared/acceptance/cases', path.join(ROOT, 'examples')];

function corpus(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) {
      return;
    }
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(p);
      } else if (/\.(case|md)$/.test(entry.name)) {
        out.push({ name: p, text: fs.readFileSync(p, 'utf8') });
      }
    }
  };
  CORPUS_DIRS.forEach(walk);
  return out;
}

suite('formatter: lossless and idempotent', () => {
  const files = corpus();

  test('the corpus is there', () => {
    assert.ok(files.length >= 7, `expected the acceptance cases, found ${files.length} files`);
  });

  for (const file of files) {
    test(`${path.basename(file.name)}`, () => {
      const uri = file.name.endsWith('.md') ? 'file:///brief.md' : 'file:///test.case';
      assertSafe(file.text, uri);
    });
  }

  test('mutations of the corpus: duplicated, deleted and shuffled lines, random whitespace and line ends', () => {
    const whitespace = fc.constantFrom(' ', '  ', '\t', '\u3000', '\n', '\r\n', '\r', '\n\n');
    const mutation = fc.oneof(
      fc.record({ op: fc.constant('dup' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('del' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('swap' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('space' as const), at: fc.nat(), ws: whitespace }),
      fc.record({ op: fc.constant('unspace' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('char' as const), at: fc.nat(), ch: fc.constantFrom('{', '}', '｝', ',', '，', ':', '"', '#', '?', ';') }),
    );
    const mutate = (text: string, muts: { op: string; at: number; ws?: string; ch?: string }[]) => {
      for (const m of muts) {
        const ls = text.split('\n');
        const i = ls.length === 0 ? 0 : m.at % ls.length;
        const c = text.length === 0 ? 0 : m.at % text.length;
        if (m.op === 'dup') {
          ls.splice(i, 0, ls[i]);
          text = ls.join('\n');
        } else if (m.op === 'del') {
          ls.splice(i, 1);
          text = ls.join('\n');
        } else if (m.op === 'swap' && ls.length > 1) {
          const j = (i + 1) % ls.length;
          [ls[i], ls[j]] = [ls[j], ls[i]];
          text = ls.join('\n');
        } else if (m.op === 'space') {
          text = text.slice(0, c) + m.ws + text.slice(c);
        } else if (m.op === 'unspace') {
          const next = text.slice(c).search(/[ \t]+/);
          if (next >= 0) {
            text = text.slice(0, c + next) + text.slice(c + next).replace(/^[ \t]+/, '');
          }
        } else if (m.op === 'char') {
          text = text.slice(0, c) + m.ch + text.slice(c);
        }
      }
      return text;
    };
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 8 }), (file, muts) => {
        const uri = file.name.endsWith('.md') ? 'file:///brief.md' : 'file:///test.case';
        assertSafe(mutate(file.text, muts), uri);
      }),
      { numRuns: 600 },
    );
  });

  test('generated Markdown briefs: text around the blocks is never touched', () => {
    const cases = files.filter((f) => f.name.endsWith('.case'));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...cases), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '  ', '\t'), (picked, indent) => {
        const md = picked.map((f) => `Para  about ${path.basename(f.name)}  \n\n${indent}\`\`\`case\n${f.text}\n${indent}\`\`\`\n`).join('\n');
        const once = assertSafe(md, 'file:///brief.md');
        const prose = (t: string) => t.split('\n').filter((l) => l.startsWith('Para') || l.trim().startsWith('```'));
        assert.deepStrictEqual(prose(once), prose(md));
      }),
      { numRuns: 100 },
    );
  });
});

suite('formatter: regressions found by fuzzing', () => {
  test('a blank first line after a byte order mark goes, the mark stays', () => {
    assert.strictEqual(fmt('\uFEFF\nprovider X {\n  role caching\n}\n'), '\uFEFFprovider X {\n  role caching\n}\n');
  });

  test('a Markdown brief ending on an opening fence, with no line break after it, keeps the fence', () => {
    for (const text of ['# Brief\n\n```case', '```case', 'Unclosed:\n\n~~~case', '# B\n\n```case\nprovider X { role caching }\n```\n\nMore:\n\n```case']) {
      assert.strictEqual(assertSafe(text, 'file:///brief.md'), text, 'already canonical: nothing to change, and the last fence stays');
      const end = doc(text, 'file:///brief.md').positionAt(text.length);
      assert.strictEqual(visible(fmt(text, 'file:///brief.md', { start: end, end })), visible(text), 'a range at the end');
    }
  });

  test('a comment ending in U+2028 keeps it (trimEnd would drop it)', () => {
    const text = 'provider P {\n  role access #\u2028\n}\n';
    const out = fmt(text);
    assert.ok(out.includes('#\u2028'), JSON.stringify(out));
    assert.strictEqual(fmt(out), out);
  });
});
