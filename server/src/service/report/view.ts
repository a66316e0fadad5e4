/**
 * The report page as a tree of elements (see elements.ts), one builder for
 * both the standalone HTML and the editor's webview, so the two show the same
 * thing. `interactive` adds what only the webview can use: links that reveal a
 * line in the editor and the export buttons.
 */
import { labelled, listSeparator, type Locale } from '../i18n/messages';
import { ruleDocUrl } from '../rules/meta';
import { keysOf } from '../vocabulary';
import { diagram } from './diagram';
import { childByChild, ElementInParts, h, hInParts, Pause, ViewElement, ViewNode, wholeElement, wholeElementInSlices } from './elements';
import { ICONS, levelWord, offenseName, offenseWithAside, roleName, SEVERITY_ICONS, severityLabel, t } from './labels';
import { citationText, offenseRole } from './markdown';
import { reportTitle, Report, ReportFinding, ReportOffense, ReportProvider, ReportReason } from './report';

export interface ViewOptions {
  /** Links to lines and export buttons, for the webview. */
  readonly interactive: boolean;
}

/** A level in a shape and in words; the shape is hidden from screen readers, the words are not. */
export function levelView(level: string, locale: Locale): ViewElement {
  return h('span', { class: `level level-${level}` },
    h('span', { class: 'icon', 'aria-hidden': 'true' }, ICONS[level] ?? ''), ' ', levelWord(level, locale));
}

function lineRef(line: number, locale: Locale, o: ViewOptions, column?: number): ViewElement {
  const text = t('report.line', locale, { line });
  return o.interactive
    ? h('a', { class: 'reveal', href: '#', 'data-line': line, 'data-column': column, title: t('report.goTo', locale, { line }) }, text)
    : h('span', { class: 'line' }, text);
}

function revealable(line: number, locale: Locale, o: ViewOptions, ...children: ViewNode[]): ViewNode[] {
  return o.interactive
    ? [h('a', { class: 'reveal', href: '#', 'data-line': line, title: t('report.goTo', locale, { line }) }, ...children)]
    : children;
}

function reasonsList(rs: readonly ReportReason[], locale: Locale, o: ViewOptions): ViewElement | undefined {
  return rs.length === 0 ? undefined : h('ul', { class: 'reasons' },
    rs.map((r) => h('li', null, r.message, r.line !== undefined && [' ', lineRef(r.line, locale, o)])));
}

function findingView(f: ReportFinding, locale: Locale, o: ViewOptions): ViewElement {
  return h('li', { class: `finding severity-${f.severity}` },
    h('div', { class: 'finding-head' },
      h('span', { class: `severity severity-${f.severity}` },
        h('span', { class: 'icon', 'aria-hidden': 'true' }, SEVERITY_ICONS[f.severity] ?? ''), ' ',
        severityLabel(f.severity, locale).replace(/^\S+\s/, '')),
      ' ',
      h('a', { class: 'rule', href: ruleDocUrl(f.rule), rel: 'noreferrer', title: t('report.ruleDoc', locale, { rule: f.rule }) }, h('code', null, f.rule)),
      ' ', lineRef(f.line, locale, o, f.column),
      (f.section || f.sources) && [' ', h('span', { class: 'citation' }, citationText(f, locale))]),
    h('p', { class: 'message' }, f.message),
    f.explanation !== undefined && h('p', { class: 'explanation' }, f.explanation));
}

/** Text with `code` spans (as the what-if lines write keys and values) as code elements. */
function codeSpans(text: string): ViewNode[] {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 === 1 ? h('code', null, part) : part)).filter((x) => x !== '');
}

/** A key as the reader writes it: `knowledge`, `明知`. */
function keyWord(id: string, locale: Locale): string {
  return locale === 'zh-CN' ? keysOf('provider').find((k) => k.id === id)?.zh[0] ?? id : id;
}

function providerView(p: ReportProvider, locale: Locale, o: ViewOptions): ViewElement {
  const heading = p.name ? `${p.id} — ${p.name}` : p.id;
  const label = (id: 'report.criminal' | 'report.civil') => labelled(t(id, locale), '', locale);
  return h('section', { class: 'provider', 'data-key': `provider:${p.id}` },
    h('h2', null, ...revealable(p.line, locale, o, heading)),
    h('h3', null, label('report.criminal'), levelView(p.criminal.level, locale)),
    (p.criminal.offenses.length > 0 || p.criminal.reasons.length > 0) && h('ul', { class: 'reasons' },
      p.criminal.offenses.map((x) => h('li', { class: x.offense === p.criminal.controlling ? 'offense controlling' : 'offense' },
        ...offenseParts(x, locale, (head) => h('strong', null, head)), levelView(x.level, locale),
        reasonsList(x.reasons, locale, o))),
      p.criminal.reasons.map((r) => h('li', null, r.message, r.line !== undefined && [' ', lineRef(r.line, locale, o)]))),
    h('h3', null, label('report.civil'), levelView(p.civil.level, locale)),
    reasonsList(p.civil.reasons, locale, o),
    p.notes.length > 0 && [
      h('h3', null, t('report.notes', locale)),
      h('ul', { class: 'notes' }, p.notes.map((n) => h('li', null, h('code', null, keyWord(n.key, locale)), ' ', h('q', null, n.note), ' ', lineRef(n.line, locale, o)))),
    ],
    p.decisive.length > 0 && [
      h('h3', null, t('report.decisive', locale)),
      h('ul', { class: 'decisive' }, p.decisive.map((d) => h('li', null, ...codeSpans(d.text), ' ', lineRef(d.line, locale, o)))),
    ],
    p.findings.length > 0 && [
      h('h3', null, t('report.findings', locale)),
      h('ul', { class: 'findings' }, p.findings.map((f) => findingView(f, locale, o))),
    ]);
}

/** An offense's name (as `wrap` shows it) and its role after it: `盗窃罪（第264条；Gang的共犯） `. */
function offenseParts(x: ReportOffense, locale: Locale, wrap: (head: string) => ViewNode): ViewNode[] {
  const { head, aside: after } = offenseWithAside(x.offense, offenseRole(x, locale), locale);
  return [wrap(head), `${after} `];
}

/** The items of `xs` mapped by `f`, each when it is asked for. */
function* eachMapped<T, U>(xs: readonly T[], f: (x: T) => U): Generator<U, void, undefined> {
  for (const x of xs) {
    yield f(x);
  }
}

function summaryTable(r: Report, locale: Locale, o: ViewOptions): ElementInParts {
  const cols = ['report.provider', 'report.roles', 'report.criminal', 'report.offenses', 'report.controlling', 'report.civil'] as const;
  // Six columns do not fit a narrow panel or a zoomed page: the table scrolls in its own box,
  // which the keyboard can reach and scroll (a region, named), instead of the whole page.
  // A row per provider, each made as it is written.
  return hInParts('div', { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-label': t('report.title', locale) }, () => [hInParts('table', { class: 'summary' }, () => [
    h('thead', null, h('tr', null, cols.map((c) => h('th', { scope: 'col' }, t(c, locale))))),
    hInParts('tbody', null, () => eachMapped(r.providers, (p) => h('tr', { 'data-key': `row:${p.id}` },
      h('th', { scope: 'row' }, ...revealable(p.line, locale, o, p.id), p.name !== undefined && [h('br'), h('small', null, p.name)]),
      h('td', null, p.roles.map((x) => roleName(x, locale)).join(listSeparator(locale)) || '—'),
      h('td', null, levelView(p.criminal.level, locale)),
      h('td', null, p.criminal.offenses.length === 0 ? '—' : p.criminal.offenses.map((x) =>
        h('div', { class: 'offense' }, ...offenseParts(x, locale, (head) => head), levelView(x.level, locale)))),
      h('td', null, p.criminal.controlling ? offenseName(p.criminal.controlling, locale) : '—'),
      h('td', null, levelView(p.civil.level, locale))))),
  ])]);
}

function legend(locale: Locale): ViewElement {
  return h('p', { class: 'legend' }, labelled(t('report.legend', locale), '', locale),
    ['liable', 'possible', 'none', 'not-assessed', 'exposed', 'undetermined'].flatMap((l, i) => [i > 0 ? ' · ' : '', levelView(l, locale)]));
}

/**
 * The last page's provider sections, by what each was made from (the provider's part of the
 * report, as JSON, with the locale and the options). The report panel asks for the page after
 * each pause in typing, and a keystroke changes few providers' parts: an unchanged part gets
 * the very section it had, whose bytes the stdio encoder kept (publishEncoder.ts), instead of
 * a section built, serialised and collected again (most of a page's time on a long brief).
 */
const lastSections = new Map<boolean, Map<string, ViewElement>>();

function* providerSections(providers: readonly ReportProvider[], locale: Locale, o: ViewOptions): Generator<ViewElement, void, undefined> {
  // kept apart for the panel's page and the exported ones (Copy as Markdown, Save as HTML), so
  // that an export between two of the panel's pages does not take the panel's sections away
  const last = lastSections.get(o.interactive);
  const sections = new Map<string, ViewElement>();
  // one at a time, as the page is made (a page made in slices can stop between two); the
  // sections are kept for the next page once all are made
  for (const p of providers) {
    const key = `${locale}\u0000${JSON.stringify(p)}`;
    const section = sections.get(key) ?? last?.get(key) ?? providerView(p, locale, o);
    sections.set(key, section);
    yield section;
  }
  lastSections.set(o.interactive, sections);
}

/** The diagram of who helped whom, in its section, written node by node; none for an empty brief. */
function graph(r: Report, locale: Locale, o: ViewOptions, index: number): ElementInParts | undefined {
  const svg = diagram(r, locale, { interactive: o.interactive, idPrefix: `cf${index}-` });
  return svg && hInParts('section', { class: 'graph' }, () => [
    h('h2', null, t('report.whoHelpedWhom', locale)),
    hInParts('figure', null, () => [childByChild(svg), h('figcaption', null, t('report.diagramSummary', locale))]),
  ]);
}

/**
 * The page of one report, its parts made as they are asked for: the summary table row by row,
 * the diagram node by node, the providers' sections (from `sections`) one by one.
 */
function reportParts(r: Report, locale: Locale, o: ViewOptions, index: number, sections: (providers: readonly ReportProvider[]) => Iterable<ViewElement>): ElementInParts {
  // its own language, for a page that holds briefs in both (screen readers, fonts, hyphenation)
  return hInParts('section', { class: 'report', lang: locale === 'zh-CN' ? 'zh-CN' : 'en', 'data-key': `report:${index}` }, function* () {
    yield h('header', null,
      h('h1', null, labelled(t('report.title', locale), reportTitle(r), locale)),
      // two commands, not links elsewhere: a named group, not a navigation landmark
      o.interactive && h('div', { class: 'toolbar', role: 'group', 'aria-label': t('report.actions', locale) },
        h('button', { type: 'button', 'data-command': 'copyMarkdown' }, t('report.copyMarkdown', locale)),
        h('button', { type: 'button', 'data-command': 'saveHtml' }, t('report.saveHtml', locale))));
    if (r.providers.length === 0) {
      yield h('p', { class: 'empty' }, t('report.noProviders', locale));
    } else {
      yield legend(locale);
      yield summaryTable(r, locale, o);
    }
    // the diagram, let go once written: the sections after it may take long (their decisive facts)
    yield graph(r, locale, o, index);
    yield* sections(r.providers);
    yield h('footer', null, h('blockquote', { class: 'source' }, t('report.source', locale)));
  });
}

/** The page of one report. `index` keeps SVG ids apart when one page holds several reports. */
export function reportView(r: Report, locale: Locale, o: ViewOptions, index = 0): ViewElement {
  return wholeElement(reportParts(r, locale, o, index, (providers) => providerSections(providers, locale, o))) as ViewElement;
}

/**
 * `reportView`'s page, made in slices (`wholeElementInSlices`): between two children of its
 * parts (a table row, a provider's section) it waits whenever `pause` says so.
 */
export async function reportViewInSlices(r: Report, locale: Locale, o: ViewOptions, pause: Pause): Promise<ViewElement> {
  return await wholeElementInSlices(reportParts(r, locale, o, 0, (providers) => providerSections(providers, locale, o)), pause) as ViewElement;
}

/**
 * The page of one report (as `reportView`'s), to be written in pieces as it is made
 * (`htmlPieces`): each provider's section made when it is written, and let go after, not
 * kept for the next page as the webview's are.
 */
export function reportViewInParts(r: Report, locale: Locale, o: ViewOptions, index = 0): ElementInParts {
  return reportParts(r, locale, o, index, (providers) => eachMapped(providers, (p) => providerView(p, locale, o)));
}
