/** Every message exists in both languages: no catalog key is missing in either. */
import * as assert from 'assert';
import { messageDef, messageIds } from '../../server/src/service/i18n/messages';
import { RULES } from '../../server/src/service/rules/meta';
import '../../server/src/service/languageService';
import '../../server/src/service/report/labels';
import '../../server/src/cli/messages';

const SAMPLE = { id: 'P', of: 'O', offense: 'art266', role: 'caching', key: 'role', word: 'x', block: 'provider', gaps: 'targeted', facts: 'targeted', line: 1, shown: 1, total: 2, files: 1, errors: 0, warnings: 0, infos: 0, text: 'x', date: '2015-01-01', suggestions: '`x`', valid: '`x`', findings: 'x', takedown: 'refused', knowledge: 'none', other: 'art266', set: 'role', section: 'I' };

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

  test('doctrine messages cite the paper\'s section in both languages', () => {
    // verdict-divergence cites through the findings it names, which carry their own sections.
    for (const r of RULES.filter((x) => x.kind === 'doctrine' && x.id !== 'verdict-divergence')) {
      const def = messageDef(r.id)!;
      assert.match(def.en(SAMPLE), /\((I|II|III)\.|\(abstract\)|I\.\(|II\.\(|III\.\(/, `${r.id} en cites no section`);
      assert.match(def.zh(SAMPLE), /（[一二三]|摘要/, `${r.id} zh cites no section`);
    }
  });
});
