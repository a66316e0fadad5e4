/**
 * Incremental re-analysis for the edits a lawyer makes most while drafting:
 * typing inside a note, a comment, or the prose of a Markdown brief. Such an
 * edit cannot change a single fact, so the tree, the facts, the conclusions
 * and the findings of the previous version stay valid once every offset after
 * the edit is shifted. An edit to the facts inside one closed block re-reads
 * that block alone, and the analysis keeps what it found for the rest. Any
 * other edit returns `undefined` and the caller parses afresh; a property
 * test holds both paths to the same result.
 */
import type { Block, CaseDocument, Statement, SyntaxProblem } from './ast';
import type { Finding, Related } from './findings';
import type { ParsedCase } from './languageService';
import { extractCase, CaseRegion, ExtractedCase, updateCase, UpdatedCase } from './markdown';
import { partitionPoint } from './lists';
import { lazyDocument, nextVersion } from './parsedCase';
import { parse } from './parser';
import { stringSource, TextSource } from './pieceDocument';
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
/** What ends the scan for a string in reversed quotes (`”n“`) from a `”` before it on its line. */
const REVERSED_BOUNDS = /["“”「」{}｛｝]/;

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
  return partitionPoint(list.length, (i) => list[i].offset + list[i].length < offset);
}

/** Shifts the nodes the edit can move; the blocks and comments wholly before it stay as they are. */
function shiftTree(doc: CaseDocument, e: Edit): void {
  const blocks = doc.blocks;
  let i = firstEndingAtOrAfter(blocks, e.start);
  for (; i < blocks.length && blocks[i].offset < e.oldEnd; i++) {
    shiftBlock(blocks[i], e);
  }
  // every node of a block after the edit moves by the same delta: no test per node
  for (; i < blocks.length; i++) {
    moveBlock(blocks[i], e.delta);
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

/** Moves a block that lies wholly after an edit, and everything in it, by `delta`. */
function moveBlock(b: Block, delta: number): void {
  const m = b as Mutable<Block>;
  m.offset += delta;
  m.headerEnd += delta;
  (b.keyword as Mutable<Token>).offset += delta;
  const header = b.header;
  for (let i = 0; i < header.length; i++) {
    (header[i] as Mutable<Token>).offset += delta;
  }
  if (b.open) {
    (b.open as Mutable<Token>).offset += delta;
  }
  if (b.close) {
    (b.close as Mutable<Token>).offset += delta;
  }
  const statements = b.statements;
  for (let i = 0; i < statements.length; i++) {
    const st = statements[i] as Mutable<Statement>;
    st.offset += delta;
    (st.key as Mutable<Token>).offset += delta;
    if (st.colon) {
      (st.colon as Mutable<Token>).offset += delta;
    }
    const values = st.values;
    for (let j = 0; j < values.length; j++) {
      (values[j] as Mutable<Token>).offset += delta;
    }
    if (st.note) {
      (st.note as Mutable<Token>).offset += delta;
    }
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
 * The list holds each finding once; a related range two findings share is
 * moved once (only those the edit moves are tracked: the others stay as they are).
 */
function shiftFindings(findings: readonly Finding[], e: Edit): void {
  let moved: Set<Related> | undefined;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    shiftInPlace(f as Mutable<Finding>, e);
    const related = f.related;
    if (!related) {
      continue;
    }
    for (let j = 0; j < related.length; j++) {
      const r = related[j];
      if (r.offset + r.length < e.oldEnd) {
        continue; // wholly before the edit
      }
      moved ??= new Set();
      if (!moved.has(r)) {
        moved.add(r);
        shiftInPlace(r as Mutable<Related>, e);
      }
    }
  }
}

/** The last element of a sorted-by-offset list starting at or before `offset`. */
function lastAtOrBefore<T extends { offset: number }>(list: readonly T[], offset: number): T | undefined {
  const i = lastIndexAtOrBefore(list, offset);
  return i < 0 ? undefined : list[i];
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
function noteHolding(doc: CaseDocument, oldText: TextSource, e: Edit): Token | undefined {
  const block = lastAtOrBefore(doc.blocks, e.start);
  const st = block ? lastAtOrBefore(block.statements, e.start) : undefined;
  const note = st?.note;
  // a brace typed in reversed quotes (`”…“`) ends the string there (scanner.ts); a string
  // with no value before it is read as the value written in quotes (unknown-value says
  // which, checks.ts), so its text is not only a note
  if (!note || note.reversed || st.values.length === 0) {
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

/** The index of the last node of a sorted list that starts at or before `offset` (-1 if none). */
function lastIndexAtOrBefore(list: readonly { offset: number }[], offset: number): number {
  return partitionPoint(list.length, (i) => list[i].offset <= offset) - 1;
}

/** The index of the first node of a sorted list that starts at or after `offset`. */
function firstAtOrAfter(list: readonly { offset: number }[], offset: number): number {
  return partitionPoint(list.length, (i) => list[i].offset < offset);
}

/** Whether only spaces and tabs stand between the start of its line and `offset` (as for a block keyword). */
function startsLine(text: TextSource, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      return true;
    }
    if (c !== 0x20 && c !== 0x09) {
      return false;
    }
  }
  return true;
}

/**
 * The tree of the new text when the edit falls inside one closed block: that
 * block alone is parsed again, from its keyword to its closing brace, and put
 * in place of the old one; the rest of the tree is shifted. A block is parsed
 * the same alone as in the document when its keyword starts a line and it
 * ends at its own closing brace, so the new parse must be exactly one closed
 * block spanning the re-read text; anything else (a brace or a quote that
 * changed the block's extent, a new block keyword at a line start) returns
 * undefined and the caller parses the whole brief. `prev`'s tree is consumed.
 */
function reparseBlock(prev: ParsedCase, text: TextSource, e: Edit): CaseDocument | undefined {
  const { blocks, comments, syntax } = prev.doc;
  const i = lastIndexAtOrBefore(blocks, e.start);
  const b = blocks[i];
  if (!b?.close) {
    return undefined;
  }
  const end = b.offset + b.length;
  if (b.close.offset + b.close.length !== end || e.oldEnd > b.close.offset || !startsLine(text, b.offset)) {
    return undefined;
  }
  // A block before it with an open body and no closing brace ends where this block's keyword
  // stands; if the edit turns the keyword into another word, that block would take these
  // lines in. (A block without a body, as a one-line charge, ends with its header line: it
  // would take in only a `{` starting this block, and then the block read alone is not one.)
  if (i > 0 && blocks[i - 1].open && !blocks[i - 1].close) {
    return undefined;
  }
  // A flat copy: the re-read block's words and notes must not keep this version's whole text alive.
  const source = (' ' + text.slice(b.offset, end + e.delta)).slice(1);
  const part = parse(source);
  const nb = part.blocks[0];
  if (part.blocks.length !== 1 || nb.offset !== 0 || !nb.close || nb.close.offset + nb.close.length !== source.length || nb.length !== source.length) {
    return undefined;
  }
  // The old block's syntax problems must be one run of the list (they are, as the parser reports in order).
  const inBlock = (o: number) => o >= b.offset && o < end;
  const first = syntax.findIndex((p) => inBlock(p.offset));
  let count = 0;
  if (first >= 0) {
    while (first + count < syntax.length && inBlock(syntax[first + count].offset)) {
      count++;
    }
    if (syntax.slice(first + count).some((p) => inBlock(p.offset))) {
      return undefined;
    }
  }
  // Committed: from here the old tree is changed in place.
  const toDocument: Edit = { start: 0, oldEnd: 0, newEnd: b.offset, delta: b.offset };
  shiftBlock(nb, toDocument);
  for (const c of part.comments) {
    shiftToken(c, toDocument);
  }
  for (const p of part.syntax) {
    shiftInPlace(p as Mutable<SyntaxProblem>, toDocument);
  }
  for (let k = i + 1; k < blocks.length; k++) {
    moveBlock(blocks[k], e.delta); // wholly after the edit
  }
  keepTokens(b, nb, e);
  blocks[i] = nb;
  const c0 = firstAtOrAfter(comments, b.offset);
  const c1 = firstAtOrAfter(comments, end);
  for (let k = c1; k < comments.length; k++) {
    shiftToken(comments[k], e);
  }
  comments.splice(c0, c1 - c0, ...part.comments);
  const at = first >= 0 ? first : firstAtOrAfter(syntax, b.offset);
  for (let k = at + count; k < syntax.length; k++) {
    shiftInPlace(syntax[k] as Mutable<SyntaxProblem>, e);
  }
  syntax.splice(at, count, ...part.syntax);
  return lazyDocument(text, blocks, comments, syntax);
}

/**
 * Puts the old block's value tokens back into the block read again, where each is the same
 * word in the same (shifted) place: the checks keep what they found by token (checks.ts), so
 * that a word typed in a `uses` list of 16,000 ids re-checks that word, not every id.
 */
function keepTokens(old: Block, nb: Block, e: Edit): void {
  const olds: Token[] = [];
  for (const st of old.statements) {
    for (const t of st.values) {
      if (t.offset + t.length <= e.start || t.offset >= e.oldEnd) {
        olds.push(t); // the words the edit did not touch
      }
    }
  }
  const moved = (t: Token) => (t.offset >= e.oldEnd ? t.offset + e.delta : t.offset);
  let k = 0;
  for (const st of nb.statements) {
    const values = st.values as Token[];
    for (let j = 0; j < values.length; j++) {
      const t = values[j];
      while (k < olds.length && moved(olds[k]) < t.offset) {
        k++;
      }
      const o = olds[k];
      if (o && moved(o) === t.offset && sameToken(o, t)) {
        (o as Mutable<Token>).offset = t.offset;
        values[j] = o;
        k++;
      }
    }
  }
}

/** Whether two tokens are the same word, but for their offsets (every field scanner.ts sets). */
function sameToken(a: Token, b: Token): boolean {
  return a.kind === b.kind && a.length === b.length && a.value === b.value && a.unterminated === b.unterminated && a.reversed === b.reversed;
}

/** An extracted case text as a source. */
const fresh = (x: ExtractedCase): UpdatedCase => ({ text: stringSource(x.text), regions: x.regions });

/**
 * The parse of `newText` (version `version`; a string, or a source read in slices) derived from `prev`. An edit that
 * cannot change a fact (in a note, a comment, Markdown prose) keeps the
 * analysis and shifts it; an edit inside one closed block re-reads that block,
 * shifts the findings and hands the tree to `analyse`, which keeps the findings
 * of the unchanged blocks; anything else returns undefined and the
 * caller parses afresh. `prev` is consumed: its tree and findings are changed in place.
 * `hint`, when given, is the span the edits between the two versions covered
 * (composed by the server from didChange); without it the texts are compared.
 */
export function reparse(
  prev: ParsedCase,
  version: number,
  newText: string | TextSource,
  hint: Edit | undefined,
  analyse: (doc: CaseDocument, regions: readonly CaseRegion[], caseSource: TextSource) => ParsedCase,
): ParsedCase | undefined {
  const raw = typeof newText === 'string' ? stringSource(newText) : newText;
  const usable = hint && raw.length === prev.source.length + hint.delta && hint.start >= 0 && hint.newEnd <= raw.length ? hint : undefined;
  // A Markdown brief's case text: the last one with the edited span changed, or extracted afresh.
  const md = prev.markdown ? (usable && updateCase(prev, raw, usable)) ?? fresh(extractCase(raw.text)) : undefined;
  const regions = md ? md.regions : prev.regions;
  const caseSource = md?.text;
  const text: TextSource = md ? md.text : raw;
  const prevText = prev.caseSource;
  const e = usable ?? diffSpan(prevText.text, text.text);
  if (!e) {
    return nextVersion(prev, { version, source: raw, caseSource, regions });
  }
  if (prev.markdown && !sameRegions(prev.regions, regions, e)) {
    return undefined;
  }
  const removed = prevText.slice(e.start, e.oldEnd);
  const inserted = text.slice(e.start, e.newEnd);
  if (e === usable && removed === inserted) {
    // The client replaced a span with the same text: nothing changed.
    return nextVersion(prev, { version, source: raw, caseSource, regions });
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
    if (!LINE_BREAK.test(removed) && !LINE_BREAK.test(inserted)) {
      // a quote or brace typed in a comment, or taken out, may pair a reversed `”` before it with
      // a `“` after it, or part them (scanner.ts)
      token = REVERSED_BOUNDS.test(removed) || REVERSED_BOUNDS.test(inserted) ? undefined : commentHolding(prev.doc, e);
      isComment = token !== undefined;
      if (!token && !STRING_BREAKERS.test(removed) && !STRING_BREAKERS.test(inserted)) {
        token = noteHolding(prev.doc, prevText, e);
      }
    }
    if (!token) {
      // An edit to the facts: read the edited block again, then analyse the brief. The
      // analysis keeps the findings of every part the edit did not change (checks.ts,
      // doctrine/findings.ts): they move with the tree, as for an edit to a note.
      const doc = reparseBlock(prev, text, e);
      if (!doc) {
        return undefined;
      }
      shiftFindings(prev.findings, e);
      return analyse(doc, regions, text);
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
  const doc = lazyDocument(text, prev.doc.blocks, prev.doc.comments, prev.doc.syntax);
  return nextVersion(prev, { version, source: raw, caseSource, regions, doc });
}
