/**
 * What a lawyer reads says what the paper says, where it says it: the views the paper
 * reports stay their authors', each source sits with the claim it supports, and no hedge
 * of the paper is hardened. Each test pins a reading checked against the paper's text
 * (line numbers of `../shared/paper/000_da790155adbb6e11.txt` in the comments).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { MarkupContent } from 'vscode-languageserver-types';
import { doHover } from '../../server/src/service/hover';
import { explain, format, type Locale } from '../../server/src/service/i18n/messages';
import { parseText } from '../../server/src/service/languageService';
import { caret } from '../helpers/caret';
import { TOPICS } from '../../server/src/service/knowledge/topics';
import { check, only } from './util';

const ROOT = path.join(__dirname, '..', '..');

/** Hover text at the caret of a marked case text. */
function hover(marked: string, locale: Locale = 'en'): string {
  const c = caret(marked);
  const parsed = parseText(c.document.uri, c.document.version, c.document.getText(), false);
  const h = doHover(parsed, c.document, c.document.positionAt(c.offset), { locale });
  assert.ok(h, `no hover at ${JSON.stringify(marked)}`);
  return (h.contents as MarkupContent).value.replace(/\\\[/g, '[').replace(/\\\]/g, ']');
}

/** A rule's explanation (its `why`), as the hover and the report show it. */
function why(id: string, locale: Locale = 'en', args: Record<string, string> = {}): string {
  // the rules register their messages when the language service loads them
  parseText('file:///x.case', 1, '', false);
  const text = explain({ id, args }, locale);
  assert.ok(text, `no explanation for ${id}`);
  return text;
}

const doc = (id: string) => fs.readFileSync(path.join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');

suite('faithful to the paper', () => {
  // III.(二), lines 505-511: "另有学者提出，应从将通知改正的主体限于监管部门而非私人 …… [33]（P143）"
  // is a proposal the paper reports, not one it adopts; its own statement of the order is
  // the II.(二) summary, lines 348-350 ("经监管部门责令采用改正措施而拒不改正的").
  test('a private order: [33](P143) is a scholar the paper reports, not the paper\'s own view', () => {
    const order = 'provider P {\n  role storage\n  order priv|ate\n}\ncharge P art286-1';
    const en = hover(order);
    assert.match(en, /a scholar the paper reports \(\[33\]\(P143\)\)/, en);
    assert.match(en, /II\.\(二\) summary/, en);
    assert.doesNotMatch(en, /with \[33\]\(P143\), the paper/);
    const zh = hover('服务商 P {\n  类型：存储\n  责令：私|人\n}', 'zh-CN');
    assert.match(zh, /论文所介绍的学者观点（\[33\]\(P143\)）/, zh);
    assert.doesNotMatch(zh, /论文赞同/);

    const key = hover('provider P {\n  role storage\n  ord|er regulator\n}');
    assert.doesNotMatch(key, /The paper, with \[33\]/);
    assert.match(key, /a scholar the paper reports \(\[33\]\(P143\)\)/, key);
    assert.doesNotMatch(hover('服务商 P {\n  类型：存储\n  责|令：监管部门\n}', 'zh-CN'), /论文赞同/);

    const spread = hover('provider P {\n  role storage\n  consequence mass-dis|semination\n}');
    assert.match(spread, /a scholar the paper reports \(\[33\]\(P143\)\) would count only spread after the notice/, spread);
    assert.doesNotMatch(hover('服务商 P {\n  类型：存储\n  后果：大量|传播\n}', 'zh-CN'), /赞同\[33\]/);

    assert.match(why('refusal-order-by-regulator'), /^The offense's own words require an order from a regulator/);
    assert.match(why('refusal-order-by-regulator'), /a scholar the paper reports \(\[33\]\(P143\)\)/);
    assert.doesNotMatch(why('refusal-order-by-regulator'), /The paper follows/);
    assert.doesNotMatch(why('refusal-order-by-regulator', 'zh-CN'), /论文赞同/);
    assert.match(why('refusal-order-by-regulator', 'zh-CN'), /二（二）小结/);
  });

  // I.(一): [13](P1109) is the escaped prisoner (lines 89-91), [3](P493) "precious" speech
  // (line 98), [14](P79) the cost of crackdowns (lines 99-100), [15](P183) the US court
  // (lines 103-104), [8](P68) 高艳东 on legality (lines 63-64), [8](P84) life imprisonment (105-107).
  test('omission-dissemination: each source with its own point, not all on "life imprisonment"', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const text = why('omission-dissemination', locale);
      assert.doesNotMatch(text, /\[8\]\(P68, P84\)/, locale);
      for (const source of ['[11](P150)', '[12](P83)', '[8](P68)', '[13](P1109)', '[3](P493)', '[14](P79)', '[15](P183)', '[8](P84)']) {
        assert.ok(text.includes(source), `${locale}: ${source}`);
      }
    }
    const en = why('omission-dissemination');
    assert.match(en, /home leave[^;]*\(\[13\]\(P1109\)\)/);
    assert.match(en, /life imprisonment[^;()]*\(\[8\]\(P84\)\)/);
    assert.match(en, /高艳东[^;]*\(\[8\]\(P68\)\)/);
    const zh = why('omission-dissemination', 'zh-CN');
    assert.match(zh, /脱逃罪[^；]*（\[13\]\(P1109\)）/);
    assert.match(zh, /无期徒刑[^；（]*（\[8\]\(P84\)）/);
  });

  // II.(一): [10](P13) (line 243) supports only that a "platform" may be a content, caching or
  // storage provider; the access-software point and Qvod = caching + positioning are the
  // paper's own (lines 252-256), with no source.
  test('imprecise-role and the role key: [10](P13) supports the platform point only', () => {
    const en = why('imprecise-role');
    assert.match(en, /platform[^.;]*\(\[10\]\(P13\)\)/);
    assert.doesNotMatch(en, /positioning \(\[10\]\(P13\)\)/);
    assert.match(why('imprecise-role', 'zh-CN'), /平台[^；。]*（\[10\]\(P13\)）/);
    assert.doesNotMatch(why('imprecise-role', 'zh-CN'), /缓存\+定位（\[10\]/);

    const key = hover('provider P {\n  ro|le caching\n}');
    assert.match(key, /"platform" is too vague[^;]*\(\[10\]\(P13\)\)/, key);
    assert.doesNotMatch(key, /"access software" are imprecise and should be resolved into the functions actually performed \(\[10\]/);
  });

  // III.(一).4, lines 444-455: 案4 and 案5 say only "利用信息网络实施犯罪"; 案5's interfaces
  // might carry crime funds and laundering. Fraud is the principal offense in 案1-案3 only.
  test('art266 hover: fraud is the principal offense of 案1–案3, not of 案4 and 案5', () => {
    const en = hover('offender F {\n  offense art2|66\n}');
    assert.doesNotMatch(en, /案1–案5/);
    assert.match(en, /principal offense in 案1–案3/, en);
    const zh = hover('正犯 F {\n  罪名：第266|条\n}', 'zh-CN');
    assert.doesNotMatch(zh, /案1至案5/);
    assert.match(zh, /案1至案3/, zh);
  });

  // II.(二).4, lines 327-330: "就不能要求信息定位服务提供者对用户的违法信息承担责任" —
  // not liable for users' illegal information, which is not "answers for nothing users do".
  test('positioning without intervention: not liable for users\' illegal information, as the Chinese says', () => {
    for (const marked of ['provider P {\n  role search\n  ranking pa|id\n}', 'provider P {\n  role sea|rch\n}']) {
      const en = hover(marked);
      assert.doesNotMatch(en, /answers for nothing users do/, marked);
      assert.match(en, /not liable for users' illegal information/, marked);
    }
    const snippets = fs.readFileSync(path.join(ROOT, 'snippets', 'markdown.code-snippets'), 'utf8');
    assert.doesNotMatch(snippets, /answer for nothing users do/);
    assert.match(snippets, /are not liable for users' illegal information as long as they do not intervene by hand/);
  });

  // I.(四), lines 196-198: the paper reports that the vice-president 范君 said the 2010
  // interpretation deserved special attention before Amendment IX; neither he nor the paper
  // says it "filled the gap", and it is 陈兴良 who reads the judgment as based on it.
  test('the case block and accomplice-as-principal: 范君\'s remark as his, 陈兴良\'s reading as his', () => {
    const en = hover('ca|se "Q" {\n  conduct 2013-01-01\n}');
    assert.doesNotMatch(en, /filled the gap/);
    assert.match(en, /范君[^.]*special attention[^.]*\(\[20\]\(P30\)\)/, en);
    assert.doesNotMatch(hover('案|件 “Q” {\n  行为时间：2013-01-01\n}', 'zh-CN'), /填补空白/);

    const w = why('accomplice-as-principal');
    assert.match(w, /陈兴良 reads it as the basis \(\[6\]\(P24\)\)/);
    assert.match(w, /vice-president[^.]*special attention[^.]*\(\[20\]\(P30\)\)/);
    assert.doesNotMatch(w, /陈兴良 and the first-instance court's vice-president read it as the basis/);
    assert.doesNotMatch(why('accomplice-as-principal', 'zh-CN'), /陈兴良教授与一审法院副院长均认为/);
  });

  // II.(二).3, line 302: [6](P14) is the view the paper rejects.
  test('storage hover: [6](P14) is the view the paper rejects', () => {
    const en = hover('provider P {\n  role stor|age\n}');
    assert.match(en, /rejects the view \(\[6\]\(P14\)\) that a host must supervise/, en);
  });

  // III.(一), lines 392-401: for 案2 the paper says the record does not show whether the
  // hosting was a business or provided specially for 许某; it does not say the help broke a
  // rule, was targeted or went deep.
  test('the six cases topic: 案2 is left open, not counted among help that broke the rules', () => {
    const en = hover('provider P {\n  role storage\n}\ncharge P art266 accomplice {\n  court rej|ected\n}');
    assert.match(en, /for 案2 the record leaves this open/, en);
    const zh = hover('服务商 P {\n  类型：存储\n}\n指控 P 第266条 共犯 {\n  法院认定：不予|认定\n}', 'zh-CN');
    assert.match(zh, /案2的案情对此未作交代/, zh);
  });

  // The acquittal is the conclusion closing part I (lines 205-211); only "at most
  // administrative and contributory civil liability" is I.(二) (lines 147-151).
  test('verdict-divergence page: the acquittal cites the close of part I, the liability point I.(二)', () => {
    const page = doc('verdict-divergence');
    assert.match(page, /should be acquitted \(I\., closing paragraph\), bearing at most administrative liability and contributory civil liability \(I\.\(二\)\)/);
    assert.match(page, /都应判无罪（一，末段），最多承担行政责任和帮助侵权人的民事责任（一（二））/);
  });

  // III.(一).2, lines 392-393: "防止 360 拦截" — the 360 security software, as the Chinese says.
  test('helping-needs-facts page: 案2\'s support was against blocking by 360, in both languages', () => {
    const page = doc('helping-needs-facts');
    assert.doesNotMatch(page, /browser blocking/);
    assert.match(page, /against blocking by the 360 security software/);
  });

  // I.(二), lines 155-175: [16](P198) closes the weighing of everyday and business freedom
  // against the victims' interests; [17](P248) closes the examples of the parents and the wife
  test('neutral-help-principal-acts: the weighing is [16]\'s, the family examples [17]\'s', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const text = why('neutral-help-principal-acts', locale);
      const at = (s: string) => text.indexOf(s);
      assert.ok(at('[16](P198)') > at(locale === 'en' ? 'weighs' : '权衡'), text);
      assert.ok(at('[16](P198)') < at(locale === 'en' ? 'parents' : '父母'), text);
      assert.ok(at('[17](P248)') > at(locale === 'en' ? 'drug use' : '吸毒'), text);
    }
  });

  // I.(二), lines 155-165: the paper's own case for leaving Qvod's neutral help unpunished —
  // knowing help that furthers others' crimes is not punished across the board, to keep daily
  // and business life free ([16](P198)); III.(一) closing paragraph, lines 482-496: such help
  // lacks the psychological causal link. III.(一).3–5 (lines 431-480) are the carriers, the
  // advertising and payment cases and the phishing site, none of them Qvod.
  test('Qvod: "none" as an accomplice of the uploaders cites I.(二) and III.(一)\'s closing paragraph, not III.(一).3–5', () => {
    const qvod = fs.readFileSync(path.join(ROOT, 'examples', '01-qvod.case'), 'utf8');
    const { diagnostics, parsed } = check(qvod);
    const art363 = parsed.analysis.byId('Qvod')!.criminal.assessed.find((o) => o.offense === 'art363')!;
    assert.strictEqual(art363.as, 'accomplice');
    const [r] = art363.reasons;
    assert.strictEqual(r.section, 'I.(二), III.(一) closing paragraph');
    const en = format(r.message, 'en');
    assert.match(en, /as an accomplice in art363 committed by Uploaders/, en);
    assert.match(en, /\(\[16\]\(P198\)\)/, en);
    assert.match(en, /\(I\.\(二\); III\.\(一\), closing paragraph\)\.$/, en);
    assert.doesNotMatch(en, /3–5/, en);
    const zh = format(r.message, 'zh-CN');
    assert.match(zh, /（一（二）；三（一）末段）。$/, zh);
    assert.match(zh, /共犯/, zh);
    // the acquittal the brief can argue cites where the paper argues it
    const [d] = only(diagnostics, 'verdict-divergence');
    assert.match(d.message, /\(I\.\(二\), III\.\(一\) closing paragraph\)$/, d.message);
    const [dz] = only(check(qvod, { locale: 'zh-CN' }).diagnostics, 'verdict-divergence');
    assert.match(dz.message, /（一（二）、三（一）末段）$/, dz.message);
    // the help offense as principal: the neutral-help cases and the closing paragraph
    const help = parsed.analysis.byId('Qvod')!.criminal.assessed.find((o) => o.offense === 'art287-2')!;
    assert.strictEqual(help.reasons[0].section, 'III.(一).3–5, III.(一) closing paragraph');
    assert.match(format(help.reasons[0].message, 'en'), /\(III\.\(一\)\.3–5 and closing paragraph\)\.$/);
    assert.match(format(help.reasons[0].message, 'zh-CN'), /（三（一）3–5及末段）。$/);
  });
});

suite('faithful to the paper: the omission argument', () => {
  // I.(一), lines 79-81: "阿明·考夫曼坚持认为，处罚不真正不作为犯违反了罪刑法定原则" — a breach
  // of the legality principle (nullum crimen), which "unlawful" does not say; the Chinese has it.
  test('Armin Kaufmann: punishing impure omission breaches the legality principle, not "unlawful"', () => {
    const texts = [why('omission-dissemination'), hover('provider P {\n  role caching\n}\ncharge P art363 omi|ssion')];
    for (const text of texts) {
      assert.doesNotMatch(text, /unlawful \(\[11\]/, text);
      assert.match(text, /Armin Kaufmann held that such punishment breaches the legality principle \(\[11\]\(P150\)\)/, text);
    }
    assert.match(why('omission-dissemination', 'zh-CN'), /阿明·考夫曼认为处罚不真正不作为犯违反罪刑法定（\[11\]\(P150\)）/);
  });

  // I.(一), line 89: "我国理论与实务似乎过于扩张了不真正不作为犯的处罚范围" — the paper hedges
  // ("seems"); only of the escaped-prisoner example does it say "显然" (lines 91-93).
  test('Chinese doctrine "seems" to stretch impure omission: the hedge kept in every text', () => {
    assert.match(why('omission-dissemination'), /Chinese doctrine seems to stretch it/);
    assert.match(why('omission-dissemination', 'zh-CN'), /我国则似乎扩张过度/);
    assert.match(TOPICS.policy.en, /which it finds seemingly too ready to punish impure omissions/);
    assert.match(TOPICS.policy.zh, /认为我国似乎过于扩张不真正不作为犯的处罚/);
    const page = doc('omission-dissemination');
    assert.match(page, /it finds that Chinese theory and practice seem too expansive/);
    assert.match(page, /我国理论和实务似乎过于扩张/);
  });
});

suite('faithful to the paper: who says what', () => {
  // III.(二), lines 505-507: that private parties cannot give the order is a scholar's proposal
  // the paper reports ([33](P143)); the statute and the II.(二) summary (line 350) name the regulator.
  test('the notice key: [33](P143) is a scholar the paper reports, in both languages', () => {
    const en = hover('provider P {\n  role storage\n  not|ice user\n}');
    assert.doesNotMatch(en, /not a private notice \(\[33\]\(P143\)\)/, en);
    assert.match(en, /a scholar the paper reports \(\[33\]\(P143\)\) adds that a private notice cannot take its place/, en);
    const zh = hover('服务商 P {\n  类型：存储\n  通|知：用户\n}', 'zh-CN');
    assert.match(zh, /论文所介绍的学者观点（\[33\]\(P143\)）进一步认为，私人通知不能替代/, zh);
  });

  // III.(一).5, lines 466-474: the first-instance court held that the two "与网站的使用者构成同一
  // 犯罪——盗窃罪" (committed the same offense as the site's users); it did not call them co-perpetrators.
  test('案6: the first-instance court held the builders guilty of the same offense as the users, theft', () => {
    assert.doesNotMatch(TOPICS['help-offense-cases'].en, /co-perpetrators/);
    assert.match(TOPICS['help-offense-cases'].en, /The first-instance court held that they committed the same offense as the site's users, theft/);
  });

  // III.(一).3, lines 416-418: the court found the evidence insufficient that 张某, knowing of the
  // fraud, shared the intent to take others' property; the paper (lines 427-430) answers the
  // shared-intent point. The Chinese page made it two findings: that he did not even know of the fraud.
  test('accomplice-knowledge-only page: the court\'s ground was the shared intent, in Chinese as in English', () => {
    const page = doc('accomplice-knowledge-only');
    assert.doesNotMatch(page, /既不足以证明张某知道对方在行骗/);
    assert.match(page, /现有证据不足以证明张某在明知对方行骗的同时，还与对方共同怀有非法占有被害人财物的故意/);
  });

  // The abstract, lines 8-10: 损害了部分网民的言论自由权 — some users.
  test('private-censorship gist: some users\' freedom of expression, in both languages', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'docs', 'rules', 'README.md'), 'utf8');
    assert.match(readme, /\| Providers that delete or block users' messages at will harm some users' freedom of expression\. \|/);
    const zh = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'rules', 'gists.zh-CN.json'), 'utf8')) as Record<string, string>;
    assert.strictEqual(zh['private-censorship'], '随意删除、屏蔽用户信息的服务商，损害了部分用户的言论自由。');
  });

  // I.(四), lines 196-198: 范君 "并不讳言 … 该解释的规定值得特别关注" — it deserved special
  // attention; he did not "acknowledge its weight". Footnote (line 236): 于志刚 named this provision.
  test('the legality snippet and page: 范君 said the interpretation deserved special attention; 于志刚 named this provision', () => {
    const snippets = fs.readFileSync(path.join(ROOT, 'snippets', 'markdown.code-snippets'), 'utf8');
    assert.doesNotMatch(snippets, /acknowledged its weight/);
    assert.doesNotMatch(snippets, /分量很重/);
    assert.match(snippets, /said openly that before Amendment IX it deserved special attention/);
    assert.match(snippets, /也直言修正案（九）生效前该解释值得特别关注/);
    const page = doc('accomplice-as-principal');
    assert.doesNotMatch(page, /has called such provisions/);
    assert.match(page, /于志刚 has called this provision/);
    assert.match(page, /于志刚教授称该条为/);
  });
});

suite('faithful to the paper: the seven cases read as the paper discusses them', () => {
  // III.(一).2, lines 396-401: the paper's whole point on 案2 is that the record does not say
  // whether 陈某某 ran a hosting business or hosted specially for 许某, and only the latter may be
  // the help offense. Chen's "possible" should say so, not only list three facts.
  test('案2: Chen\'s "possible" names the paper\'s test for hosting, III.(一).2', () => {
    const { parsed } = check(fs.readFileSync(path.join(ROOT, 'examples', '03-case2-hosting.case'), 'utf8'));
    const chen = parsed.analysis.byId('Chen')!;
    for (const o of chen.criminal.offenses) {
      assert.strictEqual(o.level, 'possible');
      const [r] = o.reasons;
      assert.strictEqual(r.section, 'III.(一), III.(一).2', o.offense);
      assert.match(format(r.message, 'en'), /For hosting, the paper would punish only hosting provided specially for the crime \(III\.\(一\)\.2, case 2\)\.$/);
      assert.match(format(r.message, 'zh-CN'), /就服务器托管而言，论文认为唯有专为他人犯罪提供的托管才可罚（三（一）2，案2）。$/);
    }
    // a provider that is not a host keeps the general reason
    const access = check('provider A {\n  role access\n  knowledge specific\n}\n').parsed.analysis.byId('A')!;
    assert.strictEqual(access.criminal.offenses[0].reasons[0].section, 'III.(一)');
    assert.doesNotMatch(format(access.criminal.offenses[0].reasons[0].message, 'en'), /hosting/);
  });
});

suite('faithful to the paper: headlines cite where the claim is made', () => {
  // The psychological causal link is III.(一)'s closing paragraph (lines 482-496); III.(一).3–5
  // (lines 403-480) are the cases. The headline claims the link, so it cites both.
  test('neutral-assistance: the causal link cites III.(一)\'s closing paragraph as well as .3–5', () => {
    const { diagnostics } = check('provider P {\n  role access\n  knowledge specific\n  industry-rules complied\n  targeted no\n  participation none\n}\ncharge P art287-2\n');
    const [d] = only(diagnostics, 'neutral-assistance');
    assert.match(d.message, /the paper finds it lacks a psychological causal link \(III\.\(一\)\.3–5 and closing paragraph\)$/, d.message);
    const [z] = only(check('provider P {\n  role access\n  knowledge specific\n  industry-rules complied\n  targeted no\n  participation none\n}\ncharge P art287-2\n', { locale: 'zh-CN' }).diagnostics, 'neutral-assistance');
    assert.match(z.message, /（三（一）3–5及末段）$/, z.message);
  });

  // I.(三), line 188: 理应归入“疑罪从无”的范畴 — "should", not "must".
  test('in-dubio-pro-reo: the doubt should go to the defendant, as the paper says it', () => {
    assert.doesNotMatch(why('in-dubio-pro-reo'), /must go to the defendant/);
    assert.match(why('in-dubio-pro-reo'), /the paper argues the doubt should go to the defendant \(\[2\]\(P112\)\)/);
  });
});

suite('faithful to the paper: each case\'s "liable" cites its own discussion', () => {
  // III.(一).1 (lines 380-390) 案1: access against the rules; .3 (lines 420-431) 案3: selling
  // number-changing software; .4 (lines 456-461) 案4–5: advertising and payment against the rules;
  // .5 (lines 482-484) 案6: deep participation. The closing paragraph states the general test.
  const CASES: [string, string, string][] = [
    ['02-case1-black-broadband.case', 'Yang', 'III.(一).1'],
    ['04-case3-number-change.case', '张某', 'III.(一).3'],
    ['05-case4-search-ads.case', 'Promoter', 'III.(一).4'],
    ['06-case5-payment.case', 'Zhao', 'III.(一).4'],
    ['07-case6-phishing.case', 'Builders', 'III.(一).5'],
  ];
  for (const [file, id, section] of CASES) {
    test(`${file}: art287-2 "liable" cites the closing paragraph and ${section}`, () => {
      const pc = check(fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8')).parsed.analysis.byId(id)!;
      const help = pc.criminal.offenses.find((o) => o.offense === 'art287-2')!;
      assert.strictEqual(help.level, 'liable');
      const [r] = help.reasons;
      assert.strictEqual(r.section, `III.(一), ${section}`);
      assert.ok(format(r.message, 'en').endsWith(`(III.(一), closing paragraph; ${section}).`), format(r.message, 'en'));
      assert.ok(format(r.message, 'zh-CN').endsWith(`（三（一）末段；${section.replace('III.(一).', '三（一）')}）。`), format(r.message, 'zh-CN'));
    });
  }

  // III.(一).2 (lines 396-401) speaks of hosting provided specially for the crime; a host that
  // only broke a rule is the spec's reading (spec-notes 2), so it cites the closing paragraph alone.
  test('a host that only broke a rule, or technical help that is not deep: the closing paragraph alone', () => {
    for (const role of ['storage', 'technical']) {
      const pc = check(`provider P {\n  role ${role}\n  knowledge specific\n  industry-rules violated\n}\n`).parsed.analysis.byId('P')!;
      assert.strictEqual(pc.criminal.offenses[0].reasons[0].section, 'III.(一)', role);
    }
    const host = check('provider P {\n  role storage\n  knowledge specific\n  targeted yes\n}\n').parsed.analysis.byId('P')!;
    assert.strictEqual(host.criminal.offenses[0].reasons[0].section, 'III.(一), III.(一).2');
  });
});
