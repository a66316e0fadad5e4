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
import { gdoc, PLAIN, render, style } from './generators';
import { checkSame, checkTotal } from './properties';
import { conclusionOf, findingKinds, params, SUITE_TIMEOUT } from './support';

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

suite('property: the analysis is total and spelling-blind', function () {
  this.timeout(SUITE_TIMEOUT);
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
