/**
 * The conclusions of doctrine.md, per provider: criminal level, offenses,
 * controlling offense; civil and administrative level; and the reasons for
 * each, in the paper's register ("may", "generally", "only if … may").
 */
import { Args, defineMessages, Message, MessageArgs } from '../i18n/messages';
import { w } from '../i18n/words';
import type { CaseModelSet, ProviderModel } from '../model';
import { factValue, factValues } from '../model';
import { OFFENSES } from '../vocabulary';
import { inForce, offendersUsing, ProviderTraits, traitsOf } from './traits';

export type OffenseLevel = 'liable' | 'possible' | 'none';
export type CriminalLevel = OffenseLevel | 'not-assessed';
export type CivilLevel = 'exposed' | 'undetermined' | 'none' | 'not-assessed';

/** One reason behind a conclusion: a message, the paper's section, and the facts (keys) it rests on. */
export interface Reason {
  readonly message: Message;
  readonly section: string;
  readonly facts: readonly string[];
}

export interface OffenseConclusion {
  readonly offense: string;
  readonly level: OffenseLevel;
  readonly as: 'principal' | 'accomplice';
  readonly of: string | null;
  readonly reasons: readonly Reason[];
}

export interface ProviderConclusion {
  readonly id: string;
  readonly name?: string;
  readonly roles: readonly string[];
  readonly provider: ProviderModel;
  readonly traits: ProviderTraits;
  readonly criminal: {
    readonly level: CriminalLevel;
    /** Every offense the doctrine considered, including those at `none`. */
    readonly assessed: readonly OffenseConclusion[];
    /** The offenses above `none`. */
    readonly offenses: readonly OffenseConclusion[];
    readonly controlling: string | null;
    readonly reasons: readonly Reason[];
  };
  readonly civil: { readonly level: CivilLevel; readonly reasons: readonly Reason[] };
}

export interface Analysis {
  readonly providers: readonly ProviderConclusion[];
  byId(id: string): ProviderConclusion | undefined;
}

const s = (a: Args, k: string) => String(a[k] ?? '');
const zhList = s;

defineMessages({
  'reason.content': {
    en: () => 'A content provider is not an ISP: it answers for its own content like any author, so the paper\'s ISP doctrine draws no conclusion for it (II.(一); [27](P108)).',
    zh: () => '内容提供者不属于网络服务商：与任何作者一样对自己发布的内容负责，论文关于网络服务商的理论对其不作结论（二（一）；[27](P108)）。',
  },
  'reason.help.liable': {
    en: (a) => `With specific knowledge, and help that has lost its business character (${s(a, 'facts')}), the provider meets the conditions under which the paper accepts liability for ${s(a, 'offense')} (III.(一), closing paragraph).`,
    zh: (a) => `明知他人犯罪，且帮助已丧失业务中立性（${zhList(a, 'facts')}），符合论文认可成立${s(a, 'offense')}的条件（三（一）结语）。`,
  },
  'reason.help.neutral': {
    en: (a) => `The help is neutral (industry rules kept, not targeted, no deep participation): the paper would generally not punish it as ${s(a, 'offense')}, even with knowledge, for want of a psychological causal link (III.(一).3–5).`,
    zh: (a) => `该帮助属中立帮助（遵守行业规定、非专门提供、未深度参与）：论文认为即使明知，因缺乏心理因果性，一般也不成立${s(a, 'offense')}（三（一）.3–5）。`,
  },
  'reason.help.undetermined': {
    en: (a) => `The provider knew, but whether its help was neutral is open: the brief does not state ${s(a, 'gaps')}. The paper makes these decisive, so ${s(a, 'offense')} is possible, not settled (III.(一)).`,
    zh: (a) => `服务商明知，但帮助是否中立尚不确定：文书未写明${zhList(a, 'gaps')}。论文以此为决定性因素，因此${s(a, 'offense')}仅为可能成立（三（一））。`,
  },
  'reason.help.noKnowledge': {
    en: (a) => `${s(a, 'offense')} needs specific knowledge of the crime; knowledge is ${s(a, 'knowledge')} (III.(一)).`,
    zh: (a) => `${s(a, 'offense')}以明知他人犯罪为前提；本案“明知”为${s(a, 'knowledge')}（三（一））。`,
  },
  'reason.accomplice.deep': {
    en: (a) => `Deep participation in the crime of ${s(a, 'of')} is the paper's mark of complicity: the provider may be an accomplice of ${s(a, 'offense')} (III.(一).5, case 6).`,
    zh: (a) => `深度参与${s(a, 'of')}的犯罪是论文认定共犯的标志：服务商可能成立${s(a, 'offense')}的共犯（三（一）.5，案6）。`,
  },
  'reason.accomplice.deepUnknownKnowledge': {
    en: (a) => `Deep participation points to complicity in ${s(a, 'offense')} committed by ${s(a, 'of')}, but knowledge is unstated: possible only (III.(一).5).`,
    zh: (a) => `深度参与指向${s(a, 'of')}所犯${s(a, 'offense')}的共犯，但“明知”未写明：仅为可能（三（一）.5）。`,
  },
  'reason.accomplice.liable': {
    en: (a) => `Knowing its help serves the crime of ${s(a, 'of')}, with help that is not neutral (${s(a, 'facts')}), the provider meets the paper's conditions for an accomplice of ${s(a, 'offense')}: no shared intent is needed (III.(一).3, case 3).`,
    zh: (a) => `明知其帮助被${s(a, 'of')}用于犯罪，且帮助不具中立性（${zhList(a, 'facts')}），符合论文认定${s(a, 'offense')}共犯的条件：无须共同的占有故意（三（一）.3，案3）。`,
  },
  'reason.ranking': {
    en: (a) => `Paid or manual ranking ends the positioning provider's shelter: ${s(a, 'offense')} comes into view, at least as a possibility (II.(二).4).`,
    zh: (a) => `付费置顶或人工干预排序使定位服务商失去庇护：${s(a, 'offense')}进入考量范围，至少可能成立（二（二）.4）。`,
  },
  'reason.embedded': {
    en: (a) => `An embedded link is treated as providing the content itself, so the link provider may be a principal of ${s(a, 'offense')} (II.(二).4; [30](P128)).`,
    zh: (a) => `嵌入式链接被视为提供内容本身，链接服务商可能成立${s(a, 'offense')}的正犯（二（二）.4；[30](P128)）。`,
  },
  'reason.refusal.corrected': {
    en: () => 'The provider corrected after the regulator\'s order: no refusal, so no art286-1 offense (III.(二)).',
    zh: () => '服务商已按监管部门责令改正：不存在“拒不改正”，不成立第286条之一之罪（三（二））。',
  },
  'reason.refusal.liable': {
    en: () => 'A regulator ordered correction on a serious matter, the provider did not correct, and a listed consequence followed: the paper\'s narrow conditions for art286-1 are met (II.(二).3, III.(二)).',
    zh: () => '监管部门就重大事项责令改正，服务商拒不改正并造成所列后果：符合论文对第286条之一的限缩条件（二（二）.3，三（二））。',
  },
  'reason.refusal.possible': {
    en: (a) => `A regulator ordered correction, but the paper's narrow conditions for art286-1 are not all stated: ${s(a, 'gaps')} (II.(二).3, III.(二)).`,
    zh: (a) => `监管部门曾责令改正，但论文对第286条之一的限缩条件未全部写明：${zhList(a, 'gaps')}（二（二）.3，三（二））。`,
  },
  'reason.refusal.gap.corrected': { en: () => 'whether it corrected is unstated', zh: () => '是否改正未写明' },
  'reason.refusal.gap.matter': {
    en: () => 'the order concerns no matter of national or public security, personal data or evidence',
    zh: () => '责令事项不涉及国家安全、公共安全、个人信息或证据灭失',
  },
  'reason.refusal.gap.consequence': {
    en: () => 'no listed consequence (mass dissemination, data leak, evidence loss) is stated',
    zh: () => '未写明所列后果（大量传播、信息泄露、证据灭失）',
  },
  'reason.criminal.none': {
    en: () => 'Nothing in the stated facts points to criminal liability under the paper\'s doctrine; failing to act after notice is, for an ISP, generally a civil and administrative matter (II.(二).1–2).',
    zh: () => '依所述事实，论文的理论不指向刑事责任；网络服务商接到通知后未采取措施，一般仅涉及民事、行政责任（二（二）.1–2）。',
  },
  'reason.controlling': {
    en: (a) => `${s(a, 'offense')} governs: where the help also constitutes another offense, the heavier one applies (art. 287-2 para. 3; III.(一).1, case 1).`,
    zh: (a) => `以${s(a, 'offense')}论处：帮助行为同时构成其他犯罪的，依照处罚较重的规定（第287条之二第3款；三（一）.1，案1）。`,
  },
  'reason.civil.exposed.takedown': {
    en: (a) => `It was aware and its takedown was ${s(a, 'takedown')}: under notice-and-takedown the paper would let it bear civil and administrative liability — only where it knew, could stop the content, and doing so was within its capacity (II.(二) summary; [26](P17)).`,
    zh: (a) => `其已知情而移除措施为“${s(a, 'takedown')}”：在“通知—移除”规则下，论文认为其可能承担民事、行政责任——仅限于知晓内容、技术上能够阻止且不超出其能力的情形（二（二）小结；[26](P17)）。`,
  },
  'reason.civil.exposed.cache': {
    en: () => 'It modified cached content, so the caching exemption is lost (II.(二).2; [9](P202-203)).',
    zh: () => '其修改了缓存内容，丧失缓存免责（二（二）.2；[9](P202-203)）。',
  },
  'reason.civil.exposed.embedded': {
    en: () => 'It embeds linked content and so answers for the content\'s lawfulness (II.(二).4; [30](P128)).',
    zh: () => '其以嵌入方式链接内容，应对内容的合法性负责（二（二）.4；[30](P128)）。',
  },
  'reason.civil.undetermined': {
    en: () => 'It was aware, but the brief does not state what it did about the content (takedown): civil exposure is undetermined (II.(二)).',
    zh: () => '其已知情，但文书未写明其采取了何种措施（移除）：民事责任尚不确定（二（二））。',
  },
  'reason.civil.none': {
    en: () => 'No notice, no duty: without awareness, or with a prompt takedown, the paper sees no civil or administrative liability (II.(二)).',
    zh: () => '无通知则无义务：未知情或已及时移除的，论文认为不承担民事、行政责任（二（二））。',
  },
  'reason.notAssessed': {
    en: () => 'Not assessed: a content provider answers as an author (II.(一)).',
    zh: () => '不予评估：内容提供者按作者承担责任（二（一））。',
  },
});

const RANK: Record<OffenseLevel, number> = { none: 0, possible: 1, liable: 2 };
const order = (id: string) => OFFENSES.findIndex((o) => o.id === id);

class OffenseTable {
  private readonly map = new Map<string, { offense: string; level: OffenseLevel; as: 'principal' | 'accomplice'; of: string | null; reasons: Reason[] }>();

  /** Raises an offense to at least `level`, keeping every reason given. */
  raise(offense: string, as: 'principal' | 'accomplice', of: string | null, level: OffenseLevel, reason: Reason): void {
    const key = `${offense}\u0000${as}\u0000${of ?? ''}`;
    const cur = this.map.get(key);
    if (!cur) {
      this.map.set(key, { offense, level, as, of, reasons: [reason] });
      return;
    }
    if (RANK[level] > RANK[cur.level]) {
      cur.level = level;
      cur.reasons.unshift(reason);
    } else {
      cur.reasons.push(reason);
    }
  }

  all(): OffenseConclusion[] {
    return [...this.map.values()].sort((a, b) => order(a.offense) - order(b.offense) || (a.as === 'principal' ? -1 : 1));
  }
}

const reason = (id: string, section: string, facts: readonly string[], args?: MessageArgs): Reason => ({
  message: { id, args },
  section,
  facts,
});

function assessHelp(p: ProviderModel, t: ProviderTraits, model: CaseModelSet, table: OffenseTable): void {
  // 2. art287-2 as principal.
  if (inForce(model, 'art287-2')) {
    const facts = ['knowledge', ...t.nonNeutralFacts, ...t.neutralityGaps];
    if (!t.knowsSpecific) {
      table.raise('art287-2', 'principal', null, 'none', reason('reason.help.noKnowledge', 'III.(一)', ['knowledge'], {
        offense: w.offense('art287-2'),
        knowledge: knowledgeWord(p),
      }));
    } else if (t.nonNeutral) {
      table.raise('art287-2', 'principal', null, 'liable', reason('reason.help.liable', 'III.(一)', facts, { offense: w.offense('art287-2'), facts: w.keys(t.nonNeutralFacts) }));
    } else if (t.neutral) {
      table.raise('art287-2', 'principal', null, 'none', reason('reason.help.neutral', 'III.(一).3–5', ['industry-rules', 'targeted', 'participation'], { offense: w.offense('art287-2') }));
    } else {
      table.raise('art287-2', 'principal', null, 'possible', reason('reason.help.undetermined', 'III.(一)', facts, { offense: w.offense('art287-2'), gaps: w.keys(t.neutralityGaps) }));
    }
  }
  // 3. Accomplice of each offender that uses the provider.
  for (const off of offendersUsing(model, p)) {
    if (!off.offense || !inForce(model, off.offense)) {
      continue;
    }
    const args: MessageArgs = { offense: w.offense(off.offense), of: off.id, facts: w.keys(t.nonNeutralFacts), gaps: w.keys(t.neutralityGaps), knowledge: knowledgeWord(p) };
    if (!t.knowsSpecific) {
      if (!p.facts.has('knowledge') && t.deep) {
        table.raise(off.offense, 'accomplice', off.id, 'possible', reason('reason.accomplice.deepUnknownKnowledge', 'III.(一).5', ['knowledge', 'participation'], args));
      } else {
        table.raise(off.offense, 'accomplice', off.id, 'none', reason('reason.help.noKnowledge', 'III.(一)', ['knowledge'], args));
      }
    } else if (t.deep) {
      table.raise(off.offense, 'accomplice', off.id, 'liable', reason('reason.accomplice.deep', 'III.(一).5', ['participation'], args));
    } else if (t.nonNeutral) {
      table.raise(off.offense, 'accomplice', off.id, 'liable', reason('reason.accomplice.liable', 'III.(一).3', ['knowledge', ...t.nonNeutralFacts], args));
    } else if (t.neutral) {
      table.raise(off.offense, 'accomplice', off.id, 'none', reason('reason.help.neutral', 'III.(一).3–5', ['industry-rules', 'targeted', 'participation'], args));
    } else {
      table.raise(off.offense, 'accomplice', off.id, 'possible', reason('reason.help.undetermined', 'III.(一)', ['knowledge', ...t.neutralityGaps], args));
    }
  }
}

function assessRefusal(p: ProviderModel, model: CaseModelSet, table: OffenseTable): void {
  // 4. art286-1, only on a regulator's order.
  if (!inForce(model, 'art286-1') || factValue(p.facts, 'order') !== 'regulator') {
    return;
  }
  const corrected = factValue(p.facts, 'corrected');
  if (corrected === 'yes') {
    table.raise('art286-1', 'principal', null, 'none', reason('reason.refusal.corrected', 'III.(二)', ['corrected']));
    return;
  }
  const matters = factValues(p.facts, 'order-matter') ?? [];
  const consequences = factValues(p.facts, 'consequence') ?? [];
  const gaps: string[] = [];
  const gapFacts: string[] = [];
  if (corrected !== 'no') {
    gaps.push('reason.refusal.gap.corrected');
    gapFacts.push('corrected');
  }
  if (!matters.some((m) => ['national-security', 'public-security', 'personal-data', 'evidence'].includes(m))) {
    gaps.push('reason.refusal.gap.matter');
    gapFacts.push('order-matter');
  }
  if (!consequences.some((c) => ['mass-dissemination', 'data-leak', 'evidence-loss'].includes(c))) {
    gaps.push('reason.refusal.gap.consequence');
    gapFacts.push('consequence');
  }
  if (gaps.length === 0) {
    table.raise('art286-1', 'principal', null, 'liable', reason('reason.refusal.liable', 'II.(二).3, III.(二)', ['order', 'corrected', 'order-matter', 'consequence']));
  } else {
    table.raise('art286-1', 'principal', null, 'possible', { message: { id: 'reason.refusal.possible', args: { gaps: gaps.map((id) => ({ id })) } }, section: 'II.(二).3, III.(二)', facts: ['order', ...gapFacts] });
  }
}

function assessPositioning(p: ProviderModel, t: ProviderTraits, model: CaseModelSet, table: OffenseTable): void {
  const users = offendersUsing(model, p).filter((o) => o.offense && inForce(model, o.offense));
  // 5. Paid or manual ranking.
  if (t.rankingIntervention) {
    const r = (offense: string) => reason('reason.ranking', 'II.(二).4', ['ranking'], { offense: w.offense(offense) });
    if (inForce(model, 'art287-2')) {
      table.raise('art287-2', 'principal', null, 'possible', r('art287-2'));
    }
    table.raise('art222', 'principal', null, 'possible', r('art222'));
    for (const o of users) {
      table.raise(o.offense as string, 'accomplice', o.id, 'possible', r(o.offense as string));
    }
  }
  // 6. Embedded links: principal of the linked content's offense.
  if (t.embeddedLink) {
    const offenses = users.length > 0 ? [...new Set(users.map((o) => o.offense as string))] : ['art217'];
    for (const offense of offenses) {
      table.raise(offense, 'principal', null, 'possible', reason('reason.embedded', 'II.(二).4', ['link-type'], { offense: w.offense(offense) }));
    }
  }
}

function civilOf(p: ProviderModel, t: ProviderTraits): { level: CivilLevel; reasons: Reason[] } {
  if (t.isContent) {
    return { level: 'not-assessed', reasons: [reason('reason.notAssessed', 'II.(一)', ['role'])] };
  }
  const reasons: Reason[] = [];
  const takedown = factValue(p.facts, 'takedown');
  if (t.aware && (takedown === 'refused' || takedown === 'none' || takedown === 'delayed')) {
    reasons.push(reason('reason.civil.exposed.takedown', 'II.(二) summary', ['takedown'], { takedown: w.value('takedown', takedown) }));
  }
  if (t.roles.includes('caching') && factValue(p.facts, 'modifies-content') === 'yes') {
    reasons.push(reason('reason.civil.exposed.cache', 'II.(二).2', ['modifies-content']));
  }
  if (t.embeddedLink) {
    reasons.push(reason('reason.civil.exposed.embedded', 'II.(二).4', ['link-type']));
  }
  if (reasons.length > 0) {
    return { level: 'exposed', reasons };
  }
  if (t.aware && takedown === undefined) {
    return { level: 'undetermined', reasons: [reason('reason.civil.undetermined', 'II.(二)', ['takedown'])] };
  }
  return { level: 'none', reasons: [reason('reason.civil.none', 'II.(二)', ['notice', 'knowledge', 'takedown'])] };
}

/** Concludes for one provider. Pure: what-if re-runs it on changed facts. */
export function concludeProvider(p: ProviderModel, model: CaseModelSet): ProviderConclusion {
  const t = traitsOf(p.facts);
  const base = { id: p.id, name: p.name, roles: t.roles, provider: p, traits: t };
  if (t.isContent) {
    const r = [reason('reason.content', 'II.(一)', ['role'])];
    return {
      ...base,
      criminal: { level: 'not-assessed', assessed: [], offenses: [], controlling: null, reasons: r },
      civil: civilOf(p, t),
    };
  }
  const table = new OffenseTable();
  assessHelp(p, t, model, table);
  assessRefusal(p, model, table);
  assessPositioning(p, t, model, table);
  const assessed = table.all();
  const offenses = assessed.filter((o) => o.level !== 'none');
  let level: OffenseLevel = 'none';
  let controlling: OffenseConclusion | undefined;
  for (const o of offenses) {
    if (RANK[o.level] > RANK[level]) {
      level = o.level;
    }
    if (!controlling || RANK[o.level] > RANK[controlling.level] ||
      (o.level === controlling.level && preferred(o.offense, controlling.offense))) {
      controlling = o;
    }
  }
  const reasons: Reason[] = [];
  if (offenses.length === 0) {
    reasons.push(reason('reason.criminal.none', 'II.(二).1–2', []));
  } else if (controlling && offenses.some((o) => o.offense === 'art287-2') && controlling.offense !== 'art287-2') {
    reasons.push(reason('reason.controlling', 'III.(一).1', [], { offense: w.offense(controlling.offense) }));
  }
  return {
    ...base,
    criminal: { level, assessed, offenses, controlling: controlling?.offense ?? null, reasons },
    civil: civilOf(p, t),
  };
}

/** Among offenses of equal level: any offense before art287-2, then the table's order. */
function preferred(a: string, b: string): boolean {
  if (a === 'art287-2' && b !== 'art287-2') {
    return false;
  }
  if (b === 'art287-2' && a !== 'art287-2') {
    return true;
  }
  return order(a) < order(b);
}

export function analyze(model: CaseModelSet): Analysis {
  const providers = model.providers.map((p) => concludeProvider(p, model));
  const map = new Map(providers.map((p) => [p.id, p]));
  return { providers, byId: (id) => map.get(id) };
}

function knowledgeWord(p: ProviderModel): Message {
  const k = factValue(p.facts, 'knowledge');
  return k ? w.value('knowledge', k) : w.unstated();
}
