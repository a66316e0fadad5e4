/**
 * The server's connection over stdio, made from the LSP libraries' common parts
 * and node's runtime layer for vscode-jsonrpc, without their node entry points.
 *
 * Those entry points also make the other transports (sockets, named pipes, IPC)
 * and load for them `crypto`, `child_process`, `os` and `readline`, some 10 ms of
 * every start on this machine before the first message is read (bench/cold.mjs).
 * A stdio server uses none of them: the other transports still go through the
 * library's `createConnection` (main.ts), loaded only when asked for. The server
 * bundle points the libraries' own imports of each other at their common parts
 * (scripts/build.mjs), as their browser builds do.
 *
 * What the library's node `createConnection` adds for stdio is kept: the end of
 * stdin ends the process, and so does the death of the editor's process
 * (`processId` in `initialize`).
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

const RIL = ril.default;
RIL.install();

/** How often the editor's process is looked for (as the library does). */
const PARENT_CHECK_MS = 3000;

export function createStdioConnection(input: NodeJS.ReadableStream, writer: MessageWriter) {
  let shutdown = false;
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
  // status 0 after a shutdown request, 1 if the editor closed stdin without one
  for (const event of ['end', 'close']) {
    input.on(event, () => exit(shutdown ? 0 : 1));
  }
  const reader = new jsonrpc.ReadableStreamMessageReader(RIL().stream.asReadableStream(input));
  return lsp.createConnection((logger) => {
    const connection = protocol.createProtocolConnection(reader, writer, logger);
    end = () => connection.end();
    return connection;
  }, watchDog, lsp.ProposedFeatures.all);
}
