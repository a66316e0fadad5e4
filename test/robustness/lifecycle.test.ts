/**
 * How the server process ends, and its transports, as editors rely on them: the
 * stdio connection is made by the server itself (server/src/node/stdioConnection.ts)
 * and must end as the library's did; the other transports use the library's node
 * entry, loaded only for them.
 */
import * as assert from 'assert';
import { ChildProcess, spawn } from 'child_process';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import { SERVER_BIN } from '../helpers/lspClient';

const BROKEN = 'provider P {\n  rolle caching\n}\n';

/** The exit status, or a failure after `ms`. */
function exitStatus(proc: ChildProcess, ms = 15_000): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (proc.exitCode !== null) {
      resolve(proc.exitCode);
      return;
    }
    const timer = setTimeout(() => reject(new Error(`the server did not exit within ${ms} ms`)), ms);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

function stdioServer(): { proc: ChildProcess; connection: MessageConnection } {
  const proc = spawn(process.execPath, [SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ validate: { delay: 0 } })));
  connection.onRequest('client/registerCapability', () => null);
  connection.onError(() => undefined);
  connection.listen();
  return { proc, connection };
}

/** Opens a broken brief and waits for its diagnostics: the server is at work. */
async function diagnosticsOf(connection: MessageConnection, uri: string): Promise<string[]> {
  const got = new Promise<string[]>((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code: string }[] }) => {
      if (p.uri === uri) {
        resolve(p.diagnostics.map((d) => d.code));
      }
    });
  });
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'casefacts', version: 1, text: BROKEN } });
  return got;
}

const initialize = (connection: MessageConnection, processId: number | null) =>
  connection.sendRequest('initialize', { processId, rootUri: null, capabilities: { workspace: { configuration: true } } });

suite('robustness: how the server ends, and its transports', function () {
  this.timeout(60_000);

  test('shutdown, then exit: status 0', async () => {
    const { proc, connection } = stdioServer();
    try {
      await initialize(connection, process.pid);
      await connection.sendNotification('initialized', {});
      assert.deepStrictEqual(await diagnosticsOf(connection, 'file:///life/a.case'), ['missing-role', 'unknown-key']);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      assert.strictEqual(await exitStatus(proc), 0);
    } finally {
      proc.kill('SIGKILL');
      connection.dispose();
    }
  });

  test('the editor closes stdin without a shutdown: status 1', async () => {
    const { proc, connection } = stdioServer();
    try {
      await initialize(connection, process.pid);
      await connection.sendNotification('initialized', {});
      proc.stdin!.end();
      assert.strictEqual(await exitStatus(proc), 1);
    } finally {
      proc.kill('SIGKILL');
      connection.dispose();
    }
  });

  test('the editor\'s process (processId in initialize) goes away: the server exits with it', async () => {
    const editor = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const { proc, connection } = stdioServer();
    try {
      await initialize(connection, editor.pid!);
      await connection.sendNotification('initialized', {});
      editor.kill('SIGKILL');
      // checked every 3 s, as the library does
      assert.strictEqual(await exitStatus(proc, 10_000), 1);
    } finally {
      editor.kill('SIGKILL');
      proc.kill('SIGKILL');
      connection.dispose();
    }
  });

  test('--node-ipc: the library\'s own transport, loaded on demand, serves as stdio does', async () => {
    const proc = spawn(process.execPath, [SERVER_BIN, '--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ validate: { delay: 0 } })));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    try {
      const init = (await initialize(connection, process.pid)) as { capabilities: { hoverProvider?: boolean } };
      assert.strictEqual(init.capabilities.hoverProvider, true);
      await connection.sendNotification('initialized', {});
      assert.deepStrictEqual(await diagnosticsOf(connection, 'file:///life/ipc.case'), ['missing-role', 'unknown-key']);
    } finally {
      proc.kill('SIGKILL');
      connection.dispose();
    }
  });
});
