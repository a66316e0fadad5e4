/**
 * A brief above the worker threshold, edited: the worker that validates it keeps the
 * document and its tree, and is sent the editor's changes, not the whole text. After
 * each kind of edit (in a comment, to a fact, one that breaks the blocks, a typo, the
 * whole text replaced) the diagnostics published equal those of the same text opened
 * afresh.
 */
import * as assert from 'assert';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient } from '../helpers/lspClient';
import { bigBrief } from './bigBrief';

const positionOf = (text: string, offset: number) => TextDocument.create('file:///t', 'casefacts', 1, text).positionAt(offset);

/** What a user sees of a diagnostic. */
const seen = (ds: Diagnostic[]) => ds.map((d) => [d.code, d.severity, d.range, d.message, (d.relatedInformation ?? []).map((r) => [r.location.range, r.message])]);

suite('robustness: a brief validated in a worker, edited', function () {
  this.timeout(300_000);

  test('after each kind of edit, the diagnostics of a fresh open of the same text', async () => {
    const client = await TestClient.start();
    try {
      const uri = 'file:///big/edited.case';
      let text = `# a comment to type in\n${bigBrief(1_100_000)}`;
      assert.ok(text.length > 1_000_000, 'above the worker threshold');
      await client.open(uri, text);
      let n = 0;
      const edit = async (what: string, at: number, length: number, insert: string) => {
        const change: TextDocumentContentChangeEvent = { range: { start: positionOf(text, at), end: positionOf(text, at + length) }, text: insert };
        text = text.slice(0, at) + insert + text.slice(at + length);
        const got = await client.change(uri, [change]);
        const fresh = `file:///big/fresh-${n++}.case`;
        const expected = await client.open(fresh, text);
        await client.close(fresh);
        assert.deepStrictEqual(seen(got), seen(expected), `after ${what}`);
        return got;
      };
      // near the top: the list shows the first 1,000 problems
      const early = text.indexOf('role', 2000);
      await edit('typing in a comment', 5, 0, 'x');
      await edit('a fact changed', early + 'role'.length + 1, 0, 'caching, ');
      const typo = await edit('a typo in a key', early, 4, 'rle');
      assert.ok(typo.some((d) => d.code === 'unknown-key' && d.range.start.line === positionOf(text, early).line), 'the typo is reported where it is');
      await edit('a closing brace that ends a block early', early, 0, '}\n');
      await edit('a line added at the top', 0, 0, 'provider Top {\n  role storage\n}\n');
      // the whole text replaced (a change without a range), then an edit after it
      text = text.replace('# axa comment', '# a comment');
      const whole = await client.change(uri, [{ text }]);
      const fresh = await client.open('file:///big/fresh-whole.case', text);
      assert.deepStrictEqual(seen(whole), seen(fresh), 'after the whole text replaced');
      await edit('typing after the whole text was replaced', 3, 0, 'y');
    } finally {
      await client.stop();
    }
  });
});
