/**
 * Every message exists in both languages: no catalog key is missing in either.
 * A doctrine rule's message is a one-line headline citing its section, with an
 * explanation (the paper's argument and sources) beside it in both languages.
 */
import * as assert from 'assert';
import { messageDef, messageIds, sectionsZh } from '../../server/src/service/i18n/messages';
import { TERM_HELP } from '../../server/src/service/knowledge/terms';
import { TOPICS } from '../../server/src/service/knowledge/topics';
import { RULES } from '../../server/src/service/rules/meta';
import '../../server/src/service/languageService';
import '../../server/src/service/report/labels';
import '../../server/src/cli/messages';

const SAMPLE = { id: 'P', of: 'O', offense: 'art266', role: 'caching', key: 'role', word: 'x', block: 'provider', gaps: 'targeted', facts: 'targeted', line: 1, shown: 1, total: 2, files: 1, errors: 0, warnings: 0, infos: 0, text: 'x', date: '2015-01-01', suggestions: '`x`', valid: '`x`', findings: 'x', takedown: 'refused', knowledge: 'none', other: 'art266', set: 'role', section: 'I', sections: 'III.(一).3–5', g0: 'x', g1: 'y' };

suite('message catalog', () => {
  test('every message renders in English and in Chinese, and they differ', () => {
    const ids = messageIds();
    assert.ok(ids.length > 100, `only ${ids.length} messages`);
    for (const id of ids) {
      const def = messageDef(id)!;
      const en = def.en(SAMPLE);
      const zh = def.zh(SAMPLE);
      assert.ok(en.trim().length > 0, `${id}: empty English`);
      assert.ok(zh.trim().length > 0, `${id}: empty Chinese`);
      if (!id.startsWith('w.') && !/^(cli\.severity|level\.(liable|possible|none))/.test(id) && /[a-z]{4}/i.test(en)) {
        assert.match(zh, /[\u3400-\u9fff]/, `${id}: the Chinese message has no Chinese: ${zh}`);
      }
    }
  });

  test('every rule has its own message', () => {
    const ids = new Set(messageIds());
    for (const r of RULES.filter((x) => x.kind === 'doctrine' || x.id !== 'syntax')) {
      assert.ok(ids.has(r.id), `no message for ${r.id}`);
    }
  });

  const DOCTRINE = RULES.filter((x) => x.kind === 'doctrine');

  /** The last parenthesised group of a text, nested parentheses kept (`(I.(一))` → `I.(一)`). */
  function lastGroup(text: string, open: string, close: string): string | undefined {
    if (!text.endsWith(close)) {
      return undefined;
    }
    let depth = 0;
    for (let i = text.length - 1; i >= 0; i--) {
      depth += text[i] === close ? 1 : text[i] === open ? -1 : 0;
      if (depth === 0) {
        return text.slice(i + 1, -1);
      }
    }
    return undefined;
  }

  test('a doctrine headline is one line, one sentence, and ends with its section in parentheses', () => {
    for (const r of DOCTRINE) {
      const def = messageDef(r.id)!;
      const en = def.en(SAMPLE);
      const zh = def.zh(SAMPLE);
      // The section the headline must name: the rule's first (verdict-divergence: its findings').
      const section = r.id === 'verdict-divergence' ? SAMPLE.sections : r.section!.split(', ')[0].replace(/ summary$/, '');
      for (const [lang, text] of [['en', en], ['zh', zh]]) {
        assert.ok(!/[\r\n]/.test(text), `${r.id} ${lang}: a headline on several lines: ${text}`);
        assert.ok(!/\[\d+\]/.test(text), `${r.id} ${lang}: sources belong in the explanation: ${text}`);
      }
      assert.ok(!/[.!?]["”]?\s+[A-Z"“]/.test(en), `${r.id} en: a second sentence: ${en}`);
      assert.ok(en.length <= 120, `${r.id} en: ${en.length} characters: ${en}`);
      const enCite = lastGroup(en, '(', ')');
      assert.ok(enCite?.toLowerCase().includes(section.toLowerCase()), `${r.id} en does not end citing ${section}: ${en}`);
      assert.ok(!/[。！？]/.test(zh), `${r.id} zh: a second sentence: ${zh}`);
      const zhCite = lastGroup(zh, '（', '）');
      assert.ok(zhCite?.includes(sectionsZh(section)), `${r.id} zh does not end citing ${sectionsZh(section)}: ${zh}`);
    }
  });

  test('every doctrine headline has an explanation in both languages, with the rule\'s sources', () => {
    for (const r of DOCTRINE) {
      const why = messageDef(r.id)!.why;
      assert.ok(why, `${r.id}: no explanation`);
      const en = why.en(SAMPLE);
      const zh = why.zh(SAMPLE);
      assert.ok(en.length > 40, `${r.id}: a thin English explanation: ${en}`);
      assert.match(zh, /[\u3400-\u9fff]{10}/, `${r.id}: the Chinese explanation has no Chinese: ${zh}`);
      assert.ok(!en.startsWith(messageDef(r.id)!.en(SAMPLE)), `${r.id}: the explanation repeats the headline`);
      for (const source of (r.sources ?? '').match(/\[\d+\]/g) ?? []) {
        assert.ok(en.includes(source), `${r.id} en explanation lacks ${source}`);
        assert.ok(zh.includes(source), `${r.id} zh explanation lacks ${source}`);
      }
    }
  });

  test('only doctrine rules explain: the text checks\' messages are already short', () => {
    // a rule's variants (`refusal-scope.other`) explain as the rule does
    const explained = messageIds().filter((id) => messageDef(id)!.why).map((id) => id.split('.')[0]);
    assert.deepStrictEqual([...new Set(explained)].sort(), DOCTRINE.map((r) => r.id).sort());
  });
});

suite('Chinese typography', () => {
  /** Every Chinese text a reader can be shown: the catalog, the hover knowledge, the topics. */
  function chineseTexts(): [string, string][] {
    const out: [string, string][] = [];
    for (const id of messageIds()) {
      const def = messageDef(id)!;
      out.push([id, def.zh(SAMPLE)]);
      if (def.why) {
        out.push([`${id} (why)`, def.why.zh(SAMPLE)]);
      }
    }
    for (const [id, help] of Object.entries(TERM_HELP)) {
      out.push([`${id} meaning`, help.meaning.zh]);
      if (help.doctrine) {
        out.push([`${id} doctrine`, help.doctrine.zh]);
      }
    }
    for (const [id, topic] of Object.entries(TOPICS)) {
      out.push([`topic ${id}`, topic.zh], [`topic ${id} title`, topic.title.zh]);
    }
    return out;
  }

  test('Chinese quotation marks, not ASCII ones, around Chinese words', () => {
    const bad = chineseTexts().filter(([, zh]) => /"[^"]*[\u3400-\u9fff][^"]*"/.test(zh)).map(([id, zh]) => `${id}: ${/.{0,12}"[^"]*"/.exec(zh)![0]}`);
    assert.deepStrictEqual(bad, []);
  });

  test('sections cited as the diagnostics cite them: 三（一）3–4, not 三、（一）.3—4', () => {
    const bad = chineseTexts().filter(([, zh]) => /[一二三]、（[一二三四五]）|[一二三]、(引言|小结)|\d—\d/.test(zh))
      .map(([id, zh]) => `${id}: ${/.{0,6}([一二三]、（[一二三四五]）|[一二三]、(引言|小结)|\d—\d).{0,6}/.exec(zh)![0]}`);
    assert.deepStrictEqual(bad, []);
  });
});
