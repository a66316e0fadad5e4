/**
 * The base protocol's corners, through the bundled server over stdio, byte for byte: a body
 * that is not JSON (Parse error), JSON that is no message (Invalid Request), a Content-Length
 * over the limit, with no number, or missing, headers with `\n` line ends, a Content-Type
 * with UTF-8 or another charset. Each is answered (or logged) once, and the next message read.
 */
import * as assert from 'assert';
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SERVER_BIN } from '../helpers/lspClient';

interface Reply {
  readonly id?: string | number | null;
  readonly method?: string;
  readonly result?: unknown;
  readonly error?: { code: number; message: string };
}

/** The server with raw stdin: what it writes is read into `replies`, frame by frame. */
class RawServer {
  readonly replies: Reply[] = [];
  stderr = '';
  private out = Buffer.alloc(0);
  private waiters: (() => void)[] = [];

  private constructor(readonly proc: ChildProcess) {
    proc.stdout!.on('data', (d: Buffer) => {
      this.out = Buffer.concat([this.out, d]);
      for (;;) {
        const end = this.out.indexOf('\r\n\r\n');
        const length = /Content-Length: (\d+)/.exec(this.out.toString('latin1', 0, Math.max(end, 0)));
        if (end < 0 || !length || this.out.length < end + 4 + Number(length[1])) {
          break;
        }
        this.replies.push(JSON.parse(this.out.toString('utf8', end + 4, end + 4 + Number(length[1]))) as Reply);
        this.out = this.out.subarray(end + 4 + Number(length[1]));
      }
      this.wake();
    });
    proc.stderr!.on('data', (d: Buffer) => {
      this.stderr += d.toString();
      this.wake();
    });
  }

  static async start(env: Record<string, string> = {}): Promise<RawServer> {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'casefacts-framing-'));
    const proc = spawn(process.execPath, [SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, CASEFACTS_CACHE_DIR: cache, ...env } });
    proc.once('exit', () => fs.rmSync(cache, { recursive: true, force: true }));
    const server = new RawServer(proc);
    server.send({ jsonrpc: '2.0', id: 'init', method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    await server.reply('init');
    server.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    return server;
  }

  write(raw: string): void {
    this.proc.stdin!.write(raw);
  }

  /** A message framed as LSP says, with more header lines if given, and line ends `eol`. */
  send(message: unknown, headers: readonly string[] = [], eol = '\r\n'): void {
    const body = typeof message === 'string' ? message : JSON.stringify(message);
    this.write([`Content-Length: ${Buffer.byteLength(body)}`, ...headers].map((h) => h + eol).join('') + eol + body);
  }

  /** Resolves when `pred` holds of what the server wrote (no sleeps: on each write). */
  until(pred: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => (pred() ? resolve() : this.waiters.push(check));
      check();
    });
  }

  async reply(id: string | number): Promise<Reply> {
    await this.until(() => this.replies.some((r) => r.id === id && r.method === undefined));
    return this.replies.find((r) => r.id === id && r.method === undefined)!;
  }

  /** A request the server answers (an unknown method: MethodNotFound), proving it reads on. */
  async ping(id: string): Promise<void> {
    this.send({ jsonrpc: '2.0', id, method: 'casefacts/unknownRequest' });
    assert.strictEqual((await this.reply(id)).error?.code, -32601, `${id} answered`);
  }

  /**
   * What the server wrote on stderr up to now, once all of it has been read (stderr and stdout
   * are two pipes, read in no set order): a last line that frames nothing is sent, and its
   * report awaited; it is left out of what is returned.
   */
  async settledStderr(): Promise<string[]> {
    this.write('FENCE\r\n\r\n');
    await this.until(() => this.stderr.includes('FENCE'));
    return this.stderr.split('\n').filter((l) => l !== '' && !l.includes('FENCE'));
  }

  /** The error responses with id null, in order. */
  nullReplies(): { code: number; message: string }[] {
    return this.replies.filter((r) => r.id === null && r.error).map((r) => r.error!);
  }

  stop(): void {
    this.proc.kill();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) {
      w();
    }
  }
}

suite('base protocol over stdio: framing and malformed messages', function () {
  this.timeout(60_000);
  let server: RawServer;
  setup(async () => {
    server = await RawServer.start({ CASEFACTS_MAX_MESSAGE_BYTES: '4096' });
  });
  teardown(() => server.stop());

  test('a body that is not JSON: Parse error with id null, one line on stderr, the next message read', async () => {
    server.send('{"jsonrpc":"2.0","id":99,"method":');
    await server.ping('after');
    assert.deepStrictEqual(server.nullReplies().map((e) => e.code), [-32700]);
    assert.match(server.nullReplies()[0].message, /not JSON/);
    const stderr = await server.settledStderr();
    assert.strictEqual(stderr.length, 1, stderr.join('\n'));
    assert.match(stderr[0], /^casefacts-language-server: a message that is not JSON: /);
    assert.ok(!server.replies.some((r) => r.id === 99), 'no reply to an id read out of a broken body');
  });

  test('JSON that is no message: Invalid Request, with the id only of what is meant as a request', async () => {
    for (const body of ['[]', '[{"jsonrpc":"2.0","id":3,"method":"shutdown"}]', '42', '"x"', 'null', '{"jsonrpc":"2.0","id":5}', '{"jsonrpc":"2.0","id":6,"params":{}}']) {
      server.send(body);
    }
    server.send({ jsonrpc: '2.0', id: 8, method: 3 });
    server.send({ jsonrpc: '2.0', id: { x: 1 }, method: 'textDocument/hover' });
    await server.ping('after');
    assert.deepStrictEqual(server.nullReplies().map((e) => e.code), [-32600, -32600, -32600, -32600, -32600, -32600, -32600, -32600]);
    assert.match(server.nullReplies()[0].message, /batch/);
    assert.deepStrictEqual((await server.reply(8)).error?.code, -32600);
    assert.ok(!server.replies.some((r) => r.id === 3 || r.id === 5 || r.id === 6), 'no id echoed but a request\'s');
    const stderr = await server.settledStderr();
    assert.strictEqual(stderr.filter((l) => l.includes('an invalid request')).length, 9, stderr.join('\n'));
    assert.ok(!server.replies.some((r) => r.method === 'window/logMessage'), 'told once, on stderr, not in the log as well');
  });

  test('a request with params null or a number: Invalid params, not an internal error', async () => {
    server.send({ jsonrpc: '2.0', id: 'null', method: 'textDocument/hover', params: null });
    server.send({ jsonrpc: '2.0', id: 'five', method: 'textDocument/hover', params: 5 });
    for (const id of ['null', 'five']) {
      const reply = await server.reply(id);
      assert.strictEqual(reply.error?.code, -32602, id);
      assert.strictEqual(reply.error?.message, 'textDocument/hover: params must be an object or an array, or left out');
    }
    await server.ping('after');
  });

  test('shutdown with params null (as Eglot sends it) is answered, and exit then ends the server with status 0', async () => {
    server.send({ jsonrpc: '2.0', id: 'down', method: 'shutdown', params: null });
    const reply = await server.reply('down');
    assert.strictEqual(reply.error, undefined, JSON.stringify(reply));
    assert.strictEqual(reply.result, null);
    const exited = new Promise<number | null>((resolve) => server.proc.once('exit', (code) => resolve(code)));
    server.send({ jsonrpc: '2.0', method: 'exit' });
    assert.strictEqual(await exited, 0);
  });

  test('a Content-Length over the limit: its bytes dropped as they come, told once, and the message after it read', async () => {
    const huge = JSON.stringify({ jsonrpc: '2.0', id: 'huge', method: 'casefacts/unknownRequest', params: { text: 'x'.repeat(20_000) } });
    const framed = `Content-Length: ${huge.length}\r\n\r\n${huge}`;
    // in pieces, as a pipe delivers a long message
    for (let at = 0; at < framed.length; at += 1000) {
      server.write(framed.slice(at, at + 1000));
    }
    await server.ping('after');
    assert.ok(!server.replies.some((r) => r.id === 'huge'), 'the message over the limit is not read');
    const stderr = await server.settledStderr();
    assert.deepStrictEqual(stderr, [`casefacts-language-server: skipped what frames no message (a message of ${huge.length} bytes is over the limit of 4096)`], 'told once, not once a chunk');
    // a header that claims 10^12 bytes and sends none: the server does not wait for them
    server.write('Content-Length: 1000000000000\r\n\r\n');
    await server.ping('after-claim');
  });

  test('a Content-Length that claims more than the body sent: cut at the next header, answered as not JSON, and that message read', async () => {
    const short = '{"jsonrpc":"2.0","id":"lie","method":"casefacts/unknownRequest"}';
    // the next message in the same write, and in a later one (the body awaited when it comes)
    server.write(`Content-Length: 4000\r\n\r\n${short}`);
    await server.ping('next-write');
    const next = '{"jsonrpc":"2.0","id":"same-write","method":"casefacts/unknownRequest"}';
    server.write(`Content-Length: 3000\r\n\r\n${short}Content-Length: ${next.length}\r\n\r\n${next}`);
    assert.strictEqual((await server.reply('same-write')).error?.code, -32601);
    assert.deepStrictEqual(server.nullReplies(), [
      { code: -32700, message: `a message cut short by the next header: ${short.length} of the 4000 bytes its Content-Length claimed` },
      { code: -32700, message: `a message cut short by the next header: ${short.length} of the 3000 bytes its Content-Length claimed` },
    ]);
    assert.ok(!server.replies.some((r) => r.id === 'lie'));
    // a brief that writes about the protocol: its words in a JSON string are no header
    const uri = 'file:///protocol.case';
    const text = '# Content-Length: 12\n# content-length: 5\nprovider P {\n  role caching\n}\n';
    server.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'casefacts', version: 1, text } } });
    server.send({ jsonrpc: '2.0', id: 'symbols', method: 'textDocument/documentSymbol', params: { textDocument: { uri } } });
    assert.match(JSON.stringify((await server.reply('symbols')).result), /"name":"P"/);
    // pretty-printed JSON (line breaks between its tokens), and the next header, in pieces of 7 bytes
    const pretty = JSON.stringify({ jsonrpc: '2.0', id: 'pretty', method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 3, character: 3 }, note: 'Content-Length: 5' } }, null, 2);
    const last = '{"jsonrpc":"2.0","id":"pieces","method":"casefacts/unknownRequest"}';
    const pieces = `Content-Length: ${Buffer.byteLength(pretty)}\r\n\r\n${pretty}Content-Length: 4095\r\n\r\n${short}Content-Length: ${last.length}\r\n\r\n${last}`;
    for (let at = 0; at < pieces.length; at += 7) {
      server.write(pieces.slice(at, at + 7));
    }
    assert.match(JSON.stringify((await server.reply('pretty')).result), /role/);
    assert.strictEqual((await server.reply('pieces')).error?.code, -32601);
    assert.deepStrictEqual(server.nullReplies().map((e) => e.message.replace(/\d+ of the/, 'n of the')), [4000, 3000, 4095].map((n) => `a message cut short by the next header: n of the ${n} bytes its Content-Length claimed`));
  });

  test('headers without a Content-Length or with no number in it: skipped to the next header', async () => {
    for (const header of ['X-Nothing: 1', 'Content-Length: many', 'Content-Length: -5', 'Content-Length: 1e3', 'no colon here']) {
      server.write(`${header}\r\n\r\n{"jsonrpc":"2.0","method":"casefacts/unknownNotification"}`);
      await server.ping(header);
    }
    const stderr = await server.settledStderr();
    assert.strictEqual(stderr.filter((l) => l.includes('skipped what frames no message')).length, 5, stderr.join('\n'));
  });

  test('`\\n` line ends, a Content-Type with charset utf-8 or utf8: read as usual', async () => {
    server.send({ jsonrpc: '2.0', id: 'lf', method: 'casefacts/unknownRequest' }, [], '\n');
    server.send({ jsonrpc: '2.0', id: 'lf-type', method: 'casefacts/unknownRequest' }, ['Content-Type: application/vscode-jsonrpc; charset=utf-8'], '\n');
    server.send({ jsonrpc: '2.0', id: 'utf-8', method: 'casefacts/unknownRequest' }, ['Content-Type: application/vscode-jsonrpc; charset=utf-8']);
    server.send({ jsonrpc: '2.0', id: 'utf8', method: 'casefacts/unknownRequest' }, ['content-type: application/vscode-jsonrpc; charset="UTF8"']);
    for (const id of ['lf', 'lf-type', 'utf-8', 'utf8']) {
      assert.strictEqual((await server.reply(id)).error?.code, -32601, id);
    }
    assert.deepStrictEqual(await server.settledStderr(), []);
  });

  test('a Content-Type with another charset: answered with an error, as LSP says, not read as UTF-8', async () => {
    server.send({ jsonrpc: '2.0', id: 'latin1', method: 'casefacts/unknownRequest' }, ['Content-Type: application/vscode-jsonrpc; charset=iso-8859-1']);
    const reply = await server.reply('latin1');
    assert.strictEqual(reply.error?.code, -32600);
    assert.match(reply.error?.message ?? '', /charset iso-8859-1 is not supported/);
    await server.ping('after');
  });
});
