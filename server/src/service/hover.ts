/**
 * Hover: what a word means as a fact and the paper's argument that turns on it
 * (from `knowledge/terms.ts` and `knowledge/topics.ts`); on a provider id, its
 * conclusions, the reasons behind them and its decisive facts; on a
 * diagnostic's range, the rule's headline, the paper's argument behind it with
 * its sources, and its doc page. Reads only the parse it is given (the cached
 * one), never re-analyses.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, Position } from 'vscode-languageserver-types';
import { MarkupKind } from './lspValues';
import type { OffenseConclusion, ProviderConclusion, Reason } from './doctrine/analysis';
import { w } from './i18n/words';
import { aOrAn, aside, colon, defineMessages, format, formatMarked, labelled, listSeparator, Locale, Message, sectionsIn, sectionsZh, sourcesIn } from './i18n/messages';
import type { TermHelp } from './knowledge/terms';
import type { TopicId } from './knowledge/topics';
import { disabledLines, levelOf, ParsedCase, toRange } from './languageService';
import { inRegion } from './markdown';
import type { Block } from './ast';
import type { OffenderModel } from './model';
import { locate, Place } from './position';
import { balanceBidi } from './report/bidi';
import { levelLabel } from './report/labels';
import type { Level } from './rules/meta';
import { ruleDocUrl, ruleMeta } from './rules/meta';
import { TokenKind } from './scanner';
import {
  BLOCKS,
  KEYS,
  lookupOffense,
  lookupValue,
  OffenseSpec,
  Term,
  ValueSetId,
} from './vocabulary';
import { criminalWords, describeWhatIf, fromWords, outcomeOf, whatIfFor } from './whatIf';

/**
 * The paper's explanations (`knowledge/`: a quarter of the server's code, in two
 * languages), loaded on the first hover or completion that shows them rather than at
 * every start: a cold start then deserialises a code cache a third smaller (~3 ms,
 * bench/cold.mjs).
 */
let knowledge: { readonly terms: typeof import('./knowledge/terms'); readonly topics: typeof import('./knowledge/topics') } | undefined;
function loadKnowledge(): NonNullable<typeof knowledge> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load (see above)
  return (knowledge ??= { terms: require('./knowledge/terms'), topics: require('./knowledge/topics') });
}

export interface HoverSettings {
  readonly locale: Locale;
  /** Rule levels, so that a rule turned off explains nothing. */
  readonly rules?: Readonly<Record<string, Level>>;
}

/**
 * Topics that set several scholars' views side by side: shown in full wherever
 * they are related, because the comparison is the point. Other related topics
 * are shown in full only where they are the word's first topic, and named elsewhere.
 */
const SIDE_BY_SIDE: ReadonlySet<TopicId> = new Set<TopicId>(['four-positions', 'art286-1-practice', 'policy']);

const s = (a: Record<string, string | number>, k: string) => String(a[k] ?? '');

defineMessages({
  'hover.kind.block': { en: () => 'block', zh: () => '块' },
  'hover.kind.key': { en: (a) => `fact of ${aOrAn(s(a, 'block'))} block`, zh: (a) => `“${s(a, 'blockZh')}”块的事实` },
  'hover.kind.value': { en: (a) => `value of \`${s(a, 'key')}\``, zh: (a) => `“${s(a, 'keyZh')}”的取值` },
  'hover.kind.offense': { en: () => 'offense', zh: () => '罪名' },
  'hover.kind.mode': { en: () => 'mode of a charge', zh: () => '指控方式' },
  'hover.paper': { en: () => 'The paper', zh: () => '论文观点' },
  'hover.section': { en: (a) => `Section ${s(a, 'section')}`, zh: (a) => `出处：${sectionsZh(s(a, 'section'))}` },
  'hover.sources': { en: (a) => `sources ${s(a, 'sources')}`, zh: (a) => `文献：${s(a, 'sources')}` },
  'hover.related': { en: () => 'Related topics', zh: () => '相关专题' },
  'hover.note': { en: (a) => `Note in the brief: “${s(a, 'note')}”`, zh: (a) => `文书注释：“${s(a, 'note')}”` },
  'hover.rule': { en: (a) => `Rule \`${s(a, 'id')}\` (${s(a, 'severity')})`, zh: (a) => `规则 \`${s(a, 'id')}\`（${s(a, 'severity')}）` },
  'hover.severity.error': { en: () => 'error', zh: () => '错误' },
  'hover.severity.warning': { en: () => 'warning', zh: () => '警告' },
  'hover.severity.info': { en: () => 'info', zh: () => '提示' },
  'hover.ruleDoc': { en: (a) => `[Read the rule's page](${s(a, 'url')})`, zh: (a) => `[查看规则说明](${s(a, 'url')})` },
  'hover.provider': { en: (a) => `Provider ${s(a, 'id')}`, zh: (a) => `服务商 ${s(a, 'id')}` },
  'hover.offender': { en: (a) => `Offender ${s(a, 'id')}`, zh: (a) => `正犯 ${s(a, 'id')}` },
  'hover.roles': { en: (a) => `roles: ${s(a, 'roles')}`, zh: (a) => `类型：${s(a, 'roles')}` },
  'hover.criminal': { en: () => 'Criminal', zh: () => '刑事责任' },
  'hover.civil': { en: () => 'Civil and administrative', zh: () => '民事、行政责任' },
  'hover.asPrincipal': { en: () => 'as principal', zh: () => '正犯' },
  'hover.asAccomplice': { en: (a) => `as accomplice of ${s(a, 'of')}`, zh: (a) => `${s(a, 'of')}的共犯` },
  'hover.decisive': { en: () => 'Decisive facts (what if one fact were otherwise)', zh: () => '决定性事实（假如某一事实不同）' },
  'hover.noDecisive': { en: () => 'No change to a single fact moves these conclusions.', zh: () => '单独改变任何一项事实都不会改变上述结论。' },
  // 现为“拒绝”, but 现未写明 (not 现为未写明): a value is quoted, the unstated state is not
  'hover.nowWritten': { en: (a) => `now ${s(a, 'from')}`, zh: (a) => (s(a, 'from').startsWith('“') ? `现为${s(a, 'from')}` : `现${s(a, 'from')}`) },
  'hover.offenderOf': { en: (a) => `commits ${s(a, 'offense')}; uses ${s(a, 'uses')}`, zh: (a) => `实施${s(a, 'offense')}；利用${s(a, 'uses')}` },
  'hover.helpers': { en: () => 'Providers it uses, as its accomplices', zh: () => '其利用的服务商作为共犯' },
  'hover.disclaimer': {
    en: () => 'The paper\'s position on the stated facts, not a court\'s.',
    zh: () => '依所述事实得出的论文立场，而非法院意见。',
  },
});

const t = (id: string, locale: Locale, args: Record<string, string | number> = {}) => format({ id, args }, locale);
const pick = (b: { en: string; zh: string }, locale: Locale) => (locale === 'zh-CN' ? b.zh : b.en);

/**
 * The paper's source numbers read `[9](P202)`; in Markdown that is a link to
 * nowhere. Escape the brackets so they read as written.
 */
export function escapeSources(markdown: string): string {
  return markdown.replace(/\[(\d+)\]\(/g, '\\[$1\\](');
}

/**
 * Words from the brief (an id, a display name, a note) as Markdown that reads as
 * written: no emphasis, code, link or HTML can start inside them, and bidi controls
 * in them cannot turn the rest of the hover round.
 */
export function mdWords(text: string): string {
  return balanceBidi(text).replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/**
 * A line of ours (a message, a reason, a what-if) as Markdown: it marks vocabulary words
 * as `code`, which stay; the rest reads as written. The brief's own text in it, marked by
 * formatMarked, is all text (a backtick there opens no code span).
 */
export function mdLine(text: string): string {
  return text.split(/\uE000([^\uE001]*)\uE001/).map((part, i) =>
    i % 2 === 1 ? mdWords(part) : part.split(/(`[^`\n]+`)/).map((p, j) => (j % 2 === 1 ? p : mdWords(p))).join(''),
  ).join('');
}

/** A message as Markdown (`why`: its explanation, if it has one). */
function mdMessage(msg: Message, locale: Locale, why = false): string | undefined {
  const text = formatMarked(msg, locale, why);
  return text === undefined ? undefined : mdLine(text);
}

/** "caching · 缓存": both languages, whichever the user writes. */
export function bothWords(term: Term): string {
  return `${term.en[0]} · ${term.zh[0]}`;
}

/** The key of TERM_HELP for what stands at a place, with its vocabulary term and a kind line. */
export interface TermRef {
  readonly help: string;
  readonly term: Term;
  readonly kind: { readonly id: string; readonly args?: Record<string, string> };
}

const offenseTerm = (o: OffenseSpec): Term => ({ id: o.id, en: [o.id], zh: [o.zh[0], o.nameZh] });

export function termOfOffense(o: OffenseSpec): TermRef {
  return { help: `offense:${o.id}`, term: offenseTerm(o), kind: { id: 'hover.kind.offense' } };
}

export function termOfMode(mode: Term): TermRef {
  return { help: `value:mode.${mode.id}`, term: mode, kind: { id: 'hover.kind.mode' } };
}

export function termOfBlock(block: Term): TermRef {
  return { help: `block:${block.id}`, term: block, kind: { id: 'hover.kind.block' } };
}

export function termOfKey(key: (typeof KEYS)[number]): TermRef {
  const block = BLOCKS.find((b) => b.id === key.block) as Term;
  return { help: `key:${key.block}.${key.id}`, term: key, kind: { id: 'hover.kind.key', args: { block: block.en[0], blockZh: block.zh[0] } } };
}

export function termOfValue(key: (typeof KEYS)[number], set: ValueSetId, value: Term): TermRef {
  return { help: `value:${set}.${value.id}`, term: value, kind: { id: 'hover.kind.value', args: { key: key.id, keyZh: key.zh[0] } } };
}

/** The vocabulary word at a place, if it is one. */
function termAt(place: Place): TermRef | undefined {
  switch (place.kind) {
    case 'keyword':
      return place.block.spec ? termOfBlock(place.block.spec) : undefined;
    case 'header': {
      if (place.role === 'offense') {
        const o = lookupOffense(place.token.value);
        return o ? termOfOffense(o) : undefined;
      }
      if (place.role === 'mode') {
        const m = lookupValue('mode', place.token.value);
        return m ? termOfMode(m) : undefined;
      }
      return undefined;
    }
    case 'key':
      return place.statement.spec ? termOfKey(place.statement.spec) : undefined;
    case 'value': {
      const spec = place.statement.spec;
      if (!spec || place.token.kind === TokenKind.String) {
        return undefined;
      }
      if (spec.value.type === 'offense') {
        const o = lookupOffense(place.token.value);
        return o ? termOfOffense(o) : undefined;
      }
      if (spec.value.type === 'enum') {
        const v = lookupValue(spec.value.set, place.token.value);
        return v ? termOfValue(spec, spec.value.set, v) : undefined;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** "*Section II.(二).2 · sources [9](P202)*", or '' when there is nothing to cite. */
function citation(section: string | undefined, sources: string | undefined, locale: Locale): string {
  const cite = [
    section ? t('hover.section', locale, { section }) : '',
    sources ? t('hover.sources', locale, { sources: sourcesIn(sources, locale) }) : '',
  ].filter(Boolean);
  return cite.length > 0 ? `*${cite.join(' · ')}*` : '';
}

function topicMarkdown(id: TopicId, locale: Locale): string {
  const topic = loadKnowledge().topics.TOPICS[id];
  return `#### ${pick(topic.title, locale)}${aside(sectionsIn(topic.section, locale), locale)}\n\n${pick(topic, locale)}`;
}

function topicTitle(id: TopicId, locale: Locale): string {
  const topic = loadKnowledge().topics.TOPICS[id];
  // the citation in the reader's form: `三（一）1–5`, `摘要`
  return `*${pick(topic.title, locale)}*${aside(sectionsIn(topic.section, locale), locale)}`;
}

export interface TermMarkdownOptions {
  /** `full`: the word's first topic and side-by-side topics in full, the rest named; `titles`: all named. */
  readonly topics: 'full' | 'titles';
}

/** The Markdown explaining a vocabulary word: meaning, the paper's argument, citation, topics. */
export function termMarkdown(ref: TermRef, locale: Locale, options: TermMarkdownOptions = { topics: 'full' }): string {
  const help: TermHelp | undefined = loadKnowledge().terms.TERM_HELP[ref.help];
  const parts = [`**${bothWords(ref.term)}** — ${t(ref.kind.id, locale, ref.kind.args)}`];
  if (!help) {
    return parts[0];
  }
  parts.push(pick(help.meaning, locale));
  if (help.doctrine) {
    parts.push(`**${t('hover.paper', locale)}${colon(locale)}** ${pick(help.doctrine, locale)}`);
  }
  const cite = citation(help.section, help.sources, locale);
  if (cite) {
    parts.push(cite);
  }
  const topics = help.topics ?? [];
  const full = options.topics === 'full' ? topics.filter((id, i) => i === 0 || SIDE_BY_SIDE.has(id)) : [];
  const named = topics.filter((id) => !full.includes(id));
  if (named.length > 0) {
    parts.push(`${t('hover.related', locale)}${colon(locale)}${locale === 'zh-CN' ? '' : ' '}${named.map((id) => topicTitle(id, locale)).join(' · ')}`);
  }
  for (const id of full) {
    parts.push('---', topicMarkdown(id, locale));
  }
  return escapeSources(parts.join('\n\n'));
}

// ---------------------------------------------------------------------------
// Providers and offenders

function reasonLines(reasons: readonly Reason[], locale: Locale): string[] {
  return reasons.map((r) => `  - ${mdMessage(r.message, locale)}`);
}

function offenseLine(o: OffenseConclusion, locale: Locale): string {
  const as = o.as === 'accomplice' && o.of ? t('hover.asAccomplice', locale, { of: mdWords(o.of) }) : t('hover.asPrincipal', locale);
  return `- **${format({ id: 'w.offense', args: { id: o.offense } }, locale)}** ${labelled(as, levelLabel(o.level, locale), locale)}`;
}

/** The provider's conclusions with their reasons, and its decisive facts. */
export function providerMarkdown(parsed: ParsedCase, c: ProviderConclusion, locale: Locale): string {
  const title = `**${t('hover.provider', locale, { id: mdWords(c.id) })}**${c.name ? ` “${mdWords(c.name)}”` : ''} — ${t('hover.roles', locale, { roles: c.roles.map((r) => format(w.value('role', r), locale)).join(listSeparator(locale)) || '—' })}`;
  const lines = [title, ''];
  lines.push(`**${t('hover.criminal', locale)}${colon(locale)}** ${mdLine(criminalWords(outcomeOf(c).criminal, locale))}`);
  for (const o of c.criminal.assessed) {
    lines.push(offenseLine(o, locale), ...reasonLines(o.reasons, locale));
  }
  // the level's own reasons, less those already given under an offense (a `none` repeats its exclusions)
  const shown = new Set(c.criminal.assessed.flatMap((o) => o.reasons.map((r) => mdMessage(r.message, locale))));
  lines.push(...c.criminal.reasons.map((r) => mdMessage(r.message, locale)).filter((m) => !shown.has(m)).map((m) => `- ${m}`));
  lines.push('', `**${t('hover.civil', locale)}${colon(locale)}** ${levelLabel(c.civil.level, locale)}`);
  lines.push(...c.civil.reasons.map((r) => `- ${mdMessage(r.message, locale)}`));
  lines.push('', `**${t('hover.decisive', locale)}${colon(locale)}**`);
  const results = whatIfFor(parsed, c.id);
  if (results.length === 0) {
    lines.push(`- ${t('hover.noDecisive', locale)}`);
  }
  for (const r of results) {
    const now = t('hover.nowWritten', locale, { from: fromWords(r, locale) });
    lines.push(`- ${mdLine(describeWhatIf(r, locale))}${mdLine(locale === 'zh-CN' ? `（${now}）` : ` (${now})`)}`);
  }
  lines.push('', `*${t('hover.disclaimer', locale)}*`);
  return escapeSources(lines.join('\n'));
}

function offenderMarkdown(parsed: ParsedCase, o: OffenderModel, locale: Locale): string {
  const uses = o.facts.get('uses')?.values ?? [];
  const offense = o.offense ? format({ id: 'w.offense', args: { id: o.offense } }, locale) : '—';
  const lines = [
    `**${t('hover.offender', locale, { id: mdWords(o.id) })}**${o.name ? ` “${mdWords(o.name)}”` : ''} — ${t('hover.offenderOf', locale, { offense, uses: uses.map(mdWords).join(listSeparator(locale)) || '—' })}`,
  ];
  const helpers = uses.flatMap((id) => {
    const c = parsed.analysis.byId(id);
    return c ? c.criminal.assessed.filter((x) => x.as === 'accomplice' && x.of === o.id) : [];
  });
  if (helpers.length > 0) {
    lines.push('', `**${t('hover.helpers', locale)}${colon(locale)}**`);
    for (const id of uses) {
      for (const x of parsed.analysis.byId(id)?.criminal.assessed ?? []) {
        if (x.as === 'accomplice' && x.of === o.id) {
          lines.push(`- ${labelled(mdWords(id), levelLabel(x.level, locale), locale)}`, ...reasonLines(x.reasons, locale));
        }
      }
    }
  }
  return escapeSources(lines.join('\n'));
}

/** The id a place names (a provider or offender header id, a charge's ref, a `uses` value). */
function idAt(place: Place): string | undefined {
  if (place.kind === 'header' && (place.role === 'id' || place.role === 'ref') && place.token.kind === TokenKind.Word) {
    return place.token.value;
  }
  if (place.kind === 'value' && place.statement.spec?.value.type === 'providerRef') {
    return place.token.value;
  }
  return undefined;
}

function idMarkdown(parsed: ParsedCase, id: string, locale: Locale): string | undefined {
  const c = parsed.analysis.byId(id);
  if (c) {
    return providerMarkdown(parsed, c, locale);
  }
  const o = parsed.model.offenders.find((x) => x.id === id);
  return o ? offenderMarkdown(parsed, o, locale) : undefined;
}

/**
 * What a provider's or offender's own header id explains: that block's conclusions. A block
 * that repeats an id defined earlier (a duplicate-id error) has none of its own — the
 * references and conclusions go to the first — so it explains nothing beyond its error.
 */
function headerIdMarkdown(parsed: ParsedCase, block: Block, id: string, locale: Locale): string | undefined {
  const defined = [...parsed.model.providers, ...parsed.model.offenders].filter((x) => x.id === id);
  const first = defined.reduce<(typeof defined)[number] | undefined>((a, x) => (!a || x.block.offset < a.block.offset ? x : a), undefined);
  if (first?.block !== block) {
    return undefined;
  }
  const c = parsed.analysis.byId(id);
  if (c && c.provider.block === block) {
    return providerMarkdown(parsed, c, locale);
  }
  const o = parsed.model.offenders.find((x) => x.block === block);
  return o ? offenderMarkdown(parsed, o, locale) : undefined;
}

// ---------------------------------------------------------------------------
// Diagnostics

function ruleMarkdown(parsed: ParsedCase, document: TextDocument, offset: number, settings: HoverSettings): { markdown: string[]; start?: number; end?: number } {
  const disabled = disabledLines(parsed, document);
  const markdown: string[] = [];
  let start: number | undefined;
  let end: number | undefined;
  for (const f of parsed.findings) {
    const inside = offset >= f.offset && (offset < f.offset + f.length || (f.length === 0 && offset === f.offset));
    const level = levelOf(f.code, settings.rules);
    if (!inside || level === 'off') {
      continue;
    }
    const off = disabled.get(document.positionAt(f.offset).line);
    if (off === 'all' || off?.has(f.code)) {
      continue;
    }
    // The diagnostic carries only the headline (it cites the section); the hover adds the
    // paper's argument with its sources. A text check has no argument: its citation, if any.
    const meta = ruleMeta(f.code);
    const why = mdMessage(f.message, settings.locale, true);
    markdown.push(escapeSources([
      `**${t('hover.rule', settings.locale, { id: f.code, severity: t(`hover.severity.${level}`, settings.locale) })}** — ${mdMessage(f.message, settings.locale)}`,
      why ?? citation(meta?.section, meta?.sources, settings.locale),
      t('hover.ruleDoc', settings.locale, { url: ruleDocUrl(f.code) }),
    ].filter(Boolean).join('\n\n')));
    start = Math.min(start ?? f.offset, f.offset);
    end = Math.max(end ?? 0, f.offset + f.length);
  }
  return { markdown, start, end };
}

// ---------------------------------------------------------------------------

function tokenOf(place: Place): { offset: number; length: number } | undefined {
  return place.kind === 'nothing' ? undefined : place.token;
}

/**
 * The hover at a position, or null when nothing there has anything to say. A position just
 * after a word (the caret at the end of `role cach`, or the pointer over the right half of
 * a word's last character, which editors report as the boundary after it) is on that word.
 */
export function doHover(parsed: ParsedCase, document: TextDocument, position: Position, settings: HoverSettings): Hover | null {
  const offset = document.offsetAt(position);
  const hover = hoverAt(parsed, document, offset, settings);
  if (hover || offset === 0 || /\s/.test(document.getText({ start: document.positionAt(offset - 1), end: position }))) {
    return hover;
  }
  return hoverAt(parsed, document, offset - 1, settings);
}

function hoverAt(parsed: ParsedCase, document: TextDocument, offset: number, settings: HoverSettings): Hover | null {
  if (parsed.markdown && !inRegion(parsed.regions, offset)) {
    return null;
  }
  const place = locate(parsed.doc, offset);
  const sections: string[] = [];
  const rules = ruleMarkdown(parsed, document, offset, settings);
  sections.push(...rules.markdown);
  const id = idAt(place);
  const term = termAt(place);
  if (id !== undefined) {
    const md = place.kind === 'header' && place.role === 'id'
      ? headerIdMarkdown(parsed, place.block, id, settings.locale)
      : idMarkdown(parsed, id, settings.locale);
    if (md) {
      sections.push(md);
    }
  } else if (term) {
    sections.push(termMarkdown(term, settings.locale));
  }
  const note = (place.kind === 'key' || place.kind === 'value') && place.statement.note;
  if (note) {
    sections.push(t('hover.note', settings.locale, { note: mdWords(note.value) }));
  }
  if (sections.length === 0) {
    return null;
  }
  const token = tokenOf(place);
  const range = token && (id !== undefined || term || note)
    ? toRange(document, token.offset, token.length)
    : rules.start !== undefined
      ? toRange(document, rules.start, (rules.end ?? rules.start) - rules.start)
      : undefined;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range };
}
