/**
 * Entry of the bundled server: makes the connection (stdio, IPC or socket, as
 * the command line says) and hands it to `startServer`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
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
startServer(createConnection(ProposedFeatures.all));
