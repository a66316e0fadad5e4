/**
 * Incremental re-analysis for the edits a lawyer makes most while drafting:
 * typing inside a note, a comment, or the prose of a Markdown brief. Such an
 * edit cannot change a single fact, so the tree, the facts, the conclusions
 * and the findings of the previous version stay valid once every offset after
 * the edit is shifted. Any other edit returns `undefined` and the caller
 * parses afresh; a property test holds both paths to the same result.
 */
import type { Block, CaseDocument, Statement, SyntaxProblem } from './ast';
import type { Finding, Related } from './findings';
import type { ParsedCase } from './languageService';
import { extractCase, CaseRegion } from './markdown';
import type { Token } from './scanner';

/** The changed span: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new. */
export interface Edit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
  readonly delta: number;
}

/** The smallest span that differs, by common prefix and suffix. */
export function diffSpan(a: string, b: string): Edit | undefined {
  if (a === b) {
    return undefined;
  }
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) {
    p++;
  }
  let q = 0;
  while (q < max - p && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) {
    q++;
  }
  return { start: p, oldEnd: a.length - q, newEnd: b.length - q, delta: b.length - a.length };
}

/**
 * One span covering two edits made one after the other (`second` is in the
 * coordinates of the text `first` produced). The server composes the edits of
 * the versions between two validations, so the service need not diff the texts.
 */
export function composeEdits(first: Edit, second: Edit): Edit {
  // The end of the covered span in the coordinates between the two edits.
  const mid = Math.max(first.newEnd, second.oldEnd);
  const start = Math.min(first.start, second.start);
  const oldEnd = mid - first.delta;
  const newEnd = mid + second.delta;
  return { start, oldEnd, newEnd, delta: newEnd - oldEnd };
}

const LINE_BREAK = /[\r\n]/;
/** Characters whose insertion or removal could end, open or escape a string. */
const STRING_BREAKERS = /[\r\n"“”「」\\]/;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Moves a node across the edit, in place: after it, shift; across it, stretch. */
function shiftInPlace(node: { offset: number; length: number }, e: Edit): void {
  const n = node as Mutable<typeof node>;
  if (n.offset >= e.oldEnd) {
    n.offset += e.delta;
  } else if (n.offset + n.length >= e.oldEnd) {
    n.length += e.delta;
  }
}

function shiftToken(t: Token | undefined, e: Edit): void {
  if (t) {
    shiftInPlace(t as Mutable<Token>, e);
  }
}

/** The index of the first node of a sorted, non-overlapping list that ends at or after `offset`. */
function firstEndingAtOrAfter(list: readonly { offset: number; length: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].offset + list[mid].length < offset) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** Shifts the nodes the edit can move; the blocks and comments wholly before it stay as they are. */
function shiftTree(doc: CaseDocument, e: Edit): void {
  for (let i = firstEndingAtOrAfter(doc.blocks, e.start); i < doc.blocks.length; i++) {
    shiftBlock(doc.blocks[i], e);
  }
  for (let i = firstEndingAtOrAfter(doc.comments, e.start); i < doc.comments.length; i++) {
    shiftToken(doc.comments[i], e);
  }
  for (const p of doc.syntax) {
    shiftInPlace(p as Mutable<SyntaxProblem>, e);
  }
}

function shiftBlock(b: Block, e: Edit): void {
  const headerEnd = b.headerEnd;
  shiftInPlace(b as Mutable<Block>, e);
  b.headerEnd = headerEnd >= e.oldEnd ? headerEnd + e.delta : headerEnd;
  shiftToken(b.keyword, e);
  for (const t of b.header) {
    shiftToken(t, e);
  }
  shiftToken(b.open, e);
  shiftToken(b.close, e);
  for (const st of b.statements) {
    shiftStatement(st, e);
  }
}

function shiftStatement(st: Statement, e: Edit): void {
  shiftInPlace(st as Mutable<Statement>, e);
  shiftToken(st.key, e);
  shiftToken(st.colon, e);
  for (const t of st.values) {
    shiftToken(t, e);
  }
  shiftToken(st.note, e);
}

/**
 * Shifts findings and their related ranges in place, so that their identity
 * survives the edit (findingsToDiagnostics reuses what it built for them).
 * A range object two findings share is moved once.
 */
function shiftFindings(findings: readonly Finding[], e: Edit): void {
  const moved = new Set<object>();
  const once = (node: { offset: number; length: number }) => {
    if (!moved.has(node)) {
      moved.add(node);
      shiftInPlace(node, e);
    }
  };
  for (const f of findings) {
    once(f as Mutable<Finding>);
    for (const r of f.related ?? []) {
      once(r as Mutable<Related>);
    }
  }
}

/** The last element of a sorted-by-offset list starting at or before `offset`. */
function lastAtOrBefore<T extends { offset: number }>(list: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = list.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].offset <= offset) {
      found = list[mid];
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The comment whose text (after `#` or `//`) holds the whole edit. */
function commentHolding(doc: CaseDocument, e: Edit): Token | undefined {
  const c = lastAtOrBefore(doc.comments, e.start);
  if (!c) {
    return undefined;
  }
  const lead = c.value.startsWith('//') ? 2 : 1;
  return e.start >= c.offset + lead && e.oldEnd <= c.offset + c.length ? c : undefined;
}

/** The note string whose content (inside its quotes) holds the whole edit. */
function noteHolding(doc: CaseDocument, oldText: string, e: Edit): Token | undefined {
  const block = lastAtOrBefore(doc.blocks, e.start);
  const st = block ? lastAtOrBefore(block.statements, e.start) : undefined;
  const note = st?.note;
  if (!note) {
    return undefined;
  }
  const end = note.offset + note.length - (note.unterminated ? 0 : 1);
  if (e.start < note.offset + 1 || e.oldEnd > end) {
    return undefined;
  }
  // An escape inside an ASCII string makes the value differ from the source: leave it to a full parse.
  return oldText.charCodeAt(note.offset) === 0x22 && oldText.slice(note.offset, note.offset + note.length).includes('\\')
    ? undefined
    : note;
}

function sameRegions(before: readonly CaseRegion[], after: readonly CaseRegion[], e: Edit): boolean {
  if (before.length !== after.length) {
    return false;
  }
  return before.every((r, i) => {
    const start = r.start >= e.oldEnd ? r.start + e.delta : r.start;
    const end = r.end >= e.oldEnd ? r.end + e.delta : r.end;
    return after[i].start === start && after[i].end === end;
  });
}

/**
 * The parse of `raw` (version `version`) derived from `prev`, when the edit
 * between them is one that cannot change a fact; otherwise undefined.
 * `prev` is consumed: its tree and findings are shifted in place.
 * `hint`, when given, is the span the edits between the two versions covered
 * (composed by the server from didChange); without it the texts are compared.
 */
export function reparse(prev: ParsedCase, version: number, raw: string, hint?: Edit): ParsedCase | undefined {
  const { text, regions } = prev.markdown ? extractCase(raw) : { text: raw, regions: prev.regions };
  const e = hint && text.length === prev.text.length + hint.delta && hint.start >= 0 && hint.newEnd <= text.length
    ? hint
    : diffSpan(prev.text, text);
  if (!e) {
    return { ...prev, version, regions };
  }
  if (prev.markdown && !sameRegions(prev.regions, regions, e)) {
    return undefined;
  }
  const removed = prev.text.slice(e.start, e.oldEnd);
  const inserted = text.slice(e.start, e.newEnd);
  if (e === hint && removed === inserted) {
    // The client replaced a span with the same text: nothing changed.
    return { ...prev, version, text, regions };
  }
  const inBlank = prev.markdown && prev.regions.every((r) => e.oldEnd < r.start || e.start > r.end);
  let token: Token | undefined;
  let isComment = false;
  if (inBlank) {
    // Lines added or removed in the prose would make "already defined on line N" stale.
    if ((LINE_BREAK.test(removed) || LINE_BREAK.test(inserted)) && prev.findings.some((f) => f.code === 'duplicate-id')) {
      return undefined;
    }
  } else {
    if (LINE_BREAK.test(removed) || LINE_BREAK.test(inserted)) {
      return undefined;
    }
    token = commentHolding(prev.doc, e);
    isComment = token !== undefined;
    if (!token) {
      if (STRING_BREAKERS.test(removed) || STRING_BREAKERS.test(inserted)) {
        return undefined;
      }
      token = noteHolding(prev.doc, prev.text, e);
    }
    if (!token) {
      return undefined;
    }
  }
  shiftTree(prev.doc, e);
  if (token) {
    const t = token as Mutable<Token>;
    const source = text.slice(t.offset, t.offset + t.length);
    // A comment's value is its text; a note's, its content between the quotes.
    t.value = isComment ? source : source.slice(1, token.unterminated ? undefined : -1);
  }
  shiftFindings(prev.findings, e);
  const doc: CaseDocument = { text, blocks: prev.doc.blocks, comments: prev.doc.comments, syntax: prev.doc.syntax };
  return { ...prev, version, text, regions, doc };
}
