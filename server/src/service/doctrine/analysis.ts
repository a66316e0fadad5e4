/**
 * The conclusions of doctrine.md, per provider: criminal level, offenses,
 * controlling offense; civil and administrative level; and the reasons for
 * each, in the paper's register ("may", "generally", "only if … may").
 */
import { sameElements } from '../lists';
import { Args, defineMessages, Message, MessageArgs, sectionsZh } from '../i18n/messages';
import { w } from '../i18n/words';
import type { CaseModelSet, OffenderModel, ProviderModel } from '../model';
import { factValue, factValues } from '../model';
import { OFFENSES } from '../vocabulary';
import { inForce, linksOf, offendersUsing, ProviderTraits, traitsOf } from './traits';

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
    /** Whether art287-2 and art286-1 were left out because the conduct predates Amendment IX. */
    readonly beforeAmendmentIX: boolean;
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
    en: (a) => `With specific knowledge, and help that has lost its business character (${s(a, 'facts')}), the provider meets the conditions under which the paper accepts liability for ${s(a, 'offense')} (III.(一), closing paragraph${a.case ? `; ${s(a, 'case')}` : ''}).`,
    zh: (a) => `明知他人犯罪，且帮助已丧失业务中立性（${zhList(a, 'facts')}），符合论文认可成立${s(a, 'offense')}的条件（三（一）末段${a.case ? `；${sectionsZh(s(a, 'case'))}` : ''}）。`,
  },
  'reason.help.neutral': {
    en: (a) => `The help is neutral (industry rules kept, not targeted, no deep participation): the paper would generally not punish it as ${s(a, 'offense')}, even with knowledge, for want of a psychological causal link (III.(一).3–5 and closing paragraph).`,
    zh: (a) => `该帮助属中立帮助（遵守行业规定、非专门提供、未深度参与）：论文认为即使明知，因缺乏心理因果性，一般也不成立${s(a, 'offense')}（三（一）3–5及末段）。`,
  },
  // Complicity in another's crime: the paper's own ground is I.(二) (knowing neutral help that
  // furthers a crime is not punished across the board, [16](P198)) and III.(一)'s closing paragraph.
  'reason.accomplice.neutral': {
    en: (a) => `The help is neutral (industry rules kept, not targeted, no deep participation): even knowing that ${s(a, 'of')} uses it, the paper would generally not punish it as an accomplice in ${s(a, 'offense')} committed by ${s(a, 'of')}. Leaving such help unpunished keeps everyday and business life free ([16](P198)), and it lacks the psychological causal link that makes help punishable (I.(二); III.(一), closing paragraph).`,
    zh: (a) => `该帮助属中立帮助（遵守行业规定、非专门提供、未深度参与）：论文认为即使明知${s(a, 'of')}利用该服务，一般也不以${s(a, 'of')}所犯${s(a, 'offense')}的共犯论处。不处罚此类帮助，是为了保障日常生活与业务往来的自由（[16](P198)）；且其与他人犯罪之间缺乏使帮助可罚的心理因果性（一（二）；三（一）末段）。`,
  },
  'reason.help.undetermined': {
    en: (a) => `The provider knew, but whether its help was neutral is open: the brief does not state ${s(a, 'gaps')}. The paper makes these decisive, so ${s(a, 'offense')} is possible, not settled (III.(一)).${a.hosting ? ' For hosting, the paper would punish only hosting provided specially for the crime (III.(一).2, case 2).' : ''}`,
    zh: (a) => `服务商明知，但帮助是否中立尚不确定：文书未写明${zhList(a, 'gaps')}。论文以此为决定性因素，因此${s(a, 'offense')}仅为可能成立（三（一））。${a.hosting ? '就服务器托管而言，论文认为唯有专为他人犯罪提供的托管才可罚（三（一）2，案2）。' : ''}`,
  },
  'reason.help.noKnowledge': {
    en: (a) => `${s(a, 'offense')} needs specific knowledge of the crime; knowledge is ${s(a, 'knowledge')} (III.(一)).`,
    zh: (a) => `${s(a, 'offense')}以明知他人犯罪为前提；本案“明知”为${s(a, 'knowledge')}（三（一））。`,
  },
  'reason.accomplice.deep': {
    en: (a) => `Deep participation in the crime of ${s(a, 'of')} is the paper's mark of complicity: the provider meets the conditions under which the paper accepts liability as an accomplice of ${s(a, 'offense')} (III.(一).5, case 6).`,
    zh: (a) => `深度参与${s(a, 'of')}的犯罪是论文认定共犯的标志：服务商符合论文认定${s(a, 'offense')}共犯的条件（三（一）5，案6）。`,
  },
  'reason.accomplice.deepUnknownKnowledge': {
    en: (a) => `Deep participation points to complicity in ${s(a, 'offense')} committed by ${s(a, 'of')}, but knowledge is unstated: possible only (III.(一).5).`,
    zh: (a) => `深度参与表明其可能成立${s(a, 'of')}所犯${s(a, 'offense')}的共犯，但“明知”未写明：仅为可能成立（三（一）5）。`,
  },
  'reason.accomplice.liable': {
    en: (a) => `Knowing its help serves the crime of ${s(a, 'of')}, with help that is not neutral (${s(a, 'facts')}), the provider meets the paper's conditions for an accomplice of ${s(a, 'offense')}: no shared intent is needed (III.(一).3, case 3).`,
    zh: (a) => `明知其帮助被${s(a, 'of')}用于犯罪，且帮助不具中立性（${zhList(a, 'facts')}），符合论文认定${s(a, 'offense')}共犯的条件：无须共同非法占有的故意（三（一）3，案3）。`,
  },
  'reason.ranking': {
    en: (a) => `Paid or manual ranking ends the positioning provider's shelter: ${s(a, 'offense')} comes into view, at least as a possibility (II.(二).4).`,
    zh: (a) => `付费置顶或人工干预排序使定位服务商失去庇护：${s(a, 'offense')}进入考量范围，至少可能成立（二（二）4）。`,
  },
  'reason.embedded': {
    en: (a) => `An embedded link is treated as providing the content itself, so the link provider may be a principal of ${s(a, 'offense')} (II.(二).4; [30](P128)).`,
    zh: (a) => `嵌入式链接被视为提供内容本身，链接服务商可能成立${s(a, 'offense')}的正犯（二（二）4；[30](P128)）。`,
  },
  'reason.refusal.corrected': {
    en: () => 'The provider corrected after the regulator\'s order: no refusal, so no art286-1 offense (III.(二)).',
    zh: () => '服务商已按监管部门责令改正：不存在“拒不改正”，不成立第286条之一之罪（三（二））。',
  },
  'reason.refusal.liable': {
    en: () => 'A regulator ordered correction on a serious matter, the provider did not correct, and a listed consequence followed: the paper\'s narrow conditions for art286-1 are met (II.(二).3, II.(二) summary, III.(二)).',
    zh: () => '监管部门就重大事项责令改正，服务商拒不改正并造成所列后果：符合论文对第286条之一的限缩条件（二（二）3、二（二）小结、三（二））。',
  },
  'reason.refusal.possible': {
    en: (a) => `A regulator ordered correction, but the paper's narrow conditions for art286-1 are not all stated: ${s(a, 'gaps')} (II.(二).3, II.(二) summary, III.(二)).`,
    zh: (a) => `监管部门曾责令改正，但论文对第286条之一的限缩条件未全部写明：${zhList(a, 'gaps')}（二（二）3、二（二）小结、三（二））。`,
  },
  // The gaps are clauses that hold commas and 、 of their own: listed with semicolons.
  'reason.refusal.gaps': {
    en: (a) => ['g0', 'g1', 'g2'].map((k) => s(a, k)).filter(Boolean).join('; '),
    zh: (a) => ['g0', 'g1', 'g2'].map((k) => s(a, k)).filter(Boolean).join('；'),
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
    zh: () => '依所述事实，论文的理论不指向刑事责任；网络服务商接到通知后未采取措施，一般仅涉及民事、行政责任（二（二）1–2）。',
  },
  'reason.notInForce': {
    en: (a) => `Art. 287-2 and art. 286-1 are not assessed: the conduct (${s(a, 'date')}) predates Criminal Law Amendment IX, which made them offenses from 2015-11-01 (III.(一), III.(二)).`,
    zh: (a) => `第287条之二与第286条之一未予评价：行为时间（${s(a, 'date')}）早于增设二罪的《刑法修正案（九）》的施行日期2015年11月1日（三（一）、三（二））。`,
  },
  'reason.offense.none': {
    en: (a) => `Nothing in the stated facts points to ${s(a, 'offense')} for this provider under the paper's doctrine; failing to act after notice is, for an ISP, generally a civil and administrative matter (II.(二).1–2).`,
    zh: (a) => `依所述事实，论文的理论不指向该服务商构成${s(a, 'offense')}；网络服务商接到通知后未采取措施，一般仅涉及民事、行政责任（二（二）1–2）。`,
  },
  'reason.controlling': {
    en: (a) => `${s(a, 'offense')} governs: where the help also constitutes another offense, the heavier one applies (art. 287-2 para. 3; III.(一).1, case 1).`,
    zh: (a) => `以${s(a, 'offense')}论处：依第287条之二第3款，帮助行为“同时构成其他犯罪的，依照处罚较重的规定定罪处罚”（三（一）1，案1）。`,
  },
  'reason.civil.exposed.takedown': {
    en: (a) => `It was aware and its takedown was ${s(a, 'takedown')}: under notice-and-takedown the paper would let it bear civil and administrative liability — only where it knew, could stop the content, and doing so was within its capacity (II.(二) summary; [26](P17)).`,
    zh: (a) => `其已知情而移除措施为“${s(a, 'takedown')}”：在“通知—删除”规则下，论文认为其可能承担民事、行政责任——仅限于知晓内容、技术上能够阻止且不超出其能力的情形（二（二）小结；[26](P17)）。`,
  },
  'reason.civil.exposed.cache': {
    en: () => 'It modified cached content, so the caching exemption is lost (II.(二).2; [9](P202-203)).',
    zh: () => '其修改了缓存内容，丧失缓存免责（二（二）2；[9](P202-203)）。',
  },
  'reason.civil.exposed.embedded': {
    en: () => 'It embeds linked content and so answers for the content\'s lawfulness (II.(二).4; [30](P128)).',
    zh: () => '其以嵌入方式链接内容，应对内容的合法性负责（二（二）4；[30](P128)）。',
  },
  'reason.civil.undetermined': {
    en: () => 'It was aware, but the brief does not state what it did about the content (takedown): civil exposure is undetermined (II.(二)).',
    zh: () => '其已知情，但文书未写明其采取了何种措施（移除）：民事、行政责任尚不确定（二（二））。',
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
const ORDER: ReadonlyMap<string, number> = new Map(OFFENSES.map((o, i) => [o.id, i]));
const order = (id: string) => ORDER.get(id) ?? -1;

type Entry = { offense: string; level: OffenseLevel; as: 'principal' | 'accomplice'; of: string | null; reasons: Reason[] };

class OffenseTable {
  /** In the order first raised (a provider used by thousands of offenders has thousands). */
  private readonly entries: Entry[] = [];
  /** The entries by offense, role and offender: a look-up, not a scan, for each raise. */
  private readonly byKey = new Map<string, Entry>();

  /** Raises an offense to at least `level`, keeping every reason given. */
  raise(offense: string, as: 'principal' | 'accomplice', of: string | null, level: OffenseLevel, reason: Reason): void {
    const key = `${offense}\u0000${as}\u0000${of ?? ''}`;
    const cur = this.byKey.get(key);
    if (!cur) {
      const entry: Entry = { offense, level, as, of, reasons: [reason] };
      this.entries.push(entry);
      this.byKey.set(key, entry);
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
    return this.entries.sort((a, b) => order(a.offense) - order(b.offense) || (a.as === 'principal' ? -1 : 1));
  }
}

const reason = (id: string, section: string, facts: readonly string[], args?: MessageArgs): Reason => ({
  message: { id, args },
  section,
  facts,
});

/**
 * One shared value per key. Reasons and the words inside them are immutable, and
 * thousands of providers give the same few: sharing them keeps a long brief's
 * conclusions small. Keys are canonical ids, or the shared lists of `traitsOf`.
 */
function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let v = made.get(key);
    if (v === undefined) {
      v = make(key);
      made.set(key, v);
    }
    return v;
  };
}

const offenseWord = memo((id: string) => w.offense(id));
/** Why art287-2 and art286-1 were left out: the conduct date, which precedes Amendment IX. */
const notInForceReason = memo((date: string) => reason('reason.notInForce', 'III.(一), III.(二)', [], { date }));
/** Why an offense a court convicted on has no support, when the doctrine drew nothing for it. */
export const offenseNoneReason = memo((offense: string) => reason('reason.offense.none', 'II.(二).1–2', [], { offense: offenseWord(offense) }));
const keyWords = memo((ids: readonly string[]) => w.keys(ids));
const knowledgeWords = memo((k: string) => w.value('knowledge', k));
const UNSTATED = w.unstated();

const R_CONTENT = reason('reason.content', 'II.(一)', ['role']);
const R_NOT_ASSESSED = reason('reason.notAssessed', 'II.(一)', ['role']);
/** That nothing in the stated facts points to criminal liability (no offense was weighed). */
export const R_CRIMINAL_NONE = reason('reason.criminal.none', 'II.(二).1–2', []);
const R_REFUSAL_CORRECTED = reason('reason.refusal.corrected', 'III.(二)', ['corrected']);
const R_REFUSAL_LIABLE = reason('reason.refusal.liable', 'II.(二).3, II.(二) summary, III.(二)', ['order', 'corrected', 'order-matter', 'consequence']);
const R_CACHE = reason('reason.civil.exposed.cache', 'II.(二).2', ['modifies-content']);
const R_EMBEDDED_CIVIL = reason('reason.civil.exposed.embedded', 'II.(二).4', ['link-type']);
const R_CIVIL_UNDETERMINED = reason('reason.civil.undetermined', 'II.(二)', ['takedown']);
const R_CIVIL_NONE = reason('reason.civil.none', 'II.(二)', ['notice', 'knowledge', 'takedown']);
const R_HELP_NEUTRAL = reason('reason.help.neutral', 'III.(一).3–5, III.(一) closing paragraph', ['industry-rules', 'targeted', 'participation'], { offense: offenseWord('art287-2') });
const helpNoKnowledge = memo((knowledge: Message) =>
  reason('reason.help.noKnowledge', 'III.(一)', ['knowledge'], { offense: offenseWord('art287-2'), knowledge }));
const helpLiable = memo((nonNeutral: readonly string[]) => memo((caseSection: string) =>
  reason('reason.help.liable', caseSection ? `III.(一), ${caseSection}` : 'III.(一)', ['knowledge', ...nonNeutral], { offense: offenseWord('art287-2'), facts: keyWords(nonNeutral), case: caseSection })));

/**
 * Where the paper discusses knowing help of this kind that lost its business character (III.(一).1–5):
 * by the provider's first role that has such a case — access 案1, hosting 案2 (only hosting
 * provided specially for the crime), transmission 案3, advertising and payment 案4–5, other
 * technical support 案6 (deep participation) — or '' when none fits.
 */
function helpCaseSection(t: ProviderTraits): string {
  for (const role of t.roles) {
    const section = role === 'access' ? 'III.(一).1'
      : role === 'transmission' ? 'III.(一).3'
      : role === 'advertising' || role === 'payment' ? 'III.(一).4'
      : role === 'storage' && t.nonNeutralFacts.includes('targeted') ? 'III.(一).2'
      : role === 'technical' && t.deep ? 'III.(一).5'
      : '';
    if (section) {
      return section;
    }
  }
  return '';
}
const helpUndetermined = memo((gaps: readonly string[]) =>
  reason('reason.help.undetermined', 'III.(一)', ['knowledge', ...gaps], { offense: offenseWord('art287-2'), gaps: keyWords(gaps) }));
/** For a host (storage): the paper's own test for 案2 too, hosting provided specially for the crime (III.(一).2). */
const helpUndeterminedHosting = memo((gaps: readonly string[]) =>
  reason('reason.help.undetermined', UNDETERMINED_HOSTING, ['knowledge', ...gaps], { offense: offenseWord('art287-2'), gaps: keyWords(gaps), hosting: 'yes' }));
const rankingReason = memo((offense: string) => reason('reason.ranking', 'II.(二).4', ['ranking'], { offense: offenseWord(offense) }));
const embeddedReason = memo((offense: string) => reason('reason.embedded', 'II.(二).4', ['link-type'], { offense: offenseWord(offense) }));
const takedownReason = memo((takedown: string) =>
  reason('reason.civil.exposed.takedown', 'II.(二) summary', ['takedown'], { takedown: w.value('takedown', takedown) }));
const controllingReason = memo((offense: string) => reason('reason.controlling', 'III.(一).1', [], { offense: offenseWord(offense) }));
/** art286-1's gaps, by mask: 1 corrected, 2 order-matter, 4 consequence. */
const refusalPossible = memo((mask: number) => {
  const gaps = [['reason.refusal.gap.corrected', 'corrected'], ['reason.refusal.gap.matter', 'order-matter'], ['reason.refusal.gap.consequence', 'consequence']]
    .filter((_g, i) => (mask & (1 << i)) !== 0);
  const list: MessageArgs = Object.fromEntries(gaps.map(([id], i) => [`g${i}`, { id }]));
  return { message: { id: 'reason.refusal.possible', args: { gaps: { id: 'reason.refusal.gaps', args: list } } }, section: 'II.(二).3, II.(二) summary, III.(二)', facts: ['order', ...gaps.map(([, fact]) => fact)] };
});

const UNDETERMINED_HOSTING = 'III.(一), III.(一).2';

function assessHelp(p: ProviderModel, t: ProviderTraits, model: CaseModelSet, table: OffenseTable): void {
  const hosting = t.roles.includes('storage');
  // 2. art287-2 as principal.
  if (inForce(model, 'art287-2')) {
    if (!t.knowsSpecific) {
      table.raise('art287-2', 'principal', null, 'none', helpNoKnowledge(knowledgeWord(p)));
    } else if (t.nonNeutral) {
      table.raise('art287-2', 'principal', null, 'liable', helpLiable(t.nonNeutralFacts)(helpCaseSection(t)));
    } else if (t.neutral) {
      table.raise('art287-2', 'principal', null, 'none', R_HELP_NEUTRAL);
    } else {
      table.raise('art287-2', 'principal', null, 'possible', (hosting ? helpUndeterminedHosting : helpUndetermined)(t.neutralityGaps));
    }
  }
  // 3. Accomplice of each offender that uses the provider.
  const users = offendersUsing(model, p);
  for (let i = 0; i < users.length; i++) {
    const off = users[i];
    if (!off.offense || !inForce(model, off.offense)) {
      continue;
    }
    const args: MessageArgs = { offense: offenseWord(off.offense), of: off.id, facts: keyWords(t.nonNeutralFacts), gaps: keyWords(t.neutralityGaps), knowledge: knowledgeWord(p), hosting: hosting ? 'yes' : '' };
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
      table.raise(off.offense, 'accomplice', off.id, 'none', reason('reason.accomplice.neutral', 'I.(二), III.(一) closing paragraph', ['industry-rules', 'targeted', 'participation'], args));
    } else {
      table.raise(off.offense, 'accomplice', off.id, 'possible', reason('reason.help.undetermined', hosting ? UNDETERMINED_HOSTING : 'III.(一)', ['knowledge', ...t.neutralityGaps], args));
    }
  }
}

const REFUSAL_MATTERS = ['national-security', 'public-security', 'personal-data', 'evidence'];
const REFUSAL_CONSEQUENCES = ['mass-dissemination', 'data-leak', 'evidence-loss'];

function assessRefusal(p: ProviderModel, model: CaseModelSet, table: OffenseTable): void {
  // 4. art286-1, only on a regulator's order.
  if (!inForce(model, 'art286-1') || factValue(p.facts, 'order') !== 'regulator') {
    return;
  }
  const corrected = factValue(p.facts, 'corrected');
  if (corrected === 'yes') {
    table.raise('art286-1', 'principal', null, 'none', R_REFUSAL_CORRECTED);
    return;
  }
  const matters = factValues(p.facts, 'order-matter') ?? [];
  const consequences = factValues(p.facts, 'consequence') ?? [];
  const gaps = (corrected !== 'no' ? 1 : 0) |
    (matters.some((m) => REFUSAL_MATTERS.includes(m)) ? 0 : 2) |
    (consequences.some((c) => REFUSAL_CONSEQUENCES.includes(c)) ? 0 : 4);
  if (gaps === 0) {
    table.raise('art286-1', 'principal', null, 'liable', R_REFUSAL_LIABLE);
  } else {
    table.raise('art286-1', 'principal', null, 'possible', refusalPossible(gaps));
  }
}

function assessPositioning(p: ProviderModel, t: ProviderTraits, model: CaseModelSet, table: OffenseTable): void {
  if (!t.rankingIntervention && !t.embeddedLink) {
    return;
  }
  const users = offendersUsing(model, p).filter((o) => o.offense && inForce(model, o.offense));
  // 5. Paid or manual ranking.
  if (t.rankingIntervention) {
    if (inForce(model, 'art287-2')) {
      table.raise('art287-2', 'principal', null, 'possible', rankingReason('art287-2'));
    }
    table.raise('art222', 'principal', null, 'possible', rankingReason('art222'));
    for (const o of users) {
      table.raise(o.offense as string, 'accomplice', o.id, 'possible', rankingReason(o.offense as string));
    }
  }
  // 6. Embedded links: principal of the linked content's offense.
  if (t.embeddedLink) {
    const offenses = users.length > 0 ? [...new Set(users.map((o) => o.offense as string))] : ['art217'];
    for (const offense of offenses) {
      table.raise(offense, 'principal', null, 'possible', embeddedReason(offense));
    }
  }
}

const CIVIL_NOT_ASSESSED = { level: 'not-assessed', reasons: [R_NOT_ASSESSED] } as const;
const CIVIL_UNDETERMINED = { level: 'undetermined', reasons: [R_CIVIL_UNDETERMINED] } as const;
const CIVIL_NONE = { level: 'none', reasons: [R_CIVIL_NONE] } as const;

function civilOf(p: ProviderModel, t: ProviderTraits): { readonly level: CivilLevel; readonly reasons: readonly Reason[] } {
  if (t.isContent) {
    return CIVIL_NOT_ASSESSED;
  }
  let reasons: Reason[] | undefined;
  const takedown = factValue(p.facts, 'takedown');
  if (t.aware && (takedown === 'refused' || takedown === 'none' || takedown === 'delayed')) {
    (reasons ??= []).push(takedownReason(takedown));
  }
  if (t.roles.includes('caching') && factValue(p.facts, 'modifies-content') === 'yes') {
    (reasons ??= []).push(R_CACHE);
  }
  if (t.embeddedLink) {
    (reasons ??= []).push(R_EMBEDDED_CIVIL);
  }
  if (reasons) {
    return { level: 'exposed', reasons };
  }
  if (t.aware && takedown === undefined) {
    return CIVIL_UNDETERMINED;
  }
  return CIVIL_NONE;
}

const NO_OFFENSES: readonly OffenseConclusion[] = [];
const CONTENT_REASONS: readonly Reason[] = [R_CONTENT];
const CRIMINAL_NONE_REASONS: readonly Reason[] = [R_CRIMINAL_NONE];

/** Concludes for one provider. Pure: what-if re-runs it on changed facts. */
export function concludeProvider(p: ProviderModel, model: CaseModelSet): ProviderConclusion {
  const t = traitsOf(p.facts);
  if (t.isContent) {
    return {
      id: p.id, name: p.name, roles: t.roles, provider: p, traits: t,
      criminal: { level: 'not-assessed', assessed: NO_OFFENSES, offenses: NO_OFFENSES, controlling: null, reasons: CONTENT_REASONS, beforeAmendmentIX: false },
      civil: civilOf(p, t),
    };
  }
  const table = new OffenseTable();
  assessHelp(p, t, model, table);
  assessRefusal(p, model, table);
  assessPositioning(p, t, model, table);
  const assessed = table.all();
  let offenses: readonly OffenseConclusion[] = NO_OFFENSES;
  let level: OffenseLevel = 'none';
  let controlling: OffenseConclusion | undefined;
  let helps = false;
  for (let i = 0; i < assessed.length; i++) {
    const o = assessed[i];
    if (o.level === 'none') {
      continue;
    }
    if (offenses === NO_OFFENSES) {
      offenses = assessed.filter((x) => x.level !== 'none');
    }
    helps ||= o.offense === 'art287-2';
    if (RANK[o.level] > RANK[level]) {
      level = o.level;
    }
    if (!controlling || RANK[o.level] > RANK[controlling.level] ||
      (o.level === controlling.level && preferred(o.offense, controlling.offense))) {
      controlling = o;
    }
  }
  let reasons: readonly Reason[] = NO_REASONS;
  if (offenses.length === 0) {
    // `none` says why: the doctrine's own exclusions (neutral help, no specific knowledge, a
    // correction after the order) where it weighed an offense, else that nothing points to one
    reasons = assessed.length > 0 ? exclusionReasons(assessed) : CRIMINAL_NONE_REASONS;
  } else if (controlling && helps && controlling.offense !== 'art287-2') {
    reasons = [controllingReason(controlling.offense)];
  }
  const conduct = conductOf(model);
  const beforeAmendmentIX = conduct !== undefined && !inForce(model, 'art287-2');
  if (beforeAmendmentIX) {
    reasons = [notInForceReason(conduct), ...reasons]; // the report says why they are missing
  }
  return {
    id: p.id, name: p.name, roles: t.roles, provider: p, traits: t,
    criminal: { level, assessed, offenses, controlling: controlling?.offense ?? null, reasons, beforeAmendmentIX },
    civil: civilOf(p, t),
  };
}

const NO_REASONS: readonly Reason[] = [];

/** The reasons of the offenses the doctrine weighed and put at `none`, each text once. */
function exclusionReasons(assessed: readonly OffenseConclusion[]): readonly Reason[] {
  const seen = new Set<string>();
  const out: Reason[] = [];
  for (const o of assessed) {
    for (const r of o.reasons) {
      const key = JSON.stringify(r.message);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(r);
      }
    }
  }
  return out;
}

const NO_OFFENDERS: readonly OffenderModel[] = [];

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

/**
 * The last conclusion drawn for a provider, with the rest of the model it rested on.
 * A provider's conclusion reads its own facts, the offenders that use it (their ids
 * and offenses) and the case's conduct date, nothing else; model objects are made
 * once per block (model.ts). So when an edit re-reads one block, every provider it
 * did not touch keeps its conclusion.
 */
const concluded = new WeakMap<ProviderModel, { readonly conduct: string | undefined; readonly users: readonly OffenderModel[]; readonly conclusion: ProviderConclusion }>();

/** A provider's conclusion: the last one drawn while its users and the conduct date are the same. */
function conclusionOf(p: ProviderModel, model: CaseModelSet, conduct: string | undefined, users: readonly OffenderModel[]): ProviderConclusion {
  const known = concluded.get(p);
  if (known && known.conduct === conduct && sameElements(known.users, users)) {
    return known.conclusion;
  }
  const c = concludeProvider(p, model);
  concluded.set(p, { conduct, users, conclusion: c });
  return c;
}

const conductOf = (model: CaseModelSet) => (model.caseBlock ? factValue(model.caseBlock.facts, 'conduct') : undefined);

/**
 * Conclusions by id, for `byId`: of the first provider written with an id, as for the
 * links of offenders and charges (`linksOf`); a second one is a duplicate-id error.
 */
const conclusionsById = new WeakMap<Analysis, ReadonlyMap<string, ProviderConclusion>>();

function makeAnalysis(providers: readonly ProviderConclusion[], map: Map<string, ProviderConclusion>): Analysis {
  const analysis: Analysis = { providers, byId: (id) => map.get(id) };
  conclusionsById.set(analysis, map);
  return analysis;
}

export function analyze(model: CaseModelSet): Analysis {
  const providers = new Array<ProviderConclusion>(model.providers.length);
  const map = new Map<string, ProviderConclusion>();
  const conduct = conductOf(model);
  const { first, users: usersById } = linksOf(model);
  for (let i = 0; i < providers.length; i++) {
    const p = model.providers[i];
    // as offendersUsing, without looking the links up once per provider
    const users = first.get(p.id) === p ? usersById.get(p.id) ?? NO_OFFENDERS : NO_OFFENDERS;
    const c = conclusionOf(p, model, conduct, users);
    providers[i] = c;
    if (!map.has(c.id)) {
      map.set(c.id, c);
    }
  }
  return makeAnalysis(providers, map);
}

/**
 * The analysis of `model`, which differs from the model of `prev` in its provider at
 * `index` alone, with the same id, which no other provider has: every other conclusion
 * is the one of `prev` (none reads another provider's facts).
 */
export function analyzeAfterProviderEdit(prev: Analysis, model: CaseModelSet, index: number): Analysis {
  const p = model.providers[index];
  const c = conclusionOf(p, model, conductOf(model), offendersUsing(model, p));
  const providers = prev.providers.slice();
  providers[index] = c;
  const map = new Map(conclusionsById.get(prev));
  map.set(c.id, c);
  return makeAnalysis(providers, map);
}

function knowledgeWord(p: ProviderModel): Message {
  const k = factValue(p.facts, 'knowledge');
  return k ? knowledgeWords(k) : UNSTATED;
}
