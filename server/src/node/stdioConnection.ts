/**
 * The server's connections (stdio; a socket or named pipe; node IPC), made from the
 * LSP libraries' common parts and node's runtime layer for vscode-jsonrpc, without
 * their node entry points.
 *
 * Those entry points make every transport and load for them `crypto`, `child_process`,
 * `os` and `readline`, some 10 ms of every start on this machine before the first message
 * is read (bench/cold.mjs), and 12 kB of the bundle. A socket or a pipe is a byte stream
 * like stdio and takes the same connection; IPC is a reader and a writer of a few lines.
 * The server bundle points the libraries' own imports of each other at their common parts
 * (scripts/build.mjs), as their browser builds do.
 *
 * What the library's node `createConnection` adds is kept: the end of the editor's side
 * (stdin, the socket, the IPC channel) ends the process, and so does the death of the
 * editor's process (`processId` in `initialize`).
 */
// `import … = require`: the libraries' own exports objects, not esbuild's copies of them
// (see lspValues.ts). Types are imported apart: they leave no code.
import type { MessageWriter } from 'vscode-jsonrpc/lib/common/api';
import type { WatchDog } from 'vscode-languageserver/lib/common/server';
/* eslint-disable @typescript-eslint/no-require-imports */
import ril = require('vscode-jsonrpc/lib/node/ril');
import jsonrpc = require('vscode-jsonrpc/lib/common/api');
import protocol = require('vscode-languageserver-protocol/lib/common/api');
import lsp = require('vscode-languageserver/lib/common/api');
/* eslint-enable @typescript-eslint/no-require-imports */
import { type Refusal, StreamMessageReader } from './streamReader';

const RIL = ril.default;
RIL.install();

/** How often the editor's process is looked for (as the library does). */
const PARENT_CHECK_MS = 3000;

/** A connection over a byte stream: stdio, or a socket or named pipe (`--socket=PORT`, `--pipe=NAME`). */
export function createStreamConnection(input: NodeJS.ReadableStream, writer: MessageWriter) {
  // one that reads on after a header it cannot read (streamReader.ts)
  // CASEFACTS_MAX_MESSAGE_BYTES: a smaller limit, for tests of what is over it
  const max = Number(process.env.CASEFACTS_MAX_MESSAGE_BYTES) || undefined;
  const reader = new StreamMessageReader(input, (refusal) => refuse(writer, refusal), max);
  // status 0 after a shutdown request, 1 if the editor closed its end without one
  return createConnectionOver(reader, writer, (ended) => {
    for (const event of ['end', 'close']) {
      input.on(event, ended);
    }
  });
}

/** Reads the messages node IPC delivers (`--node-ipc`, a server forked by the editor). */
class IpcMessageReader extends jsonrpc.AbstractMessageReader {
  listen(callback: (message: jsonrpc.Message) => void): jsonrpc.Disposable {
    const receive = (message: unknown) => callback(message as jsonrpc.Message);
    process.on('message', receive);
    return { dispose: () => process.off('message', receive) };
  }
}

/** Sends each message over node IPC; a failed send is reported as the library's writers do. */
class IpcMessageWriter extends jsonrpc.AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  write(message: jsonrpc.Message): Promise<void> {
    return new Promise((resolve, reject) => {
      const send = process.send?.bind(process);
      if (!send) {
        reject(new Error('no IPC channel'));
        return;
      }
      send(message, undefined, undefined, (e: Error | null) => {
        if (e) {
          this.fireError(e, message, ++this.errors);
          reject(e);
        } else {
          this.errors = 0;
          resolve();
        }
      });
    });
  }

  end(): void {
    // the channel is the process's own: it closes with it
  }
}

/**
 * A connection over node IPC: the library's node entry point would load the socket and pipe
 * transports and their modules as well (~12 kB of the server bundle) for these few lines.
 */
export function createIpcConnection() {
  return createConnectionOver(new IpcMessageReader(), new IpcMessageWriter(), (ended) => process.on('disconnect', ended));
}

/**
 * Tells what was not taken: one line on stderr (the editor's log of the server) and, for what
 * JSON-RPC answers (a Parse error, an Invalid Request), an error response: with id null where
 * the id could not be read, which vscode-jsonrpc logs as an error without a request to fail.
 */
function refuse(writer: MessageWriter, { code, id, message }: Refusal): void {
  process.stderr.write(`casefacts-language-server: ${message}\n`);
  if (code !== undefined) {
    void writer.write({ jsonrpc: '2.0', id, error: { code, message } } as jsonrpc.ResponseMessage).catch(() => undefined);
  }
}

/**
 * Why `message` is no JSON-RPC request, notification or response (which the library would
 * only log as "neither a response nor a notification", leaving a request's sender waiting),
 * or undefined if it is one. Batches (arrays) are not part of LSP.
 */
function invalid(message: unknown): string | undefined {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return Array.isArray(message) ? 'a batch (an array): LSP sends one message at a time' : `not an object: ${JSON.stringify(message).slice(0, 40)}`;
  }
  const { id, method, result, error } = message as { id?: unknown; method?: unknown; result?: unknown; error?: unknown };
  const validId = typeof id === 'string' || typeof id === 'number';
  if (method !== undefined) {
    return typeof method !== 'string' ? 'a method that is not a string' : id !== undefined && !validId ? 'an id that is neither a string nor a number' : undefined;
  }
  return (result !== undefined || error !== undefined) && (validId || id === null) ? undefined : 'no method, and no result or error';
}

/**
 * The order LSP sets, which the library leaves to the server: before `initialize` a request
 * is answered ServerNotInitialized and a notification dropped, but `exit`; `initialize` is
 * answered once; after `shutdown` a request is answered InvalidRequest and a notification
 * dropped, but `exit`. Otherwise an editor's early request would be answered as if the
 * client's abilities were known, and a late one would start work on the way out.
 */
function inOrder(reader: jsonrpc.MessageReader, writer: MessageWriter): jsonrpc.MessageReader {
  /** 0 before `initialize`, 1 after it, 2 after `shutdown` (as the messages arrive, not as they are handled). */
  let state = 0;
  const listen = reader.listen.bind(reader);
  reader.listen = (callback) =>
    listen((message) => {
      const why = invalid(message);
      if (why !== undefined) {
        // the id is echoed only for what is meant as a request: a broken response's id is the editor's own
        const { id, method } = (typeof message === 'object' && message !== null ? message : {}) as { id?: unknown; method?: unknown };
        const echo = method !== undefined && (typeof id === 'string' || typeof id === 'number') ? id : null;
        refuse(writer, { code: jsonrpc.ErrorCodes.InvalidRequest, id: echo, message: `an invalid request: ${why}` });
        return;
      }
      const { id, method } = message as { id?: jsonrpc.RequestMessage['id']; method?: unknown };
      if (method === 'shutdown' && (message as { params?: unknown }).params === null) {
        // `shutdown` takes no params, and clients say so with `null` (Eglot's jsonrpc.el): as left out
        delete (message as { params?: unknown }).params;
      }
      const { params } = message as { params?: unknown };
      if (state === 0 && method === 'initialize' && id !== undefined && !isInitializeParams(params)) {
        // refused before it counts: the editor may send a proper one
        const refused = { code: jsonrpc.ErrorCodes.InvalidParams, message: 'initialize needs its parameters: an object with the client\'s capabilities' };
        void writer.write({ jsonrpc: '2.0', id, error: refused } as jsonrpc.ResponseMessage).catch(() => undefined);
        return;
      }
      if (id !== undefined && typeof method === 'string' && params !== undefined && (typeof params !== 'object' || params === null)) {
        // JSON-RPC: params are an object or an array, or left out; `null` reached the handlers
        // and came back as an InternalError about `workDoneToken`
        refuse(writer, { code: jsonrpc.ErrorCodes.InvalidParams, id, message: `${String(method)}: params must be an object or an array, or left out` });
        return;
      }
      if (typeof method !== 'string' || method === 'exit' || (state === 0 ? method === 'initialize' : state === 1 && method !== 'initialize')) {
        state = method === 'initialize' ? 1 : method === 'shutdown' ? 2 : state;
        callback(message);
      } else if (id !== undefined) {
        const [code, refused] = state === 0
          ? [jsonrpc.ErrorCodes.ServerNotInitialized, 'the server is not initialized']
          : [jsonrpc.ErrorCodes.InvalidRequest, state === 1 ? 'the server is initialized already' : 'the server is shut down'];
        void writer.write({ jsonrpc: '2.0', id, error: { code, message: refused } } as jsonrpc.ResponseMessage).catch(() => undefined);
      }
    });
  return reader;
}

/** Whether `initialize` came with what LSP requires of its parameters: an object with `capabilities`. */
function isInitializeParams(params: unknown): boolean {
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  return isObject(params) && isObject((params as { capabilities?: unknown }).capabilities);
}

/**
 * The connection, with what the library's node `createConnection` adds: the end of the
 * editor's side ends the process, and so does the death of the editor's process.
 */
function createConnectionOver(input: jsonrpc.MessageReader, writer: MessageWriter, onEnd: (ended: () => void) => void) {
  let shutdown = false;
  const reader = inOrder(input, writer);
  let end: (() => void) | undefined;
  const exit = (code: number) => {
    try {
      end?.();
    } catch {
      // the editor may be gone already
    }
    process.exit(code);
  };
  const watchDog: WatchDog = {
    get shutdownReceived() {
      return shutdown;
    },
    set shutdownReceived(value: boolean) {
      shutdown = value;
    },
    initialize(params) {
      const pid = params.processId;
      if (typeof pid === 'number') {
        setInterval(() => {
          try {
            process.kill(pid, 0);
          } catch {
            exit(shutdown ? 0 : 1); // the editor went away
          }
        }, PARENT_CHECK_MS).unref();
      }
    },
    exit,
  };
  onEnd(() => exit(shutdown ? 0 : 1));
  return lsp.createConnection((logger) => {
    // a request the editor cancels before its turn comes is answered so, not worked out: while
    // a long request runs, the editor's cancelled hovers, outlines and tokens wait behind it
    const connection = protocol.createProtocolConnection(reader, writer, logger, {
      cancelUndispatched: (message) => ({ jsonrpc: '2.0', id: (message as jsonrpc.RequestMessage).id, error: { code: protocol.LSPErrorCodes.RequestCancelled, message: 'cancelled' } }),
    });
    end = () => connection.end();
    return connection;
  }, watchDog, lsp.ProposedFeatures.all);
}
