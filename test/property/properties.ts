/**
 * The properties as plain functions that throw on a violation, shared by the
 * mocha suites (modest, fixed-seed runs) and the fuzz entry (many runs).
 */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatDocument } from '../../server/src/service/formatter';
import { parseText, ParsedCase } from '../../server/src/service/languageService';
import { scan, TokenKind } from '../../server/src/service/scanner';
import { GDoc, render, Style } from './generators';
import { assertDiagnostics, assertParseInvariants, assertScanTiles, conclusionOf, findingKinds } from './support';

// ---------------------------------------------------------------------------
// Property 1: the parser never fails

/** Parses a text and checks every invariant; returns the parse for further asserts. */
export function checkText(text: string, markdown = false) {
  assertScanTiles(text);
  const parsed = parseText(markdown ? 'file:///fuzz.md' : 'file:///fuzz.case', 1, text, markdown);
  assertParseInvariants(parsed, text);
  assertDiagnostics(parsed, text);
  return parsed;
}


// ---------------------------------------------------------------------------
// Property 4: the analysis is total and spelling-blind

const LEVELS = ['liable', 'possible', 'none', 'not-assessed'];
const CIVIL = ['exposed', 'undetermined', 'none', 'not-assessed'];

/** Throws unless a generated document parses cleanly and concludes for every provider. */
export function checkTotal(d: GDoc, text: string, noise: boolean): ParsedCase {
  const parsed = parseText('file:///gen.case', 1, text, false);
  const syntax = parsed.findings.filter((f) => f.code === 'syntax');
  if (syntax.length > 0) {
    throw new Error(`a generated document has syntax problems: ${JSON.stringify(syntax.map((f) => [f.message.id, text.slice(f.offset, f.offset + f.length + 10)]))}`);
  }
  if (!noise) {
    const unknown = parsed.findings.filter((f) => f.code.startsWith('unknown-'));
    if (unknown.length > 0) {
      throw new Error(`valid words reported unknown: ${JSON.stringify(unknown.map((f) => text.slice(f.offset, f.offset + f.length)))}`);
    }
  }
  const ids = parsed.analysis.providers.map((p) => p.id);
  assert.deepStrictEqual(ids, d.providerIds, 'one conclusion per provider, in order');
  for (const p of parsed.analysis.providers) {
    assert.ok(LEVELS.includes(p.criminal.level), `criminal level ${p.criminal.level}`);
    assert.ok(CIVIL.includes(p.civil.level), `civil level ${p.civil.level}`);
    assert.ok(p.criminal.reasons.length > 0 || p.criminal.offenses.length > 0, `no reason for ${p.id}'s criminal level`);
    assert.ok(p.civil.reasons.length > 0, `no reason for ${p.id}'s civil level`);
    assert.strictEqual(p.criminal.controlling === null, p.criminal.offenses.length === 0, 'controlling offense iff an offense');
    assert.strictEqual(parsed.analysis.byId(p.id)?.id, p.id);
  }
  return parsed;
}

/** Throws unless two renderings of one document conclude the same. */
export function checkSame(d: GDoc, a: Style, b: Style, noise: boolean): void {
  const ta = render(d, a);
  const tb = render(d, b);
  const pa = checkTotal(d, ta, noise);
  const pb = checkTotal(d, tb, noise);
  assert.deepStrictEqual(
    pb.analysis.providers.map(conclusionOf),
    pa.analysis.providers.map(conclusionOf),
    `conclusions differ between\n${ta}\n---- and ----\n${tb}`,
  );
  assert.deepStrictEqual(findingKinds(pb), findingKinds(pa), `findings differ between\n${ta}\n---- and ----\n${tb}`);
}


// ---------------------------------------------------------------------------
// Property 3: the formatter loses nothing

/** Whitespace as the scanner knows it, and line breaks. */
const WHITESPACE = /[ \t\v\f\u00a0\u3000\ufeff\u2000-\u200b\u202f\u205f\u1680\r\n]/g;

/** Formats a text once. */
export function format(text: string, markdown = false): string {
  const uri = markdown ? 'file:///fmt.md' : 'file:///fmt.case';
  const document = TextDocument.create(uri, markdown ? 'markdown' : 'casefacts', 1, text);
  const parsed = parseText(uri, 1, text, markdown);
  return TextDocument.applyEdits(document, formatDocument(document, parsed));
}

/** The tokens of a text without line breaks, comments without trailing blanks. */
function tokens(text: string, markdown: boolean): string[] {
  const caseText = markdown ? parseText('file:///t.md', 1, text, true).text : text;
  return scan(caseText)
    .filter((t) => t.kind !== TokenKind.Newline)
    .map((t) => `${t.kind}:${t.kind === TokenKind.Comment ? t.value.replace(WHITESPACE, '') : t.value}`);
}

/** Throws unless formatting a text is lossless, meaning-preserving and idempotent. */
export function checkFormat(text: string, markdown = false): void {
  const once = format(text, markdown);
  const strip = (s: string) => s.replace(WHITESPACE, '');
  if (strip(once) !== strip(text)) {
    throw new Error(`formatting changed the non-whitespace characters of\n${JSON.stringify(text)}\ninto\n${JSON.stringify(once)}`);
  }
  assert.deepStrictEqual(tokens(once, markdown), tokens(text, markdown), `formatting changed the tokens of\n${JSON.stringify(text)}\ninto\n${JSON.stringify(once)}`);
  const twice = format(once, markdown);
  assert.strictEqual(twice, once, `formatting twice changed more:\n${JSON.stringify(text)}`);
  const a = parseText('file:///a', 1, text, markdown);
  const b = parseText('file:///b', 1, once, markdown);
  assert.deepStrictEqual(findingKinds(b), findingKinds(a), `formatting changed the findings of\n${JSON.stringify(text)}`);
  assert.deepStrictEqual(b.analysis.providers.map(conclusionOf), a.analysis.providers.map(conclusionOf));
}

