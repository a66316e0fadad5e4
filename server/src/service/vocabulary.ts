/**
 * The one table of the case-facts language: blocks, keys, values, aliases,
 * offenses and modes, in English and Chinese. The parser, the checks, the
 * doctrine, completion, hover, the grammar generator and the docs all read
 * this file; no other file spells a keyword.
 *
 * Canonical ids are the English words of `../shared/spec/language.md`.
 */

/** A word of the vocabulary: its canonical (English) id and every alias. */
export interface Term {
  /** Canonical id, as written in the spec and in JSON output. */
  readonly id: string;
  /** English spellings (the id first). Matched case-insensitively. */
  readonly en: readonly string[];
  /** Chinese spellings. Matched exactly. */
  readonly zh: readonly string[];
  /** A short gloss shown beside completions, when the id alone is not enough. */
  readonly gloss?: { readonly en: string; readonly zh: string };
}

export type BlockKind = 'case' | 'provider' | 'offender' | 'charge' | 'evidence';

/** What a key's values may be. */
export type ValueKind =
  | { readonly type: 'enum'; readonly set: ValueSetId; readonly allowString?: boolean }
  | { readonly type: 'text' }
  | { readonly type: 'date' }
  | { readonly type: 'textOrDate' }
  | { readonly type: 'number' }
  | { readonly type: 'offense' }
  | { readonly type: 'providerRef' };

export interface KeySpec extends Term {
  readonly block: BlockKind;
  readonly value: ValueKind;
  readonly arity: 'one' | 'many';
  readonly required?: boolean;
}

export interface BlockSpec extends Term {
  readonly id: BlockKind;
  /** Whether a body `{ … }` must follow the header. */
  readonly bodyRequired: boolean;
  /** What the header words are, for completion and checks. */
  readonly header: readonly ('title' | 'id' | 'name' | 'ref' | 'offense' | 'mode' | 'label')[];
}

const t = (id: string, zh: string | string[], en: string[] = [], gloss?: Term['gloss']): Term => ({
  id,
  en: [id, ...en],
  zh: Array.isArray(zh) ? zh : [zh],
  gloss,
});

export const BLOCKS: readonly BlockSpec[] = [
  { ...t('case', '案件'), id: 'case', bodyRequired: false, header: ['title'] },
  { ...t('provider', '服务商'), id: 'provider', bodyRequired: true, header: ['id', 'name'] },
  { ...t('offender', '正犯'), id: 'offender', bodyRequired: true, header: ['id', 'name'] },
  { ...t('charge', '指控'), id: 'charge', bodyRequired: false, header: ['ref', 'offense', 'mode'] },
  { ...t('evidence', '证据'), id: 'evidence', bodyRequired: true, header: ['label'] },
];

export type ValueSetId =
  | 'role' | 'knowledge' | 'notice' | 'takedown' | 'yesno' | 'ranking' | 'linkType'
  | 'industryRules' | 'participation' | 'order' | 'orderMatter' | 'consequence'
  | 'verdict' | 'reason' | 'basis' | 'accessCount' | 'authentication' | 'mode';

export const VALUE_SETS: Readonly<Record<ValueSetId, readonly Term[]>> = {
  role: [
    t('access', '接入'),
    t('transmission', '传输'),
    t('caching', '缓存'),
    t('storage', '存储', ['hosting']),
    t('search', '搜索'),
    t('link', '链接'),
    t('advertising', '广告推广'),
    t('payment', '支付结算'),
    t('technical', '技术支持'),
    t('content', '内容'),
    t('platform', '平台'),
    t('software', '访问软件'),
  ],
  knowledge: [t('none', '不知'), t('general', '概括知道'), t('specific', '明知')],
  notice: [t('none', '无'), t('user', '用户'), t('rightholder', '权利人'), t('regulator', '监管部门')],
  takedown: [t('prompt', '及时'), t('delayed', '迟延'), t('refused', '拒绝'), t('none', '未采取')],
  yesno: [t('yes', ['是', '有']), t('no', ['否', '无'])],
  ranking: [t('none', '无'), t('paid', '付费'), t('manual', '人工')],
  linkType: [t('ordinary', '普通'), t('embedded', '嵌入', ['framed'])],
  industryRules: [t('complied', '遵守'), t('violated', '违反')],
  participation: [t('none', '无'), t('shallow', '一般'), t('deep', '深度')],
  order: [t('none', '无'), t('regulator', '监管部门'), t('private', '私人')],
  orderMatter: [
    t('national-security', '国家安全'),
    t('public-security', '公共安全'),
    t('personal-data', '个人信息'),
    t('evidence', '证据灭失'),
    t('other', '其他'),
  ],
  consequence: [
    t('mass-dissemination', '大量传播'),
    t('data-leak', '信息泄露'),
    t('evidence-loss', '证据灭失'),
    t('other-serious', '其他严重情节'),
  ],
  verdict: [t('convicted', '有罪'), t('acquitted', '无罪'), t('rejected', '不予认定'), t('pending', '未决')],
  reason: [
    t('tech-user', '技术使用者'),
    t('legal-works-only', '仅保护合法作品'),
    t('principal-act', '实行行为'),
    t('common-intent', '共同占有故意'),
    t('cache-is-dissemination', '缓存即传播'),
  ],
  basis: [
    t('interpretation-2010-art4', '2010年解释第4条'),
    t('cybersecurity-law-68', '网络安全法第68条'),
    t('tort-law-36', '侵权责任法第36条'),
  ],
  accessCount: [t('known', '已查明'), t('unknown', '不明')],
  authentication: [t('sound', '无瑕疵'), t('defective', '有瑕疵')],
  mode: [t('act', '作为'), t('omission', '不作为'), t('principal', '正犯'), t('accomplice', '共犯')],
};

export interface OffenseSpec extends Term {
  /** Chinese statutory name, also accepted as an alias (one word: no 、 inside). */
  readonly nameZh: string;
  /**
   * The name as a Chinese text writes it: the charge name of the Supreme People's Court's
   * list, with its 、 (生产、销售假药罪), which a brief cannot type as one word.
   */
  readonly titleZh: string;
  readonly nameEn: string;
  /** Came with Criminal Law Amendment IX (in force 2015-11-01). */
  readonly amendmentIX?: boolean;
}

const o = (id: string, article: string, nameZh: string, nameEn: string, amendmentIX = false, titleZh = nameZh): OffenseSpec => ({
  id,
  en: [id],
  zh: [article, nameZh],
  nameZh,
  titleZh,
  nameEn,
  amendmentIX,
});

/** In the order of the spec's table: the order breaks ties for the controlling offense. */
export const OFFENSES: readonly OffenseSpec[] = [
  o('art363', '第363条', '传播淫秽物品牟利罪', 'dissemination of obscene material for profit'),
  o('art364', '第364条', '传播淫秽物品罪', 'dissemination of obscene material'),
  o('art287-2', '第287条之二', '帮助信息网络犯罪活动罪', 'assisting criminal activity on information networks', true),
  o('art286-1', '第286条之一', '拒不履行信息网络安全管理义务罪', 'refusing to fulfil network security management duties', true),
  o('art266', '第266条', '诈骗罪', 'fraud'),
  o('art264', '第264条', '盗窃罪', 'theft'),
  o('art222', '第222条', '虚假广告罪', 'false advertising'),
  o('art217', '第217条', '侵犯著作权罪', 'copyright infringement'),
  o('art141', '第141条', '生产销售假药罪', 'producing or selling counterfeit drugs', false, '生产、销售假药罪'),
];

/** Date on which art. 287-2 and art. 286-1 came into force. */
export const AMENDMENT_IX_IN_FORCE = '2015-11-01';

const k = (
  block: BlockKind,
  id: string,
  zh: string | string[],
  value: ValueKind,
  arity: 'one' | 'many',
  required = false,
): KeySpec => ({ ...t(id, zh), block, value, arity, required });

const en = (set: ValueSetId, allowString = false): ValueKind => ({ type: 'enum', set, allowString });

export const KEYS: readonly KeySpec[] = [
  k('case', 'court', '法院', { type: 'text' }, 'one'),
  k('case', 'docket', '案号', { type: 'text' }, 'one'),
  k('case', 'date', '日期', { type: 'date' }, 'one'),
  k('case', 'conduct', '行为时间', { type: 'date' }, 'one'),
  k('case', 'source', '来源', { type: 'textOrDate' }, 'many'),

  k('provider', 'role', '类型', en('role'), 'many', true),
  k('provider', 'knowledge', '明知', en('knowledge'), 'one'),
  k('provider', 'notice', '通知', en('notice'), 'many'),
  k('provider', 'takedown', '移除', en('takedown'), 'one'),
  k('provider', 'modifies-content', '修改内容', en('yesno'), 'one'),
  k('provider', 'ranking', '人为干预', en('ranking'), 'one'),
  k('provider', 'link-type', '链接方式', en('linkType'), 'one'),
  k('provider', 'industry-rules', '行业规定', en('industryRules'), 'one'),
  k('provider', 'targeted', '专门', en('yesno'), 'one'),
  k('provider', 'participation', '参与程度', en('participation'), 'one'),
  k('provider', 'profit', '牟利', en('yesno'), 'one'),
  k('provider', 'blocks-user-content', '屏蔽用户内容', en('yesno'), 'one'),
  k('provider', 'order', '责令', en('order'), 'one'),
  k('provider', 'order-matter', '责令事项', en('orderMatter'), 'many'),
  k('provider', 'corrected', '改正', en('yesno'), 'one'),
  k('provider', 'consequence', '后果', en('consequence'), 'many'),

  k('offender', 'offense', '罪名', { type: 'offense' }, 'one', true),
  k('offender', 'uses', '利用', { type: 'providerRef' }, 'many', true),

  k('charge', 'court', '法院认定', en('verdict'), 'one'),
  k('charge', 'reason', '理由', en('reason'), 'many'),
  k('charge', 'basis', '依据', en('basis', true), 'many'),

  k('evidence', 'seized', '查获', { type: 'number' }, 'one'),
  k('evidence', 'direct-dissemination', '直接传播证据', en('yesno'), 'one'),
  k('evidence', 'access-count', '点击下载数量', en('accessCount'), 'one'),
  k('evidence', 'authentication', '鉴真', en('authentication'), 'one'),
];

/** Roles the paper counts as ISP classes (II.(一)). */
export const ISP_ROLES: readonly string[] = ['access', 'transmission', 'caching', 'storage', 'search', 'link'];
/** Roles named in art. 287-2 that are not ISP classes. */
export const ASSISTANCE_ROLES: readonly string[] = ['advertising', 'payment', 'technical'];
/** Labels the paper rejects in favour of functional classes (II.(一), [10](P13)). */
export const IMPRECISE_ROLES: readonly string[] = ['platform', 'software'];
/** Functional roles offered in place of an imprecise one. */
export const FUNCTIONAL_ROLES: readonly string[] = ISP_ROLES;
export const DISSEMINATION_OFFENSES: readonly string[] = ['art363', 'art364'];

// ---------------------------------------------------------------------------
// Lookup. ASCII words match without case; Chinese words exactly.

/** Lower-cases ASCII letters only, as the spec's case-insensitive matching requires. */
export function foldAscii(word: string): string {
  let needs = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      needs = true;
      break;
    }
  }
  return needs ? word.replace(/[A-Z]/g, (ch) => ch.toLowerCase()) : word;
}

function index<T extends Term>(terms: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const term of terms) {
    for (const w of term.en) {
      map.set(foldAscii(w), term);
    }
    for (const w of term.zh) {
      map.set(w, term);
    }
  }
  return map;
}

const blockIndex = index(BLOCKS);
const keyIndex = new Map<BlockKind, Map<string, KeySpec>>(
  BLOCKS.map((b) => [b.id, index(KEYS.filter((key) => key.block === b.id))]),
);
const valueIndex = new Map<ValueSetId, Map<string, Term>>(
  (Object.keys(VALUE_SETS) as ValueSetId[]).map((id) => [id, index(VALUE_SETS[id])]),
);
const offenseIndex = index(OFFENSES);

export function lookupBlock(word: string): BlockSpec | undefined {
  return blockIndex.get(foldAscii(word));
}

export function lookupKey(block: BlockKind, word: string): KeySpec | undefined {
  return keyIndex.get(block)?.get(foldAscii(word));
}

export function lookupValue(set: ValueSetId, word: string): Term | undefined {
  return valueIndex.get(set)?.get(foldAscii(word));
}

export function lookupOffense(word: string): OffenseSpec | undefined {
  return offenseIndex.get(foldAscii(word));
}

export function offenseById(id: string): OffenseSpec | undefined {
  return OFFENSES.find((off) => off.id === id);
}

export function keysOf(block: BlockKind): readonly KeySpec[] {
  return KEYS.filter((key) => key.block === block);
}

export function keySpec(block: BlockKind, id: string): KeySpec | undefined {
  return KEYS.find((key) => key.block === block && key.id === id);
}

/** The terms a key's values are drawn from (empty when values are free). */
export function termsForKey(key: KeySpec): readonly Term[] {
  if (key.value.type === 'enum') {
    return VALUE_SETS[key.value.set];
  }
  if (key.value.type === 'offense') {
    return OFFENSES;
  }
  return [];
}

/** Every spelling of a term, for suggestions and completion. */
export function spellings(term: Term): string[] {
  return [...term.en, ...term.zh];
}
