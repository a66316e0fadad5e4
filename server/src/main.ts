/**
 * Entry of the bundled server: makes the connection (stdio, IPC or socket, as
 * the command line says) and hands it to `startServer`.
 */
import { format } from 'util';
import { createConnection, ProposedFeatures, StreamMessageReader } from 'vscode-languageserver/node';
import { StdioMessageWriter } from './node/publishEncoder';
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
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), writer);
  // As the library does for the transports it makes: when the editor closes stdin, stop
  // (status 0 after a shutdown request, 1 if the editor went away without one).
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  for (const event of ['end', 'close']) {
    process.stdin.on(event, () => process.exit(shutdown ? 0 : 1));
  }
  startServer(connection);
} else {
  startServer(createConnection(ProposedFeatures.all));
}
