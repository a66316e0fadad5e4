/**
 * How the server process ends, and its transports, as editors rely on them: the
 * connections are made by the server itself (server/src/node/stdioConnection.ts),
 * over stdio, node IPC, a socket or a named pipe, and must end as the library's did.
 */
import * as assert from 'assert';
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  MessageConnection,
  ResponseError,
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

  test('before initialize: requests refused with ServerNotInitialized, notifications dropped; initialize answered once', async () => {
    const { proc, connection } = stdioServer();
    const uri = 'file:///life/early.case';
    const hover = () => connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } });
    const refused = (code: number) => (e: ResponseError<unknown>) => e.code === code;
    try {
      await assert.rejects(hover(), refused(-32002));
      await assert.rejects(connection.sendRequest('shutdown'), refused(-32002));
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'casefacts', version: 1, text: BROKEN } });
      await initialize(connection, process.pid);
      await assert.rejects(initialize(connection, process.pid), refused(-32600));
      await connection.sendNotification('initialized', {});
      // the document opened too early is not open: no hover on its misspelt key
      assert.strictEqual(await hover(), null);
      assert.deepStrictEqual(await diagnosticsOf(connection, uri), ['missing-role', 'unknown-key'], 'opened in order, it is served');
      assert.notStrictEqual(await hover(), null);
    } finally {
      proc.kill('SIGKILL');
      connection.dispose();
    }
  });

  test('initialize without its parameters is refused InvalidParams, and a proper one after it is served', async () => {
    const { proc, connection } = stdioServer();
    const refused = (e: ResponseError<unknown>) => e.code === -32602 && /capabilities/.test(e.message);
    try {
      for (const params of [null, {}, { processId: null, capabilities: null }, { processId: null, capabilities: [] }]) {
        await assert.rejects(connection.sendRequest('initialize', params), refused, JSON.stringify(params));
      }
      // an editor's odd folders are not fatal either
      const result = await connection.sendRequest('initialize', { processId: null, rootUri: 7, workspaceFolders: 'x', capabilities: {} }) as { capabilities: object };
      assert.ok('hoverProvider' in result.capabilities);
      await connection.sendNotification('initialized', {});
      assert.deepStrictEqual(await diagnosticsOf(connection, 'file:///life/late.case'), ['missing-role', 'unknown-key']);
    } finally {
      proc.kill('SIGKILL');
      connection.dispose();
    }
  });

  test('after shutdown: requests refused with InvalidRequest, even one sent before the shutdown was answered; exit, status 0', async () => {
    const { proc, connection } = stdioServer();
    try {
      await initialize(connection, process.pid);
      await connection.sendNotification('initialized', {});
      const uri = 'file:///life/late.case';
      await diagnosticsOf(connection, uri);
      const hover = () => connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } });
      const shutdown = connection.sendRequest('shutdown');
      const late = assert.rejects(hover(), (e: ResponseError<unknown>) => e.code === -32600);
      assert.strictEqual(await shutdown, null);
      await late;
      await assert.rejects(hover(), (e: ResponseError<unknown>) => e.code === -32600);
      await assert.rejects(connection.sendRequest('shutdown'), (e: ResponseError<unknown>) => e.code === -32600);
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

  test('--node-ipc: serves as stdio does, and ends when the editor closes the channel', async () => {
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
      proc.disconnect();
      assert.strictEqual(await exitStatus(proc), 1, 'the editor closed the channel without a shutdown');
    } finally {
      proc.kill('SIGKILL');
      connection.dispose();
    }
  });
  for (const kind of ['socket', 'pipe'] as const) {
    test(`--${kind}: the server connects to the editor's listening ${kind}, serves as stdio does, and ends when the editor closes it`, async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-transport-'));
      const listener = net.createServer();
      const accepted = new Promise<net.Socket>((resolve) => listener.once('connection', resolve));
      const address = kind === 'pipe' ? path.join(dir, 'lsp.sock') : 0;
      await new Promise<void>((resolve) => listener.listen(address, resolve));
      const arg = kind === 'pipe' ? `--pipe=${address as string}` : `--socket=${(listener.address() as net.AddressInfo).port}`;
      const proc = spawn(process.execPath, [SERVER_BIN, arg], { stdio: ['ignore', 'pipe', 'pipe'] });
      const socket = await accepted;
      const connection = createMessageConnection(new StreamMessageReader(socket), new StreamMessageWriter(socket));
      connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ validate: { delay: 0 } })));
      connection.onRequest('client/registerCapability', () => null);
      connection.onError(() => undefined);
      connection.listen();
      try {
        const init = (await initialize(connection, process.pid)) as { capabilities: { hoverProvider?: boolean } };
        assert.strictEqual(init.capabilities.hoverProvider, true);
        await connection.sendNotification('initialized', {});
        assert.deepStrictEqual(await diagnosticsOf(connection, `file:///life/${kind}.case`), ['missing-role', 'unknown-key']);
        socket.destroy();
        assert.strictEqual(await exitStatus(proc), 1, 'the editor went away without a shutdown');
      } finally {
        proc.kill('SIGKILL');
        connection.dispose();
        listener.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  test('--socket to a port nobody listens on: one line and exit 2', async () => {
    const listener = net.createServer();
    await new Promise<void>((resolve) => listener.listen(0, resolve));
    const port = (listener.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => listener.close(() => resolve()));
    const proc = spawn(process.execPath, [SERVER_BIN, `--socket=${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    assert.strictEqual(await exitStatus(proc), 2);
    assert.match(stderr, new RegExp(`^casefacts-language-server: port ${port}: connect ECONNREFUSED 127\\.0\\.0\\.1:${port}\\n$`));
  });
});
