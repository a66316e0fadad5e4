/**
 * `casefacts analyze` writes its report in pieces as it makes them (a provider's part at a
 * time), and the pieces make, byte for byte, the text the one-piece renderers make: for every
 * example and a generated brief, in both languages, in every format. A report too long for one
 * JavaScript string is written all the same, and the writer waits for a slow reader. So does
 * `casefacts check`, a diagnostic at a time, in text, JSON and SARIF.
 */
import * as assert from 'assert';
import { constants } from 'buffer';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkRows, writeCheck, writeReports } from '../../server/src/cli/main';
import type { Row } from '../../server/src/cli/text';
import { analysisTextPieces, renderAnalysisText } from '../../server/src/cli/text';
import type { Locale } from '../../server/src/service/i18n/messages';
import { findingsToDiagnostics, parseText } from '../../server/src/service/languageService';
import { jsonPieces, writtenElementwise, writtenInParts } from '../../server/src/service/lists';
import { htmlPieces, toHtml, wholeElement } from '../../server/src/service/report/elements';
import { reportPage, reportPageInSlices } from '../../server/src/service/report/bundle';
import { htmlPagePieces, renderHtml } from '../../server/src/service/report/html';
import { markdownPieces, renderMarkdown } from '../../server/src/service/report/markdown';
import { buildReport, buildReportInSlices, Report, reportJson, ReportProvider } from '../../server/src/service/report/report';
import { reportView, reportViewInParts } from '../../server/src/service/report/view';
import { checkOutputWhole } from '../helpers/checkOutput';

const ROOT = path.join(__dirname, '..', '..');
const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/** A brief checked as the command line checks it, under the name it is given. */
function checkedAs(name: string, text: string, locale: Locale) {
  const markdown = /\.md$/.test(name);
  const uri = `file:///briefs/${name}`;
  const document = TextDocument.create(uri, markdown ? 'markdown' : 'casefacts', 1, text);
  const parsed = parseText(uri, 1, text, markdown);
  return { document, parsed, diagnostics: findingsToDiagnostics(parsed, document, { locale }) };
}

/** The report of a brief as `analyze` makes it, under the name it is given. */
function reportOf(name: string, text: string, locale: Locale): Report {
  const { document, parsed, diagnostics } = checkedAs(name, text, locale);
  return buildReport(name, parsed, document, diagnostics, locale);
}

/** The bundled examples and a generated brief (bench/generate.mjs), as .case and as Markdown. */
function briefs(): { name: string; text: string }[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-stream-'));
  try {
    const made = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'generate.mjs'), '1500', dir], { encoding: 'utf8' });
    assert.strictEqual(made.status, 0, made.stderr);
    const examples = fs.readdirSync(path.join(ROOT, 'examples')).map((f) => ({ name: `examples/${f}`, text: fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8') }));
    return [...examples, ...['brief-1500.case', 'brief-1500.md'].map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }))];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A stream that takes each write on a later turn, as a slow pipe does; what it got, and how many writes it held at once. */
function slowReader(highWaterMark: number): { out: Writable; text: () => string; chunks: string[]; mostHeld: () => number } {
  const chunks: string[] = [];
  let held = 0;
  let most = 0;
  const out = new Writable({
    highWaterMark,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      chunks.push(chunk);
      setImmediate(() => {
        held--;
        done();
      });
    },
  });
  const write = out.write.bind(out) as (chunk: string) => boolean;
  out.write = ((chunk: string) => {
    held++;
    most = Math.max(most, held);
    return write(chunk);
  }) as typeof out.write;
  return { out, text: () => chunks.join(''), chunks, mostHeld: () => most };
}

/**
 * A stream for a text longer than the longest JavaScript string, which keeps its first write and
 * its last two; `ends()`, once the text is written, asserts that it was that long, in writes of
 * some tens of thousands of characters, and gives the writes kept.
 */
function longWritten(): { out: Writable; ends: () => string[] } {
  let length = 0;
  let longest = 0;
  const kept: string[] = [];
  const out = new Writable({
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      length += chunk.length;
      longest = Math.max(longest, chunk.length);
      if (kept.length === 3) {
        kept.splice(1, 1);
      }
      kept.push(chunk);
      done();
    },
  });
  return {
    out,
    ends() {
      assert.ok(length > constants.MAX_STRING_LENGTH, `${length} characters, over ${constants.MAX_STRING_LENGTH}`);
      assert.ok(longest < 100_000, `each write some tens of thousands of characters: ${longest}`);
      return kept;
    },
  };
}

const all = briefs();

suite('report written in pieces', () => {

  test('jsonPieces: what JSON.stringify writes, with and without a gap, marked lists and objects at any depth', () => {
    const leaf = { name: '快播 "q" \\ \n\t\u2028', list: [1, 'two', { three: null }], empty: {}, none: [] };
    const make = () => writtenInParts({
      file: 'a.case',
      providers: writtenElementwise([leaf, writtenInParts({ id: 'P', skipped: undefined, fn: () => 1, inner: writtenElementwise([leaf, undefined, writtenElementwise([]), writtenInParts({})]) })]),
      tail: 'end',
    });
    for (const gap of ['', ' ', '  ', '\t']) {
      const value = make();
      assert.strictEqual([...jsonPieces(value, gap)].join(''), JSON.stringify(value, null, gap), JSON.stringify(gap));
      assert.strictEqual([...jsonPieces(writtenElementwise([value, value]), gap)].join(''), JSON.stringify([value, value], null, gap));
    }
    assert.strictEqual([...jsonPieces(writtenElementwise([]), ' ')].join(''), '[]');
    assert.strictEqual([...jsonPieces(writtenInParts({ a: undefined }), ' ')].join(''), '{}');
  });

  for (const locale of LOCALES) {
    test(`${locale}: every format's pieces make the one-piece text, for each example and a generated brief, and for all of them at once`, () => {
      const reports = all.map((b) => reportOf(b.name, b.text, locale));
      for (const group of [...reports.map((r) => [r]), reports]) {
        const names = group.map((r) => r.file).join(', ');
        assert.strictEqual([...analysisTextPieces(group)].join(''), renderAnalysisText(group), `text: ${names}`);
        assert.strictEqual([...markdownPieces(group)].join(''), renderMarkdown(group), `markdown: ${names}`);
        // the page's body in pieces is the reports' trees made whole (as the webview's are), between the page's head and end
        const page = [...htmlPagePieces(group, locale)];
        const whole = `${page[0]}${group.map((r, i) => toHtml(reportView(r, r.locale, { interactive: false }, i))).join('\n')}${page[page.length - 1]}`;
        assert.strictEqual(page.join(''), whole, `html: ${names}`);
        assert.strictEqual(renderHtml(group, locale), whole, `html, whole: ${names}`);
        const json = group.length === 1 ? reportJson(group[0]) : writtenElementwise(group.map(reportJson));
        assert.strictEqual([...jsonPieces(json, ' ')].join(''), JSON.stringify(json, null, 1), `json: ${names}`);
      }
      // the webview's page is the same tree, whether made whole or in parts
      for (const r of reports) {
        for (const interactive of [false, true]) {
          assert.deepStrictEqual(wholeElement(reportViewInParts(r, locale, { interactive })), reportView(r, locale, { interactive }));
          assert.strictEqual([...htmlPieces(reportViewInParts(r, locale, { interactive }))].join(''), toHtml(reportView(r, locale, { interactive })));
        }
      }
    });
  }

  test('each provider is a piece of its own: its section, its table row, its Markdown part, its JSON', () => {
    const r = reportOf('brief-1500.case', all.find((b) => b.name === 'brief-1500.case')!.text, 'en');
    assert.ok(r.providers.length > 50, String(r.providers.length));
    const html = [...htmlPagePieces([r], 'en')];
    assert.strictEqual(html.filter((p) => p.startsWith('<section class="provider"')).length, r.providers.length);
    assert.strictEqual(html.filter((p) => p.startsWith('<tr data-key="row:')).length, r.providers.length);
    assert.ok(html.every((p) => p.length < 100_000), `the longest piece: ${Math.max(...html.map((p) => p.length))}`);
    assert.strictEqual([...markdownPieces([r])].filter((p) => /^\n### /.test(p)).length, r.providers.length);
    assert.strictEqual([...analysisTextPieces([r])].length, r.providers.length + 1);
    const json = [...jsonPieces(reportJson(r), ' ')];
    assert.strictEqual(json.filter((p) => p.startsWith('{\n   "id": ')).length, r.providers.length);
  });

  test('the writer waits for a slow reader (one write held at a time) and ends the text with a line break, as before', async () => {
    const reports = all.slice(0, 3).map((b) => reportOf(b.name, b.text, 'zh-CN'));
    const big = reportOf('brief-1500.md', all.find((b) => b.name === 'brief-1500.md')!.text, 'zh-CN');
    for (const [format, whole] of [
      ['text', renderAnalysisText(reports)],
      ['markdown', renderMarkdown(reports)],
      ['html', renderHtml(reports, 'zh-CN')],
      ['json', JSON.stringify(reports.map(reportJson), null, 1)],
    ] as const) {
      const reader = slowReader(1);
      assert.strictEqual(await writeReports(reports, format, 'zh-CN', reader.out), 0);
      assert.strictEqual(reader.text(), whole.endsWith('\n') ? whole : `${whole}\n`, format);
      assert.strictEqual(reader.mostHeld(), 1, `${format}: a write only after the last was taken`);
    }
    const reader = slowReader(16 * 1024);
    await writeReports([big], 'html', 'zh-CN', reader.out);
    assert.strictEqual(reader.text(), renderHtml([big], 'zh-CN'));
    assert.ok(reader.chunks.length > 1, `${reader.chunks.length} writes`);
  });

  test('a report longer than the longest JavaScript string is written all the same', async () => {
    // 60,000 providers whose finding quotes the same ten thousand characters: one string, shared
    const message = 'x'.repeat(10_000);
    const provider = (i: number): ReportProvider => ({
      id: `P${i}`, line: i + 1, roles: ['storage'],
      criminal: { level: 'none', offenses: [], controlling: null, reasons: [] },
      civil: { level: 'none', reasons: [] },
      findings: [{ rule: 'no-general-monitoring', severity: 'information', line: i + 1, column: 1, section: 'II.(二)', message }],
      notes: [], decisive: [],
    });
    const report: Report = { file: 'long.case', locale: 'en', providers: Array.from({ length: 60_000 }, (_, i) => provider(i)), offenders: [] };
    const { out, ends } = longWritten();
    assert.strictEqual(await writeReports([report], 'json', 'en', out), 0);
    assert.match(ends()[0].slice(0, 40), /^\{\n "file": "long\.case",\n "providers": \[/);
    assert.match(ends().slice(1).join('').slice(-40), /xx"\n {4}\}\n {3}\]\n {2}\}\n \]\n\}\n$/);
  });
});

suite('check written in pieces', () => {
  const FORMATS = ['text', 'json', 'sarif'];

  for (const locale of LOCALES) {
    test(`${locale}: every format, a write only after the last was taken, makes the one-piece text: each example, a generated brief, all at once`, async () => {
      const rows = new Map(all.map((b) => [b.name, checkRows(b.name, checkedAs(b.name, b.text, locale).diagnostics)]));
      for (const group of [...all.map((b) => [b.name]), all.map((b) => b.name)]) {
        const named = group.flatMap((name) => rows.get(name)!);
        for (const format of FORMATS) {
          const reader = slowReader(1);
          assert.strictEqual(await writeCheck(named, format, group.length, locale, reader.out), 0);
          const whole = checkOutputWhole(named, format, group.length, locale);
          assert.ok(reader.text() === whole, `${format}: ${group.join(', ')}: ${reader.text().length} characters written, ${whole.length} rendered whole`);
          assert.strictEqual(reader.mostHeld(), 1, `${format}: a write only after the last was taken`);
          assert.ok(reader.chunks.every((c) => c.length < 100_000), `${format}: writes of some tens of thousands of characters at most`);
        }
      }
      // a brief with no diagnostics: the empty list, the run without results, the clean line
      const clean: Row[] = [];
      for (const format of FORMATS) {
        const reader = slowReader(1);
        await writeCheck(clean, format, 1, locale, reader.out);
        assert.strictEqual(reader.text(), checkOutputWhole(clean, format, 1, locale), format);
      }
    });
  }

  test('a check longer than the longest JavaScript string is written all the same, in every format', async function () {
    this.timeout(120_000);
    // 60,000 diagnostics whose message quotes the same ten thousand characters: one string, shared
    const message = 'x'.repeat(10_000);
    const rows: Row[] = Array.from({ length: 60_000 }, (_, i) => ({
      file: 'long.case', line: i + 1, column: 1, endLine: i + 1, endColumn: 2, severity: 'warning', code: 'no-general-monitoring', message,
    }));
    const starts: Record<string, RegExp> = {
      text: /^long\.case:1:1: warning no-general-monitoring: xx/,
      json: /^\[\n \{\n  "file": "long\.case",\n  "line": 1,/,
      sarif: /^\{\n "\$schema": "https:\/\/json\.schemastore\.org\/sarif-2\.1\.0\.json",\n "version": "2\.1\.0",/,
    };
    const endings: Record<string, RegExp> = {
      text: /xx\n0 error\(s\), 60000 warning\(s\), 0 info in 1 file\(s\)\n$/,
      json: /xx"\n \}\n\]\n$/,
      sarif: /"endColumn": 2\n {8}\}\n {7}\}\n {6}\}\n {5}\]\n {4}\}\n {3}\]\n {2}\}\n \]\n\}\n$/,
    };
    for (const format of FORMATS) {
      const { out, ends } = longWritten();
      assert.strictEqual(await writeCheck(rows, format, 1, 'en', out), 0);
      assert.match(ends()[0].slice(0, 120), starts[format], format);
      assert.match(ends().slice(1).join('').slice(-120), endings[format], format);
    }
  });
});

suite('the panel\'s page made in slices', () => {
  const all = briefs();

  for (const locale of LOCALES) {
    test(`${locale}: the page made in slices is the page made at once, for each example and a generated brief`, async () => {
      for (const b of all) {
        const { document, parsed, diagnostics } = checkedAs(b.name, b.text, locale);
        let pauses = 0;
        const sliced = await reportPageInSlices(b.name, parsed, document, diagnostics, locale, () => {
          pauses++;
          return new Promise((resolve) => setImmediate(resolve));
        });
        assert.deepStrictEqual(sliced, reportPage(b.name, parsed, document, diagnostics, locale), b.name);
        const yielding = () => new Promise<void>((resolve) => setImmediate(resolve));
        assert.deepStrictEqual(await buildReportInSlices(b.name, parsed, document, diagnostics, locale, yielding), buildReport(b.name, parsed, document, diagnostics, locale), b.name);
        if (b.name.startsWith('brief-1500')) {
          // a pause after the report and between the page's parts: each provider's section, the table, the diagram
          const providers = buildReport(b.name, parsed, document, diagnostics, locale).providers.length;
          assert.ok(pauses > providers, `${b.name}: ${pauses} pauses for ${providers} providers`);
        }
      }
    });
  }

  test('a pause that fails (the brief changed) ends the page there, with its error, and the next page is whole', async () => {
    const b = all.find((x) => x.name === 'brief-1500.case');
    assert.ok(b);
    const { document, parsed, diagnostics } = checkedAs(b.name, b.text, 'en');
    const before = reportPage(b.name, parsed, document, diagnostics, 'en');
    let pauses = 0;
    const changed = new Error('the brief changed');
    await assert.rejects(
      reportPageInSlices(b.name, parsed, document, diagnostics, 'en', () => (++pauses === 40 ? Promise.reject(changed) : undefined)),
      (e) => e === changed,
    );
    assert.strictEqual(pauses, 40);
    // the sections kept for the next page are those of the last page made whole
    assert.deepStrictEqual(reportPage(b.name, parsed, document, diagnostics, 'en'), before);
  });
});
