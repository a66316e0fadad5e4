/**
 * What a Chinese reader sees, read as a Chinese lawyer reads it: every catalog message and
 * everything the briefs of zhOutput.ts show with locale zh-CN (diagnostics, related
 * information, hovers, completions, code lenses, quick fixes, the report in Markdown and HTML)
 * has no English words but the ids and codes a user types, Chinese punctuation next to Chinese
 * text, no space between two Chinese characters but beside an id as written, one term per
 * concept, and the same sections as the English text cites.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { format, messageDef, messageIds, sectionsZh } from '../../server/src/service/i18n/messages';
import { w } from '../../server/src/service/i18n/words';
import { offenseName } from '../../server/src/service/report/labels';
import { lookupOffense } from '../../server/src/service/vocabulary';
import { TERM_HELP } from '../../server/src/service/knowledge/terms';
import { TOPICS } from '../../server/src/service/knowledge/topics';
import { RULES } from '../../server/src/service/rules/meta';
import { allZhTexts, fileBriefs, Shown, zhBriefs } from '../helpers/zhOutput';
import { filesUnder } from '../helpers/files';

const ROOT = path.join(__dirname, '..', '..');

/** English words a Chinese text may show: names of formats and tools, and what a user types. */
const ALLOWED_WORDS = new Set([
  'CaseFacts', 'casefacts', 'Markdown', 'HTML', 'JSON', 'SARIF', 'UTF-8', 'UTF-16', 'GDP', 'YYYY-MM-DD', 'U',
  // `.case` files and ```case blocks: the file type the user saves
  'case',
]);
const RULE_IDS = new Set(RULES.map((r) => r.id));

/** The briefs by name: their own texts (ids, quoted names and notes) are the user's words, not ours. */
const BRIEFS = new Map([...zhBriefs(), ...fileBriefs()].map((b) => [b.name, b.text]));

/** A brief's quoted strings (display names, notes), longest first, and the ids its blocks declare. */
function userText(brief: string): { strings: string[]; ids: Set<string> } {
  const strings = [...brief.matchAll(/"((?:[^"\\\n]|\\.)*)"|“([^”\n]*)”|「([^」\n]*)」/g)]
    .map((m) => m[1] ?? m[2] ?? m[3]).filter((x) => x.trim() !== '').sort((a, b) => b.length - a.length);
  const ids = new Set([...brief.matchAll(/^\s*(?:provider|offender|服务商|正犯)\s+([^\s{｛"“]+)/gim)].map((m) => m[1]));
  return { strings, ids };
}

/**
 * A text with what may be English taken out: links, `code` spans, the brief's own notes
 * (“…” after 文书注释 or a key in the report), the sources' markers, hover headings that pair
 * the English id a user may type with its Chinese word (**caching · 缓存**), options of the
 * command line and settings (`--rule`, `off|info|warning|error`).
 */
function ourWords(s: Shown): string {
  return s.text
    .replace(/<\/?[a-z]+[^>]*>/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/\\?\[\d+\\?\]\(P[^)]*\)|\\?\[\d+\\?\]/g, '')
    .replace(/\*\*[\w-]+ · [^*\n]+\*\*/g, '')
    .replace(/[\w-]+\.(?:case|md)\b/g, '')
    .replace(/(?:^|\s)--[\w-]+(?:=\S+)?/g, ' ')
    .replace(/\b(?:off|info|warning|error)(?:\|(?:off|info|warning|error))+\b/g, '')
    .replace(/(?:可写|也可写) [\w/、 \u4e00-\u9fff]+/g, '');
}

/** Where a reader sees the English spelling of the language's own words on purpose. */
const TYPED_HERE = /^message (?:cli|config)\./;

suite('Chinese output (zh-CN): every message, hover, completion, lens, fix and report', () => {
  let shown: Shown[] = [];
  suiteSetup(function () {
    this.timeout(60_000);
    shown = allZhTexts();
    assert.ok(shown.length > 1000, `only ${shown.length} texts gathered`);
  });

  test('no English words but rule codes, offense ids, formats and what the user wrote or types', () => {
    const bad: string[] = [];
    for (const s of shown) {
      const brief = BRIEFS.get(s.where.split(/[: ]/)[0]);
      const user = brief === undefined ? { strings: [], ids: new Set<string>() } : userText(brief);
      const text = user.strings.reduce((t, x) => t.split(x).join(' '), ourWords(s));
      for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9-]*(?:\.\d+)?/g)) {
        const w = m[0];
        if (ALLOWED_WORDS.has(w) || RULE_IDS.has(w) || /^art[\d-]+$/.test(w) || user.ids.has(w) || TYPED_HERE.test(s.where)) {
          continue;
        }
        bad.push(`${s.where}: “${w}” in …${text.slice(Math.max(0, m.index - 30), m.index + w.length + 20).replace(/\n/g, '⏎')}…`);
      }
    }
    assert.deepStrictEqual([...new Set(bad)].slice(0, 30), []);
  });

  test('Chinese punctuation next to Chinese text: no ASCII comma, colon, semicolon, parenthesis or double quote', () => {
    const han = '[\\u4e00-\\u9fff）”]';
    const ascii = new RegExp(`${han}[,:;(]|[,:;)] ?${han.replace('）”', '（“')}|${han}"|"${han}`, 'u');
    const bad: string[] = [];
    for (const s of shown) {
      // the sources' page lists `(P89, P100)` stay as the paper prints them
      const text = s.text.replace(/\\?\[\d+\\?\]\(P[^)]*\)/g, '[]').replace(/https?:\/\/\S+/g, '').replace(/`[^`\n]*`/g, '``');
      const m = ascii.exec(text);
      if (m) {
        bad.push(`${s.where}: …${text.slice(Math.max(0, m.index - 25), m.index + 25).replace(/\n/g, '⏎')}…`);
      }
    }
    assert.deepStrictEqual(bad.slice(0, 30), []);
  });

  test('no space between two Chinese characters, but between a block keyword and an id as written (服务商 快播)', () => {
    const bad: string[] = [];
    // a label naming a block as the brief writes it: `服务商 快播`, `正犯 上传者`, `指控 快播 第363条`
    const label = /(?:服务商|正犯|指控|利用) \S+(?: 第\d+条)?/g;
    for (const s of shown) {
      const text = s.text.replace(label, '');
      const m = /[\u4e00-\u9fff] [\u4e00-\u9fff]/u.exec(text);
      if (m) {
        bad.push(`${s.where}: …${text.slice(Math.max(0, m.index - 20), m.index + 20).replace(/\n/g, '⏎')}…`);
      }
    }
    assert.deepStrictEqual(bad.slice(0, 30), []);
  });

  test('one pair of brackets after a name, not two in a row: 诈骗罪（第266条；Gang的共犯）', () => {
    const bad: string[] = [];
    for (const s of shown) {
      // an offense's role (正犯, X的共犯) joins its article; a closing citation （三（一））is an aside of its own
      const text = s.text;
      const m = /罪（第[^（）]*条[^（）]*）（[^（）]*(?:共犯|正犯)/u.exec(text);
      if (m) {
        bad.push(`${s.where}: …${text.slice(Math.max(0, m.index - 15), m.index + 25).replace(/\n/g, '⏎')}…`);
      }
    }
    assert.deepStrictEqual(bad.slice(0, 20), []);
  });

  test('what a decisive fact is now: 现为“拒绝”, 现未写明 (not 现为未写明)', () => {
    const hovers = shown.filter((s) => s.where.includes(' hover on ') && s.text.includes('（现'));
    assert.ok(hovers.some((s) => s.text.includes('（现未写明）')), 'an unstated fact in a provider hover');
    assert.ok(hovers.some((s) => /（现为“[^”]+”）/.test(s.text)), 'a stated fact in a provider hover');
    assert.deepStrictEqual(hovers.filter((s) => s.text.includes('现为未写明')).map((s) => s.where), []);
  });

  test('one colon to a line: no label after a label (：共犯：●)', () => {
    const bad = shown.filter((s) => /：[^：\n]{1,6}：[●◐○–]/u.test(s.text)).map((s) => `${s.where}: ${/[^\n]{0,20}：[^：\n]{1,6}：[●◐○–][^\n]{0,10}/u.exec(s.text)![0]}`);
    assert.deepStrictEqual(bad.slice(0, 10), []);
  });

  test('a fact named in a diagnostic\'s related information by its Chinese key', () => {
    const related = shown.filter((s) => / related /.test(s.where) && s.text.startsWith('事实'));
    assert.ok(related.length > 5, `only ${related.length} related facts`);
    assert.ok(related.some((s) => s.text === '事实“明知”'), related.map((s) => s.text).join(' '));
    assert.ok(related.some((s) => s.text === '事实“行业规定”'), related.map((s) => s.text).join(' '));
  });
});

suite('Chinese brief paragraphs (snippets): Chinese punctuation in the prose a lawyer pastes', () => {
  test('no ASCII double quotes, commas, colons or parentheses beside Chinese text in a Chinese paragraph', () => {
    const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'markdown.code-snippets'), 'utf8')) as Record<string, { description: string; body: string[] }>;
    const bad: string[] = [];
    for (const [name, snippet] of Object.entries(snippets).filter(([n]) => n.includes('中文'))) {
      // the choices of a tab stop (`${7|接入,传输|}`) are the language's syntax, not prose
      const prose = [snippet.description, ...snippet.body].join('\n').replace(/\$\{\d+\|[^}]*\|\}/g, '').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '');
      const m = /[\u4e00-\u9fff，。：；、]"|"[\u4e00-\u9fff]|[\u4e00-\u9fff][,:;(]|[,:;)][\u4e00-\u9fff]/u.exec(prose);
      if (m) {
        bad.push(`${name}: …${prose.slice(Math.max(0, m.index - 15), m.index + 15)}…`);
      }
    }
    assert.deepStrictEqual(bad, []);
  });
});

suite('Chinese terminology: one term per concept, the paper\'s', () => {
  /** Every Chinese text we write: sources, docs, snippets, the manifest. */
  function ourFiles(): [string, string][] {
    const read = (p: string): [string, string] => [path.relative(ROOT, p), fs.readFileSync(p, 'utf8')];
    const out = [
      ...filesUnder(path.join(ROOT, 'server', 'src'), (f) => f.endsWith('.ts')),
      ...filesUnder(path.join(ROOT, 'client', 'src'), (f) => f.endsWith('.ts')),
      ...filesUnder(path.join(ROOT, 'docs'), (f) => /\.(md|json)$/.test(f)),
      ...filesUnder(path.join(ROOT, 'snippets'), () => true),
    ].map(read);
    out.push(['package.nls.zh-cn.json', fs.readFileSync(path.join(ROOT, 'package.nls.zh-cn.json'), 'utf8')]);
    out.push(['README.md', fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')]);
    return out;
  }

  /**
   * Term → the variants it replaces. The paper's own voice says 不真正不作为(犯) (I.(一), its lines
   * 79–112; 不纯正 only where it reports 高艳东). The notice-and-takedown rule is “通知和删除” in
   * the paper's II.(二).3 (line 314) and 通知—移除 in II.(二).4 (line 329); PRC law's word is 删除
   * (侵权责任法第36条, 信息网络传播权保护条例第14–15条), so 通知—删除 (the `takedown` fact's key
   * stays 移除). Psychological causality: 心理因果性 (the paper's 心理的因果关系, line 492); the
   * court's reason in 案3: 共同非法占有 (lines 418, 429).
   */
  const TERMS: Record<string, RegExp> = {
    不真正不作为: /不纯正不作为/,
    '通知—删除': /通知—移除|通知-移除|通知和删除|通知—屏蔽/,
    // the user's words: one name for each part of the language
    标识符: /标识(?!符)/,
    关键词: /关键字/,
    // the mode of a charge (作为、不作为、正犯、共犯); 责任形式 is culpability (故意、过失) in criminal law
    指控方式: /责任形式|指控的方式/,
    // the brief the user writes
    文书: /本文档|此文档/,
    心理因果性: /心理上的因果/,
    共同非法占有的故意: /共同的占有故意/,
    // the offenses by their full statutory names, never cut short
    帮助信息网络犯罪活动罪: /(?<!帮助信息网络)犯罪活动罪/,
    // (checks.ts maps the common slip 拒不履行网络安全管理义务罪 to the name)
    拒不履行信息网络安全管理义务罪: /(?<!拒不履行信息网络|拒不履行网络)安全管理义务罪/,
    刑法的谦抑性: /刑法谦抑(?!性)/,
    // the \`software\` role's Chinese word; 接入 is \`access\`
    访问软件: /接入软件/,
    // the abstract's 言论自由 (表达自由 only beside it in the introduction)
    言论自由: /(?<!言论与)表达自由/,
    // the report's label for the \`controlling\` offense
    最终适用: /决定罪名/,
  };

  test('an offense named as PRC law names it: 生产、销售假药罪, though a brief types 生产销售假药罪 as one word', () => {
    assert.strictEqual(format(w.offense('art141'), 'zh-CN'), '生产、销售假药罪（第141条）');
    assert.strictEqual(offenseName('art141', 'zh-CN'), '生产、销售假药罪（第141条）');
    assert.strictEqual(lookupOffense('生产销售假药罪')?.id, 'art141', 'the typed name still reads');
    const shownHere = allZhTexts().filter((s) => s.text.includes('假药罪') && !s.where.includes('hover on 生产销售假药罪'));
    assert.deepStrictEqual(shownHere.filter((s) => /(?<!、)生产销售假药罪/.test(s.text.replace(/\*\*art141 · [^*]*\*\*/g, ''))).map((s) => s.where).slice(0, 10), []);
  });

  test('each concept in one Chinese term across messages, hovers, report, docs and snippets', () => {
    const bad: string[] = [];
    for (const [file, text] of ourFiles()) {
      for (const [term, variants] of Object.entries(TERMS)) {
        const m = variants.exec(text);
        if (m) {
          bad.push(`${file}: “${m[0]}” where we write “${term}”`);
        }
      }
    }
    assert.deepStrictEqual(bad, []);
  });
});

suite('Chinese citations: the sections the English text cites', () => {
  const ROMAN: Record<string, string> = { I: '一', II: '二', III: '三' };
  /** Each `II.(二).3` an English text cites, in the paper's Chinese form (`二（二）3`). */
  const citedZh = (en: string) => new Set([...en.matchAll(/\b(III|II|I)\.(?:\(([一二三四五])\)(?:\.(\d))?)?/g)]
    .map((m) => `${ROMAN[m[1]]}${m[2] ? `（${m[2]}）` : ''}${m[3] ?? ''}`));

  test('every message, hover text and topic cites in Chinese what it cites in English, with the same sources', () => {
    const args = { id: 'P', of: 'O', section: 'II.(二).1–2', sections: 'III.(一).3–5', offense: 'art266' };
    const pairs: [string, string, string][] = [];
    for (const id of messageIds()) {
      const def = messageDef(id)!;
      pairs.push([id, def.en(args), def.zh(args)]);
      if (def.why) {
        pairs.push([`${id} (why)`, def.why.en(args), def.why.zh(args)]);
      }
    }
    for (const [id, help] of Object.entries(TERM_HELP)) {
      pairs.push([`${id} meaning`, help.meaning.en, help.meaning.zh]);
      if (help.doctrine) {
        pairs.push([`${id} doctrine`, help.doctrine.en, help.doctrine.zh]);
      }
    }
    for (const [id, topic] of Object.entries(TOPICS)) {
      pairs.push([`topic ${id}`, topic.en, topic.zh]);
    }
    const bad: string[] = [];
    for (const [id, en, zh] of pairs) {
      const missing = [...citedZh(en)].filter((c) => !zh.includes(c));
      const sourcesEn = new Set(en.match(/\[\d+\]/g) ?? []);
      const sourcesZh = new Set(zh.match(/\[\d+\]/g) ?? []);
      const sources = [...sourcesEn].filter((x) => !sourcesZh.has(x)).concat([...sourcesZh].filter((x) => !sourcesEn.has(x)));
      const cases = (t: string, re: RegExp) => [...new Set([...t.matchAll(re)].map((m) => m[1]))].sort().join(',');
      if (missing.length > 0 || sources.length > 0 || cases(en, /(?:案|[Cc]ase )(\d)/g) !== cases(zh, /案(\d)/g)) {
        bad.push(`${id}: zh lacks ${missing.join(' ')}; sources differ ${sources.join(' ')}; cases en ${cases(en, /(?:案|[Cc]ase )(\d)/g)} zh ${cases(zh, /案(\d)/g)}`);
      }
    }
    assert.deepStrictEqual(bad, []);
  });

  test('the texts list sections as sectionsZh does: 二（二）3、三（二）, never with ，', () => {
    const list = /[一二三]（[一二三四五]）[0-9–]*(?:及小结|小结|末段)?，[一二三]（[一二三四五]）/u;
    const bad = allZhTexts().filter((s) => list.test(s.text)).map((s) => `${s.where}: ${list.exec(s.text)![0]}`);
    assert.deepStrictEqual([...new Set(bad)].slice(0, 10), []);
  });

  test('a list of sections is an enumeration: 二（二）3、三（二）', () => {
    assert.strictEqual(sectionsZh('II.(二).3, III.(二)'), '二（二）3、三（二）');
    assert.strictEqual(sectionsZh('II.(二).1, II.(二).3, II.(二) summary'), '二（二）1、二（二）3、二（二）小结');
    assert.strictEqual(sectionsZh('III.(一).3–5'), '三（一）3–5');
  });
});
