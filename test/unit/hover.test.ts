/** Hover: words, providers and diagnostics explained, in English and Chinese. */
import * as assert from 'assert';
import * as fs from 'fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { doHover, HoverSettings } from '../../server/src/service/hover';
import { sectionsZh, type Locale } from '../../server/src/service/i18n/messages';
import { TOPICS, TopicId } from '../../server/src/service/knowledge/topics';
import { parseText } from '../../server/src/service/languageService';
import { scan, TokenKind } from '../../server/src/service/scanner';
import { BLOCKS, KEYS, OFFENSES, VALUE_SETS } from '../../server/src/service/vocabulary';
import { caret, doc } from '../helpers/caret';

const QVOD = fs.readFileSync('/work/shared/acceptance/cases/p01-qvod.case', 'utf8');

function hoverIn(document: TextDocument, offset: number, settings: HoverSettings): Hover | null {
  const parsed = parseText(document.uri, document.version, document.getText(), document.languageId === 'markdown');
  return doHover(parsed, document, document.positionAt(offset), settings);
}

/** Hover text at the caret of a marked text (`role cach|ing`). */
function hover(marked: string, locale: Locale = 'en', uri?: string, rules?: HoverSettings['rules']): { text: string; hover: Hover; covered: string } {
  const c = caret(marked, uri);
  const h = hoverIn(c.document, c.offset, { locale, rules });
  assert.ok(h, `no hover at ${JSON.stringify(marked)}`);
  const text = (h.contents as MarkupContent).value;
  const covered = h.range ? c.text.slice(c.document.offsetAt(h.range.start), c.document.offsetAt(h.range.end)) : '';
  return { text, hover: h, covered };
}

/** The Qvod file with a caret before the first occurrence of `needle` (plus `shift`). */
const inQvod = (needle: string, shift = 1) => {
  const i = QVOD.indexOf(needle) + shift;
  return QVOD.slice(0, i) + '|' + QVOD.slice(i);
};

suite('hover', () => {
  test('a value: both words, its meaning, the paper\'s argument, section and sources, and its first topic in full', () => {
    const en = hover('provider Q {\n  role cach|ing\n}');
    assert.strictEqual(en.covered, 'caching');
    assert.ok(en.text.includes('**caching · 缓存** — value of `role`'), en.text);
    assert.ok(en.text.includes("Keeps temporary copies of content"));
    assert.ok(en.text.includes('**The paper:** The paper argues caching is storage in technique'));
    assert.ok(en.text.includes('*Section I.(一) · sources \\[9\\](P202), \\[10\\](P24)'), 'sources escaped, not links');
    assert.ok(en.text.includes(`#### ${TOPICS['four-positions'].title.en} (I.(一))`), 'the side-by-side views in full');
    assert.ok(en.text.includes(`Related topics: *${TOPICS['notice-and-takedown'].title.en}* (II.(二))`));
    assert.ok(!/\[\d+\]\(P/.test(en.text.replace(/\\\[\d+\\\]\(P/g, '')), 'no source left as a Markdown link');

    const zh = hover('服务商 Q {\n  类型：缓|存\n}', 'zh-CN');
    assert.strictEqual(zh.covered, '缓存');
    assert.ok(zh.text.includes('**caching · 缓存** — “类型”的取值'), zh.text);
    assert.ok(zh.text.includes('临时保存内容副本'));
    assert.ok(zh.text.includes('**论文观点：** 论文认为，缓存技术上属存储'));
    assert.ok(zh.text.includes('*出处：一（一） · 文献：\\[9\\](P202)、\\[10\\](P24)'), 'the section as the paper writes it in Chinese, the sources listed with 、');
    // a topic's citation in the Chinese form too, in full-width parentheses
    assert.ok(zh.text.includes(`#### ${TOPICS['four-positions'].title.zh}（一（一））\n`), zh.text);
    assert.ok(zh.text.includes(`相关专题：*${TOPICS['notice-and-takedown'].title.zh}*（二（二））`), zh.text);
    assert.ok(!/\((?:I|II|III)\.|\(abstract\)|\(introduction/.test(zh.text), 'no English citation in a Chinese hover');
  });

  test('keywords, keys, offenses, modes, reasons and bases each explain themselves', () => {
    const cases: [string, string, RegExp, RegExp][] = [
      [inQvod('provider', 0), 'provider', /\*\*provider · 服务商\*\* — block/, /\*\*provider · 服务商\*\* — 块/],
      [inQvod('knowledge'), 'knowledge', /\*\*knowledge · 明知\*\* — fact of a provider block/, /— “服务商”块的事实/],
      [inQvod('art363 omission'), 'art363', /\*\*art363 · 第363条\*\* — offense[\s\S]*punishable up to life/, /— 罪名[\s\S]*最高可判无期徒刑/],
      [inQvod('omission'), 'omission', /\*\*omission · 不作为\*\* — mode of a charge[\s\S]*Armin Kaufmann/, /— 指控方式[\s\S]*阿明·考夫曼/],
      [inQvod('tech-user'), 'tech-user', /\*\*tech-user · 技术使用者\*\* — value of `reason`/, /“理由”的取值/],
      [inQvod('interpretation-2010-art4'), 'interpretation-2010-art4', /value of `basis`[\s\S]*I\.\(四\)/, /“依据”的取值/],
      [inQvod('art363\n'), 'art363', /— offense/, /— 罪名/],
      [inQvod('authentication       defective', 22), 'defective', /value of `authentication`/, /“鉴真”的取值/],
    ];
    for (const [marked, word, en, zh] of cases) {
      const h = hover(marked);
      assert.strictEqual(h.covered, word);
      assert.match(h.text, en, word);
      assert.match(hover(marked, 'zh-CN').text, zh, word);
    }
  });

  test('a provider id (header, charge, uses): conclusions, reasons and decisive facts', () => {
    for (const marked of [inQvod('Qvod "'), inQvod('Qvod art363'), inQvod('Qvod\n}')]) {
      const en = hover(marked);
      assert.strictEqual(en.covered, 'Qvod');
      assert.ok(en.text.includes('**Provider Qvod** “深圳快播公司” — roles: caching, search'), en.text);
      assert.ok(en.text.includes('**Criminal:** ○ none'));
      assert.ok(en.text.includes('- **art287-2** as principal: ○ none'));
      assert.ok(en.text.includes('- **art363** as accomplice of Uploaders: ○ none'));
      assert.ok(en.text.includes('The help is neutral (industry rules kept, not targeted, no deep participation)'));
      assert.ok(en.text.includes('**Civil and administrative:** ● exposed'));
      assert.ok(en.text.includes('**Decisive facts (what if one fact were otherwise):**'));
      assert.ok(en.text.includes('- if `industry-rules` were `violated`: criminal ● liable — art363 (accomplice of Uploaders), art287-2; controlling art363 (now `complied`)'));
    }
    const zh = hover(inQvod('Qvod "'), 'zh-CN');
    assert.ok(zh.text.includes('**服务商 Qvod** “深圳快播公司” — 类型：缓存、搜索'), zh.text);
    assert.ok(zh.text.includes('Uploaders的共犯：○ 不成立'), 'a full-width colon after a Chinese label, and no space after it');
    assert.ok(zh.text.includes('**刑事责任：** ○ 不成立'));
    assert.ok(zh.text.includes('**民事、行政责任：** ● 可能承担'));
    assert.ok(zh.text.includes('- 若“行业规定”为“违反”：刑事 ● 符合成立条件'));
    assert.ok(zh.text.includes('（现为“遵守”）'), zh.text);
  });

  test('an offender id names its offense and the providers that help it', () => {
    const h = hover(inQvod('Uploaders "'));
    assert.strictEqual(h.covered, 'Uploaders');
    assert.ok(h.text.includes('**Offender Uploaders** “淫秽网站与上传者” — commits art363; uses Qvod'));
    assert.ok(h.text.includes('- Qvod: ○ none'));
    const zh = hover(inQvod('Uploaders "'), 'zh-CN');
    assert.ok(zh.text.includes('**正犯 Uploaders** “淫秽网站与上传者” — 实施传播淫秽物品牟利罪（第363条）；利用Qvod'));
  });

  test('on a diagnostic: the rule\'s headline, the paper\'s argument with its sources, the doc page, then the word\'s own help', () => {
    const h = hover(inQvod('omission'));
    assert.ok(h.text.includes('**Rule `omission-dissemination` (warning)** — Dissemination by omission: the paper argues punishing an impure omission here strains the legality principle (I.(一))'), h.text);
    // the explanation the published diagnostic no longer carries, sources escaped so they read as written
    assert.ok(h.text.includes('Armin Kaufmann held that such punishment breaches the legality principle (\\[11\\](P150))'), h.text);
    assert.ok(h.text.includes('Japan admits impure omission essentially for arson, murder and fraud (\\[12\\](P83))'));
    // each source with its own point (I.(一)): the escaped prisoner, 高艳东, life imprisonment
    assert.ok(h.text.includes('commits escape (\\[13\\](P1109))'), h.text);
    assert.ok(h.text.includes('breaks legality (\\[8\\](P68))'));
    assert.ok(h.text.includes('without impure omission (\\[8\\](P84))'));
    assert.ok(h.text.includes("[Read the rule's page](https://github.com/casefacts/casefacts/blob/main/docs/rules/omission-dissemination.md)"));
    assert.ok(h.text.indexOf('(I.(一))') < h.text.indexOf('Armin Kaufmann'), 'the headline first, then the argument');
    assert.ok(h.text.indexOf('omission-dissemination') < h.text.indexOf('**omission · 不作为**'), 'the problem first, then the word');
    const zh = hover(inQvod('omission'), 'zh-CN');
    assert.ok(zh.text.includes('**规则 `omission-dissemination`（警告）** — 以不作为方式传播：论文认为在此处罚不真正不作为有违罪刑法定原则（一（一））'), zh.text);
    assert.ok(zh.text.includes('阿明·考夫曼认为处罚不真正不作为犯违反罪刑法定（\\[11\\](P150)）'), zh.text);
    assert.ok(zh.text.includes('\\[15\\](P183)'));
    assert.ok(zh.text.includes('[查看规则说明](https://github.com/casefacts/casefacts/blob/main/docs/rules/omission-dissemination.md)'));
    const off = hover(inQvod('omission'), 'en', undefined, { 'omission-dissemination': 'off' });
    assert.ok(!off.text.includes('omission-dissemination'), 'a rule turned off explains nothing');
    const disabled = hover('charge Q art363 omission\n'.replace('charge', '# casefacts-disable-next-line omission-dissemination\ncharge').replace('omission\n', 'omis|sion\n'));
    assert.ok(!disabled.text.includes('omission-dissemination'), 'nor one disabled for the line');
  });

  test('every doctrine rule on the Qvod brief explains itself on hover, in both languages', () => {
    const cases: [string, string, RegExp, RegExp][] = [
      ['tech-user', 'tech-neutrality', /substantial non-infringing use/, /实质性非侵权用途/],
      ['principal-act', 'neutral-help-principal-acts', /张明楷, \\\[7\\\]\).*\\\[16\\\]\(P198\)/, /张明楷教授的这一观点（\\\[7\\\]）.*\\\[17\\\]\(P248\)/],
      ['interpretation-2010-art4', 'accomplice-as-principal', /于志刚.*\\\[19\\\]\(P124\)/, /陈兴良教授.*\\\[23\\\]\(P7\)/],
      ['defective', 'evidence-authentication', /seized and kept.*\\\[18\\\]\(P89, P100\)/, /鉴真.*\\\[18\\\]\(P89, P100\)/],
      ['convicted', 'verdict-divergence', /The findings behind this: The help is neutral/, /理由：该帮助属中立帮助/],
    ];
    for (const [word, rule, en, zh] of cases) {
      const h = hover(inQvod(word));
      assert.ok(h.text.includes(`**Rule \`${rule}\``), `${word}: ${h.text}`);
      assert.match(h.text, en);
      assert.match(hover(inQvod(word), 'zh-CN').text, zh);
    }
  });

  test('every topic and every word\'s section reads in the Chinese form in a Chinese hover', () => {
    assert.strictEqual(sectionsZh('I.'), '一');
    assert.strictEqual(sectionsZh('introduction; I.(一)'), '引言；一（一）');
    assert.strictEqual(sectionsZh('abstract'), '摘要');
    // the whole of part I (the charge, profit, a conviction, art. 363)
    const zh = hover('charge Q art36|3\n', 'zh-CN');
    assert.ok(zh.text.includes('*出处：一 · 文献：\\[8\\](P84)*'), zh.text);
    assert.ok(hover('provider Q {\n  role access\n  blocks-user-con|tent yes\n}', 'zh-CN').text.includes('（摘要）'));
  });

  test('a text check has no argument: its hover keeps the section it cites', () => {
    const h = hover('case { conduct 2015-01-01 }\nprovider Q {\n  role access\n  knowledge specific\n}\ncharge Q art28|7-2\n');
    assert.ok(h.text.includes('**Rule `not-in-force` (error)**'), h.text);
    assert.ok(h.text.includes('*Section III*'), h.text);
  });

  test('a diagnostic on a word the vocabulary does not know: the rule alone, over its range', () => {
    const h = hover('provider Q {\n  role cachng|\n}'.replace('cachng|', 'cach|ng'));
    assert.ok(h.text.includes('**Rule `unknown-value` (error)**'));
    assert.ok(h.text.includes('`caching`'));
    assert.strictEqual(h.covered, 'cachng');
  });

  test('a note on a fact is shown with the fact', () => {
    const h = hover('provider Q {\n  role access\n  indus|try-rules violated "opened lines under forged IDs"\n}');
    assert.ok(h.text.includes('Note in the brief: “opened lines under forged IDs”'));
    assert.ok(hover('provider Q {\n  role access\n  industry-rules violated "opened lines under forged IDs"\n}'.replace('violated', 'viol|ated'), 'zh-CN').text.includes('文书注释：“opened lines under forged IDs”'));
  });

  test('text from the brief makes no link, image or HTML in a hover (an editor would fetch the image)', () => {
    const evil = '![t](https://evil.example/n.png) <img src=https://evil.example/i.png> \\[x](https://evil.example/l)';
    const inert = '!\\[t\\](https://evil.example/n.png) \\<img src=https://evil.example/i.png\\> \\\\\\[x\\](https://evil.example/l)';
    const live = (text: string) => /(?<!\\)\]\(https:\/\/evil|(?<!\\)<img|(?<!\\)\[x/.test(text);
    const brief = `provider Qx "${evil.replace(/\\/g, '\\\\')}" {\n  role caching "${evil.replace(/\\/g, '\\\\')}"\n}\noffender Gang "${evil.replace(/\\/g, '\\\\')}" {\n  offense art266\n  uses Qx\n}\n`;
    const note = hover(brief.replace('role caching', 'role cach|ing'));
    assert.ok(note.text.includes(`Note in the brief: “${inert}”`), note.text);
    const provider = hover(brief.replace('provider Qx', 'provider Q|x'));
    assert.ok(provider.text.startsWith(`**Provider Qx** “${inert}”`), provider.text);
    const offender = hover(brief.replace('offender Gang', 'offender Ga|ng'), 'zh-CN');
    assert.ok(offender.text.includes(`“${inert}”`), offender.text);
    // a diagnostic that quotes the brief: a second string in a header
    const message = hover(`provider Q "a" "|![x](https://evil.example/p.png)" {\n  role caching\n}\n`);
    assert.ok(message.text.includes('"!\\[x\\](https://evil.example/p.png)"'), message.text);
    for (const h of [note, provider, offender, message]) {
      assert.ok(!live(h.text), h.text);
    }
  });

  test('nothing to say: comments, blanks, free text', () => {
    for (const marked of ['# a com|ment\n', 'provider Q {\n  role access\n|\n}', 'case "T|itle"\n', 'provider Q "Na|me" {\n  role access\n}\n']) {
      const c = caret(marked);
      assert.strictEqual(hoverIn(c.document, c.offset, { locale: 'en' }), null, marked);
    }
  });

  test('the brief\'s own words read as written: a display name, a note, a stray string, an id', () => {
    const text = [
      'provider _Q_ "a *b* [x](http://e.example) <b>hi</b> `c`" {',
      '  role caching',
      '  knowledge specific "note [l](http://e.example) <img src=x> `t`"',
      '  notice regulator "x" "[y](http://e.example) <i>z</i> `w`"',
      '}',
      'offender _O_ "<script>s</script>" {',
      '  offense art363',
      '  uses _Q_',
      '}',
    ].join('\n');
    const at = (needle: string, shift: number, locale: Locale) => hover(text.replace(needle, needle.slice(0, shift) + '|' + needle.slice(shift)), locale).text;
    for (const locale of ['en', 'zh-CN'] as const) {
      const texts = [at('_Q_ "a', 1, locale), at('specific', 2, locale), at('"[y]', 3, locale), at('_O_ "', 1, locale)];
      for (const md of texts) {
        // no link, image, HTML, code span or emphasis starts inside the brief's words
        assert.ok(!/(?<!\\)\[[xly]\]\(/.test(md), md);
        assert.ok(!/(?<!\\)<(b|i|img|script)\b/.test(md), md);
        assert.ok(!/(?<!\\)`[ctw](?<!\\)`/.test(md), md);
        assert.ok(!/(?<![\\*])\*b(?<!\\)\*/.test(md), md);
      }
      assert.ok(texts[0].includes('“a \\*b\\* \\[x\\](http://e.example) \\<b\\>hi\\</b\\> \\`c\\`”'), texts[0]);
      assert.ok(texts[0].includes(locale === 'en' ? '**Provider \\_Q\\_**' : '**服务商 \\_Q\\_**'), texts[0]);
      assert.ok(texts[0].includes(locale === 'en' ? 'accomplice of \\_O\\_' : '\\_O\\_的共犯'), texts[0]);
      assert.ok(texts[1].includes('“note \\[l\\](http://e.example) \\<img src=x\\> \\`t\\`”'), texts[1]);
      // the stray string is quoted in the syntax error's headline
      assert.ok(texts[2].includes('\\[y\\](http://e.example) \\<i\\>z\\</i\\> \\`w\\`'), texts[2]);
      assert.ok(texts[3].includes('“\\<script\\>s\\</script\\>”'), texts[3]);
    }
    // our own code spans stay code: the did-you-mean of a misspelt value
    assert.ok(hover('provider Q {\n  role cach|ng\n}').text.includes('Did you mean `caching`'));
  });

  test('a position just after a word is on that word: the caret at the end of a half-typed line', () => {
    const typing = hover('provider Q {\n  role cach|');
    assert.strictEqual(typing.covered, 'cach');
    assert.ok(typing.text.includes('**Rule `unknown-value` (error)**'), typing.text);
    assert.strictEqual(hover('provider Q {\n  role caching|\n}').covered, 'caching');
    assert.strictEqual(hover('provider Q {\n  role| caching\n}').covered, 'role');
    const zh = hover('服务商 Q ｛\n  类型|：缓存\n｝', 'zh-CN');
    assert.strictEqual(zh.covered, '类型');
    assert.ok(zh.text.startsWith('**role · 类型** — “服务商”块的事实'), zh.text);
    assert.strictEqual(hover('provider Q {\n  targeted 有|\n}', 'zh-CN').covered, '有');
    // after a blank, or at a line's start, nothing
    for (const marked of ['provider Q {\n  role caching |\n}', 'provider Q {\n  role caching\n|}', 'provider Q {\n  role caching\n}\n|']) {
      const c = caret(marked);
      assert.strictEqual(hoverIn(c.document, c.offset, { locale: 'en' }), null, marked);
    }
  });

  test('a note on a number: the hover covers the number', () => {
    const h = hover('evidence {\n  seized 21|251 "obscene video files"\n}');
    assert.strictEqual(h.text, 'Note in the brief: “obscene video files”');
    assert.strictEqual(h.covered, '21251');
  });

  test('the Chinese headline of no-general-monitoring cites 二（二）1、3 and the summary', () => {
    const h = hover('服务商 Q ｛\n  类型：缓存\n｝\n指控 Q 第3|63条\n', 'zh-CN');
    assert.ok(h.text.includes('不负一般性监控义务（二（二）1、3及小结）'), h.text);
  });

  test('a repeated id on a header explains its error, not the conclusions of the block defined first', () => {
    const text = 'provider Q "First" {\n  role caching\n}\nprovider Q "Second" {\n  role link\n  link-type embedded\n}\noffender Q {\n  offense art266\n  uses Q\n}\n';
    const second = hover(text.replace('Q "Second"', '|Q "Second"'));
    assert.ok(second.text.startsWith('**Rule `duplicate-id` (error)**'), second.text);
    assert.ok(!second.text.includes('**Provider Q**'), second.text);
    assert.strictEqual(second.covered, 'Q');
    const offender = hover(text.replace('offender Q', 'offender |Q'), 'zh-CN');
    assert.ok(offender.text.startsWith('**规则 `duplicate-id`（错误）**'), offender.text);
    assert.ok(!offender.text.includes('**服务商 Q**'), offender.text);
    // the first keeps its own; a reference goes to it
    assert.ok(hover(text.replace('Q "First"', '|Q "First"')).text.startsWith('**Provider Q** “First” — roles: caching'));
    assert.ok(hover(text.replace('uses Q', 'uses |Q')).text.includes('**Provider Q** “First”'));
  });

  test('a provider at none: each exclusion once, under its offense', () => {
    for (const [locale, reason] of [['en', 'art287-2 needs specific knowledge of the crime'], ['zh-CN', '以明知他人犯罪为前提']] as const) {
      const h = hover('provider |Q {\n  role caching\n}\ncharge Q art363\n', locale);
      assert.strictEqual(h.text.split(reason).length - 1, 1, h.text);
    }
  });

  test('an undefined id explains only its diagnostic', () => {
    const h = hover('provider Q {\n  role access\n}\ncharge Nob|ody art363\n');
    assert.ok(h.text.startsWith('**Rule `undefined-reference` (error)**'), h.text);
    assert.ok(!h.text.includes('**Provider'));
    assert.strictEqual(h.covered, 'Nobody');
  });

  test('in a Markdown brief: inside a case block only', () => {
    const md = 'The provider caching videos.\n\n```case\nprovider Q {\n  role caching\n}\n```\n';
    const inside = md.indexOf('caching\n}') + 2;
    const outside = md.indexOf('caching videos') + 2;
    const document = doc(md, 'file:///brief.md');
    const h = hoverIn(document, inside, { locale: 'en' });
    assert.ok(h && (h.contents as MarkupContent).value.includes('**caching · 缓存**'));
    assert.deepStrictEqual(h.range, { start: { line: 4, character: 7 }, end: { line: 4, character: 14 } });
    assert.strictEqual(hoverIn(document, outside, { locale: 'en' }), null);
  });

  test('every topic of the paper\'s reasoning is reachable from some hover, in both languages', () => {
    // A document that writes every word of the vocabulary once; hover on every token of it.
    const lines: string[] = ['case "T" {', ...KEYS.filter((k) => k.block === 'case').map((k) => `  ${k.id} "x"`), '}'];
    lines.push('provider P {');
    for (const k of KEYS.filter((x) => x.block === 'provider')) {
      const set = k.value.type === 'enum' ? VALUE_SETS[k.value.set] : [];
      lines.push(`  ${k.id} ${set.map((v) => v.id).join(', ')}`);
    }
    lines.push('}', 'offender O {', '  offense art363', '  uses P', '}');
    const modes = VALUE_SETS.mode;
    OFFENSES.forEach((o, i) => lines.push(`charge P ${o.id} ${modes[i % modes.length].id} {`, ...KEYS.filter((k) => k.block === 'charge').map((k) => `  ${k.id} ${k.value.type === 'enum' ? VALUE_SETS[k.value.set].map((v) => v.id).join(', ') : ''}`), '}'));
    lines.push('evidence {', ...KEYS.filter((k) => k.block === 'evidence').map((k) => `  ${k.id} ${k.value.type === 'enum' ? VALUE_SETS[k.value.set].map((v) => v.id).join(', ') : '1'}`), '}');
    const text = lines.join('\n');
    assert.ok(BLOCKS.every((b) => text.includes(`${b.id} `)));
    const document = doc(text);
    const parsed = parseText(document.uri, 1, text, false);
    for (const locale of ['en', 'zh-CN'] as const) {
      const seen: string[] = [];
      for (const tok of scan(text)) {
        if (tok.kind === TokenKind.Word) {
          const h = doHover(parsed, document, document.positionAt(tok.offset), { locale });
          if (h) {
            seen.push((h.contents as MarkupContent).value);
          }
        }
      }
      const all = seen.join('\n');
      for (const id of Object.keys(TOPICS) as TopicId[]) {
        const topic = TOPICS[id];
        const body = locale === 'zh-CN' ? topic.zh : topic.en;
        // The topic's text as the hover renders it (source numbers escaped).
        const rendered = body.replace(/\[(\d+)\]\(/g, '\\[$1\\](');
        assert.ok(all.includes(rendered), `${locale}: topic ${id} is not reachable from any hover`);
      }
    }
  });
});
