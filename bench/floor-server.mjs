// The floor: the least an LSP server can do and still answer the bench's questions.
// Incremental sync through TextDocuments (the same library our server uses), and on
// every open or change an empty diagnostics list for that version (or, to a client that
// pulls, that list on every pull). Whatever our server
// costs beyond this is the language service's work plus what it sends.
//
// With CASEFACTS_BENCH_DIAGNOSTICS=FILE (a JSON array of diagnostics) it publishes that
// list instead, through the library's own encoder: the cost of delivering those
// diagnostics on every version, with no analysis behind them.
import { readFileSync } from 'node:fs';
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const file = process.env.CASEFACTS_BENCH_DIAGNOSTICS;
const canned = file ? JSON.parse(readFileSync(file, 'utf8')) : [];

// A client that pulls (VS Code) asks for the list instead: the floor then answers every
// pull with its whole list, and pushes nothing.
let pull = false;
connection.onInitialize(({ capabilities }) => {
  pull = !!capabilities.textDocument?.diagnostic;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      ...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'casefacts-bench-floor', version: '0.0.0' },
  };
});
connection.languages.diagnostics.on(({ textDocument }) => ({ kind: 'full', items: documents.get(textDocument.uri) ? listFor(textDocument.uri) : [] }));

/** The canned list with its related locations in the document at hand (made once per uri). */
const lists = new Map();
function listFor(uri) {
  let list = lists.get(uri);
  if (!list) {
    list = canned.map((d) => (d.relatedInformation
      ? { ...d, relatedInformation: d.relatedInformation.map((r) => ({ ...r, location: { ...r.location, uri } })) }
      : d));
    lists.set(uri, list);
  }
  return list;
}

documents.onDidChangeContent(({ document }) => {
  if (pull) {
    return;
  }
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: listFor(document.uri) });
});

documents.listen(connection);
connection.listen();
