/** Text from the file cannot reorder the report around it: its bidi controls are balanced. */
import * as assert from 'assert';
import { balanceBidi } from '../../server/src/service/report/bidi';
import { escapeHtml, h, toHtml } from '../../server/src/service/report/elements';
import { mdEscape } from '../../server/src/service/report/markdown';

const [LRE, RLE, PDF, LRO, RLO] = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'];
const [LRI, RLI, FSI, PDI] = ['\u2066', '\u2067', '\u2068', '\u2069'];

suite('bidi: text from the file is balanced', () => {
  test('text without controls is itself (Hebrew, Arabic and marks are not controls)', () => {
    for (const s of ['Qvod', '深圳快播公司', 'שלום', 'مرحبا', 'a\u200Fb']) {
      assert.strictEqual(balanceBidi(s), s);
    }
  });

  test('open overrides, embeddings and isolates are closed at its end, innermost first', () => {
    assert.strictEqual(balanceBidi(`a${RLO}b`), `a${RLO}b${PDF}`);
    assert.strictEqual(balanceBidi(`${LRE}${RLI}x`), `${LRE}${RLI}x${PDI}${PDF}`);
    assert.strictEqual(balanceBidi(`${RLE}x${PDF}${LRO}y`), `${RLE}x${PDF}${LRO}y${PDF}`);
    assert.strictEqual(balanceBidi(`${FSI}${RLO}x${PDI}`), `${FSI}${RLO}x${PDI}`, 'a PDI closes what was opened inside its isolate');
  });

  test('a closer that matches nothing in it is dropped: it would close ours', () => {
    assert.strictEqual(balanceBidi(`x${PDI}${RLO}y`), `x${RLO}y${PDF}`);
    assert.strictEqual(balanceBidi(`x${PDF}y`), 'xy');
    assert.strictEqual(balanceBidi(`${LRI}${PDF}x${PDI}`), `${LRI}x${PDI}`, 'a PDF cannot close across an isolate');
  });

  test('Markdown and HTML texts are balanced; the HTML is escaped as before', () => {
    assert.strictEqual(mdEscape(`*a*${RLO}`), `\\*a\\*${RLO}${PDF}`);
    assert.strictEqual(toHtml(h('q', { title: `t${RLO}` }, `<n>${RLO}`)), `<q title="t${RLO}${PDF}">${escapeHtml('<n>')}${RLO}${PDF}</q>`);
  });
});
