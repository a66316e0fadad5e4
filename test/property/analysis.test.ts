/**
 * Property 4: the analysis is total and the spelling does not matter.
 * Every generated document (providers with random facts, offenders,
 * charges) parses without a syntax problem and yields a conclusion for
 * every provider; the same facts written in English or Chinese keywords,
 * ASCII or full-width punctuation, in any order of facts, yield the same
 * conclusions and the same findings.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { parseText, ParsedCase } from '../../server/src/service/languageService';
import { GDoc, gdoc, PLAIN, render, style, Style } from './generators';
import { conclusionOf, findingKinds, params } from './support';

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

/** Sorts every array (by its elements' JSON): for comparing where order carries no meaning. */
function sortDeep(x: unknown): unknown {
  if (Array.isArray(x)) {
    return x.map(sortDeep).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  if (x && typeof x === 'object') {
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, sortDeep(v)]));
  }
  return x;
}

suite('property: the analysis is total and spelling-blind', () => {
  test('every generated document parses and yields a conclusion for every provider', () => {
    fc.assert(fc.property(gdoc(), style, (d, s) => {
      checkTotal(d, render(d, s), false);
    }), params(400));
  });

  test('with unknown keys and values among the facts, still a conclusion for every provider', () => {
    fc.assert(fc.property(gdoc({ noise: true }), style, (d, s) => {
      checkTotal(d, render(d, s), true);
    }), params(200));
  });

  test('English and Chinese keywords conclude the same', () => {
    fc.assert(fc.property(gdoc(), fc.integer(), (d, seed) => {
      checkSame(d, PLAIN, { ...PLAIN, seed, lang: 'zh' }, false);
    }), params(300));
  });

  test('ASCII and full-width punctuation, any fact order, any line end: the same', () => {
    fc.assert(fc.property(gdoc({ noise: true }), style, (d, s) => {
      checkSame(d, PLAIN, s, true);
    }), params(400));
  });

  test('any order of blocks: the same conclusion for each provider', () => {
    const shuffled = gdoc().chain((d) =>
      fc.shuffledSubarray([...d.blocks], { minLength: d.blocks.length, maxLength: d.blocks.length }).map((blocks) => [d, { ...d, blocks }] as const),
    );
    const byProvider = (parsed: ParsedCase) =>
      parsed.analysis.providers.map(conclusionOf).map((c) => JSON.stringify(sortDeep(c))).sort();
    fc.assert(fc.property(shuffled, ([a, b]) => {
      const pa = parseText('file:///a.case', 1, render(a, PLAIN), false);
      const pb = parseText('file:///b.case', 1, render(b, PLAIN), false);
      assert.deepStrictEqual(byProvider(pb), byProvider(pa), `${render(a, PLAIN)}\n---- and ----\n${render(b, PLAIN)}`);
      assert.deepStrictEqual(findingKinds(pb), findingKinds(pa));
    }), params(300));
  });

  test('the generator renders what it means (a known document, both ways)', () => {
    // Guards the generator: a test that cannot fail is a defect.
    const zh = '服务商 快播 “深圳快播公司” ｛\n  类型：缓存，搜索\n  明知：明知\n  通知：监管部门\n  移除：拒绝\n｝\n';
    const en = 'provider 快播 "深圳快播公司" {\n  role caching, search\n  knowledge specific\n  notice regulator\n  takedown refused\n}\n';
    const a = parseText('file:///a.case', 1, zh, false);
    const b = parseText('file:///b.case', 1, en, false);
    assert.strictEqual(a.findings.filter((f) => f.code === 'syntax').length, 0);
    assert.deepStrictEqual(a.analysis.providers.map(conclusionOf), b.analysis.providers.map(conclusionOf));
    assert.deepStrictEqual(a.analysis.providers[0].roles, ['caching', 'search']);
  });
});
