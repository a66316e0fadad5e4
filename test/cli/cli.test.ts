/** `casefacts check|analyze|format` as a user runs it: outputs, formats, exit codes, clear errors. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT } from '../helpers/lspClient';
import { checkRows } from '../../server/src/cli/main';
import { renderAnalysisText } from '../../server/src/cli/text';
import type { Locale } from '../../server/src/service/i18n/messages';
import { findingsToDiagnostics, parseText } from '../../server/src/service/languageService';
import { renderHtml } from '../../server/src/service/report/html';
import { renderMarkdown } from '../../server/src/service/report/markdown';
import { buildReport, reportJson } from '../../server/src/service/report/report';
import type { Level } from '../../server/src/service/rules/meta';
import { checkOutputWhole } from '../helpers/checkOutput';

const CLI = path.join(ROOT, 'bin', 'casefacts');
const run = (args: string[], input?: string | Buffer, cwd = ROOT) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', timeout: 30000 });
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-cli-'));

suite('CLI: check', () => {
  test('text: path:line:col: severity code: message, then a summary; exit 0 without errors', () => {
    const r = run(['check', 'examples/01-qvod.case']);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^examples\/01-qvod\.case:25:20: warning omission-dissemination: Dissemination by omission/m);
    assert.match(r.stdout, /0 error\(s\), \d+ warning\(s\), \d+ info in 1 file\(s\)\n$/);
  });

  test('json: the message is the one-line headline citing the section; the argument is left to hover and report', () => {
    const r = run(['check', '--format', 'json', 'examples/01-qvod.case']);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    const row = rows.find((x) => x.code === 'omission-dissemination')!;
    assert.deepStrictEqual(Object.keys(row), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
    assert.strictEqual(row.message, 'Dissemination by omission: the paper argues punishing an impure omission here strains the legality principle (I.(一))');
    for (const x of rows) {
      assert.match(String(x.message), /^[^\n]+ \([^\n]*(I|II|III)[.–][^\n]*\)$/, `${String(x.code)}: ${String(x.message)}`);
      assert.doesNotMatch(String(x.message), /\[\d+\]\(P/, 'no sources in a headline');
    }
    const zh = JSON.parse(run(['check', '--format', 'json', '--locale', 'zh-CN', 'examples/01-qvod.case']).stdout) as Record<string, unknown>[];
    assert.strictEqual(zh.find((x) => x.code === 'omission-dissemination')!.message, '以不作为方式传播：论文认为在此处罚不真正不作为有违罪刑法定原则（一（一））');
    const host = JSON.parse(run(['check', '--format', 'json', '-'], 'provider Host {\n  role storage\n  notice none\n}\ncharge Host art364\n').stdout) as Record<string, unknown>[];
    assert.strictEqual(host.find((x) => x.code === 'no-general-monitoring')!.message, 'storage provider without a notice: no general monitoring duty (II.(二).1, .3, summary)');
  });

  test('json: the fields of cli.md, columns in UTF-16 plus one', () => {
    const r = run(['check', '--format', 'json', '-'], '服务商 快播 { 类型：缓存，平台 }\n');
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    const row = rows.find((x) => x.code === 'imprecise-role')!;
    assert.deepStrictEqual(
      { file: row.file, line: row.line, column: row.column, endLine: row.endLine, endColumn: row.endColumn, severity: row.severity },
      { file: '-', line: 1, column: 16, endLine: 1, endColumn: 18, severity: 'warning' },
    );
  });

  test('exit 1 on an error; --rule turns it down; --max-warnings counts warnings', () => {
    assert.strictEqual(run(['check', '-'], 'provider P {\n  role cachng\n}\n').status, 1);
    assert.strictEqual(run(['check', '--rule', 'unknown-value=warning', '-'], 'provider P {\n  role cachng\n}\n').status, 0);
    assert.strictEqual(run(['check', '--rule', 'unknown-value=warning', '--max-warnings', '0', '-'], 'provider P {\n  role cachng\n}\n').status, 1);
  });

  test('--locale zh-CN: Chinese messages, English ids and severities', () => {
    const r = run(['check', '--locale', 'zh-CN', '--format', 'json', 'examples/01-qvod.case']);
    const row = (JSON.parse(r.stdout) as { code: string; severity: string; message: string }[]).find((x) => x.code === 'omission-dissemination')!;
    assert.strictEqual(row.severity, 'warning');
    assert.match(row.message, /不作为/);
  });

  test('a directory is searched for .case files and Markdown briefs with case blocks', () => {
    const r = run(['check', '--format', 'json', 'examples']);
    const files = new Set((JSON.parse(r.stdout) as { file: string }[]).map((x) => x.file));
    assert.ok(files.has('examples/qvod-brief.md'));
    assert.ok(files.has('examples/01-qvod.case'));
    // as the README says: hidden files and folders and node_modules are passed over
    const dir = tmp();
    for (const sub of ['.git', 'node_modules', 'briefs']) {
      fs.mkdirSync(path.join(dir, sub));
      fs.writeFileSync(path.join(dir, sub, 'a.case'), 'provider P {\n  role cachng\n}\n');
    }
    fs.writeFileSync(path.join(dir, '.draft.case'), 'provider P {\n  role cachng\n}\n');
    const found = (JSON.parse(run(['check', '--format', 'json', dir]).stdout) as { file: string }[]).map((x) => path.relative(dir, x.file));
    assert.deepStrictEqual(found, [path.join('briefs', 'a.case')]);
    assert.match(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'), /a directory \(searched for both, passing over\s+hidden files and folders, `node_modules`, and links that lead out of it\)/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a link in a searched directory to a file or folder outside it is not read (a CI log would quote it)', () => {
    const outside = tmp();
    fs.writeFileSync(path.join(outside, 'credentials'), 'https://user:TOKEN123@github.com\n');
    fs.mkdirSync(path.join(outside, 'private'));
    fs.writeFileSync(path.join(outside, 'private', 'other.case'), 'secret-word\n');
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'briefs'));
    fs.writeFileSync(path.join(dir, 'briefs', 'a.case'), 'provider P {\n  role cachng\n}\n');
    fs.symlinkSync(path.join(outside, 'credentials'), path.join(dir, 'leak.case'));
    fs.symlinkSync(path.join(outside, 'private'), path.join(dir, 'elsewhere'));
    fs.symlinkSync(path.join(dir, 'briefs', 'a.case'), path.join(dir, 'same.case')); // inside: followed (and counted once)
    fs.symlinkSync('briefs', path.join(dir, 'also'));
    const r = run(['check', '--format', 'json', dir]);
    const rows = JSON.parse(r.stdout) as { file: string; message: string }[];
    assert.doesNotMatch(r.stdout, /https|TOKEN|secret/);
    const files = [...new Set(rows.map((x) => x.file))];
    assert.strictEqual(files.length, 1, files.join(', '));
    assert.strictEqual(fs.realpathSync(files[0]), fs.realpathSync(path.join(dir, 'briefs', 'a.case')));
    // a link named on the command line is the user's own choice, and is read
    assert.match(run(['check', path.join(dir, 'leak.case')]).stdout, /Unknown block "https"/);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  test('text: one line per diagnostic, though the file holds a line separator (U+2028) or a zero-width joiner', () => {
    const r = run(['check', '-'], 'provider Q\u200d {\n  role caching \u2028\n}\n');
    assert.strictEqual(r.status, 1);
    assert.strictEqual(r.stdout, [
      '-:1:11: error syntax: Unexpected invisible character U+200D: delete it.',
      '-:2:16: error syntax: Unexpected invisible character U+2028: delete it.',
      '2 error(s), 0 warning(s), 0 info in 1 file(s)',
      '',
    ].join('\n'));
  });

  test('a Markdown file named without a case block: a note on stderr that nothing was checked, exit 0', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'brief.md'), '# Brief\n\n    ```case\n    provider Q { role cachng }\n    ```\n');
    for (const [args, note] of [
      [['check', 'brief.md'], 'casefacts: brief.md: no ```case block, nothing checked (a fence indented four spaces is code, not a case block)\n'],
      [['analyze', '--locale', 'zh-CN', 'brief.md'], 'casefacts: brief.md：没有 ```case 代码块，未作检查（缩进四个空格的围栏是代码，不是案件块）\n'],
    ] as const) {
      const r = run([...args], undefined, dir);
      assert.strictEqual(r.status, 0);
      assert.strictEqual(r.stderr, note);
    }
    assert.strictEqual(run(['check', 'examples/qvod-brief.md']).stderr, '', 'no note for a brief with blocks');
  });

  test('a directory of mixed files: briefs saved with a byte order mark, in CRLF, a blockquoted block; not prose, code or binaries', () => {
    const dir = tmp();
    const typo = 'provider Q {\n  role cachng\n}\n';
    fs.writeFileSync(path.join(dir, 'bom.md'), '\uFEFF```case\n' + typo + '```\n'); // Windows Notepad's UTF-8
    fs.writeFileSync(path.join(dir, 'crlf.case'), ('\uFEFF' + typo).replace(/\n/g, '\r\n'));
    fs.writeFileSync(path.join(dir, 'quoted.md'), '> Facts:\n>\n' + ('```case\n' + typo + '```').replace(/^/gm, '> ') + '\n');
    fs.writeFileSync(path.join(dir, 'code.md'), 'Example:\n\n    ```case\n    ' + typo.replace(/\n(?!$)/g, '\n    ') + '    ```\n');
    fs.writeFileSync(path.join(dir, 'prose.md'), '# Notes\n');
    fs.writeFileSync(path.join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    fs.writeFileSync(path.join(dir, 'notes.txt'), typo);
    const r = run(['check', dir], undefined, dir);
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.status, 1);
    const where = (name: string, line: number, col: number) => `${path.join(dir, name)}:${line}:${col}: error unknown-value:`;
    assert.deepStrictEqual(r.stdout.split('\n').filter((l) => l.includes(': error ')).map((l) => l.slice(0, l.indexOf('unknown-value:') + 'unknown-value:'.length)), [
      where('bom.md', 3, 8), // the mark is not a column: the editor does not show it
      where('crlf.case', 2, 8),
      where('quoted.md', 5, 10),
    ]);
    assert.match(r.stdout, /3 error\(s\), 0 warning\(s\), 0 info in 3 file\(s\)\n$/);
  });

  test('sarif: SARIF 2.1.0 with one rule entry per id and its help URI', () => {
    const r = run(['check', '--format', 'sarif', 'examples/01-qvod.case']);
    const sarif = JSON.parse(r.stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    const rules = sarif.runs[0].tool.driver.rules as { id: string; helpUri: string }[];
    assert.strictEqual(rules.length, 37);
    assert.match(rules.find((x) => x.id === 'tech-neutrality')!.helpUri, /docs\/rules\/tech-neutrality\.md$/);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'omission-dissemination');
    assert.deepStrictEqual(result.locations[0].physicalLocation.region.startLine, 25);
    // the result's message is the headline; the paper's argument is the rule's help
    assert.match(result.message.text, /^Dissemination by omission: .* \(I\.\(一\)\)$/);
    const help = (rules as unknown as { id: string; help?: { text: string; markdown: string } }[]).find((x) => x.id === 'omission-dissemination')!.help!;
    assert.match(help.text, /Armin Kaufmann held that such punishment breaches the legality principle \(\[11\]\(P150\)\)/);
    assert.match(help.markdown, /\\\[11\\\]\(P150\)/);
    assert.strictEqual((rules as unknown as { id: string; help?: unknown }[]).find((x) => x.id === 'syntax')!.help, undefined, 'a text check has no argument');
  });

  test('bad input: one clear line on stderr and exit 2, never a stack trace', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'bin.case'), Buffer.from([0x70, 0, 1, 2]));
    fs.writeFileSync(path.join(dir, 'latin1.case'), Buffer.from([0x70, 0xe9, 0x0a]));
    fs.mkdirSync(path.join(dir, 'empty'));
    const cases: [string[], RegExp][] = [
      [['check', path.join(dir, 'missing.case')], /missing\.case: no such file or directory/],
      [['check', path.join(dir, 'bin.case')], /a binary file/],
      [['check', path.join(dir, 'latin1.case')], /not valid UTF-8/],
      [['check', path.join(dir, 'empty')], /no \.case files or Markdown briefs/],
      [['check', '--format', 'xml', 'examples'], /--format must be one of text, json, sarif/],
      [['check', '--rule', 'nope=off', 'examples'], /unknown rule "nope"/],
      [['frobnicate'], /^casefacts: unknown command "frobnicate" \(expected check, analyze or format\); see 'casefacts --help'\n$/],
      [[], /^casefacts: no command given \(check, analyze or format\); see 'casefacts --help'\n$/],
      [['check', 'examples', '--bogus'], /^casefacts: unknown option "--bogus" \(a FILE that starts with - goes after --\); see 'casefacts --help'\n$/],
      [['check', path.join(dir, 'my-options.case')], /^casefacts: .*my-options\.case: no such file or directory\n$/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      assert.strictEqual(r.status, 2, args.join(' '));
      assert.match(r.stderr, message);
      assert.strictEqual(r.stderr.split('\n').length, 2, `one line: ${r.stderr}`);
      assert.strictEqual(r.stdout, '', 'nothing on stdout');
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('output that cannot be written: a reader that stops (| head) keeps the check\'s status, quietly; a full disk is exit 2 and one line', () => {
    const dir = tmp();
    const big = path.join(dir, 'big.case');
    fs.writeFileSync(big, Array.from({ length: 3000 }, (_, i) => `provider P${i} { role cachng }\ncharge P${i} art287-2\n`).join(''));
    const piped = (cmd: string) => spawnSync('bash', ['-c', `set -o pipefail; ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${cmd} | head -c 100 >/dev/null`], { encoding: 'utf8', timeout: 60000 });
    const analyzed = piped(`analyze ${JSON.stringify(big)}`);
    assert.deepStrictEqual([analyzed.status, analyzed.stderr], [0, '']);
    const checked = piped(`check --format json ${JSON.stringify(big)}`);
    assert.deepStrictEqual([checked.status, checked.stderr], [1, ''], 'the errors found still decide the status');
    if (fs.existsSync('/dev/full')) {
      const full = spawnSync('bash', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} analyze examples/01-qvod.case > /dev/full`], { cwd: ROOT, encoding: 'utf8', timeout: 30000 });
      assert.deepStrictEqual([full.status, full.stderr], [2, 'casefacts: cannot write the output: no space left on the device\n']);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('each brief once, however often named; -- ends the options, for a file named -x', () => {
    const dir = tmp();
    const brief = 'provider P { role platform }\n';
    fs.writeFileSync(path.join(dir, 'a.case'), brief);
    fs.writeFileSync(path.join(dir, '-x.case'), brief);
    fs.symlinkSync(path.join(dir, 'a.case'), path.join(dir, 'link.case'));
    const files = (args: string[], input?: string) => (JSON.parse(run(['check', '--format', 'json', ...args], input, dir).stdout) as { file: string }[]).map((x) => x.file);
    assert.deepStrictEqual(files(['a.case', 'a.case', './a.case']), ['a.case']);
    assert.deepStrictEqual(files(['-', '-'], brief), ['-']);
    assert.deepStrictEqual(files(['a.case', '.']), ['a.case', '-x.case'], 'a directory adds only what was not named (the link is a.case)');
    assert.deepStrictEqual(files(['--', '-x.case']), ['-x.case']);
    assert.match(run(['check', '-x.case'], undefined, dir).stderr, /unknown option "-x\.case" \(a FILE that starts with - goes after --\)/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('briefs of several languages in one run: each in its own, the summary in the one they share or English; a bad config said once', () => {
    const dir = tmp();
    for (const [sub, config] of [['zh', { locale: 'zh-CN', rules: { nope: 'error' } }], ['en', undefined]] as const) {
      fs.mkdirSync(path.join(dir, sub));
      if (config) {
        fs.writeFileSync(path.join(dir, sub, '.casefacts.json'), JSON.stringify(config));
      }
      fs.writeFileSync(path.join(dir, sub, 'a.case'), 'provider P { role storage; notice none }\ncharge P art364\n');
      fs.writeFileSync(path.join(dir, sub, 'b.case'), 'provider Q { role storage; notice none }\n');
    }
    const checked = run(['check', 'en', 'zh'], undefined, dir);
    assert.match(checked.stdout, /^zh\/a\.case:2:1: warning no-general-monitoring: 存储/m);
    assert.match(checked.stdout, /^en\/a\.case:2:1: warning no-general-monitoring: storage provider/m);
    assert.match(checked.stdout, /0 error\(s\), 2 warning\(s\), 0 info in 4 file\(s\)\n$/);
    // said once, in the language of the briefs it governs
    assert.strictEqual(checked.stderr.split('\n').filter((l) => l.endsWith('zh/.casefacts.json: 未知规则“nope”')).length, 1, checked.stderr);
    assert.match(run(['check', '--locale', 'en', 'zh'], undefined, dir).stderr, /zh\/\.casefacts\.json: unknown rule "nope"\n$/);
    // one measure word for the three kinds of diagnostic, as one counts them: 条
    assert.match(run(['check', 'zh'], undefined, dir).stdout, /共 2 个文件：0 条错误，1 条警告，0 条提示\n$/);
    const analyzed = run(['analyze', 'zh/a.case', 'en/a.case'], undefined, dir).stdout;
    assert.match(analyzed, /^zh\/a\.case\n {2}P \[存储\]\n {4}刑事责任：/);
    assert.match(analyzed, /^en\/a\.case\n {2}P \[storage\]\n {4}Criminal: /m);
    const html = run(['analyze', '--format', 'html', 'zh/a.case', 'en/a.case'], undefined, dir).stdout;
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<section class="report" lang="zh-CN"[^>]*>[\s\S]*<section class="report" lang="en"/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('analyze --locale zh-CN: the text report in Chinese words and punctuation; English keeps ids and levels', () => {
    const zh = run(['analyze', '--locale', 'zh-CN', 'examples/02-case1-black-broadband.case']).stdout;
    assert.ok(zh.includes('  Yang（杨某） [接入、技术支持]\n'), zh);
    assert.ok(zh.includes('    刑事责任：● '), zh);
    // the offense as the messages name it, article and role in one pair of brackets
    assert.ok(zh.includes('诈骗罪（第266条；Fraudsters的共犯，● '), zh);
    assert.ok(zh.includes('；最终适用：诈骗罪（第266条）\n'), zh);
    assert.ok(zh.includes('    民事、行政责任：◐ 尚不确定\n'), zh);
    assert.match(zh, /^ {4}18:1 提示 helping-concurrence：Yang /m);
    assert.ok(!/\b(liable|possible|information|warning|Controlling)\b|: /.test(zh), zh);
    const en = run(['analyze', 'examples/02-case1-black-broadband.case']).stdout;
    assert.ok(en.includes('    Criminal: ● liable — art287-2 liable; art266 liable (accomplice of Fraudsters); Controlling: art266\n'), en);
    assert.match(en, /^ {4}18:1 information helping-concurrence: Yang /m);
  });

  test('--locale zh-CN: the one-line errors of a command that cannot run are in Chinese too (exit 2)', () => {
    const cases: [string[], string][] = [
      [['check', '--locale', 'zh-CN', 'no-such.case'], 'casefacts: no-such.case：文件或目录不存在\n'],
      [['check', '--locale', 'zh-CN', '--format', 'xml', 'examples'], "casefacts: check 的 --format 只能是 text、json、sarif 之一；参见“casefacts --help”\n"],
      [['check', '--locale=zh-CN', '--rule', 'nope=off', 'examples'], 'casefacts: --rule：没有名为“nope”的规则\n'],
      [['analyze', '--locale', 'zh-CN'], "casefacts: 未指定 FILE；参见“casefacts --help”\n"],
    ];
    for (const [args, stderr] of cases) {
      const r = run(args);
      assert.strictEqual(r.status, 2, args.join(' '));
      assert.strictEqual(r.stderr, stderr);
    }
    assert.strictEqual(run(['check', 'no-such.case']).stderr, 'casefacts: no-such.case: no such file or directory\n');
  });

  test('sarif: columns in UTF-16 code units and lone CRs as line ends, said in the run (an astral character before the diagnostic)', () => {
    const r = run(['check', '--format', 'sarif', '-'], 'provider Q {\r  role 𠮷 cachng\r}\r');
    const [sarifRun] = JSON.parse(r.stdout).runs;
    assert.strictEqual(sarifRun.columnKind, 'utf16CodeUnits');
    assert.deepStrictEqual(sarifRun.newlineSequences, ['\r\n', '\n', '\r']);
    const typo = sarifRun.results.find((x: { message: { text: string } }) => x.message.text.includes('cachng'));
    assert.deepStrictEqual(typo.locations[0].physicalLocation.region, { startLine: 2, startColumn: 11, endLine: 2, endColumn: 17 });
  });

  test('sarif: each artifact is a URI reference (spaces and Chinese names percent-encoded)', () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, '中文 目录'));
    fs.writeFileSync(path.join(dir, '中文 目录', '快播 案.case'), 'provider P { role platform }\n');
    const uri = (file: string) => JSON.parse(run(['check', '--format', 'sarif', file], undefined, dir).stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    assert.strictEqual(uri('中文 目录/快播 案.case'), '%E4%B8%AD%E6%96%87%20%E7%9B%AE%E5%BD%95/%E5%BF%AB%E6%92%AD%20%E6%A1%88.case');
    assert.strictEqual(uri(path.join(dir, '中文 目录', '快播 案.case')), `file://${dir.split('/').map(encodeURIComponent).join('/')}/%E4%B8%AD%E6%96%87%20%E7%9B%AE%E5%BD%95/%E5%BF%AB%E6%92%AD%20%E6%A1%88.case`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('.casefacts.json next to the brief sets levels and locale', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, '.casefacts.json'), JSON.stringify({ rules: { 'unknown-value': 'off' }, locale: 'zh-CN' }));
    fs.writeFileSync(path.join(dir, 'a.case'), 'provider P {\n  role cachng\n  knowledge 明知\n  notice 用户\n}\ncharge P art363 omission\n');
    const r = run(['check', path.join(dir, 'a.case')]);
    assert.strictEqual(r.status, 0);
    assert.ok(!r.stdout.includes('unknown-value'));
    assert.match(r.stdout, /不作为/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

suite('CLI: --help says what README.md and cli.md say', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  test('casefacts --help: the usage lines of the README\'s command-line block, flag for flag', () => {
    const help = run(['--help']);
    assert.strictEqual(help.status, 0);
    const block = /## The command line\n\n```sh\n([\s\S]*?)\n```/.exec(readme)![1];
    const documented = block.split('\n').filter((l) => l.startsWith('bin/casefacts ')).map((l) => l.replace(/^bin\//, '  ').replace(/\s+/g, ' '));
    assert.strictEqual(documented.length, 3);
    const usage = help.stdout.split('\n').filter((l) => l.startsWith('  casefacts ')).map((l) => l.replace(/\s+/g, ' '));
    assert.deepStrictEqual(usage, documented);
  });

  test('casefacts-language-server --help and its refusal name every transport the README names', () => {
    const server = path.join(ROOT, 'bin', 'casefacts-language-server');
    const sentence = /The server also speaks over ([^.]*)\./.exec(readme)![1];
    const transports = ['--stdio', ...[...sentence.matchAll(/`(--[a-z-]+(?:=[A-Z]+)?)`/g)].map((m) => m[1])];
    assert.deepStrictEqual(transports, ['--stdio', '--node-ipc', '--socket=PORT', '--pipe=NAME']);
    const help = spawnSync(process.execPath, [server, '--help'], { encoding: 'utf8', timeout: 30000 });
    const none = spawnSync(process.execPath, [server], { encoding: 'utf8', timeout: 30000, input: '' });
    assert.strictEqual(help.status, 0);
    assert.strictEqual(none.status, 2);
    for (const t of transports) {
      assert.ok(help.stdout.includes(t), `--help: ${t} in ${help.stdout}`);
      assert.ok(none.stderr.includes(t), `no transport: ${t} in ${none.stderr}`);
    }
  });
});

suite('CLI: analyze', () => {
  test('json: the spec\'s fields, ids and levels in English whatever the locale', () => {
    for (const locale of ['en', 'zh-CN']) {
      const r = run(['analyze', '--format', 'json', '--locale', locale, 'examples/04-case3-number-change.case']);
      assert.strictEqual(r.status, 0, r.stderr);
      const rep = JSON.parse(r.stdout);
      assert.strictEqual(rep.file, 'examples/04-case3-number-change.case');
      const p = rep.providers[0];
      assert.deepStrictEqual([p.id, p.roles, p.criminal.level, p.criminal.controlling, p.civil.level], ['张某', ['transmission', 'storage'], 'liable', 'art266', 'undetermined']);
      assert.deepStrictEqual(p.criminal.offenses.map((o: Record<string, unknown>) => [o.offense, o.level, o.as, o.of]), [['art287-2', 'liable', 'principal', null], ['art266', 'liable', 'accomplice', '诈骗团伙']]);
      const f = p.findings.find((x: { rule: string }) => x.rule === 'accomplice-knowledge-only');
      assert.deepStrictEqual([f.severity, f.line, f.section], ['warning', 20, 'III.(一).3']);
      assert.strictEqual(f.message, locale === 'en'
        ? '"No common intent to possess": the paper finds this reasoning questionable (III.(一).3, case 3)'
        : '“缺乏共同非法占有故意”：论文认为这一理由存在疑问（三（一）3，案3）');
      assert.match(f.explanation, locale === 'en' ? /needs only to know that its help serves the fraud/ : /只要明知自己的帮助被他人用于诈骗/);
    }
  });

  test('json: a liable accomplice by deep participation reads as liable, not "may" (doctrine.md, Conclusions: liable)', () => {
    const brief = 'provider P {\n  role technical\n  knowledge specific\n  participation deep\n}\noffender Gang { offense art264; uses P }\n';
    for (const [locale, liable, may] of [
      ['en', /meets the conditions under which the paper accepts liability as an accomplice of art264/, /may be an accomplice/],
      ['zh-CN', /服务商符合论文认定盗窃罪（第264条）共犯的条件/, /可能成立/],
    ] as const) {
      const p = JSON.parse(run(['analyze', '--format', 'json', '--locale', locale, '-'], brief).stdout).providers[0];
      const o = p.criminal.offenses.find((x: { as: string }) => x.as === 'accomplice');
      assert.deepStrictEqual([o.offense, o.level, o.of], ['art264', 'liable', 'Gang']);
      assert.match(o.reasons[0].message, liable);
      assert.doesNotMatch(o.reasons[0].message, may);
    }
  });

  test('json and markdown: a criminal "none" names the doctrine that excludes it (neutral help, a correction after the order)', () => {
    const neutral = 'provider P {\n  role storage\n  knowledge specific\n  notice user\n  industry-rules complied\n  targeted no\n  participation none\n}\n';
    const p = JSON.parse(run(['analyze', '--format', 'json', '-'], neutral).stdout).providers[0];
    assert.strictEqual(p.criminal.level, 'none');
    const why = p.criminal.reasons.map((r: { message: string }) => r.message).join('\n');
    assert.match(why, /The help is neutral .*: the paper would generally not punish it as art287-2, even with knowledge/);
    assert.doesNotMatch(why, /Nothing in the stated facts points to criminal liability/);
    assert.strictEqual(p.criminal.reasons[0].section, 'III.(一).3–5, III.(一) closing paragraph');
    const zh = run(['analyze', '--format', 'markdown', '--locale', 'zh-CN', '-'], neutral).stdout;
    assert.match(zh, /\*\*刑事责任：\*\* ○ 不成立\n\n- 该帮助属中立帮助（遵守行业规定、非专门提供、未深度参与）：论文认为即使明知/);
    const corrected = 'provider P {\n  role storage\n  order regulator\n  corrected yes\n}\n';
    const c = JSON.parse(run(['analyze', '--format', 'json', '-'], corrected).stdout).providers[0];
    assert.strictEqual(c.criminal.level, 'none');
    assert.ok(c.criminal.reasons.some((r: { message: string; line?: number }) =>
      /corrected after the regulator's order: no refusal, so no art286-1 offense/.test(r.message) && r.line === 4), JSON.stringify(c.criminal.reasons));
    // nothing weighed at all (before Amendment IX, no offender): nothing points to liability
    const early = JSON.parse(run(['analyze', '--format', 'json', '-'], 'case { conduct 2014-01-01 }\nprovider P {\n  role caching\n}\n').stdout).providers[0];
    assert.match(early.criminal.reasons.map((r: { message: string }) => r.message).join('\n'), /Nothing in the stated facts points to criminal liability/);
  });

  test('a name or note with an unclosed right-to-left override cannot turn the rest of the report round', () => {
    const RLO = '\u202E';
    const PDF = '\u202C';
    const brief = `case "T${RLO}itle" {}\nprovider P "Evil${RLO}Name" {\n  role storage\n  notice user\n  takedown refused "n${RLO}ote"\n}\n`;
    const text = run(['analyze', '-'], brief).stdout;
    assert.match(text, new RegExp(`P \\(Evil${RLO}Name${PDF}\\) \\[storage\\]`));
    const md = run(['analyze', '--format', 'markdown', '-'], brief).stdout;
    assert.match(md, new RegExp(`\\| P \\(Evil${RLO}Name${PDF}\\) \\| storage \\|`), 'the table row after the name reads as written');
    assert.match(md, new RegExp(`“n${RLO}ote${PDF}” \\(line 5\\)`), 'the line after a note reads "line 5", not "5 enil"');
    const html = run(['analyze', '--format', 'html', '-'], brief).stdout;
    assert.match(html, new RegExp(`<q>n${RLO}ote${PDF}</q> <span class="line">line 5</span>`));
    assert.match(html, new RegExp(`<title>Liability report: T${RLO}itle${PDF}</title>`));
    // every override the file opened is closed in each format; the JSON keeps the file's text
    for (const out of [text, md, html]) {
      assert.strictEqual(out.split(RLO).length, out.split(PDF).length);
    }
    assert.strictEqual(JSON.parse(run(['analyze', '--format', 'json', '-'], brief).stdout).providers[0].name, `Evil${RLO}Name`);
  });

  test('control characters in a brief, its file name or its .casefacts.json reach the terminal shown, never obeyed', () => {
    // ESC ] 0 ; … BEL retitles the terminal, ESC ] 52 ; … writes its clipboard, ESC [ 2 J clears it
    const ESC = '\u001b';
    const dir = tmp();
    const name = path.join(dir, `brief${ESC}]0;T\u0007\nforged:1:1: error syntax: x.case`);
    fs.writeFileSync(name, `case "T${ESC}[2J" {}\nprovider Q "N${ESC}]0;PWN\u0007" {\n  role caching\n  knowledge specific "${ESC}]52;c;ZXZpbA==\u0007"\n}\nprovider R "a" "${ESC}[31m\u009b2J" {\n  role access\n}\n`);
    fs.writeFileSync(path.join(dir, '.casefacts.json'), JSON.stringify({ rules: { [`x${ESC}]0;C\u0007`]: 'off' }, locale: 'zh-CN' }));
    const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
    const check = run(['check', dir]);
    assert.strictEqual(check.status, 1, check.stderr);
    assert.doesNotMatch(check.stdout, raw);
    assert.doesNotMatch(check.stderr, raw);
    assert.match(check.stderr, /未知规则“x\\u001b\]0;C\\u0007”/);
    assert.match(check.stdout, /brief\\u001b\]0;T\\u0007\\u000aforged:1:1: error syntax: x\.case:6:/, 'the file\'s name, line break and all, on one line');
    assert.match(check.stdout, /“\\u001b\[31m\\u009b2J”/, 'a message quoting the brief, in Chinese');
    assert.strictEqual(check.stdout.split('\n').filter((l) => l.startsWith('forged')).length, 0);
    for (const format of ['text', 'markdown', 'html', 'json']) {
      const out = run(['analyze', '--format', format, dir]).stdout;
      assert.doesNotMatch(out, raw, format);
      assert.match(out, /N\\u001b\\?\]0;PWN\\u0007/, format);
    }
    const sarif = run(['check', '--format', 'sarif', dir]).stdout;
    assert.doesNotMatch(sarif, raw);
    assert.match(JSON.parse(sarif).runs[0].results.map((x: { message: { text: string } }) => x.message.text).join('\n'), /\u009b2J/, 'the same text to a JSON reader');
  });

  test('several files: an array; a file with errors is analysed as far as it parsed', () => {
    const r = run(['analyze', '--format', 'json', 'examples/05-case4-search-ads.case', '-'], 'provider A {\n  role cachng, storage\n  knowledge specific\n  notice user\n  takedown refused\n}\nprovider B {\n');
    const reps = JSON.parse(r.stdout);
    assert.strictEqual(reps.length, 2);
    assert.deepStrictEqual(reps[1].providers.map((p: { id: string; civil: { level: string } }) => [p.id, p.civil.level]), [['A', 'exposed'], ['B', 'none']]);
  });

  test('markdown and html: a table of providers, then findings with citations; html escapes the file', () => {
    const md = run(['analyze', '--format', 'markdown', 'examples/01-qvod.case']).stdout;
    assert.match(md, /\| Qvod \(深圳快播公司\) \| caching, search \| ○ none \| — \| — \| ● exposed \|/);
    assert.match(md, /`omission-dissemination` \(line 25; [^)]*I\.\(一\)[^\n]*: Dissemination by omission[^\n]*\n {2}- [^\n]*Armin Kaufmann/);
    const text = run(['analyze', 'examples/01-qvod.case']).stdout;
    assert.match(text, /\n {4}25:20 warning omission-dissemination: Dissemination by omission[^\n]*\(I\.\(一\)\)\n {6}The paper also invokes criminal law's restraint/);
    const html = run(['analyze', '--format', 'html', '-'], 'provider X "<script>alert(1)</script>" {\n  role access\n}\n').stdout;
    assert.ok(!html.includes('<script>alert(1)'));
    assert.match(html, /&#60;script&#62;alert\(1\)&#60;\/script&#62;/);
    assert.match(html, /Content-Security-Policy/);
  });
});

/** A brief named relative to `dir`, checked in this process as the command line checks it. */
function checkedIn(dir: string, name: string, locale: Locale, rules: Record<string, Level> = {}) {
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  const markdown = name.endsWith('.md');
  const uri = `file://${path.join(dir, name)}`;
  const document = TextDocument.create(uri, markdown ? 'markdown' : 'casefacts', 1, text);
  const parsed = parseText(uri, 1, text, markdown);
  return { document, parsed, diagnostics: findingsToDiagnostics(parsed, document, { locale, rules }) };
}

/**
 * What `analyze` writes, each report rendered whole in this process (the one-piece text the
 * command wrote before it wrote in pieces), for files named relative to `dir`.
 */
function wholeReport(dir: string, files: readonly string[], format: string, locale: Locale): string {
  const reports = files.map((name) => {
    const { document, parsed, diagnostics } = checkedIn(dir, name, locale);
    return buildReport(name, parsed, document, diagnostics, locale);
  });
  const whole = format === 'json' ? JSON.stringify(reports.length === 1 ? reportJson(reports[0]) : reports.map(reportJson), null, 1)
    : format === 'markdown' ? renderMarkdown(reports)
      : format === 'html' ? renderHtml(reports, locale)
        : renderAnalysisText(reports);
  return whole.endsWith('\n') ? whole : `${whole}\n`;
}

/**
 * What `check` writes, each brief checked in this process and the output rendered whole (the
 * one-piece text the command wrote before it wrote in pieces), and the status it ends with.
 */
function wholeCheck(dir: string, files: readonly string[], format: string, locale: Locale, opts: { rules?: Record<string, Level>; maxWarnings?: number } = {}): { stdout: string; status: number } {
  const rows = files.flatMap((name) => checkRows(name, checkedIn(dir, name, locale, opts.rules).diagnostics));
  const count = (severity: string) => rows.filter((r) => r.severity === severity).length;
  const status = count('error') > 0 || (opts.maxWarnings !== undefined && count('warning') > opts.maxWarnings) ? 1 : 0;
  return { stdout: checkOutputWhole(rows, format, files.length, locale), status };
}

/**
 * For the suite it is called in, a folder of the examples and a generated brief of 2,000 lines,
 * as .case and as Markdown (bench/generate.mjs): made before the suite's tests, removed after.
 */
function briefsFolder(): { readonly dir: string; readonly files: readonly string[] } {
  const folder = { dir: '', files: [] as string[] };
  suiteSetup(() => {
    folder.dir = tmp();
    for (const f of fs.readdirSync(path.join(ROOT, 'examples'))) {
      fs.copyFileSync(path.join(ROOT, 'examples', f), path.join(folder.dir, f));
    }
    const made = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'generate.mjs'), '2000', folder.dir], { encoding: 'utf8' });
    assert.strictEqual(made.status, 0, made.stderr);
    fs.rmSync(path.join(folder.dir, 'brief-2000.json'));
    folder.files = fs.readdirSync(folder.dir).sort();
  });
  suiteTeardown(() => fs.rmSync(folder.dir, { recursive: true, force: true }));
  return folder;
}

/** A command line run by bash in `dir`, with pipefail: a pipeline fails with the command in it that failed. */
const shIn = (dir: string, cmd: string) => spawnSync('bash', ['-c', `set -o pipefail; ${cmd}`], { cwd: dir, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28 });
const CLI_SH = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)}`;

suite('CLI: analyze writes its report in pieces', () => {
  const FORMATS = ['text', 'json', 'markdown', 'html'];
  const briefs = briefsFolder();

  for (const locale of ['en', 'zh-CN'] as const) {
    test(`${locale}: every format, byte for byte the report rendered whole: the examples and a generated brief, alone and together`, function () {
      this.timeout(120_000);
      for (const format of FORMATS) {
        for (const named of [['brief-2000.case'], ['brief-2000.md'], briefs.files]) {
          const r = spawnSync(process.execPath, [CLI, 'analyze', '--format', format, '--locale', locale, ...named], { cwd: briefs.dir, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28 });
          assert.deepStrictEqual([r.status, r.stderr], [0, ''], `${format} ${named.join(' ')}`);
          assert.ok(r.stdout === wholeReport(briefs.dir, named, format, locale), `${format} ${locale} ${named.join(' ')}: ${r.stdout.length} characters written, ${wholeReport(briefs.dir, named, format, locale).length} rendered whole`);
        }
      }
    });
  }

  test('a reader that takes its time gets the same bytes; one that stops (| head) ends the run quietly, status 0; a full disk is one line, status 2', function () {
    this.timeout(120_000);
    const sh = (cmd: string) => shIn(briefs.dir, cmd);
    for (const format of FORMATS) {
      // the pipe fills and the command waits for the reader: what arrives is the whole report
      const slow = sh(`${CLI_SH} analyze --format ${format} --locale zh-CN brief-2000.md | (sleep 0.3; cat)`);
      assert.deepStrictEqual([slow.status, slow.stderr], [0, ''], format);
      assert.ok(slow.stdout === wholeReport(briefs.dir, ['brief-2000.md'], format, 'zh-CN'), `${format}: ${slow.stdout.length} characters`);
      const head = sh(`${CLI_SH} analyze --format ${format} brief-2000.case | head -c 100 >/dev/null`);
      assert.deepStrictEqual([head.status, head.stderr], [0, ''], `${format} | head`);
      if (fs.existsSync('/dev/full')) {
        const full = sh(`${CLI_SH} analyze --format ${format} brief-2000.case > /dev/full`);
        assert.deepStrictEqual([full.status, full.stderr], [2, 'casefacts: cannot write the output: no space left on the device\n'], `${format} > /dev/full`);
      }
    }
  });
});

suite('CLI: check writes its output in pieces', () => {
  const FORMATS = ['text', 'json', 'sarif'];
  const briefs = briefsFolder();

  for (const locale of ['en', 'zh-CN'] as const) {
    test(`${locale}: every format, byte for byte the output rendered whole, and the status: the examples and a generated brief, alone and together, with --rule and --max-warnings`, function () {
      this.timeout(180_000);
      const runs: [readonly string[], string[], { rules?: Record<string, Level>; maxWarnings?: number }][] = [
        [['brief-2000.case'], [], {}],
        [['brief-2000.md'], [], {}],
        [briefs.files, [], {}],
        // the brief's errors turned down to warnings, then too many warnings; a rule turned off, another up
        [['brief-2000.case'], ['--rule', 'refusal-corrected=warning'], { rules: { 'refusal-corrected': 'warning' } }],
        [['brief-2000.md'], ['--rule', 'refusal-corrected=warning', '--max-warnings', '3'], { rules: { 'refusal-corrected': 'warning' }, maxWarnings: 3 }],
        [briefs.files, ['--rule', 'refusal-corrected=off', '--rule', 'imprecise-role=error', '--max-warnings=100000'], { rules: { 'refusal-corrected': 'off', 'imprecise-role': 'error' }, maxWarnings: 100000 }],
      ];
      const statuses = new Set<number>();
      for (const format of FORMATS) {
        for (const [named, flags, opts] of runs) {
          const r = spawnSync(process.execPath, [CLI, 'check', '--format', format, '--locale', locale, ...flags, ...named], { cwd: briefs.dir, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28 });
          const whole = wholeCheck(briefs.dir, named, format, locale, opts);
          const what = `${format} ${flags.join(' ')} ${named.length} file(s)`;
          assert.deepStrictEqual([r.status, r.stderr], [whole.status, ''], what);
          assert.ok(r.stdout === whole.stdout, `${what}: ${r.stdout.length} characters written, ${whole.stdout.length} rendered whole`);
          statuses.add(r.status!);
        }
      }
      assert.deepStrictEqual([...statuses].sort(), [0, 1], 'runs that pass and runs that fail');
    });
  }

  test('a reader that takes its time gets the same bytes; one that stops (| head) ends the run quietly with the check\'s status; a full disk is one line, status 2', function () {
    this.timeout(120_000);
    const all = briefs.files.join(' ');
    for (const format of FORMATS) {
      // the pipe fills and the command waits for the reader: what arrives is the whole output
      const slow = shIn(briefs.dir, `${CLI_SH} check --format ${format} --locale zh-CN ${all} | (sleep 0.3; cat)`);
      const whole = wholeCheck(briefs.dir, briefs.files, format, 'zh-CN');
      assert.ok(Buffer.byteLength(whole.stdout) > 1 << 16, `${format}: more than a pipe holds (${Buffer.byteLength(whole.stdout)} bytes)`);
      assert.deepStrictEqual([slow.status, slow.stderr], [whole.status, ''], format);
      assert.ok(slow.stdout === whole.stdout, `${format}: ${slow.stdout.length} characters`);
      for (const [flags, status] of [['', 1], ['--rule refusal-corrected=off', 0]] as const) {
        const head = shIn(briefs.dir, `${CLI_SH} check --format ${format} ${flags} brief-2000.case | head -c 100 >/dev/null`);
        assert.deepStrictEqual([head.status, head.stderr], [status, ''], `${format} ${flags} | head`);
      }
      if (fs.existsSync('/dev/full')) {
        const full = shIn(briefs.dir, `${CLI_SH} check --format ${format} brief-2000.case > /dev/full`);
        assert.deepStrictEqual([full.status, full.stderr], [2, 'casefacts: cannot write the output: no space left on the device\n'], `${format} > /dev/full`);
      }
    }
  });
});

suite('CLI: format', () => {
  const MESSY = 'provider   P  {\n role   caching\n   knowledge specific   "knew"#x\n}\n';
  const NEAT = 'provider P {\n  role      caching\n  knowledge specific "knew" #x\n}\n';

  test('--check lists what is not formatted, writes nothing, exits 1; then format rewrites only those, and --check passes', () => {
    const dir = tmp();
    try {
      const messy = path.join(dir, 'messy.case');
      const neat = path.join(dir, 'neat.case');
      fs.writeFileSync(messy, MESSY);
      fs.writeFileSync(neat, NEAT);
      const before = fs.statSync(neat).mtimeMs;
      const check = run(['format', '--check', dir]);
      assert.strictEqual(check.status, 1, check.stderr);
      assert.strictEqual(check.stdout, `${messy}: not formatted\n`);
      assert.strictEqual(check.stderr, 'casefacts: 1 of 2 file(s) not formatted\n');
      assert.strictEqual(fs.readFileSync(messy, 'utf8'), MESSY, '--check writes nothing');
      const done = run(['format', dir]);
      assert.strictEqual(done.status, 0, done.stderr);
      assert.strictEqual(done.stdout, `formatted ${messy}\n`);
      assert.strictEqual(fs.readFileSync(messy, 'utf8'), NEAT);
      assert.strictEqual(fs.statSync(neat).mtimeMs, before, 'a formatted brief is not rewritten');
      assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['messy.case', 'neat.case'], 'no temporary file left');
      assert.strictEqual(run(['format', '--check', dir]).status, 0);
      const zh = run(['format', '--check', '--locale', 'zh-CN', messy]);
      assert.strictEqual(zh.stderr, 'casefacts: 共 1 个文件，其中 0 个尚未格式化\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a brief rewritten keeps its mode, byte order mark, CRLF, and a link stays a link to it; a Markdown brief\'s prose is untouched', () => {
    const dir = tmp();
    try {
      const file = path.join(dir, 'brief.case');
      fs.writeFileSync(file, '\uFEFF' + MESSY.replace(/\n/g, '\r\n'));
      fs.chmodSync(file, 0o664); // group-writable: more than the umask lets a new file have
      const link = path.join(dir, 'link.case');
      fs.symlinkSync('brief.case', link);
      const md = path.join(dir, 'brief.md');
      const prose = '# Brief\n\nThe  provider   cached   it.\n\n';
      fs.writeFileSync(md, `${prose}\`\`\`case\n${MESSY}\`\`\`\n`);
      const r = run(['format', link, md]);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link is still a link');
      assert.strictEqual(fs.readFileSync(file, 'utf8'), '\uFEFF' + NEAT.replace(/\n/g, '\r\n'));
      assert.strictEqual(fs.statSync(file).mode & 0o777, 0o664);
      assert.strictEqual(fs.readFileSync(md, 'utf8'), `${prose}\`\`\`case\n${NEAT}\`\`\`\n`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('standard input goes to standard output; a file that cannot be written is exit 2 and left as it was', () => {
    const piped = run(['format', '-'], MESSY);
    assert.strictEqual(piped.status, 0, piped.stderr);
    assert.strictEqual(piped.stdout, NEAT);
    assert.strictEqual(run(['format', '--check', '-'], MESSY).status, 1);
    const dir = tmp();
    try {
      const file = path.join(dir, 'locked.case');
      fs.writeFileSync(file, MESSY, { mode: 0o644 });
      fs.chmodSync(dir, 0o755);
      fs.chmodSync(dir, 0o555); // no temporary file can be made beside the brief
      // root writes anywhere: as root the command runs as nobody, as a user would
      const asUser = process.getuid?.() === 0
        ? spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, CLI, 'format', file], { cwd: dir, encoding: 'utf8', timeout: 30000 })
        : run(['format', file]);
      assert.strictEqual(asUser.status, 2, asUser.stderr);
      assert.strictEqual(asUser.stderr, `casefacts: ${file}: cannot be written (permission denied or read-only)\n`);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), MESSY);
      assert.deepStrictEqual(fs.readdirSync(dir), ['locked.case']);
    } finally {
      fs.chmodSync(dir, 0o755);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('its flags: --check is format\'s, --format and --rule are not', () => {
    for (const [args, message] of [
      [['check', '--check', 'examples'], '--check applies to format only (check itself is a command)'],
      [['format', '--format', 'json', 'examples'], '--format must be one of text for format'],
      [['format', '--rule', 'syntax=off', 'examples'], '--rule applies to check only'],
      [['format', '--check=yes', 'examples'], '--check takes no value'],
    ] as const) {
      const r = run([...args]);
      assert.strictEqual(r.status, 2, args.join(' '));
      assert.strictEqual(r.stderr, `casefacts: ${message}; see 'casefacts --help'\n`);
    }
  });
});
