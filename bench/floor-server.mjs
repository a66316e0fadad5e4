// The floor: the least an LSP server can do and still answer the bench's questions.
// Incremental sync through TextDocuments (the same library our server uses), and on
// every open or change an empty diagnostics list for that version. Whatever our server
// costs beyond this is the language service's work plus what it sends.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
  serverInfo: { name: 'casefacts-bench-floor', version: '0.0.0' },
}));

documents.onDidChangeContent(({ document }) => {
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
