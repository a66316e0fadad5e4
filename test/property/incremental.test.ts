/**
 * Property 2: incremental equals full. After any random sequence of edits
 * sent through the server's incremental sync (debounce 0), the diagnostics
 * published for the last version equal those of a fresh open of the final
 * text: same code, range, severity, message and related locations.
 *
 * Edits are made on a plain string here, with positions computed by this
 * file (not by the library the server uses), so a bug in either side shows.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { scan, TokenKind } from '../../server/src/service/scanner';
import { serverForSuite, TestClient } from '../helpers/lspClient';
import { gdoc, hostileText, render, style } from './generators';
import { EXAMPLES, MARKDOWN_EXAMPLES, params } from './support';

interface Position {
  line: number;
  character: number;
}

/** The LSP position of an offset: lines end at LF, CRLF or CR; characters in UTF-16 units. */
export function positionOf(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** An offset that a position can name: not between the CR and LF of a CRLF. */
function snap(text: string, offset: number): number {
  const o = Math.min(offset, text.length);
  return o > 0 && text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10 ? o - 1 : o;
}

/** One edit, as fractions of the current length (so it applies to any text). */
interface Edit {
  readonly from: number;
  readonly span: number;
  readonly insert: string;
  /** Replace the whole text instead (a change event without a range). */
  readonly full: boolean;
  /** Aim inside a note, string or comment (what the server re-analyses incrementally). */
  readonly inNote: boolean;
}

const insertion = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('', '\n', '\r\n', '\r', '{', '}', '｛', '｝', ' ', ',', '、', '"', '“', '#', '//', 'provider X {\n role caching\n}\n', '\uD83D', '\uDE00', '😀') },
  { weight: 3, arbitrary: fc.constantFrom('role', 'knowledge', 'specific', '类型', '缓存', '明知', 'offender', 'charge', 'art363', 'uses', 'Qvod', 'omission', 'takedown refused', 'access-count unknown', 'direct-dissemination no', 'evidence {\n access-count unknown\n}\n') },
  { weight: 2, arbitrary: hostileText.map((t) => t.slice(0, 40)) },
  { weight: 3, arbitrary: fc.constantFrom('a', 'x', ' ', '快播', 'note text', '说明') },
);

const edit: fc.Arbitrary<Edit> = fc.record({
  // Integers scaled down: fc.double crowds near 0, which would put every edit at the start.
  from: fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000),
  span: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 200 }).map((x) => x / 1000)),
  insert: insertion,
  full: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
  inNote: fc.boolean(),
});

/** Where an edit aimed inside notes lands: inside a string or comment token, when the text has one. */
function aimInsideNote(text: string, e: Edit): Edit {
  const notes = scan(text).filter((t) => (t.kind === TokenKind.String || t.kind === TokenKind.Comment) && t.length >= 2);
  if (notes.length === 0) {
    return e;
  }
  const t = notes[Math.floor(e.from * notes.length) % notes.length];
  const at = t.offset + 1 + Math.floor(e.from * 7919) % (t.length - 1);
  const len = Math.min(Math.floor(e.span * 50), t.offset + t.length - at);
  return { ...e, from: at / Math.max(1, text.length), span: len / Math.max(1, text.length), inNote: false };
}

/** Applies an edit to the text, returning the new text and the change event that says it. */
function applyEdit(text: string, edit: Edit): [string, TextDocumentContentChangeEvent] {
  const e = edit.inNote && !edit.full ? aimInsideNote(text, edit) : edit;
  if (e.full) {
    const next = text.slice(0, Math.floor(e.from * text.length)) + e.insert;
    return [next, { text: next }];
  }
  const start = snap(text, Math.round(e.from * text.length));
  const end = snap(text, Math.max(start, Math.round((e.from + e.span) * text.length)));
  const range = { start: positionOf(text, start), end: positionOf(text, end) };
  return [text.slice(0, start) + e.insert + text.slice(end), { range, text: e.insert }];
}

const comparable = (ds: readonly Diagnostic[]) =>
  ds.map((d) => ({
    code: d.code,
    range: d.range,
    severity: d.severity,
    message: d.message,
    related: (d.relatedInformation ?? []).map((r) => ({ range: r.location.range, message: r.message })),
  }));

const initial = fc.oneof(
  fc.constantFrom(...EXAMPLES.map((e) => ({ text: e.text, md: false }))),
  fc.constantFrom(...MARKDOWN_EXAMPLES.map((e) => ({ text: e.text, md: true }))),
  fc.tuple(gdoc({ noise: true }), style).map(([d, s]) => ({ text: render(d, s), md: false })),
  fc.constant({ text: '', md: false }),
);

/** Batches of edits: each batch is one didChange notification with one or more change events. */
const batches = fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 15 });

suite('property: incremental sync equals a fresh open', function () {
  this.timeout(300_000);
  let client: TestClient;
  let n = 0;

  serverForSuite({ settings: { validate: { delay: 0 } } }, (c) => {
    client = c;
  });

  test('random edit sequences, published diagnostics equal a fresh open of the final text', async () => {
    await fc.assert(fc.asyncProperty(initial, batches, async (start, edits) => {
      n++;
      const ext = start.md ? 'md' : 'case';
      const uri = `file:///incremental/doc${n}.${ext}`;
      let text = start.text;
      await client.open(uri, text);
      let last: Diagnostic[] = [];
      for (let i = 0; i < edits.length; i++) {
        const changes: TextDocumentContentChangeEvent[] = [];
        for (const e of edits[i]) {
          const [next, change] = applyEdit(text, e);
          text = next;
          changes.push(change);
        }
        if (i < edits.length - 1) {
          await client.changeNoWait(uri, changes);
        } else {
          last = await client.change(uri, changes);
        }
      }
      const freshUri = `file:///incremental/fresh${n}.${ext}`;
      const fresh = await client.open(freshUri, text);
      await client.close(uri);
      await client.close(freshUri);
      assert.deepStrictEqual(comparable(last), comparable(fresh), `final text:\n${JSON.stringify(text)}`);
    }), params(60));
  });

  test('typing a brief character by character, then deleting it backwards', async () => {
    const text = EXAMPLES[0].text.slice(0, 400);
    const uri = 'file:///incremental/typed.case';
    await client.open(uri, '');
    let cur = '';
    for (let i = 0; i < text.length; i++) {
      const pos = positionOf(cur, cur.length);
      cur += text[i];
      const changes = [{ range: { start: pos, end: pos }, text: text[i] }];
      if (i < text.length - 1) {
        await client.changeNoWait(uri, changes);
      } else {
        await client.change(uri, changes);
      }
    }
    const typed = client.diagnostics.get(uri)?.diagnostics ?? [];
    const fresh = await client.open('file:///incremental/typed-fresh.case', cur);
    assert.deepStrictEqual(comparable(typed), comparable(fresh));
    assert.ok(fresh.length > 0 || typed.length === 0);
    while (cur.length > 0) {
      const end = positionOf(cur, cur.length);
      const start = positionOf(cur, snap(cur, cur.length - 1));
      cur = cur.slice(0, snap(cur, cur.length - 1));
      const changes = [{ range: { start, end }, text: '' }];
      if (cur.length > 0) {
        await client.changeNoWait(uri, changes);
      } else {
        assert.deepStrictEqual(await client.change(uri, changes), []);
      }
    }
  });
});
