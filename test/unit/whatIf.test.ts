/** What-if: the facts that decide a provider's conclusions, on the paper's cases. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { conclusionLines, getCodeLenses, resolveCodeLens, SERVER_CONCLUSION_COMMAND, SERVER_WHAT_IF_COMMAND, SHOW_REPORT_COMMAND, SHOW_WHAT_IF_COMMAND, ShowWhatIfArgs } from '../../server/src/service/codeLens';
import { getLanguageService, parseText, ParsedCase, toRange } from '../../server/src/service/languageService';
import { OneFactChanged, outcomeOf } from '../../server/src/service/whatIf';
import {
  conclusionLine,
  decisiveFactCount,
  describeWhatIf,
  WhatIf,
  whatIfFor,
  WHAT_IF_KEYS,
} from '../../server/src/service/whatIf';
import { keySpec, spellings, VALUE_SETS } from '../../server/src/service/vocabulary';

const CASES = '/work/shared/acceptance/cases';
const read = (file: string) => fs.readFileSync(path.join(CASES, file), 'utf8');
const parsedOf = (file: string, version = 1): ParsedCase => parseText(`file:///${file}`, version, read(file), false);

function find(results: readonly WhatIf[], key: string, to: string | null): WhatIf {
  const hit = results.find((r) => r.key === key && r.to.some((v) => (v === null ? to === null : v.length === 1 && v[0] === to)));
  assert.ok(hit, `no what-if for ${key} → ${String(to)}; got ${results.map((r) => describeWhatIf(r, 'en')).join(' | ')}`);
  return hit;
}

/** Rewrites a provider's fact in the text itself (replace, add or delete its line), as a user would. */
function editFact(text: string, provider: string, key: string, to: readonly string[] | null): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^(provider|服务商)\\s+${provider}(\\s|$)`).test(l));
  const end = lines.findIndex((l, i) => i > start && /^[}｝]$/.test(l.trim()));
  const words = spellings(keySpec('provider', key)!).join('|');
  const at = lines.findIndex((l, i) => i > start && i < end && new RegExp(`^\\s*(${words})(\\s|:|：)`).test(l));
  const line = to === null ? null : `  ${key} ${to.join(', ')}`;
  if (at >= 0) {
    lines.splice(at, 1, ...(line === null ? [] : [line]));
  } else if (line !== null) {
    lines.splice(end, 0, line);
  }
  return lines.join('\n');
}

suite('what-if', () => {
  test('Qvod: if industry-rules were violated, art287-2 becomes liable (and the accomplice of art363 with it)', () => {
    const results = whatIfFor(parsedOf('p01-qvod.case'), 'Qvod');
    const r = find(results, 'industry-rules', 'violated');
    assert.deepStrictEqual(r.from, ['complied']);
    assert.strictEqual(r.criminal.level, 'liable');
    assert.ok(r.criminal.offenses.some((o) => o.offense === 'art287-2' && o.level === 'liable' && o.as === 'principal'));
    assert.ok(r.criminal.offenses.some((o) => o.offense === 'art363' && o.as === 'accomplice' && o.of === 'Uploaders'));
    assert.strictEqual(r.criminal.controlling, 'art363');
    assert.deepStrictEqual(r.changed, { criminal: true, civil: false });
    assert.strictEqual(
      describeWhatIf(r, 'en'),
      'if `industry-rules` were `violated`: criminal ● liable — art363 (accomplice of Uploaders), art287-2; controlling art363',
    );
    assert.match(describeWhatIf(r, 'zh-CN'), /^若“行业规定”为“违反”：刑事 ● 符合成立条件.*帮助信息网络犯罪活动罪（第287条之二）/);
  });

  test('Qvod: a prompt takedown would end its civil exposure; profit decides nothing', () => {
    const results = whatIfFor(parsedOf('p01-qvod.case'), 'Qvod');
    const r = find(results, 'takedown', 'prompt');
    assert.strictEqual(r.civil, 'none');
    assert.deepStrictEqual(r.changed, { criminal: false, civil: true });
    assert.strictEqual(describeWhatIf(r, 'en'), 'if `takedown` were `prompt`: civil ○ none');
    assert.strictEqual(describeWhatIf(r, 'zh-CN'), '若“移除”为“及时”：民事、行政 ○ 不成立');
    assert.ok(!results.some((x) => x.key === 'profit' || x.key === 'blocks-user-content'));
    assert.ok(!results.some((x) => x.key === 'role'), 'role is not varied');
  });

  test('case 2 (hosting): stating targeted yes makes it liable; unstated facts are tried too', () => {
    const results = whatIfFor(parsedOf('p03-case2-hosting.case'), 'Chen');
    const r = find(results, 'targeted', 'yes');
    assert.strictEqual(r.from, null, 'targeted is unstated in case 2');
    assert.strictEqual(r.criminal.level, 'liable');
    assert.strictEqual(r.criminal.controlling, 'art266');
    const k = find(results, 'knowledge', null);
    assert.strictEqual(k.criminal.level, 'none');
    assert.strictEqual(describeWhatIf(k, 'en'), 'if `knowledge` were unstated: criminal ○ none; civil ○ none');
    assert.strictEqual(describeWhatIf(k, 'zh-CN'), '若“明知”未写明：刑事 ○ 不成立；民事、行政 ○ 不成立');
  });

  test('alternatives with the same outcome are reported together', () => {
    const results = whatIfFor(parsedOf('p02-case1-broadband.case'), 'Yang');
    const r = find(results, 'knowledge', 'none');
    assert.deepStrictEqual(r.to, [['none'], ['general']]);
    assert.strictEqual(describeWhatIf(r, 'en'), 'if `knowledge` were `none` or `general`: criminal ○ none; civil ○ none');
    assert.strictEqual(describeWhatIf(r, 'zh-CN'), '若“明知”为“不知”或“概括知道”：刑事 ○ 不成立；民事、行政 ○ 不成立');
    // three or more: a Chinese list joins them with 、 and puts 或 only before the last
    const takedown = find(results, 'takedown', 'refused');
    assert.deepStrictEqual(takedown.to, [['delayed'], ['refused'], ['none']]);
    assert.strictEqual(describeWhatIf(takedown, 'zh-CN'), '若“移除”为“迟延”、“拒绝”或“未采取”：民事、行政 ● 可能承担');
    assert.strictEqual(describeWhatIf(takedown, 'en'), 'if `takedown` were `delayed` or `refused` or `none`: civil ● exposed');
  });

  test('case 6: without stated knowledge, deep participation still leaves theft complicity possible', () => {
    const r = find(whatIfFor(parsedOf('p07-case6-phishing.case'), 'Builders'), 'knowledge', null);
    assert.strictEqual(r.criminal.level, 'possible');
    assert.deepStrictEqual(r.criminal.offenses.map((o) => [o.offense, o.as, o.of]), [['art264', 'accomplice', 'Gang']]);
  });

  test('every result is what the doctrine concludes when the fact is rewritten in the text', () => {
    // Not a table: each reported alternative, written into the brief, yields the reported outcome,
    // and each value not reported leaves the conclusions as they were.
    let checked = 0;
    for (const file of fs.readdirSync(CASES).filter((f) => f.endsWith('.case'))) {
      const parsed = parsedOf(file);
      for (const p of parsed.analysis.providers) {
        const base = JSON.stringify(outcomeOf(p));
        const results = whatIfFor(parsed, p.id);
        for (const spec of WHAT_IF_KEYS) {
          const values = spec.value.type === 'enum' ? VALUE_SETS[spec.value.set].map((t) => [t.id]) : [];
          for (const to of [...values, null]) {
            const rewritten = parseText('file:///x.case', 1, editFact(parsed.text, p.id, spec.id, to), false);
            const actual = JSON.stringify(outcomeOf(rewritten.analysis.byId(p.id)!));
            const reported = results.find((r) => r.key === spec.id && r.to.some((v) => JSON.stringify(v) === JSON.stringify(to)));
            if (reported) {
              assert.strictEqual(actual, JSON.stringify({ criminal: reported.criminal, civil: reported.civil }), `${file} ${spec.id} → ${String(to)}`);
              assert.notStrictEqual(actual, base, `${file} ${spec.id} → ${String(to)} is reported but changes nothing`);
            } else {
              const from = p.provider.facts.get(spec.id)?.values ?? null;
              if (JSON.stringify(from) !== JSON.stringify(to)) {
                assert.strictEqual(actual, base, `${file} ${spec.id} → ${String(to)} changes the conclusions but is not reported`);
              }
            }
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 400, `only ${checked} alternatives checked`);
  });

  test('computed once per parse: the same version answers from the cache, a new version afresh', () => {
    const v1 = parsedOf('p01-qvod.case', 1);
    const first = whatIfFor(v1, 'Qvod');
    assert.strictEqual(whatIfFor(v1, 'Qvod'), first);
    const v2 = parsedOf('p01-qvod.case', 2);
    assert.notStrictEqual(whatIfFor(v2, 'Qvod'), first);
    assert.deepStrictEqual(whatIfFor(v2, 'Qvod'), first);
    assert.deepStrictEqual(whatIfFor(v1, 'Nobody'), []);
  });

  test('kept across versions while what they read is unchanged; always what a fresh computation finds', () => {
    const examples = path.join(__dirname, '..', '..', 'examples');
    const phishing = fs.readFileSync(path.join(examples, '07-case6-phishing.case'), 'utf8');
    let text = `${fs.readFileSync(path.join(examples, '01-qvod.case'), 'utf8')}\n${phishing}`;
    const service = getLanguageService();
    const uri = 'file:///whatif-kept.case';
    let version = 0;
    const next = (edit: (t: string) => string) => {
      const edited = edit(text);
      assert.ok(version === 0 || edited !== text, 'the edit applies');
      text = edited;
      version++;
      const parsed = service.parse(TextDocument.create(uri, 'casefacts', version, text));
      const fresh = parseText(uri, version, text, false);
      for (const id of ['Qvod', 'Builders']) {
        assert.deepStrictEqual(whatIfFor(parsed, id), whatIfFor(fresh, id), `${id} at version ${version}`);
      }
      return { qvod: whatIfFor(parsed, 'Qvod'), builders: whatIfFor(parsed, 'Builders') };
    };
    const v1 = next((t) => t);
    assert.ok(v1.qvod.length > 0 && v1.builders.length > 0, 'both providers have decisive facts');
    // a keystroke in a note: nothing either reads changed
    const v2 = next((t) => t.replace('knew users spread', 'knew users spread, '));
    assert.strictEqual(v2.qvod, v1.qvod);
    assert.strictEqual(v2.builders, v1.builders);
    // one of Qvod's facts: Qvod's made again, Builders' kept
    const v3 = next((t) => editFact(t, 'Qvod', 'industry-rules', ['violated']));
    assert.notStrictEqual(v3.qvod, v2.qvod);
    assert.notDeepStrictEqual(v3.qvod, v2.qvod, 'violating the industry rules moves what decides');
    assert.strictEqual(v3.builders, v2.builders);
    // the offender that uses Builders: Builders' made again
    const v4 = next((t) => t.replace('offense art264', 'offense art266'));
    assert.notStrictEqual(v4.builders, v3.builders);
    assert.strictEqual(v4.qvod, v3.qvod);
    // a charge against Qvod
    const v5 = next((t) => t.replace('reason tech-user, legal-works-only, principal-act', 'reason tech-user'));
    assert.notStrictEqual(v5.qvod, v4.qvod);
    assert.strictEqual(v5.builders, v4.builders);
    // the case's conduct date (which law applies): both made again
    const v6 = next((t) => t.replace('  source  "(2016)京01刑终592号"', '  source  "(2016)京01刑终592号"\n  conduct 2013-06-01'));
    assert.notStrictEqual(v6.qvod, v5.qvod);
    assert.notStrictEqual(v6.builders, v5.builders);
  });

  test('code lenses across versions: where each header is, what a fresh parse gives; an untouched provider in place keeps its lenses', () => {
    const examples = path.join(__dirname, '..', '..', 'examples');
    let text = `${fs.readFileSync(path.join(examples, '01-qvod.case'), 'utf8')}\n${fs.readFileSync(path.join(examples, '07-case6-phishing.case'), 'utf8')}`;
    const service = getLanguageService();
    const uri = 'file:///lenses-kept.case';
    let version = 0;
    const lensesAfter = (edit: (t: string) => string) => {
      text = edit(text);
      version++;
      const document = TextDocument.create(uri, 'casefacts', version, text);
      const lenses = getCodeLenses(service.parse(document), document, { locale: 'en' });
      const fresh = parseText(uri, version, text, false);
      const expected = fresh.analysis.providers.flatMap((c) => {
        const range = toRange(document, c.provider.block.offset, c.provider.block.headerEnd - c.provider.block.offset);
        const command = { title: conclusionLine(outcomeOf(c), 'en'), command: SERVER_CONCLUSION_COMMAND, arguments: [{ uri, provider: c.id }] };
        return [{ range, command }, { range, data: { uri, provider: c.id } }];
      });
      assert.deepStrictEqual(lenses, expected, `version ${version}`);
      return lenses;
    };
    const v1 = lensesAfter((t) => t);
    assert.strictEqual(v1.length, 4);
    const v2 = lensesAfter((t) => t.replace('knew users spread', 'knew users spread, ')); // a note
    assert.ok(v2.every((l, i) => l === v1[i]), 'a note edit: every lens the same object');
    const v3 = lensesAfter((t) => t.replace('  targeted       no', '  # a comment line\n  targeted       no')); // a line added in Qvod's block
    assert.notStrictEqual(v3[2], v2[2]);
    assert.strictEqual(v3[2].range.start.line, v2[2].range.start.line + 1, "Builders' moved a line down");
    const v4 = lensesAfter((t) => editFact(t, 'Builders', 'participation', ['general'])); // Builders concluded anew
    assert.notStrictEqual(v4[2], v3[2]);
    assert.ok(v4[0] === v3[0] && v4[1] === v3[1], "Qvod's, above it and untouched, kept");
    const zh = getCodeLenses(service.parse(TextDocument.create(uri, 'casefacts', version, text)), TextDocument.create(uri, 'casefacts', version, text), { locale: 'zh-CN' });
    assert.notStrictEqual(zh[0], v4[0]);
    assert.match(zh[0].command!.title, /刑事/);
  });

  test('decisive facts are counted per key; the conclusion line names levels in words', () => {
    const parsed = parsedOf('p02-case1-broadband.case');
    const results = whatIfFor(parsed, 'Yang');
    assert.deepStrictEqual([...new Set(results.map((r) => r.key))], ['knowledge', 'takedown', 'order']);
    assert.strictEqual(decisiveFactCount(results), 3);
    assert.strictEqual(
      conclusionLine(outcomeOf(parsed.analysis.byId('Yang')!), 'en'),
      'Criminal: ● liable — art287-2, art266 (accomplice of Fraudsters); controlling art266 · Civil: ◐ undetermined',
    );
    assert.strictEqual(
      conclusionLine(outcomeOf(parsed.analysis.byId('Yang')!), 'zh-CN'),
      '刑事：● 符合成立条件 — 帮助信息网络犯罪活动罪（第287条之二）、诈骗罪（第266条；Fraudsters的共犯）；以诈骗罪（第266条）论处 · 民事、行政：◐ 尚不确定',
    );
  });
});

suite('what-if: a provider\'s facts with one changed', () => {
  test('reads as a copy of the map with that fact set or deleted would: get, has, size, iteration', () => {
    const facts = parsedOf('p01-qvod.case').model.providers[0].facts;
    const other = facts.get('knowledge')!;
    for (const [key, fact] of [['knowledge', undefined], ['knowledge', other], ['profit', undefined], ['ranking', other], ['ranking', undefined]] as const) {
      const copy = new Map(facts);
      if (fact) {
        copy.set(key, fact);
      } else {
        copy.delete(key);
      }
      const view = new OneFactChanged(facts, key, fact);
      assert.strictEqual(view.size, copy.size, `${key} ${fact ? 'set' : 'deleted'}`);
      assert.deepStrictEqual([...view], [...copy]);
      assert.deepStrictEqual([...view.keys()], [...copy.keys()]);
      assert.deepStrictEqual([...view.values()], [...copy.values()]);
      for (const k of ['role', 'knowledge', 'profit', 'ranking']) {
        assert.strictEqual(view.get(k), copy.get(k), k);
        assert.strictEqual(view.has(k), copy.has(k), k);
      }
      const seen: string[] = [];
      view.forEach((_f, k, map) => {
        assert.strictEqual(map, view);
        seen.push(k);
      });
      assert.deepStrictEqual(seen, [...copy.keys()]);
    }
  });
});

suite('code lens', () => {
  const lensesOf = (file: string, locale: 'en' | 'zh-CN' = 'en', extensionCommands = true) => {
    const text = read(file);
    const document = TextDocument.create(`file:///${file}`, 'casefacts', 1, text);
    const parsed = parseText(document.uri, 1, text, false);
    // The editor resolves the lenses it shows; resolve them all.
    const settings = { locale, extensionCommands };
    return { text, document, parsed, lenses: getCodeLenses(parsed, document, settings).map((l) => (l.command ? l : resolveCodeLens(parsed, document, l, settings))) };
  };

  test('the decisive-facts lens is resolved only when shown: unresolved it carries the provider', () => {
    const text = read('p01-qvod.case');
    const document = TextDocument.create('file:///q.case', 'casefacts', 1, text);
    const lenses = getCodeLenses(parseText(document.uri, 1, text, false), document, { locale: 'en' });
    assert.strictEqual(lenses[1].command, undefined);
    assert.deepStrictEqual(lenses[1].data, { uri: 'file:///q.case', provider: 'Qvod' });
  });

  test('above each provider header: its conclusions in words, then its decisive facts with the what-if command', () => {
    const { lenses, document } = lensesOf('p02-case1-broadband.case');
    assert.strictEqual(lenses.length, 2);
    const [conclusions, decisive] = lenses;
    assert.strictEqual(conclusions.command?.title, 'Criminal: ● liable — art287-2, art266 (accomplice of Fraudsters); controlling art266 · Civil: ◐ undetermined');
    assert.strictEqual(document.getText(conclusions.range), 'provider Yang "杨某"');
    assert.strictEqual(conclusions.range.start.line, decisive.range.start.line);
    assert.strictEqual(decisive.command?.title, 'Decisive facts: 3');
    assert.strictEqual(decisive.command?.command, SHOW_WHAT_IF_COMMAND);
    const args = decisive.command?.arguments?.[0] as ShowWhatIfArgs;
    assert.strictEqual(args.provider, 'Yang');
    assert.strictEqual(args.uri, 'file:///p02-case1-broadband.case');
    assert.ok(args.lines.includes('if `takedown` were `prompt`: civil ○ none'), args.lines.join('\n'));
    assert.strictEqual(args.lines.length, args.results.length);
  });

  test('in Chinese, and for Qvod the criminal none and civil exposed', () => {
    const zh = lensesOf('p01-qvod.case', 'zh-CN').lenses;
    assert.strictEqual(zh[0].command?.title, '刑事：○ 不成立 · 民事、行政：● 可能承担');
    assert.strictEqual(zh[1].command?.title, '决定性事实：6 项');
    assert.ok((zh[1].command?.arguments?.[0] as ShowWhatIfArgs).lines.some((l) => l.startsWith('若“行业规定”为“违反”')));
    assert.strictEqual(lensesOf('p01-qvod.case').lenses[0].command?.title, 'Criminal: ○ none · Civil: ● exposed');
  });

  test('a provider no single fact moves says so, without a command', () => {
    const text = 'provider Author {\n  role content\n}\n';
    const document = TextDocument.create('file:///a.case', 'casefacts', 1, text);
    const parsed = parseText(document.uri, 1, text, false);
    const lenses = getCodeLenses(parsed, document, { locale: 'en' }).map((l) => (l.command ? l : resolveCodeLens(parsed, document, l, { locale: 'en' })));
    assert.deepStrictEqual(lenses.map((l) => l.command?.title), ['Criminal: – not assessed · Civil: – not assessed', 'Decisive facts: none']);
    assert.strictEqual(lenses[1].command?.command, '');
  });

  test('the conclusion lens opens the report at its provider in VS Code; elsewhere it runs the server\'s command', () => {
    const vscode = lensesOf('p02-case1-broadband.case').lenses[0].command;
    assert.deepStrictEqual([vscode?.command, vscode?.arguments], [SHOW_REPORT_COMMAND, ['file:///p02-case1-broadband.case', 'Yang']]);
    const [conclusion, decisive] = lensesOf('p02-case1-broadband.case', 'en', false).lenses;
    assert.deepStrictEqual([conclusion.command?.command, conclusion.command?.arguments], [SERVER_CONCLUSION_COMMAND, [{ uri: 'file:///p02-case1-broadband.case', provider: 'Yang' }]]);
    assert.strictEqual(decisive.command?.command, SERVER_WHAT_IF_COMMAND);
  });

  test('the server\'s conclusion command: the conclusions with their reasons, in the brief\'s language', () => {
    const { parsed } = lensesOf('p02-case1-broadband.case');
    const lines = conclusionLines(parsed.analysis.byId('Yang')!, 'en');
    assert.strictEqual(lines[0], 'Yang: Criminal: ● liable — art287-2, art266 (accomplice of Fraudsters); controlling art266 · Civil: ◐ undetermined');
    assert.strictEqual(lines[1], 'Criminal: ● liable');
    assert.ok(lines.includes('  - art. 266 (fraud) (accomplice of Fraudsters, ● liable)'), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('    - ') && /\(III\.\(一\)/.test(l)), 'each offense with its reasons, citing the paper');
    assert.ok(lines.includes('Civil & administrative: ◐ undetermined'), lines.join('\n'));
    const zh = conclusionLines(lensesOf('p02-case1-broadband.case', 'zh-CN').parsed.analysis.byId('Yang')!, 'zh-CN');
    assert.ok(zh[0].startsWith('Yang：刑事：'), zh[0]);
    assert.ok(zh.includes('民事、行政责任：◐ 尚不确定'), zh.join('\n'));
  });

  test('a lens resolved after its provider was renamed speaks of the provider now on its line; with none there, of the change', () => {
    const { document, parsed } = lensesOf('p02-case1-broadband.case');
    const [, decisive] = getCodeLenses(parsed, document, { locale: 'en' });
    const renamed = document.getText().replace(/\bYang\b/g, 'Yung');
    const now = TextDocument.create(document.uri, 'casefacts', 2, renamed);
    const reparsed = parseText(now.uri, 2, renamed, false);
    const resolved = resolveCodeLens(reparsed, now, decisive, { locale: 'en' });
    assert.strictEqual(resolved.command?.title, 'Decisive facts: 3');
    assert.strictEqual((resolved.command?.arguments?.[0] as ShowWhatIfArgs).provider, 'Yung');
    const gone = renamed.replace(/^provider Yung[^\n]*\n/m, '\n');
    const lost = resolveCodeLens(parseText(now.uri, 3, gone, false), TextDocument.create(now.uri, 'casefacts', 3, gone), decisive, { locale: 'zh-CN' });
    assert.deepStrictEqual([lost.command?.title, lost.command?.command], ['决定性事实：（文书已更改）', '']);
  });
});
