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
interface Edit {
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

const LINE_BREAK = /[\r\n]/;
/** Characters whose insertion or removal could end, open or escape a string. */
const STRING_BREAKERS = /[\r\n"“”「」\\]/;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Moves a range across the edit: after it, shift; across it, stretch. */
function moved(offset: number, length: number, e: Edit): { offset: number; length: number } {
  if (offset >= e.oldEnd) {
    return { offset: offset + e.delta, length };
  }
  if (offset + length >= e.oldEnd) {
    return { offset, length: length + e.delta };
  }
  return { offset, length };
}

function shiftInPlace(node: { offset: number; length: number }, e: Edit): void {
  const m = moved(node.offset, node.length, e);
  const n = node as Mutable<typeof node>;
  n.offset = m.offset;
  n.length = m.length;
}

function shiftToken(t: Token | undefined, e: Edit): void {
  if (t) {
    shiftInPlace(t as Mutable<Token>, e);
  }
}

function shiftTree(doc: CaseDocument, e: Edit): void {
  for (const b of doc.blocks) {
    shiftBlock(b, e);
  }
  for (const c of doc.comments) {
    shiftToken(c, e);
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
  b.header.forEach((t) => shiftToken(t, e));
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
  st.values.forEach((t) => shiftToken(t, e));
  shiftToken(st.note, e);
}

function shiftFinding(f: Finding, e: Edit): Finding {
  const m = moved(f.offset, f.length, e);
  const related = f.related?.map((r): Related => ({ ...r, ...moved(r.offset, r.length, e) }));
  return { ...f, offset: m.offset, length: m.length, ...(related ? { related } : {}) };
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
 * `prev` is consumed: its tree is shifted in place.
 */
export function reparse(prev: ParsedCase, version: number, raw: string): ParsedCase | undefined {
  const { text, regions } = prev.markdown ? extractCase(raw) : { text: raw, regions: prev.regions };
  const e = diffSpan(prev.text, text);
  if (!e) {
    return { ...prev, version, regions };
  }
  if (prev.markdown && !sameRegions(prev.regions, regions, e)) {
    return undefined;
  }
  const removed = prev.text.slice(e.start, e.oldEnd);
  const inserted = text.slice(e.start, e.newEnd);
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
  const doc: CaseDocument = { text, blocks: prev.doc.blocks, comments: prev.doc.comments, syntax: prev.doc.syntax };
  return { ...prev, version, text, regions, doc, findings: prev.findings.map((f) => shiftFinding(f, e)) };
}
