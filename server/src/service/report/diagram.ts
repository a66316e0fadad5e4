/**
 * "Who helped whom": providers on the left, the offenders who use them on the
 * right, an arrow for each `uses` link. Laid out and drawn as SVG by our own
 * code (no library, nothing fetched); every node says its conclusion in words
 * and a shape, every edge its accomplice level in words and a line style.
 */
import { aside, comma, labelled, listSeparator, semicolon, type Locale } from '../i18n/messages';
import { balanceBidi } from './bidi';
import { h, ViewElement, ViewNode } from './elements';
import { levelLabel, offenseArticle, offenseName, t } from './labels';
import type { Report, ReportOffender, ReportProvider } from './report';

const NODE_WIDTH = 270;
const PAD = 10;
const LINE = 18;
const GAP_Y = 22;
const MARGIN = 12;
const GAP_X = 190;

/** Rough advance of a character at the diagram's 12px font: wide for CJK and fullwidth forms. */
function charWidth(c: string): number {
  const code = c.codePointAt(0) ?? 0;
  return code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000) ? 12.5 : 7.2;
}

/** Cuts a text to fit `width` pixels, ending with "…"; the full text stays in the node's title. */
export function fit(text: string, width: number): string {
  let w = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    w += charWidth(chars[i]);
    if (w > width) {
      return chars.slice(0, Math.max(0, i - 1)).join('') + '…';
    }
  }
  return text;
}

interface Line {
  readonly text: string;
  readonly cls: string;
}

interface Box {
  readonly kind: 'provider' | 'offender';
  readonly id: string;
  readonly line: number;
  readonly level: string;
  readonly lines: readonly Line[];
  readonly label: string;
  x: number;
  y: number;
  height: number;
}

/** The level an edge carries: the provider's conclusion as accomplice of that offender. */
export function accompliceLevel(p: ReportProvider, offenderId: string): string {
  if (p.criminal.level === 'not-assessed') {
    return 'not-assessed';
  }
  return accompliceLevels(p).get(offenderId) ?? 'none';
}

/** A provider's level as accomplice of each offender (the first it concluded for each), built once per report provider. */
const accompliceLevelsOf = new WeakMap<ReportProvider, Map<string, string>>();

function accompliceLevels(p: ReportProvider): Map<string, string> {
  let byOffender = accompliceLevelsOf.get(p);
  if (!byOffender) {
    byOffender = new Map();
    for (const x of p.criminal.offenses) {
      if (x.as === 'accomplice' && x.of !== null && !byOffender.has(x.of)) {
        byOffender.set(x.of, x.level);
      }
    }
    accompliceLevelsOf.set(p, byOffender);
  }
  return byOffender;
}

function providerBox(p: ReportProvider, locale: Locale): Box {
  const lines: Line[] = [{ text: p.id, cls: 'node-id' }];
  if (p.name) {
    lines.push({ text: p.name, cls: 'node-name' });
  }
  lines.push({ text: labelled(t('report.criminal', locale), levelLabel(p.criminal.level, locale), locale), cls: 'node-level' });
  if (p.criminal.controlling) {
    lines.push({ text: labelled(t('report.controlling', locale), offenseArticle(p.criminal.controlling, locale), locale), cls: 'node-detail' });
  }
  lines.push({ text: labelled(t('report.civilShort', locale), levelLabel(p.civil.level, locale), locale), cls: 'node-level' });
  return {
    kind: 'provider', id: p.id, line: p.line, level: p.criminal.level, lines,
    label: `${t('report.provider', locale)} ${lines.map((l) => l.text).join(semicolon(locale))}`, x: 0, y: 0, height: 0,
  };
}

function offenderBox(o: ReportOffender, known: ReadonlySet<string>, locale: Locale): Box {
  const lines: Line[] = [{ text: o.id, cls: 'node-id' }];
  if (o.name) {
    lines.push({ text: o.name, cls: 'node-name' });
  }
  lines.push({ text: o.offense ? offenseName(o.offense, locale) : '—', cls: 'node-detail' });
  const unknown = o.uses.filter((u) => !known.has(u));
  if (unknown.length > 0) {
    lines.push({ text: t('report.usesUnknown', locale, { ids: unknown.join(listSeparator(locale)) }), cls: 'node-detail' });
  }
  return {
    kind: 'offender', id: o.id, line: o.line, level: 'offender', lines,
    label: `${t('report.offender', locale)} ${lines.map((l) => l.text).join(semicolon(locale))}`, x: 0, y: 0, height: 0,
  };
}

/** The level's shape, drawn at a node's top right corner (the words are in the node too). */
function levelShape(level: string, x: number, y: number): ViewElement {
  const r = 6;
  switch (level) {
    case 'liable':
    case 'exposed':
      return h('circle', { class: 'shape shape-full', cx: x, cy: y, r });
    case 'possible':
    case 'undetermined':
      return h('g', { class: 'shape' },
        h('circle', { class: 'shape-ring', cx: x, cy: y, r }),
        h('path', { class: 'shape-half', d: `M${x} ${y - r}A${r} ${r} 0 0 0 ${x} ${y + r}Z` }));
    case 'none':
      return h('circle', { class: 'shape shape-ring', cx: x, cy: y, r });
    case 'offender':
      return h('rect', { class: 'shape shape-full', x: x - r, y: y - r, width: 2 * r, height: 2 * r });
    default:
      return h('line', { class: 'shape shape-ring', x1: x - r, y1: y, x2: x + r, y2: y });
  }
}

function stack(boxes: Box[], x: number): number {
  let y = MARGIN;
  for (const b of boxes) {
    b.x = x;
    b.y = y;
    b.height = PAD * 2 + b.lines.length * LINE;
    y += b.height + GAP_Y;
  }
  return y - GAP_Y + MARGIN;
}

/**
 * The diagram of one report, or undefined when it has neither providers nor
 * offenders. `interactive` makes each node a focusable link to its line (the
 * webview); the standalone page gets plain nodes with titles.
 */
export function diagram(r: Report, locale: Locale, options: { interactive: boolean; idPrefix: string }): ViewElement | undefined {
  if (r.providers.length === 0 && r.offenders.length === 0) {
    return undefined;
  }
  const known = new Set(r.providers.map((p) => p.id));
  const providers = r.providers.map((p) => providerBox(p, locale));
  // an id's first provider, as the analysis links it (a second is a duplicate-id error)
  const providerIndex = new Map<string, number>();
  r.providers.forEach((p, i) => {
    if (!providerIndex.has(p.id)) {
      providerIndex.set(p.id, i);
    }
  });
  // Offenders sit beside the providers they use: fewer crossings.
  const rank = (o: ReportOffender) => {
    const idx = o.uses.map((u) => providerIndex.get(u)).filter((i): i is number => i !== undefined);
    return idx.length > 0 ? idx.reduce((a, b) => a + b, 0) / idx.length : Infinity;
  };
  const offenders = r.offenders.map((o, i) => ({ o, i, rank: rank(o) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ o }) => ({ o, box: offenderBox(o, known, locale) }));
  const rightX = providers.length > 0 ? MARGIN + NODE_WIDTH + GAP_X : MARGIN;
  const height = Math.max(stack(providers, MARGIN), stack(offenders.map((x) => x.box), rightX));
  const width = offenders.length > 0 ? rightX + NODE_WIDTH + MARGIN : MARGIN * 2 + NODE_WIDTH;

  // Each end of an edge gets its own point along the node's side.
  const edges: { p: ReportProvider; o: ReportOffender; from: Box; to: Box }[] = [];
  for (const { o, box } of offenders) {
    for (const u of new Set(o.uses)) {
      const i = providerIndex.get(u);
      if (i !== undefined) {
        edges.push({ p: r.providers[i], o, from: providers[i], to: box });
      }
    }
  }
  // How many edges meet each box, and each edge's place among them at either end, in
  // edge order: counted once, as a provider helping thousands of offenders has thousands.
  const meeting = new Map<Box, number>();
  const places = edges.map((e) => {
    const from = meeting.get(e.from) ?? 0;
    meeting.set(e.from, from + 1);
    const to = e.to === e.from ? from : meeting.get(e.to) ?? 0;
    if (e.to !== e.from) {
      meeting.set(e.to, to + 1);
    }
    return { from, to };
  });
  const attach = (box: Box, place: number) => box.y + (box.height * (place + 1)) / ((meeting.get(box) ?? 0) + 1);
  const marker = `${options.idPrefix}arrow`;
  const edgeNodes: ViewNode[] = edges.map((e, n) => {
    const level = accompliceLevel(e.p, e.o.id);
    const x1 = e.from.x + NODE_WIDTH;
    const y1 = attach(e.from, places[n].from);
    const x2 = e.to.x - 2;
    const y2 = attach(e.to, places[n].to);
    const bend = GAP_X / 2;
    const label = labelled(t('report.accompliceShort', locale), levelLabel(level, locale), locale);
    const helps = t('report.helps', locale, { id: e.p.id, of: e.o.id });
    return h('g', { class: `edge level-${level}` },
      // one colon a line in Chinese, as the Markdown report writes it: 甲帮助团伙（第266条）：共犯，● 符合成立条件
      h('title', null, labelled(`${helps}${e.o.offense ? aside(offenseArticle(e.o.offense, locale), locale) : ''}`,
        locale === 'zh-CN' ? `${t('report.accompliceShort', locale)}${comma(locale)}${levelLabel(level, locale)}` : label, locale)),
      h('path', { class: 'edge-line', d: `M${x1} ${y1}C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2} ${y2}`, 'marker-end': `url(#${marker})` }),
      h('text', { class: 'edge-label', x: (x1 + x2) / 2, y: (y1 + y2) / 2 - 5, 'text-anchor': 'middle' }, fit(label, GAP_X - 8)));
  });

  const nodeOf = (b: Box): ViewElement => {
    const textWidth = NODE_WIDTH - PAD * 2 - 18;
    const attrs: Record<string, string | number> = { class: `node ${b.kind} level-${b.level}`, 'data-key': `${b.kind}:${b.id}` };
    if (options.interactive) {
      Object.assign(attrs, { tabindex: 0, role: 'link', 'data-line': b.line, 'aria-label': `${b.label}${aside(t('report.goTo', locale, { line: b.line }), locale)}` });
    }
    return h('g', attrs,
      h('title', null, b.lines.map((l) => balanceBidi(l.text)).join('\n')),
      h('rect', { class: 'node-box', x: b.x, y: b.y, width: NODE_WIDTH, height: b.height, rx: 6 }),
      levelShape(b.level, b.x + NODE_WIDTH - PAD - 6, b.y + PAD + 8),
      b.lines.map((l, i) => h('text', { class: l.cls, x: b.x + PAD, y: b.y + PAD + LINE * i + 13 }, fit(l.text, textWidth))));
  };

  return h('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    class: 'diagram',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: options.interactive ? 'group' : 'img',
    'aria-label': labelled(t('report.whoHelpedWhom', locale), t('report.diagramSummary', locale), locale),
  },
  h('defs', null, h('marker', { id: marker, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' },
    h('path', { class: 'arrow-head', d: 'M0 0L10 5L0 10Z' }))),
  edgeNodes,
  providers.map(nodeOf),
  offenders.map((x) => nodeOf(x.box)));
}
