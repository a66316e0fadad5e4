/**
 * The message catalog. Every text a user reads — diagnostics, conclusions,
 * CLI lines — is a `Message` (an id and its arguments) rendered here in `en`
 * or `zh-CN`. Tables register their entries with `defineMessages`, so the
 * catalog is one map that tests can walk to prove both languages are there.
 *
 * A doctrine rule's message is a one-line headline that cites the paper's
 * section (what every published diagnostic carries, on every keystroke); its
 * `why` is the paper's argument with its sources, rendered only where a reader
 * asks for it: the hover, the report, SARIF's rule help.
 */

export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/** Arguments as the caller gives them: nested messages are rendered in the same locale. */
export type ArgValue = string | number | Message | readonly Message[];
export type MessageArgs = Readonly<Record<string, ArgValue>>;
/** Arguments as a formatter sees them: all rendered to text. */
export type Args = Readonly<Record<string, string | number>>;

/** A text in both languages, from the message's arguments. */
export interface MessageText {
  readonly en: (a: Args) => string;
  readonly zh: (a: Args) => string;
}

export interface MessageDef extends MessageText {
  /**
   * The explanation behind a headline: the paper's argument in our words and
   * its sources, given the same arguments as the headline. Every doctrine rule
   * has one (the catalog test holds it to that).
   */
  readonly why?: MessageText;
}

/** A message to be rendered in the user's locale. */
export interface Message {
  readonly id: string;
  readonly args?: MessageArgs;
}

const catalog = new Map<string, MessageDef>();

/** Registers a table of messages under their ids; returns the table for typed use. */
export function defineMessages<T extends Record<string, MessageDef>>(table: T): T {
  for (const [id, def] of Object.entries(table)) {
    if (catalog.has(id)) {
      throw new Error(`message ${id} defined twice`);
    }
    catalog.set(id, def);
  }
  return table;
}

/** Every registered message id (for tests and docs). */
export function messageIds(): string[] {
  return [...catalog.keys()];
}

export function messageDef(id: string): MessageDef | undefined {
  return catalog.get(id);
}

/** Renders a message; an unknown id renders as itself so nothing is silently lost. */
export function format(msg: Message, locale: Locale): string {
  const def = catalog.get(msg.id);
  return def ? render(def, msg, locale, false) : msg.id;
}

/**
 * The explanation of a message (its `why`, with the same arguments), or
 * undefined when the message has none: the text checks, reasons, labels.
 */
export function explain(msg: Message, locale: Locale): string | undefined {
  const why = catalog.get(msg.id)?.why;
  return why ? render(why, msg, locale, false) : undefined;
}

/**
 * Arguments that carry the brief's own text rather than our words: a misspelt word, a
 * stray token (a string, perhaps), a display name, a note, a quotation mark.
 */
const USER_TEXT_ARGS: ReadonlySet<string> = new Set(['word', 'text', 'name', 'note', 'open', 'close']);
/** Around the brief's own text in a marked rendering (private-use characters, dropped from the text itself). */
export const USER_TEXT_OPEN = '\uE000';
export const USER_TEXT_CLOSE = '\uE001';

/**
 * A message (`why: true`: its explanation) with the brief's own text in it marked between
 * USER_TEXT_OPEN and USER_TEXT_CLOSE, for a Markdown rendering that must show that text as
 * written while keeping our own `code` spans (hover.ts mdLine).
 */
export function formatMarked(msg: Message, locale: Locale, why = false): string | undefined {
  const def = catalog.get(msg.id);
  const text = why ? def?.why : def;
  return text ? render(text, msg, locale, true) : why ? undefined : msg.id;
}

/** Arguments that are a provider's or offender's id, set off by spaces in the messages' text. */
const ID_ARGS: ReadonlySet<string> = new Set(['id', 'of']);
/** A Han character or full-width punctuation: no space between two of them in Chinese text. */
const CJK_CHAR = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;
/** A text that opens with a block keyword and a space, as a label naming a block does. */
const LABEL_HEAD = /^(?:服务商|正犯|指控|案件|证据) /;
const cjk = (c: string) => c !== '' && CJK_CHAR.test(c);

/**
 * A Chinese message with the spaces the template sets around an id kept only where Chinese
 * text wants one: between a Han character and a Latin id (`Qvod 虽已知情`), not between Han
 * characters (`快播虽已知情`, not `快播 虽已知情`).
 */
function spaceIds(text: string, ids: readonly string[]): string {
  // a label that names a block as written (`服务商 快播`, `正犯 上传者 利用该服务商`) keeps its spaces
  if (ids.some((id) => LABEL_HEAD.test(text) && text.replace(LABEL_HEAD, '').startsWith(id))) {
    return text;
  }
  let out = text;
  for (const id of ids) {
    if (!cjk(id.charAt(0)) && !cjk(id.charAt(id.length - 1))) {
      continue;
    }
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`( ?)${escaped}( ?)`, 'gu'), (m: string, before: string, after: string, at: number, whole: string) => {
      const keepBefore = before !== '' && !(cjk(whole.charAt(at - 1)) && cjk(id.charAt(0)));
      const keepAfter = after !== '' && !(cjk(id.charAt(id.length - 1)) && cjk(whole.charAt(at + m.length)));
      return `${keepBefore ? ' ' : ''}${id}${keepAfter ? ' ' : ''}`;
    });
  }
  return out;
}

const NO_IDS: readonly string[] = [];

function render(text: MessageText, msg: Message, locale: Locale, mark: boolean): string {
  const nested = (m: Message) => (mark ? formatMarked(m, locale) as string : format(m, locale));
  const args: Record<string, string | number> = {};
  const zh = locale === 'zh-CN';
  const given = msg.args;
  /** (zh-CN) the non-empty ids among the arguments, in their order. */
  let ids: string[] | undefined;
  // for-in, not Object.entries: the same keys in the same order (a message's arguments are a
  // plain object literal), without an array of pairs and an iterator per message
  for (const k in given) {
    if (!Object.prototype.hasOwnProperty.call(given, k)) {
      continue;
    }
    const v = (given as MessageArgs)[k];
    if (zh && ID_ARGS.has(k) && typeof v === 'string' && v !== '') {
      (ids ??= []).push(v);
    }
    if (typeof v === 'string' || typeof v === 'number') {
      args[k] = mark && typeof v === 'string' && USER_TEXT_ARGS.has(k)
        ? `${USER_TEXT_OPEN}${v.replace(/[\uE000\uE001]/g, '')}${USER_TEXT_CLOSE}`
        : v;
    } else if (Array.isArray(v)) {
      args[k] = (v as readonly Message[]).map(nested).join(listSeparator(locale));
    } else {
      args[k] = nested(v as Message);
    }
  }
  if (!zh) {
    return text.en(args);
  }
  return spaceIds(text.zh(args), ids ?? NO_IDS);
}

/** Picks a locale from a BCP 47 tag such as VS Code's display language. */
export function resolveLocale(tag: string | undefined | null): Locale {
  if (!tag) {
    return 'en';
  }
  return /^zh\b/i.test(tag) && !/^zh[-_](tw|hk|mo|hant)/i.test(tag) ? 'zh-CN' : 'en';
}

const s = (a: Args, k: string) => String(a[k] ?? '');

/**
 * Characters a message cannot show: controls, format characters (zero-width joiners, soft
 * hyphens, bidirectional marks), separators that break a line (U+2028) or are blank, and
 * unassigned or private code points. A message names them by code point instead, so an
 * error is never an empty pair of quotes, nor a line break in the CLI's one-line output.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\p{Co}\p{Cn}\p{Cs}]/u;
const INVISIBLE_ALL = /[\p{Cc}\p{Cf}\p{Z}\p{Co}\p{Cn}\p{Cs}]/gu;
const codePoint = (c: string) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
const allInvisible = (text: string) => text.length > 0 && [...text].every((c) => INVISIBLE.test(c));
const codePoints = (text: string) => [...text].map(codePoint).join(' ');
/** A text with its invisible characters written as `<U+200D>`. */
const shown = (text: string) => text.replace(INVISIBLE_ALL, (c) => `<${codePoint(c)}>`);

/** An English noun with its indefinite article: `an offender block`, `a provider`, `a 正犯`. */
export const aOrAn = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

defineMessages({
  'syntax.unterminatedString': {
    en: () => 'Unterminated string: close it before the end of the line.',
    zh: () => '字符串没有结束：请在行末之前补上右引号。',
  },
  'syntax.reversedQuotes': {
    // without the string's text, which an edit inside it changes while the problem stays (incremental.ts)
    en: (a) => `Quotes the wrong way round: open with ${s(a, 'open')} and close with ${s(a, 'close')}.`,
    zh: (a) => `引号方向反了：应以 ${s(a, 'open')} 开始、以 ${s(a, 'close')} 结束。`,
  },
  'syntax.unexpectedChar': {
    en: (a) => (allInvisible(s(a, 'text')) ? `Unexpected invisible character ${codePoints(s(a, 'text'))}: delete it.` : `Unexpected character ${JSON.stringify(shown(s(a, 'text')))}.`),
    zh: (a) => (allInvisible(s(a, 'text')) ? `无法识别的不可见字符 ${codePoints(s(a, 'text'))}：请删除。` : `无法识别的字符“${shown(s(a, 'text'))}”。`),
  },
  'syntax.unexpectedToken': {
    en: (a) => `Unexpected ${JSON.stringify(s(a, 'text'))} here.`,
    zh: (a) => `此处不应出现“${s(a, 'text')}”。`,
  },
  'syntax.strayOpenBrace': {
    en: () => "Unexpected '{': a body opens only on a block's header line.",
    zh: () => '多余的“{”：只有块的首行才能打开块体。',
  },
  'syntax.strayCloseBrace': {
    en: () => "Unexpected '}': no block is open here.",
    zh: () => '多余的“}”：此处没有未关闭的块。',
  },
  'syntax.braceOnHeaderLine': {
    en: () => "The '{' that opens a body must stand on the block's header line.",
    zh: () => '块体的“{”应与块的首行写在同一行。',
  },
  'syntax.expectedBody': {
    en: (a) => `${capitalise(aOrAn(s(a, 'block')))} block needs a body: '{ … }' on its header line.`,
    zh: (a) => `“${s(a, 'block')}”块需要块体：在首行写上“{ … }”。`,
  },
  'syntax.missingCloseBrace': {
    en: () => "This '{' is never closed: add the matching '}'.",
    zh: () => '这个“{”没有闭合：请补上对应的“}”。',
  },
  'syntax.missingComma': {
    en: (a) => `Missing ',' before ${JSON.stringify(s(a, 'text'))}: separate values with commas.`,
    zh: (a) => `“${s(a, 'text')}”前缺少逗号：多个值之间用逗号（，或、）分隔。`,
  },
  'syntax.expectedValue': {
    en: () => "Expected a value before this ','.",
    zh: () => '此逗号之前缺少一个值。',
  },
  'syntax.trailingComma': {
    en: () => "A value is missing after this ','.",
    zh: () => '此逗号之后缺少一个值。',
  },
  'syntax.expectedId': {
    en: (a) => `${capitalise(aOrAn(s(a, 'block')))} block needs an id (a word, not a number or a date) after its keyword.`,
    zh: (a) => `“${s(a, 'block')}”块的关键词之后需要一个标识符（词语，而非数字或日期）。`,
  },
  'syntax.expectedName': {
    en: () => 'The display name must be a string in quotes.',
    zh: () => '显示名称须为带引号的字符串。',
  },
  'syntax.expectedTitle': {
    en: () => 'The case title must be a string in quotes.',
    zh: () => '案件标题须为带引号的字符串。',
  },
  'syntax.expectedLabel': {
    en: () => 'The evidence label must be a string in quotes.',
    zh: () => '证据标签须为带引号的字符串。',
  },
  'syntax.extraHeaderWord': {
    en: (a) => `Unexpected ${JSON.stringify(s(a, 'text'))} in the block header.`,
    zh: (a) => `块首行中多余的“${s(a, 'text')}”。`,
  },
  'syntax.chargeNeedsOffense': {
    en: () => 'A charge names a provider or offender id, then an offense: `charge Qvod art363`.',
    zh: () => '指控须依次写明服务商或正犯的标识符与罪名，如“指控 快播 第363条”。',
  },
  'syntax.secondCase': {
    en: () => 'A file may hold only one case block.',
    zh: () => '一个文件只能有一个“案件”块。',
  },
  'syntax.tooManyProblems': {
    en: (a) => `Too many problems: showing the first ${s(a, 'shown')} of ${s(a, 'total')}. Fix these, or split the brief.`,
    zh: (a) => `问题过多：仅显示 ${s(a, 'total')} 个中的前 ${s(a, 'shown')} 个。请先修正这些问题，或拆分文书。`,
  },
});

const ROMAN_ZH: Record<string, string> = { I: '一', II: '二', III: '三' };

/**
 * The paper's headings as its Chinese text writes them: `III.(一).3–5` → `三（一）3–5`,
 * `II.(二).3, III.(二)` → `二（二）3、三（二）`,
 * `II.(二) summary` → `二（二）小结`, `I.` (the whole part) → `一`, `introduction` → `引言`.
 */
export function sectionsZh(sections: string): string {
  return sections
    // a list of citations is an enumeration: `二（二）3、三（二）`, as the headlines write it
    .replace(/, (?=(?:III|II|I)\b|abstract\b|introduction\b)/gi, '、')
    .replace(/\b(III|II|I)(?:\.(?=\()|\.?(?=[–\-,;]|$))/g, (_, r: string) => ROMAN_ZH[r])
    .replace(/\(([一二三四五六])\)/g, '（$1）')
    .replace(/）\.(?=\d)/g, '）')
    .replace(/ summary/g, '小结')
    .replace(/ closing paragraph/g, '末段')
    .replace(/\bAbstract\b/gi, '摘要')
    .replace(/\bIntroduction\b/gi, '引言')
    .replace(/(?<=[一二三])–(?=[一二三])/g, '至')
    .replace(/, /g, '，')
    .replace(/; /g, '；');
}

/** The paper's sources, `[9](P202), [10](P24)`, listed with `、` in Chinese (a page list inside keeps its commas). */
export const sourcesIn = (sources: string, locale: Locale): string => (locale === 'zh-CN' ? sources.replace(/(?<=[\])]), (?=\[)/g, '、') : sources);

/** Between the items of a list in running text: `、` in Chinese. */
export const listSeparator = (locale: Locale): string => (locale === 'zh-CN' ? '、' : ', ');

/** The colon after a label: full-width in Chinese text. */
export const colon = (locale: Locale): string => (locale === 'zh-CN' ? '：' : ':');

/**
 * A label and what follows it: `Criminal: none`, `刑事责任：不成立`. A full-width mark
 * carries its own spacing, so no space follows it in Chinese.
 */
export const labelled = (label: string, text: string, locale: Locale): string =>
  `${label}${locale === 'zh-CN' ? '：' : ': '}${text}`;

/** An aside after a word: ` (aside)` in English, `（aside）` in Chinese. */
export const aside = (text: string, locale: Locale): string => (locale === 'zh-CN' ? `（${text}）` : ` (${text})`);

/** Between clauses of a line: `; ` in English, `；` in Chinese. */
export const semicolon = (locale: Locale): string => (locale === 'zh-CN' ? '；' : '; ');

/** Between short items such as a level and a role: `, ` in English, `，` in Chinese. */
export const comma = (locale: Locale): string => (locale === 'zh-CN' ? '，' : ', ');

/** A citation of the paper's sections in the reader's language (`三（一）3` in Chinese). */
export const sectionsIn = (sections: string, locale: Locale): string => (locale === 'zh-CN' ? sectionsZh(sections) : sections);
