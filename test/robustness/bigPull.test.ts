/**
 * A brief above the worker threshold, pulled: the worker's list arrives in
 * full, and an edit that changes no diagnostic is answered "unchanged" even
 * though the worker hands back copies (the server maps them onto the objects
 * of the previous list).
 */
import * as assert from 'assert';
import type { FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lspClient';
import { bigBrief } from './bigBrief';

suite('robustness: a brief validated in a worker, pulled', function () {
  this.timeout(300_000);

  test('full at first, "unchanged" after an edit in a comment, full again after a typo', async () => {
    const client = await TestClient.start({ pull: true });
    try {
      const uri = 'file:///big/pulled.case';
      const text = `# a comment to type in\n${bigBrief(1_200_000)}`;
      assert.ok(text.length > 1_000_000, 'above the worker threshold');
      await client.openOnly(uri, text);
      const first = (await client.pull(uri)) as FullDocumentDiagnosticReport;
      assert.strictEqual(first.kind, 'full');
      assert.strictEqual(first.items.length, 1001, 'the cap of 1000, and the note');
      await client.changeNoWait(uri, [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } }, text: 'x' }]);
      assert.deepStrictEqual(await client.pull(uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });
      // a new problem on the first line: the list changes
      await client.changeNoWait(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: 'provider Z { rol x }' }]);
      const third = (await client.pull(uri, first.resultId)) as FullDocumentDiagnosticReport;
      assert.strictEqual(third.kind, 'full');
      assert.notStrictEqual(third.resultId, first.resultId);
      assert.ok(third.items.some((d) => d.range.start.line === 0 && d.code === 'unknown-key'), JSON.stringify(third.items.slice(0, 3)));
    } finally {
      await client.stop();
    }
  });
});
