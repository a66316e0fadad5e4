// Deterministic inputs for the benchmark and for scripts/measure.mjs: briefs of a given
// number of lines in the case-facts language (every block kind, English and Chinese
// keywords, full-width punctuation, comments and notes), the same facts as a Markdown
// brief with ```case blocks between prose paragraphs, and a JSON document of a given
// byte size for the peer server. Every generator also returns where to edit (inside a
// note string, so the text stays valid) and where to ask for hover and completion (on
// keys and values), so the bench never has to search the text.
//
// Usage: node bench/generate.mjs LINES [OUTDIR]  writes brief-LINES.case, .md and .json.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A small seeded PRNG (mulberry32): the same seed gives the same brief on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (xs) => xs[int(xs.length)];
  const chance = (p) => next() < p;
  /** k distinct items of xs, in xs's order. */
  const some = (xs, k) => {
    const idx = new Set();
    while (idx.size < Math.min(k, xs.length)) {
      idx.add(int(xs.length));
    }
    return [...idx].sort((x, y) => x - y).map((i) => xs[i]);
  };
  return { next, int, pick, chance, some };
}

// The words, as pairs [English, 中文] (language.md). Kept here rather than imported from
// the server's vocabulary so that the bench needs no build and tests the language as the
// spec writes it.
const V = {
  role: ['role', '类型'],
  knowledge: ['knowledge', '明知'],
  notice: ['notice', '通知'],
  takedown: ['takedown', '移除'],
  modifies: ['modifies-content', '修改内容'],
  ranking: ['ranking', '人为干预'],
  linkType: ['link-type', '链接方式'],
  industry: ['industry-rules', '行业规定'],
  targeted: ['targeted', '专门'],
  participation: ['participation', '参与程度'],
  profit: ['profit', '牟利'],
  blocks: ['blocks-user-content', '屏蔽用户内容'],
  order: ['order', '责令'],
  orderMatter: ['order-matter', '责令事项'],
  corrected: ['corrected', '改正'],
  consequence: ['consequence', '后果'],
  offense: ['offense', '罪名'],
  uses: ['uses', '利用'],
  court: ['court', '法院认定'],
  reason: ['reason', '理由'],
  basis: ['basis', '依据'],
  seized: ['seized', '查获'],
  direct: ['direct-dissemination', '直接传播证据'],
  accessCount: ['access-count', '点击下载数量'],
  authentication: ['authentication', '鉴真'],
};
const ROLES = [
  ['access', '接入'], ['transmission', '传输'], ['caching', '缓存'], ['storage', '存储'],
  ['search', '搜索'], ['link', '链接'], ['advertising', '广告推广'], ['payment', '支付结算'],
  ['technical', '技术支持'],
];
const RARE_ROLES = [['platform', '平台'], ['software', '访问软件'], ['content', '内容']];
const KNOWLEDGE = [['none', '不知'], ['general', '概括知道'], ['specific', '明知']];
const NOTICE = [['none', '无'], ['user', '用户'], ['rightholder', '权利人'], ['regulator', '监管部门']];
const TAKEDOWN = [['prompt', '及时'], ['delayed', '迟延'], ['refused', '拒绝'], ['none', '未采取']];
const YES = ['yes', '是'];
const NO = ['no', '否'];
const RANKING = [['none', '无'], ['paid', '付费'], ['manual', '人工']];
const LINK_TYPE = [['ordinary', '普通'], ['embedded', '嵌入']];
const INDUSTRY = [['complied', '遵守'], ['violated', '违反']];
const PARTICIPATION = [['none', '无'], ['shallow', '一般'], ['deep', '深度']];
const ORDER = [['none', '无'], ['regulator', '监管部门'], ['private', '私人']];
const ORDER_MATTER = [['national-security', '国家安全'], ['public-security', '公共安全'], ['personal-data', '个人信息'], ['evidence', '证据灭失'], ['other', '其他']];
const CONSEQUENCE = [['mass-dissemination', '大量传播'], ['data-leak', '信息泄露'], ['evidence-loss', '证据灭失'], ['other-serious', '其他严重情节']];
const OFFENSES = [
  ['art363', '第363条', '传播淫秽物品牟利罪'], ['art364', '第364条', '传播淫秽物品罪'],
  ['art287-2', '第287条之二', '帮助信息网络犯罪活动罪'], ['art286-1', '第286条之一', '拒不履行信息网络安全管理义务罪'],
  ['art266', '第266条', '诈骗罪'], ['art264', '第264条', '盗窃罪'], ['art222', '第222条', '虚假广告罪'],
  ['art217', '第217条', '侵犯著作权罪'], ['art141', '第141条', '生产销售假药罪'],
];
const PRINCIPAL_OFFENSES = OFFENSES.filter(([id]) => !['art287-2', 'art286-1'].includes(id));
const MODES = [['act', '作为'], ['omission', '不作为'], ['principal', '正犯'], ['accomplice', '共犯']];
const COURT = [['convicted', '有罪'], ['acquitted', '无罪'], ['rejected', '不予认定'], ['pending', '未决']];
const REASONS = [['tech-user', '技术使用者'], ['legal-works-only', '仅保护合法作品'], ['principal-act', '实行行为'], ['common-intent', '共同占有故意'], ['cache-is-dissemination', '缓存即传播']];
const BASES = [['interpretation-2010-art4', '2010年解释第4条'], ['cybersecurity-law-68', '网络安全法第68条'], ['tort-law-36', '侵权责任法第36条']];
const ACCESS = [['known', '已查明'], ['unknown', '不明']];
const AUTH = [['sound', '无瑕疵'], ['defective', '有瑕疵']];

const NOTES_EN = [
  'opened broadband lines under forged ID cards',
  'kept selling after users were caught',
  'the court relied on the operator logs',
  'promoted fake customer-service numbers',
  'bought company credentials and filed fake domains',
  'servers rented from a third party in another province',
  'the regulator wrote twice before the raid',
  'the witness statement is not signed',
];
const NOTES_ZH = [
  '以虚假身份证件开通宽带线路',
  '用户被抓获后仍继续销售',
  '法院采信了运营商日志',
  '推广虚假客服电话',
  '购买公司资质并虚假备案域名',
  '服务器租用自外省第三方',
  '监管部门在查处前两次致函',
  '证人证言未经签字',
];
const COMMENTS_EN = [
  'facts as found by the first-instance court',
  'the paper is silent on this point; our encoding',
  'see the appeal judgment for the dates',
  'TODO: confirm with the client',
];
const COMMENTS_ZH = ['一审法院认定的事实', '论文对此未置一词，按我方理解编码', '日期见二审判决', '待与当事人核实'];
const PROSE_EN = [
  'The paper argues that an Internet service provider failing to act after notice generally bears civil and administrative liability only.',
  'Neutral help that keeps the industry rules, serves no one in particular and takes no deep part lacks the psychological causal link that makes help punishable.',
  'Caching is storage in technique and transmission in function; the cache accelerated only after users clicked links on other sites.',
  'Without proof of how often users fetched the files through the provider\'s servers, the doubt goes to the defendant.',
];
const PROSE_ZH = [
  '论文认为，网络服务商接到通知后不作为的，一般只承担民事和行政责任。',
  '遵守行业规定、并非专门为他人犯罪提供、也未深度参与的业务帮助，缺乏使帮助可罚的心理因果性。',
  '缓存在技术上是存储，在功能上是传输；只有用户在其他网站点击链接后，缓存才起加速作用。',
  '没有证据证明用户通过服务商服务器获取文件的次数，疑问应当有利于被告人。',
];

/**
 * Builds a text line by line and records, in LSP coordinates (0-based line, UTF-16
 * column), where keys, values and note strings stand.
 */
class Writer {
  constructor(lineOffset = 0) {
    this.lines = [];
    this.lineOffset = lineOffset;
    /** {line, start, end, kind: 'key' | 'value'} */
    this.words = [];
    /** {line, start, end}: the inside of a note string. */
    this.notes = [];
    /** {line, start, end}: the inside of a provider's name string (a fact, not a note). */
    this.facts = [];
  }
  get count() {
    return this.lines.length;
  }
  raw(text) {
    this.lines.push(text);
  }
  /** Appends pieces to one line; a piece {key|value|note: text} is recorded. */
  line(...pieces) {
    let text = '';
    const line = this.lineOffset + this.lines.length;
    for (const p of pieces) {
      if (typeof p === 'string') {
        text += p;
      } else if (p.note !== undefined) {
        text += p.open;
        this.notes.push({ line, start: text.length, end: text.length + p.note.length });
        text += p.note + p.close;
      } else if (p.fact !== undefined) {
        text += p.open;
        this.facts.push({ line, start: text.length, end: text.length + p.fact.length });
        text += p.fact + p.close;
      } else {
        const kind = p.key !== undefined ? 'key' : 'value';
        const word = p.key ?? p.value;
        this.words.push({ line, start: text.length, end: text.length + word.length, kind });
        text += word;
      }
    }
    this.lines.push(text);
  }
}

/** One language's punctuation and picking helpers for a group of blocks. */
function style(r, zh) {
  const w = (pair) => pair[zh ? 1 : 0];
  const str = (s) => (zh ? (r.chance(0.7) ? ['“', s, '”'] : ['「', s, '」']) : ['"', s, '"']);
  return {
    zh,
    w,
    open: zh ? '｛' : '{',
    close: zh ? '｝' : '}',
    colon: zh ? (r.chance(0.7) ? '：' : ':') : r.chance(0.2) ? ':' : '',
    comma: zh ? (r.chance(0.5) ? '，' : '、') : ', ',
    semi: zh ? '；' : '; ',
    str,
    note: () => {
      const [o, s, c] = str(r.pick(zh ? NOTES_ZH : NOTES_EN));
      return { open: ' ' + o, note: s, close: c };
    },
    comment: () => (r.chance(0.5) ? '# ' : '// ') + r.pick(zh ? COMMENTS_ZH : COMMENTS_EN),
  };
}

/** A statement line: key, values separated by commas, an optional note, an optional comment. */
function statement(out, s, r, key, values, { note = false, indent = '  ' } = {}) {
  const pieces = [indent, { key: s.w(key) }, s.colon, ' '];
  values.forEach((v, i) => {
    if (i > 0) {
      pieces.push(s.comma);
    }
    pieces.push({ value: typeof v === 'string' ? v : s.w(v) });
  });
  if (note) {
    pieces.push(s.note());
  }
  if (r.chance(0.08)) {
    pieces.push('  ' + s.comment());
  }
  out.line(...pieces);
}

/** The one `case` block a document may hold. */
function caseBlock(out, title) {
  out.raw(`# ${title}: generated by bench/generate.mjs (seeded; regenerate rather than edit)`);
  out.line('case "', title, '" {');
  out.line('  ', { key: 'court' }, '  "北京市海淀区人民法院"');
  out.line('  ', { key: 'docket' }, ' "(2016)京0108刑初字第1号"');
  out.line('  ', { key: 'date' }, '   ', { value: '2017-06-30' });
  out.line('  ', { key: 'conduct' }, ' ', { value: '2016-03-01' }, '  # after Amendment IX (2015-11-01)');
  out.line('  ', { key: 'source' }, '  "陈洪兵《网络服务商的刑事责任边界》", ', { value: '2019-01-15' });
  out.raw('}');
  out.raw('');
}

/**
 * One provider with what surrounds it in a brief: perhaps an offender that uses it,
 * charges against it, and evidence. `n` makes the ids unique.
 */
function group(out, r, n, prevProviders) {
  const s = style(r, r.chance(0.45));
  const pid = s.zh ? `网站${n}` : `P${n}`;
  if (r.chance(0.3)) {
    out.raw(s.comment());
  }
  // provider
  const [o, name, c] = s.str(s.zh ? `第${n}号服务商公司` : `Provider ${n} Ltd.`);
  out.line(s.w(['provider', '服务商']), ' ', pid, ' ', { open: o, fact: name, close: c }, ' ', s.open);
  const roles = r.some(ROLES, 1 + r.int(2));
  if (r.chance(0.04)) {
    roles.push(r.pick(RARE_ROLES));
  }
  const has = (en) => roles.some((x) => x[0] === en);
  statement(out, s, r, V.role, roles);
  const knowledge = r.pick(KNOWLEDGE);
  if (r.chance(0.8)) {
    statement(out, s, r, V.knowledge, [knowledge]);
  }
  if (r.chance(0.6)) {
    statement(out, s, r, V.notice, r.some(NOTICE.slice(1), 1 + r.int(2)));
  }
  if (r.chance(0.6)) {
    statement(out, s, r, V.takedown, [r.pick(TAKEDOWN)]);
  }
  if (has('caching') && r.chance(0.5)) {
    statement(out, s, r, V.modifies, [r.chance(0.2) ? YES : NO]);
  }
  if ((has('search') || has('link')) && r.chance(0.6)) {
    statement(out, s, r, V.ranking, [r.pick(RANKING)]);
  }
  if (has('link') && r.chance(0.6)) {
    statement(out, s, r, V.linkType, [r.pick(LINK_TYPE)]);
  }
  const industry = r.pick(INDUSTRY);
  statement(out, s, r, V.industry, [industry], { note: r.chance(0.5) });
  if (r.chance(0.7)) {
    statement(out, s, r, V.targeted, [industry[0] === 'violated' && r.chance(0.5) ? YES : NO]);
  }
  if (r.chance(0.7)) {
    statement(out, s, r, V.participation, [r.pick(PARTICIPATION)]);
  }
  if (r.chance(0.5)) {
    statement(out, s, r, V.profit, [r.chance(0.5) ? YES : NO], { note: r.chance(0.3) });
  }
  if (r.chance(0.15)) {
    statement(out, s, r, V.blocks, [r.chance(0.3) ? YES : NO]);
  }
  const ordered = r.chance(0.2);
  if (ordered) {
    statement(out, s, r, V.order, [ORDER[1]], { note: r.chance(0.5) });
    statement(out, s, r, V.orderMatter, r.some(ORDER_MATTER, 1 + r.int(2)));
    statement(out, s, r, V.corrected, [r.chance(0.1) ? YES : NO]);
    statement(out, s, r, V.consequence, r.some(CONSEQUENCE, 1 + r.int(2)));
  }
  out.raw(s.close);
  out.raw('');

  // an offender that uses it (and sometimes an earlier provider too)
  let offender;
  if (r.chance(0.5)) {
    offender = s.zh ? `正犯团伙${n}` : `Gang${n}`;
    const offense = r.pick(PRINCIPAL_OFFENSES);
    const [o2, name2, c2] = s.str(s.zh ? `第${n}号诈骗团伙` : `Fraud ring ${n}`);
    out.line(s.w(['offender', '正犯']), ' ', offender, ' ', o2, name2, c2, ' ', s.open);
    statement(out, s, r, V.offense, [s.zh && r.chance(0.3) ? offense[2] : s.w(offense)]);
    const uses = [pid];
    if (prevProviders.length > 0 && r.chance(0.3)) {
      uses.push(r.pick(prevProviders));
    }
    statement(out, s, r, V.uses, uses);
    out.raw(s.close);
    out.raw('');
  }

  // charges
  const charges = 1 + r.int(2);
  for (let i = 0; i < charges; i++) {
    const offense = ordered && i === 0 ? OFFENSES[3] : r.chance(0.5) ? OFFENSES[2] : r.pick(PRINCIPAL_OFFENSES);
    const mode = offense[0].startsWith('art36') ? r.pick(MODES.slice(0, 2)) : offender && r.chance(0.5) ? MODES[3] : MODES[2];
    const head = [s.w(['charge', '指控']), ' ', pid, ' ', { value: s.w(offense) }, ' ', { value: s.w(mode) }, ' ', s.open];
    if (r.chance(0.25)) {
      out.line(...head, ' ', { key: s.w(V.court) }, s.colon, ' ', { value: s.w(r.pick(COURT)) }, ' ', s.close);
    } else {
      out.line(...head);
      statement(out, s, r, V.court, [r.pick(COURT)]);
      if (r.chance(0.3)) {
        statement(out, s, r, V.reason, r.some(REASONS, 1 + r.int(2)));
      }
      if (r.chance(0.3)) {
        out.line('  ', { key: s.w(V.basis) }, s.colon, ' ', { value: s.w(r.pick(BASES)) }, s.comma, s.str(s.zh ? '刑法第287条之二第三款' : 'art. 287-2 para. 3').join(''));
      }
      out.raw(s.close);
    }
    out.raw('');
  }

  // evidence
  if (r.chance(0.3)) {
    const label = r.chance(0.5) ? ' ' + s.str(s.zh ? `第${n}组证据` : `exhibit ${n}`).join('') : '';
    out.raw(s.w(['evidence', '证据']) + label + ' ' + s.open);
    statement(out, s, r, V.seized, [String(1 + r.int(30000))], { note: true });
    if (r.chance(0.5)) {
      // two facts on one line, separated by a semicolon
      out.line('  ', { key: s.w(V.direct) }, ' ', { value: s.w(r.chance(0.5) ? YES : NO) }, s.semi, { key: s.w(V.accessCount) }, ' ', { value: s.w(r.pick(ACCESS)) });
    } else {
      statement(out, s, r, V.accessCount, [r.pick(ACCESS)]);
    }
    statement(out, s, r, V.authentication, [r.pick(AUTH)]);
    out.raw(s.close);
    out.raw('');
  }
  return pid;
}

/** Picks `count` probes spread over the words (keys and values alternately where possible). */
function spreadProbes(words, count) {
  const probes = [];
  if (words.length === 0) {
    return probes;
  }
  const step = words.length / count;
  for (let i = 0; i < count; i++) {
    probes.push(words[Math.min(words.length - 1, Math.floor(i * step + step / 2))]);
  }
  return probes;
}

/** A generated brief: its text, size, edit sites and probes. */
function briefOf(out, provs, probeCount) {
  return {
    text: out.lines.join('\n') + '\n',
    lines: out.count,
    edit: middleNote(out.notes, out.count),
    factEdit: middleNote(out.facts, out.count),
    // inside a value word (a role, an id, a date…): a typo the analysis reports, so every
    // edit changes the diagnostics and the whole list goes to the editor again
    typoEdit: middleNote(out.words.filter((w) => w.kind === 'value'), out.count),
    probes: spreadProbes(out.words, probeCount),
    providers: provs.length,
  };
}

/**
 * The note (or fact string) nearest the middle of the document: edits there stay valid and are
 * far from both ends. Undefined when a brief is too short to have one (under ~130 lines).
 */
function middleNote(notes, totalLines) {
  let best = notes[0];
  if (best === undefined) {
    return undefined;
  }
  for (const n of notes) {
    if (Math.abs(n.line - totalLines / 2) < Math.abs(best.line - totalLines / 2)) {
      best = n;
    }
  }
  return { line: best.line, character: best.start + Math.floor((best.end - best.start) / 2) };
}

/** The fewest lines a brief can have: its opening `case` block. */
export const MIN_LINES = 10;

/**
 * Refuses a size that is not a whole number of at least `min`: every generator fills up to its
 * size, and a NaN (`--sizes=abc`) never reaches it, so the bench would generate forever.
 */
function wholeAtLeast(n, min, what) {
  if (!Number.isInteger(n) || n < min) {
    throw new RangeError(`bench/generate.mjs: ${what} must be a whole number of at least ${min}, not ${n}`);
  }
}

/**
 * A `.case` brief of exactly `lines` lines.
 * @returns {{text: string, lines: number, edit: {line: number, character: number}, probes: {line: number, start: number, end: number, kind: string}[], providers: number}}
 */
export function generateCase(lines, seed = 20161107, probeCount = 60) {
  wholeAtLeast(lines, MIN_LINES, 'lines');
  const r = prng(seed ^ lines);
  const out = new Writer();
  caseBlock(out, `Generated brief, ${lines} lines`);
  const provs = [];
  let n = 1;
  for (;;) {
    const groupSeed = Math.floor(r.next() * 2 ** 32);
    const trial = new Writer(out.count);
    group(trial, prng(groupSeed), n, provs);
    if (out.count + trial.count > lines) {
      break;
    }
    provs.push(group(out, prng(groupSeed), n, provs));
    n++;
  }
  const zh = style(r, true);
  const en = style(r, false);
  while (out.count < lines) {
    out.raw(out.count % 2 ? zh.comment() : en.comment());
  }
  return briefOf(out, provs, probeCount);
}

/**
 * A Markdown brief of exactly `lines` lines: prose paragraphs between ```case blocks
 * that hold the same kind of facts (one case block in the first fence).
 */
export function generateMarkdown(lines, seed = 20161107, probeCount = 60) {
  wholeAtLeast(lines, MIN_LINES, 'lines');
  const r = prng((seed ^ lines) + 1);
  const out = new Writer();
  out.raw(`# Brief: generated, ${lines} lines`);
  out.raw('');
  out.raw(r.pick(PROSE_EN));
  out.raw('');
  out.raw('```case');
  caseBlock(out, `Generated Markdown brief, ${lines} lines`);
  out.raw('```');
  out.raw('');
  const provs = [];
  let n = 1;
  for (;;) {
    // a prose paragraph, then a fence with one to three groups
    const para = [];
    const zh = r.chance(0.45);
    const sentences = 1 + r.int(3);
    for (let i = 0; i < sentences; i++) {
      para.push(r.pick(zh ? PROSE_ZH : PROSE_EN));
    }
    const groups = 1 + r.int(3);
    const seeds = Array.from({ length: groups }, () => Math.floor(r.next() * 2 ** 32));
    const trial = new Writer(out.count);
    trial.raw(para.join(zh ? '' : ' '));
    trial.raw('');
    trial.raw('```case');
    const tprovs = [...provs];
    seeds.forEach((sd, i) => tprovs.push(group(trial, prng(sd), n + i, tprovs)));
    trial.raw('```');
    trial.raw('');
    if (out.count + trial.count > lines) {
      break;
    }
    out.raw(para.join(zh ? '' : ' '));
    out.raw('');
    out.raw('```case');
    seeds.forEach((sd) => {
      provs.push(group(out, prng(sd), n, provs));
      n++;
    });
    out.raw('```');
    out.raw('');
  }
  while (out.count < lines) {
    out.raw(out.count % 4 === 3 ? '' : r.pick(r.chance(0.5) ? PROSE_ZH : PROSE_EN));
  }
  return briefOf(out, provs, probeCount);
}

/**
 * A JSON document of exactly `bytes` UTF-8 bytes, shaped like the facts (an array of
 * provider objects with English and Chinese strings), for the peer server.
 */
export function generateJson(bytes, seed = 20161107, probeCount = 60) {
  wholeAtLeast(bytes, 1, 'bytes');
  const r = prng(seed ^ bytes);
  const out = new Writer();
  out.raw('{');
  out.raw('  "providers": [');
  // bytes of the lines so far, joined by '\n' (kept as we go: re-joining would be quadratic)
  let counted = 0;
  let bytesSoFar = -1;
  const size = () => {
    for (; counted < out.lines.length; counted++) {
      bytesSoFar += Buffer.byteLength(out.lines[counted], 'utf8') + 1;
    }
    return bytesSoFar;
  };
  let n = 1;
  const tail = ['  ],', '  "padding": "', '}'];
  const tailBytes = Buffer.byteLength('\n  ],\n  "padding": ""\n}\n', 'utf8');
  for (;;) {
    const before = out.lines.length;
    const zh = r.chance(0.45);
    out.raw(n === 1 ? '    {' : '    }, {');
    const prop = (k, v, last = false) => out.line('      ', '"', { key: k }, '": ', typeof v === 'string' ? '"' : '', typeof v === 'string' ? { value: v } : String(v), typeof v === 'string' ? '"' : '', last ? '' : ',');
    prop('id', zh ? `网站${n}` : `P${n}`);
    prop('name', zh ? `第${n}号服务商公司` : `Provider ${n} Ltd.`);
    out.line('      "role": [', r.some(ROLES, 1 + r.int(2)).map((x) => `"${x[zh ? 1 : 0]}"`).join(', '), '],');
    prop('knowledge', r.pick(KNOWLEDGE)[zh ? 1 : 0]);
    prop('takedown', r.pick(TAKEDOWN)[zh ? 1 : 0]);
    out.line('      "note": "', { note: r.pick(zh ? NOTES_ZH : NOTES_EN), open: '', close: '' }, '",');
    prop('seized', 1 + r.int(30000));
    prop('offense', r.pick(OFFENSES)[0], true);
    n++;
    if (size() + tailBytes + 8 > bytes) {
      out.lines.length = before; // undo: this provider would not fit
      counted = 0;
      bytesSoFar = -1;
      out.words = out.words.filter((w) => w.line < before);
      out.notes = out.notes.filter((w) => w.line < before);
      break;
    }
  }
  out.raw('    }');
  const padding = bytes - size() - tailBytes;
  out.raw(tail[0]);
  out.raw(tail[1] + 'x'.repeat(Math.max(0, padding)) + '"');
  out.raw(tail[2]);
  const text = out.lines.join('\n') + '\n';
  return {
    text,
    lines: out.count,
    edit: middleNote(out.notes, out.count),
    probes: spreadProbes(out.words, probeCount),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const lines = Number(process.argv[2] ?? 500);
  if (!Number.isInteger(lines) || lines < MIN_LINES) {
    process.stderr.write(`usage: node bench/generate.mjs LINES [OUTDIR]   (LINES a whole number of lines, at least ${MIN_LINES})\n`);
    process.exit(2);
  }
  const dir = process.argv[3] ?? join(fileURLToPath(new URL('.', import.meta.url)), '.inputs');
  mkdirSync(dir, { recursive: true });
  const c = generateCase(lines);
  const md = generateMarkdown(lines);
  const json = generateJson(Buffer.byteLength(c.text, 'utf8'));
  writeFileSync(join(dir, `brief-${lines}.case`), c.text);
  writeFileSync(join(dir, `brief-${lines}.md`), md.text);
  writeFileSync(join(dir, `brief-${lines}.json`), json.text);
  process.stdout.write(`${dir}: brief-${lines}.case (${c.lines} lines, ${c.providers} providers), .md (${md.lines} lines), .json (${Buffer.byteLength(json.text)} bytes)\n`);
}
