/**
 * Entry of the bundled server: makes the connection (stdio, IPC or socket, as
 * the command line says) and hands it to `startServer`.
 */
import { format } from 'util';
import { StdioMessageWriter } from './node/publishEncoder';
import * as net from 'net';
import { createIpcConnection, createStreamConnection } from './node/stdioConnection';
import { startServer } from './server';

const argv = process.argv.slice(2);
if (argv.includes('--version')) {
  process.stdout.write('casefacts-language-server 0.1.0\n');
  process.exit(0);
}
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write('Usage: casefacts-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME\n');
  process.exit(0);
}
if (!argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
  process.stderr.write('casefacts-language-server: choose a transport: --stdio (or --node-ipc, --socket=PORT, --pipe=NAME)\n');
  process.exit(2);
}
if (argv.includes('--stdio')) {
  // stdout is the protocol: anything logged goes to stderr, which editors show in their log.
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    console[level] = (...args: unknown[]) => process.stderr.write(`${format(...args)}\n`);
  }
  const writer = new StdioMessageWriter(process.stdout);
  startServer(createStreamConnection(process.stdin, writer), { flushed: () => writer.flushed(), encodesLists: true });
} else if (argv.includes('--node-ipc')) {
  startServer(createIpcConnection());
} else {
  // `--socket=PORT` (on this machine) or `--pipe=NAME`: the editor listens, the server connects.
  const port = argv.find((a) => a.startsWith('--socket='))?.slice(9);
  const pipe = argv.find((a) => a.startsWith('--pipe='))?.slice(7);
  const socket = port !== undefined ? net.createConnection(Number(port), '127.0.0.1') : net.createConnection(pipe ?? '');
  socket.on('error', (e) => {
    process.stderr.write(`casefacts-language-server: ${port !== undefined ? `port ${port}` : `pipe ${pipe ?? ''}`}: ${e.message}\n`);
    process.exit(2);
  });
  const writer = new StdioMessageWriter(socket);
  startServer(createStreamConnection(socket, writer), { flushed: () => writer.flushed(), encodesLists: true });
}
