/**
 * The report as a tree of elements: built once here, then either serialised to
 * escaped HTML (the standalone report, `analyze --format html`) or sent as data
 * to the editor's webview, whose script turns it into DOM nodes with
 * `textContent` and patches the page in place. Text from the file only ever
 * sits in text nodes and plain attributes; both ends accept only the tags and
 * attributes listed here, so neither can be talked into markup or script.
 */
import { DOCS_BASE_URL } from '../rules/meta';
import { balanceBidi } from './bidi';
import { showControls } from './controls';

export interface ViewElement {
  readonly tag: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly children?: readonly ViewNode[];
}

/** A string is a text node. */
export type ViewNode = ViewElement | string;

export const HTML_TAGS: readonly string[] = [
  'div', 'section', 'header', 'footer', 'nav', 'h1', 'h2', 'h3', 'h4', 'p', 'span', 'small', 'strong', 'em', 'code',
  'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'ul', 'ol', 'li', 'a', 'button', 'figure', 'figcaption',
  'blockquote', 'q', 'dl', 'dt', 'dd', 'br',
];

export const SVG_TAGS: readonly string[] = [
  'svg', 'g', 'rect', 'circle', 'path', 'text', 'tspan', 'title', 'desc', 'defs', 'marker', 'line', 'polygon',
];

/**
 * Attribute names either end writes. No `on…` handler, no `style` (the CSP
 * forbids it), no `src`; `href` only to the rule docs or a fragment.
 */
export const ATTRIBUTES: readonly string[] = [
  'class', 'id', 'lang', 'dir', 'title', 'role', 'tabindex', 'scope', 'colspan', 'rowspan', 'href', 'rel', 'target',
  'type', 'hidden', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden', 'aria-live', 'aria-current',
  'data-line', 'data-column', 'data-command', 'data-key',
  'xmlns', 'viewBox', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'd', 'points',
  'dx', 'dy', 'text-anchor', 'dominant-baseline', 'marker-end', 'markerWidth', 'markerHeight', 'refX', 'refY',
  'orient', 'markerUnits', 'preserveAspectRatio', 'focusable',
];

const TAGS = new Set([...HTML_TAGS, ...SVG_TAGS]);
const ATTRS = new Set(ATTRIBUTES);

/** Whether an `href` may appear: a rule's doc page (no traversal, no query), or a fragment. */
export function safeHref(href: string): boolean {
  return /^#[A-Za-z0-9_-]*$/.test(href) || (href.startsWith(DOCS_BASE_URL) && /^[a-z0-9-]+\.md$/.test(href.slice(DOCS_BASE_URL.length)));
}

/** A child as `h` takes it: dropped when `false`, `null` or `undefined`, a list's nodes each. */
type Child = ViewNode | readonly ViewNode[] | false | null | undefined;

/** Adds a child to `kids` as `h` keeps it, its texts' bidi controls balanced. */
function keep(kids: ViewNode[], c: Child): void {
  if (c === false || c === null || c === undefined) {
    return;
  }
  if (Array.isArray(c)) {
    kids.push(...(c as readonly ViewNode[]).map((k) => (typeof k === 'string' ? balanceBidi(k) : k)));
  } else {
    kids.push(typeof c === 'string' ? balanceBidi(c) : c as ViewNode);
  }
}

/**
 * Builds an element; `false`, `null` and `undefined` children are dropped. Texts and attribute
 * values have their bidi controls balanced (bidi.ts), so text from the file cannot reorder
 * what follows it, on the standalone page or in the webview.
 */
export function h(tag: string, attrs?: Record<string, string | number | undefined> | null, ...children: Child[]): ViewElement {
  const a: Record<string, string> = {};
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v !== undefined) {
      a[k] = balanceBidi(String(v));
    }
  }
  const kids: ViewNode[] = [];
  for (const c of children) {
    keep(kids, c);
  }
  return kids.length > 0 ? { tag, attrs: a, children: kids } : { tag, attrs: a };
}

/**
 * An element to be written in pieces: its tag and attributes (`element`, without children),
 * and its children made one by one as they are asked for, each a node or such an element
 * again. The standalone page of a long brief is written so (`htmlPieces`): a provider's section
 * is made, written and let go before the next is made. `wholeElement` is the element it stands for.
 */
export interface ElementInParts {
  readonly element: ViewElement;
  readonly children: Iterable<ViewPart>;
}

export type ViewPart = ViewNode | ElementInParts;

const isInParts = (part: ViewPart): part is ElementInParts => typeof part !== 'string' && 'element' in part;

/**
 * `h`, but with the children that `children` makes when the element is written (or made
 * whole), each taken as `h` takes a child; an element in parts among them stays in parts.
 */
export function hInParts(tag: string, attrs: Record<string, string | number | undefined> | null, children: () => Iterable<Child | ElementInParts>): ElementInParts {
  return {
    element: h(tag, attrs),
    children: {
      *[Symbol.iterator]() {
        for (const c of children()) {
          if (typeof c === 'object' && c !== null && !Array.isArray(c) && isInParts(c as ViewPart)) {
            yield c as ElementInParts;
          } else {
            const kids: ViewNode[] = [];
            keep(kids, c as Child);
            yield* kids;
          }
        }
      },
    },
  };
}

/** An element built whole, to be written child by child (a diagram of thousands of nodes). */
export function childByChild(element: ViewElement): ElementInParts {
  return { element: { tag: element.tag, attrs: element.attrs }, children: element.children ?? [] };
}

/** The element an element in parts stands for, every child made (what `h` would have built). */
export function wholeElement(part: ViewPart): ViewNode {
  if (!isInParts(part)) {
    return part;
  }
  const kids = [...part.children].map(wholeElement);
  const { tag, attrs } = part.element;
  return kids.length > 0 ? { tag, attrs, children: kids } : { tag, attrs };
}

/**
 * Asked between two parts of a long page or report: a promise to wait for when the time slice
 * is spent (the server then answers what came in meanwhile), else undefined, to go on at once.
 */
export type Pause = () => Promise<void> | undefined;

/**
 * `wholeElement`, with `pause` asked after each child of an element in parts: when it returns
 * a promise (its time slice spent), the making waits for it, and the server answers what came
 * in meanwhile (a completion, a hover) before the rest of a long page is made. A promise that
 * rejects ends the making with its error.
 */
export async function wholeElementInSlices(part: ViewPart, pause: Pause): Promise<ViewNode> {
  if (!isInParts(part)) {
    return part;
  }
  const kids: ViewNode[] = [];
  for (const child of part.children) {
    kids.push(isInParts(child) ? await wholeElementInSlices(child, pause) : child);
    const waiting = pause();
    if (waiting) {
      await waiting;
    }
  }
  const { tag, attrs } = part.element;
  return kids.length > 0 ? { tag, attrs, children: kids } : { tag, attrs };
}

/** Text or an attribute value as HTML, its control characters shown (controls.ts). */
export function escapeHtml(s: string): string {
  return showControls(s, true).replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const VOID = new Set(['br']);

/** An element's start tag, its attributes escaped; unknown attributes and unsafe links dropped. */
function startTag(node: ViewElement): string {
  let attrs = '';
  for (const [k, v] of Object.entries(node.attrs ?? {})) {
    if (!ATTRS.has(k) || (k === 'href' && !safeHref(v))) {
      continue;
    }
    attrs += ` ${k}="${escapeHtml(v)}"`;
  }
  return `<${node.tag}${attrs}>`;
}

/** Serialises a tree to HTML, escaping every text and attribute; unknown tags and attributes are dropped. */
export function toHtml(node: ViewNode): string {
  if (typeof node === 'string') {
    return escapeHtml(node);
  }
  const children = (node.children ?? []).map(toHtml).join('');
  if (!TAGS.has(node.tag)) {
    return children;
  }
  return VOID.has(node.tag) ? startTag(node) : `${startTag(node)}${children}</${node.tag}>`;
}

/**
 * The HTML of `toHtml(wholeElement(part))` in pieces: an element in parts as its start tag,
 * its children's pieces as each child is made, and its end tag; any other node whole.
 */
export function* htmlPieces(part: ViewPart): Generator<string, void, undefined> {
  if (!isInParts(part)) {
    yield toHtml(part);
    return;
  }
  const { element } = part;
  const tagged = TAGS.has(element.tag);
  if (tagged) {
    yield startTag(element);
    if (VOID.has(element.tag)) {
      return;
    }
  }
  for (const child of part.children) {
    yield* htmlPieces(child);
  }
  if (tagged) {
    yield `</${element.tag}>`;
  }
}

/** All the text of a tree, as a reader would see it (for tests and labels). */
export function textOf(node: ViewNode): string {
  return typeof node === 'string' ? node : (node.children ?? []).map(textOf).join('');
}

export interface HtmlDocument {
  readonly lang: string;
  /** The Content-Security-Policy, as a meta tag: the page's first line of defence. */
  readonly csp: string;
  readonly title: string;
  readonly css: string;
  /** The nonce of the style and the script (the webview); none for the standalone page. */
  readonly nonce?: string;
  /** The body's markup, already safe (from `toHtml`). */
  readonly body: string;
  readonly script?: string;
}

/** A whole page around a body: the standalone report's and the webview's share this frame. */
export function htmlDocument(d: HtmlDocument): string {
  const [before, after] = htmlAround(d);
  return `${before}${d.body}${after}`;
}

/** What comes before a page's body and what after it (`htmlDocument` in two, the body written in between). */
export function htmlAround(d: Omit<HtmlDocument, 'body'>): [before: string, after: string] {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const nonce = d.nonce !== undefined ? ` nonce="${attr(d.nonce)}"` : '';
  return [`<!DOCTYPE html>
<html lang="${attr(d.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attr(d.csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(balanceBidi(d.title))}</title>
<style${nonce}>${d.css}</style>
</head>
<body>
`, `
${d.script !== undefined ? `<script${nonce}>${d.script}</script>\n` : ''}</body>
</html>
`];
}
