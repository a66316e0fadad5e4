/**
 * Entry of the bundled server: makes the connection (stdio, IPC or socket, as
 * the command line says) and hands it to `startServer`.
 */
import { format } from 'util';
import { StdioMessageWriter } from './node/publishEncoder';
import { createStdioConnection } from './node/stdioConnection';
import { startServer } from './server';

const argv = process.argv.slice(2);
if (argv.includes('--version')) {
  process.stdout.write('casefacts-language-server 0.1.0\n');
  process.exit(0);
}
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write('Usage: casefacts-language-server --stdio | --node-ipc | --socket=PORT\n');
  process.exit(0);
}
if (!argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
  process.stderr.write('casefacts-language-server: choose a transport: --stdio (or --node-ipc, --socket=PORT)\n');
  process.exit(2);
}
if (argv.includes('--stdio')) {
  // stdout is the protocol: anything logged goes to stderr, which editors show in their log.
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    console[level] = (...args: unknown[]) => process.stderr.write(`${format(...args)}\n`);
  }
  const writer = new StdioMessageWriter(process.stdout);
  startServer(createStdioConnection(process.stdin, writer), { flushed: () => writer.flushed(), encodesLists: true });
} else {
  // Sockets, pipes and IPC: the library's node entry, loaded only for them (see stdioConnection.ts).
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, for these transports only
  const node = require('vscode-languageserver/node') as typeof import('vscode-languageserver/node');
  startServer(node.createConnection(node.ProposedFeatures.all));
}
