/**
 * The liability report as a reader sees it: the Markdown and HTML renderers on
 * the paper's cases in both languages, the diagram, and a hostile brief whose
 * every free text is markup or script.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { sectionsZh, type Locale } from '../../server/src/service/i18n/messages';
import { findingsToDiagnostics, parseText } from '../../server/src/service/languageService';
import { reportBundle } from '../../server/src/service/report/bundle';
import { escapeHtml, safeHref, textOf, toHtml, ViewElement, ViewNode } from '../../server/src/service/report/elements';
import { renderHtml } from '../../server/src/service/report/html';
import { levelLabel, offenseName, t } from '../../server/src/service/report/labels';
import { mdEscape, renderMarkdown } from '../../server/src/service/report/markdown';
import { buildReport, Report } from '../../server/src/service/report/report';
import { reportView } from '../../server/src/service/report/view';
import { DOCS_BASE_URL } from '../../server/src/service/rules/meta';

const CASES = '/work/shared/acceptance/cases';
const EXPECTED = JSON.parse(fs.readFileSync('/work/shared/acceptance/expected.json', 'utf8')) as Record<string, {
  providers: Record<string, { criminal: string; civil?: string; controlling?: string; offenses: [string, string, string, string?][] }>;
}>;
const HOSTILE = path.join(__dirname, '..', 'browser', 'fixtures', 'hostile.case');
const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

function reportOf(file: string, locale: Locale, text = fs.readFileSync(file, 'utf8')): Report {
  const uri = `file://${file}`;
  const document = TextDocument.create(uri, 'casefacts', 1, text);
  const parsed = parseText(uri, 1, text, false);
  const diagnostics = findingsToDiagnostics(parsed, document, { locale });
  return buildReport(file, parsed, document, diagnostics, locale);
}

/** The Markdown table row of a provider, split into its cells (escaped pipes kept). */
function mdRow(md: string, id: string): string[] {
  const row = md.split('\n').find((l) => l.startsWith(`| ${id} `) || l.startsWith(`| ${id}|`) || l.startsWith(`| ${id}（`));
  assert.ok(row, `no table row for ${id} in:\n${md}`);
  return row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
}

function find(node: ViewNode, pred: (e: ViewElement) => boolean): ViewElement[] {
  if (typeof node === 'string') {
    return [];
  }
  return [...(pred(node) ? [node] : []), ...(node.children ?? []).flatMap((c) => find(c, pred))];
}

suite('Liability report', () => {
  for (const file of Object.keys(EXPECTED)) {
    for (const locale of LOCALES) {
      test(`${file} (${locale}): the Markdown table gives each provider's levels in words and icons`, () => {
        const r = reportOf(path.join(CASES, file), locale);
        const md = renderMarkdown([r]);
        assert.ok(md.includes(`| ${t('report.provider', locale)} | ${t('report.roles', locale)} | ${t('report.criminal', locale)} |`));
        for (const [id, want] of Object.entries(EXPECTED[file].providers)) {
          const cells = mdRow(md, id);
          assert.strictEqual(cells.length, 6, `row of ${id}: ${cells.join(' ¦ ')}`);
          assert.strictEqual(cells[2], levelLabel(want.criminal, locale));
          if (want.civil) {
            assert.strictEqual(cells[5], levelLabel(want.civil, locale));
          }
          if (want.controlling || want.offenses.length === 0) {
            assert.strictEqual(cells[4], want.controlling ? offenseName(want.controlling, locale) : '—');
          }
          for (const [offense, level, as, of] of want.offenses) {
            const role = as === 'accomplice' ? t('report.accomplice', locale, { of: of! }) : t('report.principal', locale);
            // in Chinese one pair of brackets: 诈骗罪（第266条；Fraudsters的共犯，● 符合成立条件）
            const named = locale === 'zh-CN'
              ? `${offenseName(offense, locale).replace(/）$/, '')}；${role}，${levelLabel(level, locale)}）`
              : `${offenseName(offense, locale)} (${role}, ${levelLabel(level, locale)})`;
            assert.ok(cells[3].includes(named),
              `${id}: ${offense} as ${as} at ${level} not in "${cells[3]}"`);
          }
        }
      });

      test(`${file} (${locale}): every finding appears with its rule, line and the paper's section`, () => {
        const r = reportOf(path.join(CASES, file), locale);
        const md = renderMarkdown([r]);
        const html = renderHtml([r], locale);
        const findings = r.providers.flatMap((p) => p.findings);
        for (const f of findings) {
          const line = t('report.line', locale, { line: f.line });
          assert.ok(md.includes(locale === 'zh-CN' ? `\`${f.rule}\`（${line}` : `\`${f.rule}\` (${line}`), `Markdown lacks ${f.rule} at ${line}`);
          assert.ok(html.includes(`href="${DOCS_BASE_URL}${f.rule}.md"`), `HTML lacks the doc link of ${f.rule}`);
          if (f.section) {
            // in Chinese, the sections as the paper writes them, after a full-width colon
            const section = locale === 'zh-CN' ? `论文出处：${sectionsZh(f.section)}` : `Paper: ${f.section}`;
            assert.ok(md.includes(mdEscape(section)), `Markdown lacks the section of ${f.rule}: ${section}`);
            assert.ok(html.includes(escapeHtml(section)), `HTML lacks the section of ${f.rule}: ${section}`);
          }
          assert.ok(html.includes(escapeHtml(f.message)), `HTML lacks the message of ${f.rule}`);
          // the report is what a brief quotes: the paper's argument under every doctrine finding
          assert.ok(f.explanation, `${f.rule} has no explanation in the report`);
          assert.ok(md.includes(`  - ${mdEscape(f.explanation)}`), `Markdown lacks the explanation of ${f.rule}`);
          assert.ok(html.includes(escapeHtml(f.explanation)), `HTML lacks the explanation of ${f.rule}`);
        }
      });

      test(`${file} (${locale}): the HTML table row says the same as the Markdown one`, () => {
        const r = reportOf(path.join(CASES, file), locale);
        const view = reportView(r, locale, { interactive: false });
        for (const [id, want] of Object.entries(EXPECTED[file].providers)) {
          const [row] = find(view, (e) => e.attrs?.['data-key'] === `row:${id}`);
          assert.ok(row, `no HTML row for ${id}`);
          const cells = (row.children ?? []).map(textOf);
          assert.strictEqual(cells[2], levelLabel(want.criminal, locale));
          if (want.civil) {
            assert.strictEqual(cells[5], levelLabel(want.civil, locale));
          }
        }
        assert.match(renderHtml([r], locale), new RegExp(`<html lang="${locale}">`));
      });
    }
  }

  test('the diagram draws each provider, each offender and an arrow per uses link, labelled in words', () => {
    const r = reportOf(path.join(CASES, 'p02-case1-broadband.case'), 'en');
    const svg = find(reportView(r, 'en', { interactive: false }), (e) => e.tag === 'svg')[0];
    assert.ok(svg, 'no diagram');
    const nodes = find(svg, (e) => (e.attrs?.class ?? '').split(' ').includes('node'));
    assert.deepStrictEqual(nodes.map((n) => n.attrs?.['data-key']), ['provider:Yang', 'offender:Fraudsters']);
    assert.ok(textOf(nodes[0]).includes(`Criminal: ${levelLabel('liable', 'en')}`));
    assert.ok(textOf(nodes[1]).includes('art. 266 (fraud)'));
    const edges = find(svg, (e) => (e.attrs?.class ?? '').split(' ').includes('edge'));
    assert.strictEqual(edges.length, 1);
    assert.ok(textOf(edges[0]).includes(`accomplice: ${levelLabel('liable', 'en')}`), textOf(edges[0]));
    assert.match(edges[0].attrs!.class, /level-liable/);
  });

  test('a provider helping several offenders: each arrow carries its own offender\'s level and its own point on each box', () => {
    const text = [
      'provider A {\n  role caching\n  knowledge specific\n  targeted yes\n}',
      'provider B {\n  role link\n  knowledge none\n}',
      'offender O1 {\n  offense art363\n  uses A\n}',
      'offender O2 {\n  offense art266\n  uses A, B, A\n}',
      'offender O3 {\n  offense art287-1\n  uses A\n}',
      '',
    ].join('\n');
    const r = reportOf('/tmp/many-helped.case', 'en', text);
    const svg = find(reportView(r, 'en', { interactive: false }), (e) => e.tag === 'svg')[0];
    const edges = find(svg, (e) => (e.attrs?.class ?? '').split(' ').includes('edge'));
    const drawn = edges.map((e) => [
      e.attrs!.class,
      find(e, (x) => x.tag === 'title').map(textOf)[0],
      find(e, (x) => x.tag === 'path')[0].attrs!.d,
    ]);
    // A's three arrows leave at 1/4, 2/4, 3/4 of its side, O2's two arrive at 1/3, 2/3 of its;
    // O3's offense is no article, so A is no accomplice of it
    assert.deepStrictEqual(drawn, [
      ['edge level-liable', 'A helps O1 (art. 363): accomplice: ● liable', 'M282 35C377 35 375 40 470 40'],
      ['edge level-none', 'A helps O3: accomplice: ○ none', 'M282 58C377 58 375 118 470 118'],
      ['edge level-liable', 'A helps O2 (art. 266): accomplice: ● liable', 'M282 81C377 81 375 186.66666666666666 470 186.66666666666666'],
      ['edge level-none', 'B helps O2 (art. 266): accomplice: ○ none', 'M282 163C377 163 375 205.33333333333334 470 205.33333333333334'],
    ]);
    const md = renderMarkdown([r]);
    for (const [provider, offender, level] of [['A', 'O1', 'liable'], ['A', 'O2', 'liable'], ['B', 'O2', 'none'], ['A', 'O3', 'none']] as const) {
      assert.ok(md.includes(`${t('report.helps', 'en', { id: provider, of: offender })}`) && md.split('\n').some((l) =>
        l.includes(t('report.helps', 'en', { id: provider, of: offender })) && l.endsWith(levelLabel(level, 'en'))), `${provider}→${offender} ${level} in:\n${md}`);
    }
  });

  test('two offenders of one offense using one provider: an accomplice conclusion for each, in the order they use it', () => {
    const text = 'provider A {\n  role caching\n  knowledge specific\n  targeted yes\n}\n' +
      ['O1', 'O2', 'O3'].map((id) => `offender ${id} {\n  offense art363\n  uses A\n}\n`).join('');
    const r = reportOf('/tmp/one-offense.case', 'en', text);
    assert.deepStrictEqual(r.providers[0].criminal.offenses.filter((o) => o.as === 'accomplice').map((o) => [o.offense, o.of, o.level]),
      [['art363', 'O1', 'liable'], ['art363', 'O2', 'liable'], ['art363', 'O3', 'liable']]);
  });

  test('a uses list naming ids twice: each id once, in the order first written', () => {
    const text = 'provider A {\n  role caching\n}\nprovider B {\n  role link\n}\noffender O {\n  offense art363\n  uses B, A, B, C, A, C\n}\n';
    const r = reportOf('/tmp/uses-twice.case', 'en', text);
    assert.deepStrictEqual(r.offenders.map((o) => [o.id, o.uses]), [['O', ['B', 'A', 'C']]]);
    // a long list (past the few values scanned, kept in a set): still each id once, in order
    const ids = Array.from({ length: 40 }, (_, i) => `P${i}`);
    const long = `offender O {\n  offense art363\n  uses ${[...ids, ...ids.slice().reverse(), 'P3'].join(', ')}\n}\n`;
    assert.deepStrictEqual(reportOf('/tmp/uses-long.case', 'en', long).offenders[0].uses, ids);
  });

  test('in the webview the nodes, lines and findings link to their lines; the standalone page has no such links', () => {
    const r = reportOf(path.join(CASES, 'p01-qvod.case'), 'en');
    const live = reportView(r, 'en', { interactive: true });
    const lines = find(live, (e) => e.attrs?.['data-line'] !== undefined).map((e) => Number(e.attrs!['data-line']));
    assert.ok(lines.includes(7), 'the provider Qvod (line 7) is not linked');
    assert.ok(lines.includes(23), 'the finding on line 23 is not linked');
    assert.ok(find(live, (e) => e.attrs?.['data-command'] === 'copyMarkdown').length === 1);
    const page = renderHtml([r], 'en');
    assert.ok(!page.includes('data-line="'), 'the standalone page links to editor lines');
    assert.ok(!page.includes('data-command="'));
  });

  test('a finding reads as the headline, then the paper\'s argument and sources under it', () => {
    const r = reportOf(path.join(CASES, 'p01-qvod.case'), 'en');
    const f = r.providers[0].findings.find((x) => x.rule === 'omission-dissemination')!;
    assert.strictEqual(f.message, 'Dissemination by omission: the paper argues punishing an impure omission here strains the legality principle (I.(一))');
    assert.match(f.explanation!, /^The paper also invokes criminal law's restraint \(谦抑\)\. Armin Kaufmann held that such punishment breaches the legality principle \(\[11\]\(P150\)\)/);
    const md = renderMarkdown([r]).split('\n');
    const at = md.findIndex((l) => l.includes('`omission-dissemination`'));
    assert.match(md[at], /: Dissemination by omission: the paper argues .* \(I\.\(一\)\)$/);
    assert.match(md[at + 1], /^ {2}- The paper also invokes .*Armin Kaufmann.*\\\[11\\\]\(P150\)/);
    const view = reportView(r, 'en', { interactive: false });
    const [li] = find(view, (e) => (e.attrs?.class ?? '').startsWith('finding ') && textOf(e).includes('omission-dissemination'));
    const paragraphs = find(li, (e) => e.tag === 'p').map((e) => [e.attrs?.class, textOf(e)]);
    assert.deepStrictEqual(paragraphs, [['message', f.message], ['explanation', f.explanation]]);
    const zh = reportOf(path.join(CASES, 'p01-qvod.case'), 'zh-CN').providers[0].findings.find((x) => x.rule === 'omission-dissemination')!;
    assert.match(zh.explanation!, /阿明·考夫曼.*\[11\]\(P150\)/);
  });

  test('a Chinese report reads in Chinese punctuation: 、 between roles, （…） for asides, no space after a full-width colon', () => {
    const text = [
      '服务商 甲 “甲公司” ｛',
      '  类型：存储，技术支持',
      '  明知：明知 “知道对方实施诈骗”',
      '  专门：是',
      '  移除：拒绝',
      '｝',
      '正犯 团伙 ｛ 罪名：诈骗罪；利用：甲 ｝',
      '指控 甲 帮助信息网络犯罪活动罪',
    ].join('\n');
    const r = reportOf(path.join(CASES, 'zh.case'), 'zh-CN', text);
    const md = renderMarkdown([r]);
    assert.ok(md.startsWith('## 责任分析报告：'), md);
    assert.ok(md.includes('| 甲（甲公司） | 存储、技术支持 | ● '), md);
    // the offense as every message names it, its article and its role in one pair of brackets
    assert.ok(md.includes('| 帮助信息网络犯罪活动罪（第287条之二；正犯，● '), md);
    assert.ok(md.includes('| 诈骗罪（第266条） |'), 'the controlling offense');
    // no space between Chinese ids and Chinese words
    assert.ok(md.includes('- 甲帮助团伙（第266条）：共犯，● '), md);
    assert.ok(md.includes('**刑事责任：** ● '), md);
    assert.ok(md.includes('- “明知”：“知道对方实施诈骗”（第 3 行）'), 'a note under the key the reader wrote');
    assert.match(md, /- ℹ 提示 `helping-concurrence`（第 8 行；论文出处：三（一）1）：甲同时符合/);
    assert.match(md, /（第 \d+ 行）$/m);
    // nothing of the English frame left: no half-width colon, comma-space or parenthesis outside the sources
    const frame = md.replace(/\\\[\d+\\\]\([^)]*\)/g, '').replace(/https?:\/\/\S+/g, '');
    assert.ok(!/: |, |[^\\]\(|\)[^\\]|： /.test(frame), frame.split('\n').filter((l) => /: |, |\(|： /.test(l)).join('\n'));
    const html = renderHtml([r], 'zh-CN');
    assert.ok(html.includes('<h1>责任分析报告：'), html);
    assert.ok(html.includes('<h3>刑事责任：<span class="level'), html);
    assert.ok(html.includes('<td>存储、技术支持</td>'), html);
    assert.ok(html.includes('<code>明知</code>'), html);
  });

  test('the decisive facts (what-if) are listed under each provider', () => {
    const r = reportOf(path.join(CASES, 'p01-qvod.case'), 'en');
    const md = renderMarkdown([r]);
    assert.ok(md.includes(`**${t('report.decisive', 'en')}:**`));
    assert.ok(md.includes('- if `targeted` were `yes`: criminal ● liable'), md);
    const zh = renderMarkdown([reportOf(path.join(CASES, 'p01-qvod.case'), 'zh-CN')]);
    assert.ok(zh.includes(`**${t('report.decisive', 'zh-CN')}：**`));
  });

  test('a provider part unchanged from the last page keeps its section; a changed one gets a new one, as a fresh page has', () => {
    const examples = path.join(__dirname, '..', '..', 'examples');
    const two = `${fs.readFileSync(path.join(examples, '01-qvod.case'), 'utf8')}\n${fs.readFileSync(path.join(examples, '07-case6-phishing.case'), 'utf8')}`;
    const file = path.join(examples, 'two.case');
    const sections = (v: ViewElement) => v.children!.filter((c): c is ViewElement => typeof c !== 'string' && c.attrs?.['data-key']?.startsWith('provider:') === true);
    const before = sections(reportView(reportOf(file, 'en', two), 'en', { interactive: true }));
    const editedText = two.replace('takedown       refused', 'takedown       prompt');
    const edited = reportOf(file, 'en', editedText);
    const after = sections(reportView(edited, 'en', { interactive: true }));
    assert.deepStrictEqual(after.map((x) => x.attrs?.['data-key']), ['provider:Qvod', 'provider:Builders']);
    assert.notStrictEqual(after[0], before[0], 'Qvod changed: its section is made again');
    assert.notDeepStrictEqual(after[0], before[0]);
    assert.strictEqual(after[1], before[1], 'Builders unchanged: the same section');
    // a page made with nothing kept (another page in between) is the same
    reportView(edited, 'zh-CN', { interactive: true });
    const fresh = sections(reportView(edited, 'en', { interactive: true }));
    assert.notStrictEqual(fresh[1], after[1]);
    assert.deepStrictEqual(fresh, after);
    // the standalone page has no links: never a webview section
    const standalone = sections(reportView(edited, 'en', { interactive: false }));
    assert.ok(!JSON.stringify(standalone).includes('data-line'), 'no reveal links in the standalone page');
    // an export between two of the panel's pages (Copy as Markdown, Save as HTML) leaves the
    // panel its sections: the next page keeps them
    const panel = sections(reportView(edited, 'en', { interactive: true }));
    reportView(edited, 'en', { interactive: false });
    const next = sections(reportView(edited, 'en', { interactive: true }));
    assert.strictEqual(next[0], panel[0], 'Qvod unchanged across an export: the same section');
    assert.strictEqual(next[1], panel[1], 'Builders unchanged across an export: the same section');
  });

  test('the report carries the notes of the brief', () => {
    const r = reportOf(path.join(CASES, 'p06-case5-payment.case'), 'en');
    assert.ok(renderMarkdown([r]).includes('- `industry-rules`: “applied for payment accounts with purchased licences and fake domain filings”'));
  });

  test('the editor bundle holds exactly the CLI renderers\' output', () => {
    const file = path.join(CASES, 'p07-case6-phishing.case');
    const text = fs.readFileSync(file, 'utf8');
    const uri = `file://${file}`;
    const document = TextDocument.create(uri, 'casefacts', 3, text);
    const parsed = parseText(uri, 3, text, false);
    const diagnostics = findingsToDiagnostics(parsed, document, { locale: 'zh-CN' });
    const b = reportBundle(file, parsed, document, diagnostics, 'zh-CN');
    const r = buildReport(file, parsed, document, diagnostics, 'zh-CN');
    assert.strictEqual(b.markdown, renderMarkdown([r]));
    assert.strictEqual(b.html, renderHtml([r], 'zh-CN'));
    assert.strictEqual(b.version, 3);
    assert.strictEqual(b.labels.title, '责任分析报告：p07-case6-phishing.case');
  });

  suite('a hostile brief', () => {
    const text = fs.readFileSync(HOSTILE, 'utf8');
    const payloads = [
      '<script>window.__pwnedName=1;alert(1)</script>',
      '<img src=x onerror="window.__pwnedImg=1;alert(1)">',
      '<svg onload="window.__pwnedSvg=1;alert(1)"></svg>',
      '<iframe src="javascript:alert(1)"></iframe>',
      '<a href="javascript:window.__pwnedLink=1">click</a>',
    ];

    test('still parses: every payload reaches the report as a name, a title or a note', () => {
      const r = reportOf(HOSTILE, 'en', text);
      assert.strictEqual(r.providers.length, 1);
      assert.strictEqual(r.offenders.length, 1);
      const all = textOf(reportView(r, 'en', { interactive: true }));
      for (const p of payloads) {
        assert.ok(all.includes(p), `payload missing from the report: ${p}`);
      }
    });

    for (const locale of LOCALES) {
      test(`HTML (${locale}): no markup from the file survives, and its text is all there escaped`, () => {
        const html = renderHtml([reportOf(HOSTILE, locale, text)], locale);
        assert.doesNotMatch(html, /<(script|img|iframe|svg onload|a href="javascript)/i);
        assert.doesNotMatch(html, /<[^>]*\son\w+=/i, 'an element with an event handler');
        assert.doesNotMatch(html, /href="javascript/i);
        assert.ok(html.includes('&#60;script&#62;window.__pwnedName=1;alert(1)&#60;/script&#62;'));
        assert.ok(html.includes('&#60;img src=x onerror=&#34;window.__pwnedImg=1;alert(1)&#34;&#62;'));
        assert.ok(!html.includes('<script'), 'a script element in the page');
      });

      test(`Markdown (${locale}): no HTML, link or table cell can start inside the file's text`, () => {
        const md = renderMarkdown([reportOf(HOSTILE, locale, text)]);
        assert.doesNotMatch(md, /(?<!\\)<(script|img|iframe|svg|a )/);
        assert.doesNotMatch(md, /(?<!\\)\]\(javascript/);
        assert.strictEqual(mdRow(md, 'Evil').length, 6, 'a pipe in a name split the table row');
      });
    }
  });

  suite('escaping primitives', () => {
    test('escapeHtml escapes the five characters and the backtick', () => {
      assert.strictEqual(escapeHtml('<a href="x" title=\'y\'>&`</a>'), '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#96;&#60;/a&#62;');
    });

    test('the serialiser drops unknown tags, event handlers, styles and foreign links', () => {
      const html = toHtml({
        tag: 'div',
        attrs: { class: 'a', onclick: 'alert(1)', style: 'color:red' },
        children: [
          { tag: 'script', children: ['alert(1)'] },
          { tag: 'a', attrs: { href: 'javascript:alert(1)' }, children: ['x'] },
          { tag: 'a', attrs: { href: `${DOCS_BASE_URL}../../evil.md` }, children: ['y'] },
          { tag: 'a', attrs: { href: `${DOCS_BASE_URL}syntax.md` }, children: ['z'] },
        ],
      });
      assert.strictEqual(html, `<div class="a">alert(1)<a>x</a><a>y</a><a href="${DOCS_BASE_URL}syntax.md">z</a></div>`);
    });

    test('only rule doc pages and fragments are safe links', () => {
      assert.ok(safeHref(`${DOCS_BASE_URL}omission-dissemination.md`));
      assert.ok(safeHref('#'));
      assert.ok(!safeHref('https://example.com/'));
      assert.ok(!safeHref(`${DOCS_BASE_URL}x.md?y`));
      assert.ok(!safeHref(`${DOCS_BASE_URL}x.md#<script>`));
    });

    test('mdEscape keeps the text on one line and inert', () => {
      assert.strictEqual(mdEscape('a|b *c* [d](e) <f>\n`g`'), 'a\\|b \\*c\\* \\[d\\](e) \\<f\\> \\`g\\`');
    });
  });
});
