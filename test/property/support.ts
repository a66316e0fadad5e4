/**
 * Shared by the property tests and the fuzz entry: run counts, the fixed seed,
 * the acceptance briefs, and the invariants every parse must keep.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ProviderConclusion } from '../../server/src/service/doctrine/analysis';
import { findingsToDiagnostics, ParsedCase } from '../../server/src/service/languageService';
import { scan, TokenKind } from '../../server/src/service/scanner';

export const ROOT = path.resolve(__dirname, '..', '..');

/** The seed every property runs with, so a failure replays; override with CASEFACTS_FUZZ_SEED. */
export const SEED = Number(process.env.CASEFACTS_FUZZ_SEED ?? 20250601);

/**
 * Runs per property: modest in the normal suite; CASEFACTS_FUZZ_RUNS raises
 * (or lowers) every property's count at once.
 */
export function runs(normal: number): number {
  const env = process.env.CASEFACTS_FUZZ_RUNS;
  const n = env ? Number(env) : NaN;
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : normal;
}

export function params<T>(normal: number): fc.Parameters<T> {
  return { seed: SEED, numRuns: runs(normal), endOnFailure: false };
}

function readDir(dir: string, ext: RegExp): { name: string; text: string }[] {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs.readdirSync(dir)
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** The acceptance briefs (shared/acceptance/cases) and the repository's examples. */
export const EXAMPLES: readonly { name: string; text: string }[] = [
  ...readDir(path.resolve(ROOT, '..', 'shared', 'acceptance', 'cases'), /\.case$/),
  ...readDir(path.join(ROOT, 'examples'), /\.case$/),
];

/** Markdown briefs with case blocks, from the examples. */
export const MARKDOWN_EXAMPLES: readonly { name: string; text: string }[] = readDir(path.join(ROOT, 'examples'), /\.md$/);

if (EXAMPLES.length === 0) {
  throw new Error('no example briefs found (shared/acceptance/cases or examples/)');
}

const isSpace = (c: number) =>
  c === 32 || c === 9 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x3000 || c === 0xfeff ||
  (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x1680;

/**
 * Throws (with a message fit for a failing property) unless the scanner's
 * tokens tile the text: in order, inside it, and only whitespace between.
 */
export function assertScanTiles(text: string): void {
  const tokens = scan(text);
  let pos = 0;
  for (const t of tokens) {
    if (t.offset < pos || t.length < 0 || t.offset + t.length > text.length) {
      throw new Error(`token ${t.kind} at ${t.offset}+${t.length} overlaps or leaves the text (pos ${pos}, length ${text.length})`);
    }
    for (let i = pos; i < t.offset; i++) {
      if (!isSpace(text.charCodeAt(i))) {
        throw new Error(`character ${JSON.stringify(text[i])} at ${i} belongs to no token`);
      }
    }
    if (t.kind !== TokenKind.EOF && t.length === 0) {
      throw new Error(`empty token ${t.kind} at ${t.offset}`);
    }
    pos = t.offset + t.length;
  }
  const last = tokens[tokens.length - 1];
  if (last.kind !== TokenKind.EOF || last.offset !== text.length) {
    throw new Error('the token stream does not end with EOF at the end of the text');
  }
}

function inside(what: string, offset: number, length: number, from: number, to: number): void {
  if (!(Number.isInteger(offset) && Number.isInteger(length) && length >= 0 && offset >= from && offset + length <= to)) {
    throw new Error(`${what} at ${offset}+${length} is not inside [${from}, ${to}]`);
  }
}

/**
 * Throws unless a parse keeps its promises: every node and finding inside the
 * text, statements inside their blocks, values inside their statements, and
 * for Markdown every finding inside a case block.
 */
export function assertParseInvariants(parsed: ParsedCase, raw: string): void {
  const n = raw.length;
  if (parsed.text.length !== n) {
    throw new Error(`case text length ${parsed.text.length} differs from the document's ${n}`);
  }
  const doc = parsed.doc;
  if (!Array.isArray(doc.blocks) || !Array.isArray(doc.syntax)) {
    throw new Error('no tree');
  }
  for (const b of doc.blocks) {
    inside('block', b.offset, b.length, 0, n);
    inside('block keyword', b.keyword.offset, b.keyword.length, b.offset, b.offset + b.length);
    for (const h of b.header) {
      inside('header word', h.offset, h.length, b.offset, b.offset + b.length);
    }
    for (const st of b.statements) {
      inside('statement', st.offset, st.length, b.offset, b.offset + b.length);
      for (const v of st.values) {
        inside('value', v.offset, v.length, st.offset, st.offset + st.length);
      }
      if (st.note) {
        inside('note', st.note.offset, st.note.length, st.offset, st.offset + st.length);
      }
    }
  }
  const regions = parsed.regions;
  for (const f of parsed.findings) {
    inside(`finding ${f.code}`, f.offset, f.length, 0, n);
    for (const r of f.related ?? []) {
      inside(`related of ${f.code}`, r.offset, r.length, 0, n);
    }
    if (parsed.markdown && !regions.some((r) => f.offset >= r.start && f.offset + f.length <= r.end)) {
      throw new Error(`finding ${f.code} at ${f.offset}+${f.length} lies outside every case block`);
    }
    if (typeof f.code !== 'string' || !f.message || typeof f.message.id !== 'string') {
      throw new Error(`finding without code or message: ${JSON.stringify(f)}`);
    }
  }
  if (parsed.analysis.providers.length !== parsed.model.providers.length) {
    throw new Error(`${parsed.model.providers.length} providers but ${parsed.analysis.providers.length} conclusions`);
  }
}

const before = (a: { line: number; character: number }, b: { line: number; character: number }) =>
  a.line < b.line || (a.line === b.line && a.character <= b.character);

/** Throws unless every diagnostic range lies inside the document with start ≤ end. */
export function assertDiagnosticRanges(diagnostics: readonly Diagnostic[], document: TextDocument): void {
  const end = document.positionAt(document.getText().length);
  const check = (what: string, r: Diagnostic['range']) => {
    if (!before({ line: 0, character: 0 }, r.start) || !before(r.start, r.end) || !before(r.end, end)) {
      throw new Error(`${what} range ${JSON.stringify(r)} is not inside the document (end ${JSON.stringify(end)})`);
    }
    for (const p of [r.start, r.end]) {
      if (document.positionAt(document.offsetAt(p)).character !== p.character) {
        throw new Error(`${what} position ${JSON.stringify(p)} is past its line's end`);
      }
    }
  };
  for (const d of diagnostics) {
    check(`diagnostic ${String(d.code)}`, d.range);
    if (typeof d.message !== 'string' || d.message.length === 0) {
      throw new Error(`diagnostic ${String(d.code)} without a message`);
    }
    for (const r of d.relatedInformation ?? []) {
      check(`related of ${String(d.code)}`, r.location.range);
    }
  }
}

/** Diagnostics of a parse in both locales, checked. */
export function assertDiagnostics(parsed: ParsedCase, raw: string): void {
  const document = TextDocument.create(parsed.uri, parsed.markdown ? 'markdown' : 'casefacts', 1, raw);
  for (const locale of ['en', 'zh-CN'] as const) {
    const diagnostics = findingsToDiagnostics(parsed, document, { locale });
    assertDiagnosticRanges(diagnostics, document);
    assertOneMessagePerMistake(diagnostics);
  }
}

/**
 * One mistake, one diagnostic: no two of a code at one range, and a value that does not
 * count (too-many-values) is not also an unknown value.
 */
function assertOneMessagePerMistake(diagnostics: readonly Diagnostic[]): void {
  const at = new Map<string, Set<string>>();
  for (const d of diagnostics) {
    const place = JSON.stringify(d.range);
    const codes = at.get(place) ?? new Set<string>();
    const code = String(d.code);
    if (codes.has(code)) {
      assert.fail(`two ${code} diagnostics at ${place}: ${diagnostics.filter((x) => JSON.stringify(x.range) === place).map((x) => x.message).join(' | ')}`);
    }
    codes.add(code);
    at.set(place, codes);
    assert.ok(!(codes.has('too-many-values') && codes.has('unknown-value')), `too-many-values and unknown-value at ${place}`);
  }
}

/** A conclusion without its links into the tree (tokens, offsets): what the facts decide. */
export function conclusionOf(c: ProviderConclusion): unknown {
  const { provider: _provider, ...rest } = c;
  void _provider;
  return JSON.parse(JSON.stringify(rest));
}

/** What a user is told, independent of where it was written: codes and message ids of the findings. */
export function findingKinds(parsed: ParsedCase): string[] {
  return parsed.findings.map((f) => `${f.code} ${f.message.id}`).sort();
}

/** Mocha's timeout for a property suite: the normal one, or none when CASEFACTS_FUZZ_RUNS raises the counts. */
export const SUITE_TIMEOUT = process.env.CASEFACTS_FUZZ_RUNS ? 0 : 60_000;
