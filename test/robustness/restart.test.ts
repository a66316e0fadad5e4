/**
 * Crash and restart, at the LSP level: a server killed under a connected
 * client leaves nothing behind that a fresh start cannot rebuild (the client
 * re-opens its documents and gets the same diagnostics); malformed requests,
 * bad params and unknown methods get error responses (or harmless results),
 * never a crash, and the server keeps answering afterwards.
 */
import * as assert from 'assert';
import { ResponseError } from 'vscode-jsonrpc';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lspClient';
import { EXAMPLES } from '../property/support';

const QVOD = EXAMPLES.find((e) => /qvod/i.test(e.name))?.text ?? EXAMPLES[0].text;
const BROKEN = 'provider P {\n rol cachng\n knowledge specfic\n｝\ncharge Nobody art999 {\n';

const comparable = (ds: readonly Diagnostic[]) => ds.map((d) => ({ code: d.code, range: d.range, message: d.message }));

/** Resolves when the process has exited. */
function exited(client: TestClient): Promise<number | null> {
  return new Promise((resolve) => {
    if (client.proc.exitCode !== null || client.proc.signalCode !== null) {
      resolve(client.proc.exitCode);
    } else {
      client.proc.once('exit', (code) => resolve(code));
    }
  });
}

/** Proves the server is alive: a fresh document gets its diagnostics. */
async function alive(client: TestClient, n: number): Promise<void> {
  const ds = await client.open(`file:///alive/${n}.case`, BROKEN);
  assert.ok(ds.some((d) => d.code === 'unknown-key'), 'diagnostics of a new document');
}

suite('robustness: crash and restart, malformed requests', function () {
  this.timeout(120_000);

  test('killed under a connected client: a fresh start re-publishes the same diagnostics', async () => {
    const first = await TestClient.start();
    const a = await first.open('file:///restart/qvod.case', QVOD);
    const b = await first.open('file:///restart/broken.case', BROKEN);
    assert.ok(b.length > 0);
    const gone = exited(first);
    first.proc.kill('SIGKILL');
    await gone;
    // A request on the dead connection fails; it does not hang.
    await assert.rejects(Promise.race([
      Promise.resolve().then(() => first.request('casefacts/ping', {})),
      new Promise((_, reject) => setTimeout(() => reject(new Error('a request to a dead server hung')), 10_000)),
    ]).then((r) => {
      throw new Error(`answered by a dead server: ${JSON.stringify(r)}`);
    }), (e: Error) => !/hung|answered/.test(e.message));
    first.connection.dispose();

    // What vscode-languageclient does on restart: start the server, re-open every document.
    const second = await TestClient.start();
    try {
      assert.deepStrictEqual(comparable(await second.open('file:///restart/qvod.case', QVOD)), comparable(a));
      assert.deepStrictEqual(comparable(await second.open('file:///restart/broken.case', BROKEN)), comparable(b));
    } finally {
      await second.stop();
    }
  });

  suite('malformed requests and notifications', () => {
    let client: TestClient;
    let n = 0;
    suiteSetup(async () => {
      client = await TestClient.start();
      await client.open('file:///bad/open.case', QVOD);
    });
    suiteTeardown(async () => {
      await client.stop();
    });

    test('an unknown method: MethodNotFound, and the server goes on', async () => {
      await assert.rejects(client.request('casefacts/noSuchMethod', { x: 1 }), (e: ResponseError<unknown>) => e.code === -32601);
      await alive(client, n++);
    });

    test('bad params to every request the server may offer: a result or an error response, never a crash', async () => {
      const methods = [
        'textDocument/hover', 'textDocument/completion', 'textDocument/formatting', 'textDocument/rangeFormatting',
        'textDocument/rename', 'textDocument/prepareRename', 'textDocument/documentSymbol', 'textDocument/codeAction',
        'textDocument/codeLens', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight',
        'textDocument/foldingRange', 'textDocument/selectionRange', 'textDocument/semanticTokens/full', 'textDocument/signatureHelp',
        'textDocument/diagnostic', 'workspace/symbol', 'workspace/executeCommand', 'completionItem/resolve', 'codeLens/resolve',
      ];
      const far = { line: 1e9, character: 1e9 };
      const badParams: unknown[] = [
        null,
        {},
        [],
        'text',
        { textDocument: { uri: 'file:///bad/not-open.case' }, position: { line: 0, character: 0 } },
        { textDocument: { uri: 'file:///bad/open.case' }, position: { line: -1, character: -5 } },
        { textDocument: { uri: 'file:///bad/open.case' }, position: far, range: { start: far, end: { line: 0, character: 0 } }, newName: '', options: { tabSize: -1, insertSpaces: 'x' } },
        { textDocument: { uri: 42 }, position: 'here', newName: 7, command: 'caseFacts.nothing', arguments: [null] },
      ];
      const outcomes = new Map<string, number>();
      for (const method of methods) {
        for (const params of badParams) {
          const r = await client.request(method, params).then(
            () => 'result',
            (e: unknown) => (e instanceof ResponseError ? `error ${e.code}` : `failure ${String(e)}`),
          );
          assert.ok(!r.startsWith('failure'), `${method} ${JSON.stringify(params)}: ${r}`);
          // a result, MethodNotFound for what the server does not offer, or InvalidParams: never InternalError
          assert.ok(r === 'result' || r === 'error -32601' || r === 'error -32602', `${method} ${JSON.stringify(params)}: ${r}`);
          outcomes.set(r, (outcomes.get(r) ?? 0) + 1);
        }
        assert.strictEqual(client.proc.exitCode, null, `the server exited after ${method}`);
      }
      console.log(`      ${methods.length * badParams.length} bad requests: ${[...outcomes].map(([k, v]) => `${v} × ${k}`).join(', ')}`);
      assert.strictEqual(client.stderr.match(/Uncaught|FATAL|out of memory/i), null, client.stderr.slice(0, 1000));
      await alive(client, n++);
    });

    test('bad notifications: change of a closed document, ranges past the end, close twice, no params', async () => {
      const send = (method: string, params: unknown) => client.connection.sendNotification(method, params);
      await send('textDocument/didChange', { textDocument: { uri: 'file:///bad/never-opened.case', version: 2 }, contentChanges: [{ text: 'x' }] });
      await send('textDocument/didChange', {
        textDocument: { uri: 'file:///bad/open.case', version: 2 },
        contentChanges: [{ range: { start: { line: 1e6, character: 1e6 }, end: { line: -1, character: -1 } }, text: '}}}' }],
      });
      await send('textDocument/didChange', { textDocument: { uri: 'file:///bad/open.case', version: 3 }, contentChanges: null });
      await send('textDocument/didOpen', { textDocument: { uri: 'file:///bad/open.case', languageId: 'casefacts', version: 1, text: null } });
      await send('textDocument/didOpen', {});
      await send('textDocument/didSave', { textDocument: { uri: 'file:///bad/never-opened.case' } });
      await send('textDocument/didClose', { textDocument: { uri: 'file:///bad/never-opened.case' } });
      await send('workspace/didChangeConfiguration', { settings: null });
      await send('workspace/didChangeConfiguration', null);
      await send('$/cancelRequest', { id: 12345 });
      await send('casefacts/unknownNotification', { x: 1 });
      await alive(client, n++);
      assert.strictEqual(client.proc.exitCode, null);
    });

    test('a message that is not JSON, and one with a wrong Content-Length header', async () => {
      const body = '{"jsonrpc":"2.0","id":99,"method":';
      client.proc.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      client.proc.stdin!.write('Content-Length: 2\r\n\r\n[]');
      await alive(client, n++);
      assert.strictEqual(client.proc.exitCode, null);
    });

    test('a header without a Content-Length, with one that is no length, or too short: skipped, and the messages after it are read', async () => {
      const body = '{"jsonrpc":"2.0","method":"casefacts/unknownNotification"}';
      for (const header of ['X-Nothing: 1', 'Content-Length: many', 'Content-Length: -5', 'Content-Length: 5']) {
        client.proc.stdin!.write(`${header}\r\n\r\n${body}`);
        await alive(client, n++);
      }
    });
  });
});
