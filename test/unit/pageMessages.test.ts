/** The report page's messages to the extension: what a forged message can make it do (nothing). */
import * as assert from 'assert';
import { isRuleDocUrl, parsePageMessage } from '../../client/src/report/pageMessages';
import { DOCS_BASE_URL, RULES } from '../../server/src/service/rules/meta';

suite('report page messages', () => {
  test('what the page sends is taken as it is', () => {
    assert.deepStrictEqual(parsePageMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepStrictEqual(parsePageMessage({ type: 'reveal', line: 25, column: 20 }), { type: 'reveal', line: 25, column: 20 });
    assert.deepStrictEqual(parsePageMessage({ type: 'reveal', line: 3 }), { type: 'reveal', line: 3, column: undefined });
    assert.deepStrictEqual(parsePageMessage({ type: 'command', command: 'saveHtml' }), { type: 'command', command: 'saveHtml' });
    for (const r of RULES) {
      const url = `${DOCS_BASE_URL}${r.id}.md`;
      assert.deepStrictEqual(parsePageMessage({ type: 'openDoc', url }), { type: 'openDoc', url });
    }
  });

  test('a forged message opens no other page or file, runs no other command, reveals no absurd line', () => {
    const forged: unknown[] = [
      null, 'reveal', 42, [], { type: 'update' }, { type: 'Ready' },
      { type: 'reveal', line: 0 }, { type: 'reveal', line: -1 }, { type: 'reveal', line: 1.5 }, { type: 'reveal', line: '3' },
      { type: 'reveal', line: 1e300 }, { type: 'reveal', line: Number.MAX_SAFE_INTEGER + 1 }, { type: 'reveal', line: Infinity },
      { type: 'reveal', line: 2, column: 0 }, { type: 'reveal', line: 2, column: 1e300 },
      { type: 'command', command: 'workbench.action.terminal.new' }, { type: 'command', command: 'caseFacts.saveReportHtml' },
      { type: 'openDoc', url: 'command:workbench.action.terminal.new' },
      { type: 'openDoc', url: 'javascript:alert(1)' },
      { type: 'openDoc', url: 'file:///etc/passwd' },
      { type: 'openDoc', url: 'https://evil.example/omission-dissemination.md' },
      { type: 'openDoc', url: `${DOCS_BASE_URL}../../../../etc/passwd.md` },
      { type: 'openDoc', url: `${DOCS_BASE_URL}omission-dissemination.md?x=1` },
      { type: 'openDoc', url: `${DOCS_BASE_URL}README.md` },
      { type: 'openDoc', url: `${DOCS_BASE_URL}not-a-rule.md` },
      { type: 'openDoc', url: `${DOCS_BASE_URL}constructor.md` },
      { type: 'openDoc' },
    ];
    for (const m of forged) {
      assert.strictEqual(parsePageMessage(m), undefined, JSON.stringify(m));
    }
    assert.ok(!isRuleDocUrl(`${DOCS_BASE_URL}__proto__.md`));
  });
});
