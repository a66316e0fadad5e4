/**
 * Each version is validated at most once, and only the newest is published
 * last. Found while measuring a 10 MB brief: TextDocuments updates a document
 * in place, so the server's "superseded?" check compared the document with
 * itself: edits that arrived while a validation awaited the settings each
 * validated and published the newest version again (seen after a close began).
 */
import * as assert from 'assert';
import fc from 'fast-check';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { serverForSuite, TestClient } from '../helpers/lspClient';
import { EXAMPLES, params } from '../property/support';

suite('robustness: each version validated once', function () {
  this.timeout(120_000);
  let client: TestClient;
  let n = 0;

  serverForSuite({ settings: { validate: { delay: 0 } } }, (c) => {
    client = c;
  });

  /** Collects every publication for a uri until stopped. */
  function collect(uri: string): { list: PublishDiagnosticsParams[]; stop: () => void } {
    const list: PublishDiagnosticsParams[] = [];
    let stopped = false;
    const loop = (): void => {
      client.nextDiagnostics(uri, undefined, 60_000).then((p) => {
        if (!stopped) {
          list.push(p);
          loop();
        }
      }, () => undefined);
    };
    loop();
    return { list, stop: () => (stopped = true) };
  }

  test('quick edits: versions published in order, none twice, the newest last', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 2, max: 8 }), fc.boolean(), async (edits, markdown) => {
      const uri = `file:///versions/${n++}.${markdown ? 'md' : 'case'}`;
      const body = EXAMPLES[n % EXAMPLES.length].text;
      const seen = collect(uri);
      // Edits right behind the open: the first validation still awaits this uri's settings from the client.
      const opened = client.open(uri, markdown ? '```case\n' + body + '\n```\n' : body).catch(() => undefined);
      let last = 1;
      for (let i = 0; i < edits; i++) {
        last = await client.changeNoWait(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: i % 2 ? 'x' : '# c\n' }]);
      }
      // A sentinel: a document opened after the edits is validated after every validation they asked for.
      await client.open(`file:///versions/sentinel${n}.case`, 'provider S {\n role caching\n}\n');
      seen.stop();
      void opened;
      const versions = seen.list.map((p) => p.version);
      assert.ok(versions.length > 0, 'nothing published' + client.stderr);
      assert.strictEqual(versions[versions.length - 1], last, `the newest version last: ${versions.join(', ')}`);
      for (let i = 1; i < versions.length; i++) {
        assert.ok((versions[i] as number) > (versions[i - 1] as number), `published twice or out of order: ${versions.join(', ')}`);
      }
      await client.close(uri);
    }), params(30));
  });
});
