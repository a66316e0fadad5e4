/**
 * The properties as plain functions that throw on a violation, shared by the
 * mocha suites (modest, fixed-seed runs) and the fuzz entry (many runs).
 */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatDocument } from '../../server/src/service/formatter';
import { isRefusal, rename } from '../../server/src/service/navigation';
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


// ---------------------------------------------------------------------------
// Property 3 (rename): only the identifier occurrences change

/** Replaces every string equal to `from` in a JSON-like value (ids in conclusions). */
function substitute(x: unknown, from: string, to: string): unknown {
  if (typeof x === 'string') {
    return x === from ? to : x;
  }
  if (Array.isArray(x)) {
    return x.map((v) => substitute(v, from, to));
  }
  if (x && typeof x === 'object') {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, substitute(v, from, to)]));
  }
  return x;
}

/** Offsets where the spec says an id is written: provider/offender/charge first header word, `uses` values. */
export function idOffsets(parsed: ParsedCase, id: string): number[] {
  const out: number[] = [];
  for (const b of parsed.doc.blocks) {
    const first = b.header[0];
    if ((b.spec?.id === 'provider' || b.spec?.id === 'offender' || b.spec?.id === 'charge') && first &&
      first.kind !== TokenKind.String && first.value === id) {
      out.push(first.offset);
    }
    for (const st of b.statements) {
      if (st.spec?.value.type === 'providerRef') {
        out.push(...st.values.filter((v) => v.kind === TokenKind.Word && v.value === id).map((v) => v.offset));
      }
    }
  }
  return out.sort((a, b) => a - b);
}

/**
 * Renames the id whose `n`-th occurrence is picked, from a caret at `caret`
 * characters into it, and throws unless only the id's occurrences changed,
 * the conclusions are the same up to the name, and renaming back restores
 * the text.
 */
export function checkRename(text: string, pick: number, caret: number, newName: string, markdown = false): void {
  const uri = markdown ? 'file:///rename.md' : 'file:///rename.case';
  const document = TextDocument.create(uri, markdown ? 'markdown' : 'casefacts', 1, text);
  const parsed = parseText(uri, 1, text, markdown);
  const ids = [...parsed.model.providers, ...parsed.model.offenders].map((x) => x.idToken);
  if (ids.length === 0) {
    return;
  }
  const target = ids[pick % ids.length];
  const old = target.value;
  if (ids.some((t) => t.value === newName) || old === newName) {
    return;
  }
  const position = document.positionAt(target.offset + Math.min(caret, target.length));
  const result = rename(document, parsed, position, newName);
  if (!result || isRefusal(result)) {
    throw new Error(`renaming ${old} to ${newName} was refused: ${JSON.stringify(result)}`);
  }
  const edits = result.changes?.[uri] ?? [];
  for (const e of edits) {
    const [from, to] = [document.offsetAt(e.range.start), document.offsetAt(e.range.end)];
    if (markdown && !parsed.regions.some((r) => from >= r.start && to <= r.end)) {
      throw new Error(`a rename edit at ${from}–${to} lies outside the case blocks`);
    }
  }
  const after = TextDocument.applyEdits(document, edits);
  // The tokens that changed are exactly the id's occurrences, and each became the new name.
  const expected = idOffsets(parsed, old);
  const before = scan(parsed.text);
  const renamedText = parseText(uri, 2, after, markdown).text;
  const afterTokens = scan(renamedText);
  assert.strictEqual(afterTokens.length, before.length, 'renaming added or removed tokens');
  const changed: number[] = [];
  before.forEach((t, i) => {
    const u = afterTokens[i];
    if (t.value !== u.value || t.kind !== u.kind) {
      assert.strictEqual(t.value, old, `a token that is not the id changed: ${JSON.stringify(t.value)} → ${JSON.stringify(u.value)}`);
      assert.strictEqual(u.value, newName);
      changed.push(t.offset);
    }
  });
  assert.deepStrictEqual(changed, expected, `renamed ${old} → ${newName} at other places than its occurrences`);
  // The facts are the same, up to the name.
  const a = parseText(uri, 1, text, markdown);
  const b = parseText(uri, 2, after, markdown);
  assert.deepStrictEqual(b.analysis.providers.map(conclusionOf), substitute(a.analysis.providers.map(conclusionOf), old, newName));
  assert.deepStrictEqual(findingKinds(b), findingKinds(a));
  // And back again.
  const back = TextDocument.create(uri, markdown ? 'markdown' : 'casefacts', 2, after);
  const firstAfter = idOffsets(b, newName)[0];
  const undo = rename(back, b, back.positionAt(firstAfter), old);
  if (!undo || isRefusal(undo)) {
    throw new Error(`renaming back ${newName} to ${old} was refused: ${JSON.stringify(undo)}`);
  }
  assert.strictEqual(TextDocument.applyEdits(back, undo.changes?.[uri] ?? []), text, 'renaming back did not restore the text');
}
