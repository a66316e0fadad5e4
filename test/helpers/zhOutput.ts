/**
 * Everything the product shows a reader whose locale is zh-CN, gathered from real use: the
 * diagnostics of briefs written to trip every rule, the hovers on every word of them, the
 * completions' documentation, the code lenses, the quick fixes, the liability report in
 * Markdown and HTML, and every catalog message rendered with plausible Chinese arguments.
 * Tests read these texts as a Chinese reader would (zhOutput.test.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { MarkupContent } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { explain, format, messageIds } from '../../server/src/service/i18n/messages';
import { findingsToDiagnostics, parseText } from '../../server/src/service/languageService';
import { doHover } from '../../server/src/service/hover';
import { doComplete } from '../../server/src/service/completion';
import { getCodeLenses, resolveCodeLens } from '../../server/src/service/codeLens';
import { getCodeActions } from '../../server/src/service/codeActions';
import { buildReport } from '../../server/src/service/report/report';
import { renderMarkdown } from '../../server/src/service/report/markdown';
import { renderHtml } from '../../server/src/service/report/html';
import { KEYS, OFFENSES, VALUE_SETS } from '../../server/src/service/vocabulary';
import '../../server/src/service/report/labels';
import '../../server/src/cli/messages';
import '../../server/src/cli/sarif';
import '../../server/src/server';

const ROOT = path.join(__dirname, '..', '..');
const ACCEPTANCE = '/work/shared/acceptance/cases';

/** One text a reader sees, and where it came from. */
export interface Shown {
  readonly where: string;
  readonly text: string;
}

/** Plausible Chinese arguments for a catalog message, by the argument's name. */
const ZH_ARGS: Record<string, string | number> = {
  id: '快播', of: '上传者', offender: '上传者', provider: '快播', name: '深圳快播公司', word: '缓纯',
  text: '缓纯', key: '“类型”', keys: '“行业规定”、“专门”', value: '缓存', values: '缓存、搜索',
  offense: '传播淫秽物品牟利罪（第363条）', other: '诈骗罪（第266条）', role: '缓存', roles: '缓存、搜索',
  block: '服务商', mode: '不作为', level: '可能成立', gaps: '“行业规定”、“专门”', facts: '“行业规定”',
  missingFacts: '“改正”', findings: '该帮助属中立帮助', suggestions: '“缓存”', valid: '缓存、搜索',
  takedown: '拒绝', knowledge: '明知', notice: '监管部门', order: '监管部门', matter: '国家安全',
  consequence: '大量传播', set: '类型', section: '一（一）', sections: '三（一）3–5', sources: '[9](P202)',
  line: 12, column: 3, shown: 100, total: 240, files: 2, errors: 1, warnings: 3, infos: 2, count: 3,
  date: '2015-01-01', file: 'qvod.case', open: '“', close: '”', title: '快播案', note: '缓存服务器',
  hosting: '托管', ids: '快播、百度', problems: '“rules”', spec: 'tech-neutrality=on', option: '--x', flag: '--x',
  rule: 'tech-neutrality', code: 'tech-neutrality', start: 1, end: 2, score: 1, rank: 1, every: 2,
  edit: '改为“缓存”', home: 'evidence', formats: 'text、json', kind: '服务商', at: 3, as: '共犯', case: '快播案',
  command: 'check', uri: 'file:///qvod.case', i: 1, g0: '甲', g1: '乙', label: '证据一',
};

/**
 * Every catalog message (and its explanation) in Chinese, rendered as the product renders it
 * (`format`, `explain`: ids spaced as Chinese text wants), with plausible arguments.
 */
export function catalogTexts(): Shown[] {
  const out: Shown[] = [];
  for (const id of messageIds()) {
    const msg = { id, args: ZH_ARGS };
    out.push({ where: `message ${id}`, text: format(msg, 'zh-CN') });
    const why = explain(msg, 'zh-CN');
    if (why !== undefined) {
      out.push({ where: `message ${id} (why)`, text: why });
    }
  }
  return out;
}

const zhWord = (ws: readonly string[], fallback: string) => ws[0] ?? fallback;

/**
 * Briefs in Chinese keywords that use every block, key, value, offense and mode, and trip
 * every doctrine rule and the text checks (typos, a missing value, a bad date).
 */
export function zhBriefs(): { name: string; text: string }[] {
  const briefs: { name: string; text: string }[] = [];
  const providerKeys = KEYS.filter((k) => k.block === 'provider' && k.value.type === 'enum' && k.id !== 'role');
  // one provider per value of every provider key, beside a role
  let n = 0;
  const providers: string[] = [];
  for (const key of providerKeys) {
    const set = (key.value as { set: keyof typeof VALUE_SETS }).set;
    for (const v of VALUE_SETS[set]) {
      n++;
      providers.push(`服务商 甲${n} “服务商${n}” ｛\n  类型：缓存，搜索\n  ${zhWord(key.zh, key.id)}：${zhWord(v.zh, v.id)}\n｝\n`);
    }
  }
  for (const role of VALUE_SETS.role) {
    n++;
    providers.push(`服务商 甲${n} ｛\n  类型：${role.zh[0]}\n  明知：明知\n｝\n`);
  }
  briefs.push({ name: 'every-value.case', text: `案件 “每个取值” ｛\n  法院 “某法院”\n  行为时间 2016-01-01\n｝\n${providers.join('')}` });

  // charges: every offense in every mode with every court word, reason and basis
  const charges: string[] = [];
  const modes = VALUE_SETS.mode;
  OFFENSES.forEach((o, i) => {
    const mode = modes[i % modes.length];
    const verdict = VALUE_SETS.verdict[i % VALUE_SETS.verdict.length];
    charges.push(`指控 乙 ${o.zh[0]} ${mode.zh[0]} ｛\n  法院认定：${verdict.zh[0]}\n  理由：${VALUE_SETS.reason.map((r) => r.zh[0]).join('，')}\n  依据：${VALUE_SETS.basis.map((b) => b.zh[0]).join('，')}\n｝\n`);
    charges.push(`指控 乙 ${o.nameZh} ${modes[(i + 1) % modes.length].zh[0]}\n`);
  });
  briefs.push({
    name: 'every-charge.case',
    text: `服务商 乙 “某公司” ｛\n  类型：缓存，搜索，链接\n  明知：明知\n  通知：监管部门\n  移除：拒绝\n  行业规定：遵守\n  专门：否\n  参与程度：深度\n  人为干预：付费\n  链接方式：嵌入\n  修改内容：是\n  责令：私人\n  后果：其他严重情节\n  屏蔽用户内容：是\n｝\n` +
      `正犯 丙 “诈骗团伙” ｛\n  罪名：诈骗罪\n  利用：乙\n｝\n${charges.join('')}` +
      `证据 “扣押物” ｛\n  查获：21251 “缓存服务器”\n  直接传播证据：否\n  点击下载数量：不明\n  鉴真：有瑕疵\n｝\n`,
  });

  // the art. 286-1 family
  const refusal = (facts: string) => `服务商 丁 ｛\n  类型：存储\n${facts}｝\n指控 丁 第286条之一\n`;
  briefs.push({ name: 'refusal-none.case', text: refusal('') });
  briefs.push({ name: 'refusal-private.case', text: refusal('  责令：私人\n') });
  briefs.push({ name: 'refusal-corrected.case', text: refusal('  责令：监管部门\n  改正：是\n') });
  briefs.push({ name: 'refusal-scope.case', text: refusal('  责令：监管部门\n  责令事项：其他\n  后果：其他严重情节\n') });
  briefs.push({ name: 'refusal-liable.case', text: refusal('  责令：监管部门\n  改正：否\n  责令事项：个人信息\n  后果：信息泄露\n') });
  briefs.push({ name: 'old-conduct.case', text: `案件 ｛\n  行为时间 2014-05-01\n｝\n${refusal('  责令：监管部门\n')}指控 丁 第287条之二\n` });
  // neutral help charged, accomplice needs facts, deep participation
  briefs.push({
    name: 'helping.case',
    text: `服务商 戊 ｛\n  类型：接入\n  明知：明知\n  行业规定：遵守\n  专门：否\n  参与程度：一般\n｝\n指控 戊 第287条之二\n` +
      `服务商 己 ｛\n  类型：存储\n  明知：明知\n｝\n正犯 庚 ｛\n  罪名：第266条\n  利用：己，戊\n｝\n指控 己 第266条 共犯\n指控 己 第287条之二\n` +
      `服务商 辛 ｛\n  类型：技术支持\n  明知：明知\n  参与程度：深度\n  专门：是\n｝\n正犯 壬 ｛\n  罪名：第264条\n  利用：辛\n｝\n指控 辛 第287条之二 ｛ 法院认定：有罪 ｝\n`,
  });
  // text checks: misspelt words, a missing value, a bad date, a duplicate, an unknown id
  briefs.push({
    name: 'typos.case',
    text: `案件 ｛\n  日期 2015-13-45\n  法院认定 有罪\n｝\n服务商 癸 ｛\n  类型：缓纯，平台\n  明知：\n  通知：监管部门，无\n  移除：拒绝，及时\n  未知键：是\n  类型：搜索\n｝\n服务商 癸 ｛\n  类型：链接\n｝\n` +
      `正犯 子 ｛\n  罪名：第999条\n  利用：不存在\n｝\n指控 不存在 第363条 作为为\n指控 癸\n证据 ｛\n  查获：很多\n  鉴真：\n｝\n服务商 丑 ｛\n  类型：内容\n  明知：明知\n｝\n指控 丑 第363条\n`,
  });
  briefs.push({ name: 'syntax.case', text: `服务商 寅 ｛\n  类型：缓存，，搜索，\n  通知：“未结束\n｝\n｝\n服务商\n正犯 卯 “名” “多余”\n指控 寅 第363条 ｛\n  法院认定 有罪 无罪\n` });
  return briefs;
}

/** The paper's case files and the examples, as written (English or Chinese keywords). */
export function fileBriefs(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of [ACCEPTANCE, path.join(ROOT, 'examples')]) {
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.case') || x.endsWith('.md')).sort()) {
      out.push({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') });
    }
  }
  return out;
}

const md = (c: unknown): string => (typeof c === 'string' ? c : (c as MarkupContent | undefined)?.value ?? '');

/** What a Chinese reader sees of one brief: diagnostics, hovers, completions, lenses, fixes, report. */
export function briefTexts(name: string, text: string): Shown[] {
  const uri = `file:///${name}`;
  const markdown = name.endsWith('.md');
  const document = TextDocument.create(uri, markdown ? 'markdown' : 'casefacts', 1, text);
  const parsed = parseText(uri, 1, text, markdown);
  const locale = 'zh-CN' as const;
  const out: Shown[] = [];
  const diagnostics = findingsToDiagnostics(parsed, document, { locale });
  for (const d of diagnostics) {
    out.push({ where: `${name}:${d.range.start.line + 1} diagnostic ${String(d.code)}`, text: d.message });
    for (const r of d.relatedInformation ?? []) {
      out.push({ where: `${name}:${d.range.start.line + 1} related ${String(d.code)}`, text: r.message });
    }
  }
  // a hover and a completion at every word's start and end
  const seen = new Set<string>();
  for (const m of text.matchAll(/[^\s{}｛｝,，、:：;；"“”]+/gu)) {
    for (const offset of [m.index + 1, m.index + m[0].length]) {
      const position = document.positionAt(offset);
      const h = doHover(parsed, document, position, { locale });
      const hv = h ? md(h.contents) : '';
      if (hv && !seen.has(hv)) {
        seen.add(hv);
        out.push({ where: `${name}:${position.line + 1}:${position.character} hover on ${m[0]}`, text: hv });
      }
      for (const item of doComplete(parsed, document, position, { locale }).items) {
        const doc = [item.detail ?? '', md(item.documentation), item.labelDetails?.description ?? '', item.labelDetails?.detail ?? ''].join('\n');
        const key = `c:${doc}`;
        if (doc.trim() && !seen.has(key)) {
          seen.add(key);
          out.push({ where: `${name}:${position.line + 1}:${position.character} completion ${item.label}`, text: doc });
        }
      }
    }
  }
  for (const lens of getCodeLenses(parsed, document, { locale, extensionCommands: true })) {
    // the conclusion lens comes with its title; the decisive-facts lens is resolved
    const r = lens.command ? lens : resolveCodeLens(parsed, document, lens, { locale, extensionCommands: true });
    out.push({ where: `${name}:${lens.range.start.line + 1} code lens`, text: r.command?.title ?? '' });
    for (const line of (r.command?.arguments?.[0] as { lines?: string[] } | undefined)?.lines ?? []) {
      out.push({ where: `${name}:${lens.range.start.line + 1} what-if`, text: line });
    }
  }
  for (const a of getCodeActions(parsed, document, diagnostics, { locale })) {
    out.push({ where: `${name} quick fix`, text: a.title });
  }
  const report = buildReport(name, parsed, document, diagnostics, locale);
  out.push({ where: `${name} report (Markdown)`, text: renderMarkdown([report]) });
  const html = renderHtml([report], locale)
    .replace(/<style[\s\S]*?<\/style>/g, '').replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  out.push({ where: `${name} report (HTML)`, text: html });
  return out;
}

/** Every text gathered above, from the catalog, the Chinese briefs and the paper's files. */
export function allZhTexts(): Shown[] {
  const out = catalogTexts();
  for (const b of [...zhBriefs(), ...fileBriefs()]) {
    out.push(...briefTexts(b.name, b.text));
  }
  return out;
}

