/** Incremental re-analysis gives exactly what a fresh parse gives, for every kind of edit. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { format } from '../../server/src/service/i18n/messages';
import { composeEdits, diffSpan, Edit, reparse } from '../../server/src/service/incremental';
import type { CaseDocument } from '../../server/src/service/ast';
import { diagnosticMemo, findingsToDiagnostics, getLanguageService, parseText, ParsedCase } from '../../server/src/service/languageService';
import type { Finding } from '../../server/src/service/findings';
import { applyContentChanges } from '../../server/src/service/contentChanges';
import { PieceDocument } from '../../server/src/service/pieceDocument';
import { documentSymbols } from '../../server/src/service/symbols';
import { semanticTokens } from '../../server/src/service/semanticTokens';

const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples');

/** Everything a user can see of a parse, in plain data. */
function view(p: ParsedCase) {
  return {
    findings: p.findings.map((f) => [f.code, f.offset, f.length, format(f.message, 'en'), (f.related ?? []).map((r) => [r.offset, r.length])]),
    syntax: p.doc.syntax.map((s) => [s.offset, s.length]),
    comments: p.doc.comments.map((c) => [c.offset, c.length, c.value]),
    blocks: p.doc.blocks.map((b) => [b.offset, b.length, b.headerEnd, b.header.map((t) => [t.offset, t.value]),
      b.statements.map((s) => [s.offset, s.length, s.key.offset, s.values.map((v) => [v.offset, v.length, v.value]), s.note && [s.note.offset, s.note.length, s.note.value]])]),
    conclusions: p.analysis.providers.map((c) => [c.id, c.criminal.level, c.civil.level, c.criminal.controlling]),
  };
}

/** A deterministic PRNG (mulberry32), so failures reproduce. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An example opened (version 1) in a fresh service. */
function opened(file: string) {
  const markdown = file.endsWith('.md');
  const uri = `file:///${file}`;
  const text = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
  const service = getLanguageService();
  service.parse(TextDocument.create(uri, markdown ? 'markdown' : 'casefacts', 1, text));
  return { markdown, uri, text, service };
}

const PIECES = ['a', ' ', '案', '𠀀', '"', '“', '”', '「', '」', '\\', '\n', '#', '{', '}', '｝', ',', 'role', 'x y', '\r\n', '、'];

suite('incremental re-analysis', () => {
  test('diffSpan finds the changed span', () => {
    assert.deepStrictEqual(diffSpan('abcdef', 'abXYdef'), { start: 2, oldEnd: 3, newEnd: 4, delta: 1 });
    assert.strictEqual(diffSpan('same', 'same'), undefined);
  });

  test('an edit inside a note or a comment keeps the analysis; an edit to a fact re-reads only its block', () => {
    const text = 'provider P {\n  role access # note here\n  industry-rules violated "forged IDs"\n}\ncharge P art287-2\n';
    const analyse = (uri: string, version: number) => (doc: CaseDocument) => {
      analysed.push(doc);
      return parseText(uri, version, doc.text, false);
    };
    const analysed: CaseDocument[] = [];
    const prev = parseText('u', 1, text, false);
    const inComment = reparse(prev, 2, text.replace('note here', 'note written here'), undefined, analyse('u', 2));
    assert.ok(inComment, 'comment edit reused the tree');
    assert.strictEqual(inComment.analysis, prev.analysis, 'and the analysis');
    const prev2 = parseText('u', 1, text, false);
    const noted = text.replace('forged IDs', 'forged identity cards');
    const inNote = reparse(prev2, 2, noted, undefined, analyse('u', 2));
    assert.ok(inNote);
    assert.strictEqual(inNote.model.providers[0].facts.get('industry-rules')!.statement.note!.value, 'forged identity cards');
    assert.deepStrictEqual(view(inNote), view(parseText('u', 2, noted, false)));
    assert.strictEqual(analysed.length, 0, 'neither edit analysed the brief again');

    const factEdit = text.replace('access', 'caching');
    const prev3 = parseText('u', 1, text, false);
    const secondBlock = prev3.doc.blocks[1];
    const inFact = reparse(prev3, 2, factEdit, undefined, analyse('u', 2));
    assert.ok(inFact);
    assert.strictEqual(analysed.length, 1, 'a fact edit analyses the brief again');
    assert.strictEqual(analysed[0].blocks[1], secondBlock, 'the charge block was not parsed again, only moved');
    assert.deepStrictEqual(view(inFact), view(parseText('u', 2, factEdit, false)));

    // a brace that changes the block's extent: the whole brief is parsed again
    const prev4 = parseText('u', 1, text, false);
    assert.strictEqual(reparse(prev4, 2, text.replace('role access', 'role access }'), undefined, analyse('u', 2)), undefined);
    // the block before has no closing brace: turning the keyword into another word lets it take these lines in
    const unclosed = 'charge P art217 {\n  court convicted\n\nprovider P {\n  role access\n}\n';
    const prev6 = parseText('u', 1, unclosed, false);
    const renamed = unclosed.replace('provider P {', 'a P {');
    assert.strictEqual(reparse(prev6, 2, renamed, undefined, analyse('u', 2)), undefined, 'the block is not re-read alone');
    const service = getLanguageService();
    service.parse(TextDocument.create('file:///unclosed.case', 'casefacts', 1, unclosed));
    assert.deepStrictEqual(view(service.parse(TextDocument.create('file:///unclosed.case', 'casefacts', 2, renamed))), view(parseText('file:///unclosed.case', 2, renamed, false)));
    // after a block without a body (a one-line charge) a block is re-read alone all the same
    const oneLine = 'charge P art217\n\nprovider P {\n  role access\n}\n';
    const prev7 = parseText('u', 1, oneLine, false);
    const chargeBlock = prev7.doc.blocks[0];
    analysed.length = 0;
    const cached = reparse(prev7, 2, oneLine.replace('access', 'caching'), undefined, analyse('u', 2));
    assert.ok(cached, 'the provider was re-read alone');
    assert.strictEqual(analysed[0].blocks[0], chargeBlock, 'the charge before it was kept');
    assert.deepStrictEqual(view(cached), view(parseText('u', 2, oneLine.replace('access', 'caching'), false)));
    // …unless the block now starts with the `{` that charge would take as its body
    const braced = oneLine.replace('provider P {', '{');
    assert.strictEqual(reparse(parseText('u', 1, oneLine, false), 2, braced, undefined, analyse('u', 2)), undefined);
    const service2 = getLanguageService();
    service2.parse(TextDocument.create('file:///oneline.case', 'casefacts', 1, oneLine));
    assert.deepStrictEqual(view(service2.parse(TextDocument.create('file:///oneline.case', 'casefacts', 2, braced))), view(parseText('file:///oneline.case', 2, braced, false)));
    // a new block keyword at a line start inside the body
    const prev5 = parseText('u', 1, text, false);
    assert.strictEqual(reparse(prev5, 2, text.replace('  role access', 'charge P art217\n  role access'), undefined, analyse('u', 2)), undefined);
  });

  test('reversed quotes: a quote or brace typed or taken out in a comment or a reversed note reads as a fresh parse', () => {
    const uri = 'file:///r.case';
    const steps = [
      'provider P {\n  role caching\n  knowledge specific ”n #x { y“\n}\n', // ” unknown, then a comment
      'provider P {\n  role caching\n  knowledge specific ”n #x  y“\n}\n', // the brace taken out: one string
      'provider P {\n  role caching\n  knowledge specific ”n #x { y“\n}\n', // typed in it: parted again
      'provider P {\n  role caching\n  knowledge specific ”n #x { y\n}\n', // a comment
      'provider P {\n  role caching\n  knowledge specific ”n #x  y“\n}\n',
    ];
    const service = getLanguageService();
    steps.forEach((text, i) => {
      const got = service.parse(TextDocument.create(uri, 'casefacts', i + 1, text));
      assert.deepStrictEqual(view(got), view(parseText(uri, i + 1, text, false)), `step ${i}`);
    });
    const last = service.parse(TextDocument.create(uri, 'casefacts', 5, steps[4]));
    assert.strictEqual(last.doc.blocks[0].statements[1].note?.value, 'n #x  y');
  });

  test('composeEdits covers two successive edits: outside its span the texts agree', () => {
    const random = rng(4242);
    const edit = (text: string): [string, Edit] => {
      const start = Math.floor(random() * (text.length + 1));
      const oldEnd = Math.min(text.length, start + Math.floor(random() * 4));
      const piece = 'xyz'.slice(0, Math.floor(random() * 4));
      return [text.slice(0, start) + piece + text.slice(oldEnd), { start, oldEnd, newEnd: start + piece.length, delta: piece.length - (oldEnd - start) }];
    };
    for (let i = 0; i < 2000; i++) {
      const t0 = 'abcdefghij'.slice(0, 1 + Math.floor(random() * 10));
      const [t1, a] = edit(t0);
      const [t2, b] = edit(t1);
      const c = composeEdits(a, b);
      const what = JSON.stringify({ t0, a, b, c });
      assert.strictEqual(c.delta, t2.length - t0.length, what);
      assert.strictEqual(t2.length - c.newEnd, t0.length - c.oldEnd, what);
      assert.strictEqual(t0.slice(0, c.start), t2.slice(0, c.start), what);
      assert.strictEqual(t0.slice(c.oldEnd), t2.slice(c.newEnd), what);
      assert.ok(c.start <= c.oldEnd && c.start <= c.newEnd, what);
    }
  });

  for (const file of fs.readdirSync(EXAMPLES)) {
    test(`random edits on ${file}, told to the service as the server does: equal to a fresh parse`, () => {
      const random = rng(file.length * 104729);
      const { markdown, uri, service, text: original } = opened(file);
      let text = original;
      let version = 1;
      for (let i = 0; i < 300; i++) {
        // one to three edits per version, as a didChange may carry several
        const edits = 1 + Math.floor(random() * 3);
        let composed: Edit | undefined;
        for (let k = 0; k < edits; k++) {
          const at = Math.floor(random() * (text.length + 1));
          const del = random() < 0.5 ? 0 : Math.min(text.length - at, Math.floor(random() * 4));
          const piece = random() < 0.3 ? '' : PIECES[Math.floor(random() * PIECES.length)];
          text = text.slice(0, at) + piece + text.slice(at + del);
          const e: Edit = { start: at, oldEnd: at + del, newEnd: at + piece.length, delta: piece.length - del };
          composed = composed ? composeEdits(composed, e) : e;
        }
        service.didEdit(uri, version, version + 1, composed);
        version++;
        // now and then a version is skipped, as the debounce does: the service composes the spans
        if (random() < 0.2) {
          continue;
        }
        const got = service.parse(TextDocument.create(uri, markdown ? 'markdown' : 'casefacts', version, text));
        assert.deepStrictEqual(view(got), view(parseText(uri, version, text, markdown)), `after edit ${i}`);
      }
    });

    test(`random edits on ${file}: the service's result equals a fresh parse`, () => {
      const random = rng(file.length * 7919);
      const { markdown, uri, service, text: original } = opened(file);
      let text = original;
      let version = 1;
      for (let i = 0; i < 300; i++) {
        const at = Math.floor(random() * (text.length + 1));
        const del = random() < 0.5 ? 0 : Math.floor(random() * 4);
        const piece = random() < 0.3 ? '' : PIECES[Math.floor(random() * PIECES.length)];
        text = text.slice(0, at) + piece + text.slice(Math.min(text.length, at + del));
        version++;
        const got = service.parse(TextDocument.create(uri, markdown ? 'markdown' : 'casefacts', version, text));
        assert.deepStrictEqual(view(got), view(parseText(uri, version, text, markdown)), `after edit ${i} at ${at}`);
      }
    });
  }
});

suite('diagnostics across versions', () => {
  const qvod = fs.readFileSync(path.join(EXAMPLES, '01-qvod.case'), 'utf8');
  const fresh = (text: string, version: number, locale: 'en' | 'zh-CN' = 'en') =>
    getLanguageService().validate(TextDocument.create('file:///q.case', 'casefacts', version, text), { locale });

  test('after an edit, the diagnostics are those of a fresh parse, and the untouched ones the same objects', () => {
    const service = getLanguageService();
    const uri = 'file:///q.case';
    const before = service.validate(TextDocument.create(uri, 'casefacts', 1, qvod), { locale: 'en' });
    assert.ok(before.length > 3, 'the Qvod brief has diagnostics to reuse');
    // an edit to a note: every diagnostic is the previous object
    const noteAt = qvod.indexOf('"', qvod.indexOf('"') + 1);
    const noted = qvod.slice(0, noteAt) + ' more' + qvod.slice(noteAt);
    const afterNote = service.validate(TextDocument.create(uri, 'casefacts', 2, noted), { locale: 'en' });
    assert.deepStrictEqual(afterNote, fresh(noted, 2));
    // a line added at the top moves every diagnostic: all rebuilt, none stale
    const shifted = '# a new first line\n' + noted;
    const afterShift = service.validate(TextDocument.create(uri, 'casefacts', 3, shifted), { locale: 'en' });
    assert.deepStrictEqual(afterShift, fresh(shifted, 3));
    assert.ok(afterShift.every((d) => !afterNote.includes(d)), 'moved diagnostics are new objects');
    // a fact edit at the end: the diagnostics above it are the objects published before
    const appended = shifted + '\nprovider Extra {\n  role access\n}\n';
    const afterFact = service.validate(TextDocument.create(uri, 'casefacts', 4, appended), { locale: 'en' });
    assert.deepStrictEqual(afterFact, fresh(appended, 4));
    const reused = afterFact.filter((d) => afterShift.includes(d));
    assert.strictEqual(reused.length, afterShift.length, 'every earlier diagnostic is still there and reused');
    // the locale changes every message: nothing is reused
    const zh = service.validate(TextDocument.create(uri, 'casefacts', 4, appended), { locale: 'zh-CN' });
    assert.deepStrictEqual(zh, fresh(appended, 4, 'zh-CN'));
    assert.ok(zh.every((d) => !afterFact.includes(d)));
  });
  test('new findings that say the same at the same place get the same objects; any change in words, related places or data a new one', () => {
    const document = TextDocument.create('file:///q.case', 'casefacts', 1, qvod);
    const parsed = parseText(document.uri, 1, qvod, false);
    const settings = { locale: 'en' as const };
    const memo = diagnosticMemo();
    const first = findingsToDiagnostics(parsed, document, settings, memo);
    const withFindings = (findings: readonly Finding[]): ParsedCase => ({ ...parsed, findings });
    // every finding a new object with the same content: every diagnostic the same object
    const copies = parsed.findings.map((f) => ({ ...f, message: { ...f.message }, related: f.related?.map((r) => ({ ...r })), data: f.data && { ...f.data } }));
    const again = findingsToDiagnostics(withFindings(copies), document, settings, memo);
    assert.strictEqual(again.length, first.length);
    assert.ok(again.every((d, i) => d === first[i]), 'reused by content');
    // one finding changed at the same place: that one is new and says so, the rest reused
    const withRelated = copies.findIndex((f) => (f.related?.length ?? 0) > 0);
    assert.ok(withRelated >= 0, 'the Qvod brief has a finding with related places');
    const changes: [string, (f: Finding) => Finding, (d: typeof first[number]) => void][] = [
      ['its message', (f) => ({ ...f, message: { id: 'syntax.unexpectedToken', args: { text: 'zzz' } } }), (d) => assert.match(d.message, /zzz/)],
      ['its message id alone', (f) => ({ ...f, message: { id: 'syntax.unexpectedChar', args: { text: 'zzz' } } }), (d) => assert.strictEqual(d.message, format({ id: 'syntax.unexpectedChar', args: { text: 'zzz' } }, 'en'))],
      ['an argument', (f) => ({ ...f, message: { id: 'syntax.unexpectedChar', args: { text: 'yyy' } } }), (d) => assert.match(d.message, /yyy/)],
      ['an argument added', (f) => ({ ...f, message: { id: 'syntax.unexpectedChar', args: { text: 'yyy', extra: 'x' } } }), (d) => assert.match(d.message, /yyy/)],
      ['its related message', (f) => ({ ...f, related: f.related?.map((r) => ({ ...r, message: { id: 'syntax.unexpectedToken', args: { text: 'rrr' } } })) }), (d) => assert.match(d.relatedInformation![0].message, /rrr/)],
      ['its related place', (f) => ({ ...f, related: f.related?.map((r) => ({ ...r, offset: r.offset + 1 })) }), (d) => assert.notDeepStrictEqual(d.relatedInformation, first[withRelated].relatedInformation)],
      ['its data', (f) => ({ ...f, data: { provider: 'Someone else' } }), (d) => assert.deepStrictEqual(d.data, { provider: 'Someone else' })],
      ['its code', (f) => ({ ...f, code: 'tech-neutrality' }), (d) => assert.strictEqual(d.code, 'tech-neutrality')],
    ];
    // each change on top of the ones before, so that it alone tells the new finding from the last
    let previous = again;
    let changed: Finding = copies[withRelated];
    for (const [what, change, check] of changes) {
      changed = change(changed);
      const findings = copies.map((f, i) => (i === withRelated ? changed : f));
      const got = findingsToDiagnostics(withFindings(findings), document, settings, memo);
      assert.notStrictEqual(got[withRelated], previous[withRelated], `${what} changed: a new diagnostic`);
      check(got[withRelated]);
      assert.deepStrictEqual(got, findingsToDiagnostics(withFindings(findings), document, settings), `${what}: as built afresh`);
      assert.ok(got.every((d, i) => i === withRelated || d === first[i]), `${what}: the others reused`);
      previous = got;
    }
    // two findings at one start with different words: each keeps its own diagnostic
    const twin = { ...copies[0], message: { id: 'syntax.unexpectedToken', args: { text: 'twin' } } };
    const twins = findingsToDiagnostics(withFindings([copies[0], twin, ...copies.slice(1)]), document, settings, memo);
    const twinsAgain = findingsToDiagnostics(withFindings([{ ...copies[0] }, { ...twin }, ...copies.slice(1)]), document, settings, memo);
    assert.notStrictEqual(twins[0], twins[1]);
    assert.ok(twinsAgain[0] === twins[0] && twinsAgain[1] === twins[1], 'both found again among the diagnostics at that start');
    assert.match(twinsAgain[1].message, /twin/);
  });
});

suite('diagnostics across an editor\'s changes', () => {
  // As the server gets them: ranged content changes applied to a piece document, the span
  // told to the service, and a validation now and then (the debounce skips versions).
  for (const file of ['01-qvod.case', '07-case6-phishing.case', 'qvod-brief.md']) {
    test(`random changes to ${file}: each validation, outline and semantic tokens equal a fresh one's, and what did not move is reused`, () => {
      const random = rng(file.length * 104729);
      const markdown = file.endsWith('.md');
      const languageId = markdown ? 'markdown' : 'casefacts';
      const uri = `file:///${file}`;
      const service = getLanguageService();
      let document = PieceDocument.create(uri, languageId, 1, fs.readFileSync(path.join(EXAMPLES, file), 'utf8'));
      let last = service.validate(document, { locale: 'en' });
      let reused = 0;
      let kept = 0;
      let lastOutline = documentSymbols(document, service.parse(document));
      let symbolsReused = 0;
      let symbolsShown = 0;
      for (let i = 0; i < 250; i++) {
        const text = document.getText();
        const changes: { start: number; rangeLength: number; text: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] = [];
        // one to three changes in one version, each on the text the previous left
        for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
          const length = text.length + changes.reduce((d, c) => d + c.text.length - c.rangeLength, 0);
          // half the time at or next to where a finding or one of its related places starts or ends
          const edges = service.parse(document).findings.flatMap((f) => [f, ...(f.related ?? [])].flatMap((r) => [r.offset, r.offset + r.length]));
          const near = edges[Math.floor(random() * edges.length)] + Math.floor(random() * 5) - 2;
          const at = random() < 0.5 && edges.length > 0 ? Math.max(0, Math.min(length, near)) : Math.floor(random() * (length + 1));
          const del = random() < 0.6 ? 0 : Math.min(length - at, Math.floor(random() * 6));
          const piece = random() < 0.25 ? '' : PIECES[Math.floor(random() * PIECES.length)];
          const before = PieceDocument.create(uri, languageId, 0, changes.reduce((t, c) => t.slice(0, c.start) + c.text + t.slice(c.start + c.rangeLength), text));
          changes.push({ start: at, rangeLength: del, text: piece, range: { start: before.positionAt(at), end: before.positionAt(at + del) } });
        }
        const version = document.version + 1;
        document = applyContentChanges(service, document, changes.map(({ range, rangeLength, text: t }) => ({ range, rangeLength, text: t })), version);
        if (random() < 0.3) {
          continue; // a version the debounce skipped
        }
        const fresh = TextDocument.create(uri, languageId, version, document.getText());
        const outline = documentSymbols(document, service.parse(document));
        assert.deepStrictEqual(outline, documentSymbols(fresh, parseText(uri, version, fresh.getText(), markdown)), `outline after change ${i}`);
        const freshParse = parseText(uri, version, fresh.getText(), markdown);
        assert.deepStrictEqual(semanticTokens(document, service.parse(document)).data, semanticTokens(fresh, freshParse).data, `semantic tokens after change ${i}`);
        symbolsReused += outline.filter((sym) => lastOutline.includes(sym)).length;
        symbolsShown += outline.length;
        lastOutline = outline;
        const got = service.validate(document, { locale: 'en' });
        assert.deepStrictEqual(got, getLanguageService().validate(TextDocument.create(uri, languageId, version, document.getText()), { locale: 'en' }), `after change ${i}`);
        reused += got.filter((d) => last.includes(d)).length;
        kept += got.length;
        last = got;
      }
      assert.ok(reused > kept / 2, `most diagnostics are carried over (${reused} of ${kept})`);
      // many of these changes break a string or a brace, and a tree read afresh has new blocks
      assert.ok(symbolsReused > 0, `some of the outline is carried over (${symbolsReused} of ${symbolsShown})`);
    });
  }
});

suite('the outline across an editor\'s changes', () => {
  test('a keystroke keeps every other block\'s symbol; in a note, the note\'s block shows the new words', () => {
    const uri = 'file:///q.case';
    const service = getLanguageService();
    const text = fs.readFileSync(path.join(EXAMPLES, '01-qvod.case'), 'utf8');
    let document = PieceDocument.create(uri, 'casefacts', 1, text);
    const type = (at: number, del: number, insert: string) => {
      const range = { start: document.positionAt(at), end: document.positionAt(at + del) };
      document = applyContentChanges(service, document, [{ range, rangeLength: del, text: insert }], document.version + 1);
      const outline = documentSymbols(document, service.parse(document));
      const fresh = TextDocument.create(uri, 'casefacts', document.version, document.getText());
      const freshParse = parseText(uri, document.version, document.getText(), false);
      assert.deepStrictEqual(outline, documentSymbols(fresh, freshParse));
      assert.deepStrictEqual(semanticTokens(document, service.parse(document)).data, semanticTokens(fresh, freshParse).data);
      return outline;
    };
    const before = documentSymbols(document, service.parse(document));
    assert.ok(before.length >= 4);
    // a note's letter typed over (same length): only the block holding it is made again, with the new note
    const note = text.indexOf('"knew users');
    const owner = before.findIndex((sym) => document.offsetAt(sym.range.start) < note && note < document.offsetAt(sym.range.end));
    const noted = type(note + 1, 1, 'Z');
    assert.notStrictEqual(noted[owner], before[owner]);
    assert.ok(noted[owner].children!.some((c) => (c.detail ?? '').includes('“Znew users')), 'the new words in the outline');
    assert.ok(noted.every((sym, i) => i === owner || sym === before[i]), 'the other blocks keep their symbols');
    // a letter typed in a fact of the last block: the blocks before keep theirs
    const last = noted.length - 1;
    const fact = type(document.offsetAt(noted[last].children![0].selectionRange.end), 0, 'x');
    assert.ok(fact.slice(0, last).every((sym, i) => sym === noted[i]));
    // the provider renamed where it is declared: its charge's and its users' ids are no longer
    // a provider's (the blocks that name it are unchanged objects, yet their tokens change)
    const declared = document.getText().indexOf('provider Qvod') + 'provider '.length;
    type(declared, 4, 'Qvxd');
    type(declared, 4, 'Qvod');
    // a line added at the top moves every block: all made again, all in their new places
    const moved = type(0, 0, '# top\n');
    assert.ok(moved.every((sym, i) => sym !== fact[i] && sym.range.start.line === fact[i].range.start.line + 1));
  });
});

suite('too many problems', () => {
  test('maxProblems: the first N diagnostics, after a note giving the total; the note is one object while the figures stay', () => {
    const text = fs.readFileSync(path.join(EXAMPLES, '01-qvod.case'), 'utf8');
    const all = getLanguageService().validate(TextDocument.create('file:///m.case', 'casefacts', 1, text), { locale: 'en' });
    assert.ok(all.length > 3);
    const service = getLanguageService();
    const capped = service.validate(TextDocument.create('file:///m.case', 'casefacts', 1, text), { locale: 'en', maxProblems: 3 });
    assert.strictEqual(capped.length, 4);
    assert.match(capped[0].message, new RegExp(`^Too many problems: showing the first 3 of ${all.length}\\b`));
    assert.deepStrictEqual(capped.slice(1), all.slice(0, 3));
    const again = service.validate(TextDocument.create('file:///m.case', 'casefacts', 2, text + '\n'), { locale: 'en', maxProblems: 3 });
    assert.strictEqual(again[0], capped[0], 'the same note object');
    // a line silenced after the cap is not counted
    const silenced = text.replace(/(\n)([^\n]*\n)$/, '$1# casefacts-disable-next-line\n$2');
    const uncapped = getLanguageService().validate(TextDocument.create('file:///s.case', 'casefacts', 1, silenced), { locale: 'en' });
    const cappedSilenced = getLanguageService().validate(TextDocument.create('file:///s.case', 'casefacts', 1, silenced), { locale: 'en', maxProblems: 1 });
    assert.match(cappedSilenced[0].message, new RegExp(`of ${uncapped.length}\\b`));
  });
});
