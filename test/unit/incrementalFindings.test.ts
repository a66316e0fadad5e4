/**
 * An edit to one block's facts re-checks only what rests on that block: what a
 * user sees equals a fresh parse of the final text, and the findings of the
 * blocks the edit did not touch are the objects found before (so their
 * diagnostics are reused too).
 */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../server/src/service/findings';
import { format } from '../../server/src/service/i18n/messages';
import { getLanguageService, parseText, ParsedCase } from '../../server/src/service/languageService';

/** What a user sees of the findings, in plain data. */
const seen = (findings: readonly Finding[]) =>
  findings.map((f) => [f.code, f.offset, f.length, format(f.message, 'en'), (f.related ?? []).map((r) => [r.offset, r.length, format(r.message, 'en')]), f.data]);

/** A document open in a service, edited by replacing one piece of text, as the server tells the service. */
function opened(text: string) {
  const service = getLanguageService();
  const uri = 'file:///brief.case';
  let version = 1;
  let parsed = service.parse(TextDocument.create(uri, 'casefacts', version, text));
  return {
    get parsed(): ParsedCase {
      return parsed;
    },
    /** Replaces the `nth` occurrence of `from` (after `after`, when given) with `to`. */
    replace(from: string, to: string, after = ''): ParsedCase {
      const start = text.indexOf(from, after ? text.indexOf(after) : 0);
      assert.ok(start >= 0, `"${from}" is in the text`);
      text = text.slice(0, start) + to + text.slice(start + from.length);
      service.didEdit(uri, version, version + 1, { start, oldEnd: start + from.length, newEnd: start + to.length, delta: to.length - from.length });
      version++;
      parsed = service.parse(TextDocument.create(uri, 'casefacts', version, text));
      assert.deepStrictEqual(seen(parsed.findings), seen(parseText(uri, version, text, false).findings), `after "${from}" → "${to}": as a fresh parse`);
      return parsed;
    },
  };
}

const codes = (p: ParsedCase) => p.findings.map((f) => f.code);

/** The findings whose range starts inside the block that starts with `header`. */
function inBlock(p: ParsedCase, header: string): Finding[] {
  const b = p.doc.blocks.find((x) => p.text.startsWith(header, x.offset));
  assert.ok(b, header);
  return p.findings.filter((f) => f.offset >= b.offset && f.offset < b.offset + b.length);
}

const BRIEF = `provider A "Alpha" {
  role           caching
  knowledge      specific
  industry-rules complied
  targeted       no
  participation  none
}

charge A art287-2 {
}

provider B "Beta" {
  role platform
}

charge B art363 act {
  court  convicted
  reason tech-user
}

offender O "Uploader" {
  offense art363
  uses    B
}
`;

suite('incremental findings: a fact edit re-checks only what it touched', () => {
  test('a fact that changes a conclusion: the findings change as in a fresh parse; the other blocks keep theirs', () => {
    const doc = opened(BRIEF);
    assert.ok(codes(doc.parsed).includes('neutral-assistance'), 'A\'s help is neutral');
    const beta = inBlock(doc.parsed, 'provider B');
    const chargeB = inBlock(doc.parsed, 'charge B');
    assert.deepStrictEqual(beta.map((f) => f.code), ['imprecise-role']);
    assert.ok(chargeB.map((f) => f.code).includes('tech-neutrality'));

    // targeted: the help is no longer neutral, so neutral-assistance goes (the edit moves every later offset by one)
    const after = doc.replace('targeted       no', 'targeted       yes');
    assert.ok(!codes(after).includes('neutral-assistance'));
    assert.strictEqual(after.analysis.byId('A')?.criminal.level, 'liable', 'knowing, targeted help: art287-2 liable');
    assert.strictEqual(after.analysis.byId('B')?.provider, doc.parsed.model.providers[1], 'B keeps its facts');
    assert.deepStrictEqual(inBlock(after, 'provider B'), beta, 'B\'s findings: same content');
    inBlock(after, 'provider B').forEach((f, i) => assert.strictEqual(f, beta[i], 'and the same objects, moved'));
    inBlock(after, 'charge B').forEach((f, i) => assert.strictEqual(f, chargeB[i]));

    // and back: neutral-assistance on A's charge again
    const back = doc.replace('targeted       yes', 'targeted       no');
    assert.ok(codes(back).includes('neutral-assistance'));
    inBlock(back, 'provider B').forEach((f, i) => assert.strictEqual(f, beta[i]));
  });

  test('an edit to an evidence block keeps the analysis; only its findings and the whole-case checks are made again', () => {
    const doc = opened(`${BRIEF}\nevidence "server logs" {\n  access-count known\n  authentication defective\n}\n`);
    const analysis = doc.parsed.analysis;
    const providerA = inBlock(doc.parsed, 'provider A');
    const chargeB = inBlock(doc.parsed, 'charge B');
    assert.deepStrictEqual(inBlock(doc.parsed, 'evidence').map((f) => f.code), ['evidence-authentication']);
    assert.ok(!codes(doc.parsed).includes('in-dubio-pro-reo'));
    // the count of fetches through the servers is unknown: doubt goes to the defendant of the art363 charge
    const doubt = doc.replace('access-count known', 'access-count unknown');
    assert.strictEqual(doubt.analysis, analysis, 'no conclusion reads the evidence');
    assert.deepStrictEqual(inBlock(doubt, 'evidence').map((f) => f.code), ['in-dubio-pro-reo', 'evidence-authentication']);
    inBlock(doubt, 'provider A').forEach((f, i) => assert.strictEqual(f, providerA[i], 'A\'s findings are the objects found before'));
    // a typo in the value: it is reported, and the doubt it stated goes
    const typo = doc.replace('access-count unknown', 'access-count unknwn');
    assert.strictEqual(typo.analysis, analysis);
    assert.deepStrictEqual(inBlock(typo, 'evidence').map((f) => f.code), ['unknown-value', 'evidence-authentication']);
    assert.ok(!codes(typo).includes('in-dubio-pro-reo'));
    const back = doc.replace('access-count unknwn', 'access-count known');
    inBlock(back, 'charge B').forEach((f, i) => assert.strictEqual(f, chargeB[i], 'the charge\'s findings as before'));
  });

  test('an edit to a provider re-checks the charges that name it, and only those', () => {
    const doc = opened(BRIEF);
    const chargeA = inBlock(doc.parsed, 'charge A');
    const chargeB = inBlock(doc.parsed, 'charge B');
    // B's role changes: the charge against B is checked again (caching-not-dissemination: art363 as an act by a cache)
    const after = doc.replace('role platform', 'role caching');
    assert.ok(inBlock(after, 'charge B').some((f) => f.code === 'caching-not-dissemination'));
    assert.ok(!after.findings.some((f) => f.code === 'imprecise-role'));
    assert.ok(!inBlock(after, 'charge B').some((f) => chargeB.includes(f)), 'B\'s charge was checked again');
    inBlock(after, 'charge A').forEach((f, i) => assert.strictEqual(f, chargeA[i], 'A\'s charge was not'));
  });

  test('a duplicate id appears and disappears across blocks, with its undefined reference', () => {
    const doc = opened(BRIEF);
    const chargeA = inBlock(doc.parsed, 'charge A');
    const dup = doc.replace('provider B "Beta"', 'provider A "Beta"');
    const ids = dup.findings.filter((f) => f.code === 'duplicate-id');
    assert.deepStrictEqual(ids.map((f) => format(f.message, 'en')), ['The id "A" is already defined on line 1: provider and offender ids must be unique.']);
    assert.deepStrictEqual(dup.findings.filter((f) => f.code === 'undefined-reference').map((f) => dup.text.slice(f.offset, f.offset + f.length)), ['B', 'B']);
    inBlock(dup, 'charge A').forEach((f, i) => assert.strictEqual(f, chargeA[i]));
    const fixed = doc.replace('provider A "Beta"', 'provider B "Beta"');
    assert.ok(!fixed.findings.some((f) => f.code === 'duplicate-id' || f.code === 'undefined-reference'));
  });

  test('a finding that drops out, then comes back after the lines before it moved, stands where the text now puts it', () => {
    const text = `case "c" {\n  conduct 2014-06-01\n}\n\nprovider P {\n  role access\n}\n\ncharge P art287-2\n`;
    const doc = opened(text);
    assert.deepStrictEqual(codes(doc.parsed).filter((c) => c === 'not-in-force'), ['not-in-force']);
    doc.replace('2014-06-01', '2016-06-01');
    assert.ok(!codes(doc.parsed).includes('not-in-force'));
    // a statement added in the provider moves the charge down a line
    doc.replace('  role access\n', '  role access\n  knowledge none\n');
    const back = doc.replace('2016-06-01', '2014-06-01');
    const [f] = back.findings.filter((x) => x.code === 'not-in-force');
    assert.strictEqual(back.text.slice(f.offset, f.offset + f.length), 'art287-2');
  });

  test('a second case block: its syntax error follows the first one\'s keyword', () => {
    const text = `case "one" {\n  conduct 2016-01-01\n}\n\nprovider P {\n  role access\n}\n\ncase "two" {\n}\n`;
    const doc = opened(text);
    const second = () => doc.parsed.findings.filter((f) => f.code === 'syntax');
    assert.strictEqual(second().length, 1);
    doc.replace('case "one"', 'cas "one"');
    assert.strictEqual(second().length, 0);
    doc.replace('  role access\n', '  role access\n  knowledge none\n');
    doc.replace('cas "one"', 'case "one"');
    const [f] = second();
    assert.strictEqual(doc.parsed.text.slice(f.offset, f.offset + f.length), 'case');
    assert.ok(f.offset > 0, 'on the second case block');
  });

  test('a word typed in a long uses list: the undefined references of the ids it did not touch are those found before', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `Q${i}`);
    const doc = opened(`provider Q7 {\n  role caching\n}\noffender O {\n  offense art363\n  uses ${ids.join(', ')}\n}\n`);
    const before = new Map(doc.parsed.findings.filter((f) => f.code === 'undefined-reference').map((f) => [doc.parsed.text.slice(f.offset, f.offset + f.length), f]));
    assert.strictEqual(before.size, 2999, 'every id but Q7');
    // Q1500 → Q15000, the words after it one character further on; then Q7x, which is undefined now
    let after = doc.replace('Q1500,', 'Q15000,');
    after = doc.replace('Q7,', 'Q7x,', 'uses');
    const refs = after.findings.filter((f) => f.code === 'undefined-reference');
    assert.strictEqual(refs.length, 3000);
    const word = (f: Finding) => after.text.slice(f.offset, f.offset + f.length);
    const kept = refs.filter((f) => before.get(word(f)) === f);
    assert.deepStrictEqual(refs.filter((f) => !kept.includes(f)).map(word), ['Q7x', 'Q15000'], 'found again: the words typed, no other');
    assert.match(format(refs.find((f) => word(f) === 'Q7x')!.message, 'en'), /Q7x/);
  });
});
