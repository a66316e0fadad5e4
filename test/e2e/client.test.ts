// The client around the server: restarting it in any state, keeping its log, and
// listing each problem once when VS Code opens a read-only copy of a brief beside it
// (the old side of a diff, as Source Control's "Open Changes" does).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { activateExtension, closeAllEditors, codesOf, fixtureText, hoverAt, inEnglish, isOurs, openDoc, positionOf, waitForDiagnostics } from './helpers';

const api = async () => (await activateExtension()).exports as { client: LanguageClient | undefined };

/** The client's State.Starting (vscode-languageclient's public State enum). */
const STARTING = 3;

suite('The language client in VS Code', () => {
  inEnglish();
  suiteTeardown(closeAllEditors);

  test('Restart Server while the server is starting: the restart waits for it, then the diagnostics come back', async () => {
    const { doc } = await openDoc('qvod.case');
    const before = codesOf(await waitForDiagnostics(doc.uri));
    const client = (await api()).client;
    assert.ok(client && client.isRunning(), 'the client is running');
    const starting = new Promise<void>((resolve) => {
      const sub = client.onDidChangeState((e) => {
        if (e.newState === STARTING) {
          sub.dispose();
          resolve();
        }
      });
    });
    const first = vscode.commands.executeCommand('caseFacts.restartServer');
    await starting;
    // a second restart asked for while the first one's server is starting
    const second = vscode.commands.executeCommand('caseFacts.restartServer');
    await first;
    await second;
    assert.ok((await api()).client?.isRunning(), 'the client is running again');
    const after = await waitForDiagnostics(doc.uri, (ds) => ds.some(isOurs));
    assert.deepStrictEqual(codesOf(after), before);
  });

  test('Restart Server keeps the CaseFacts output channel, and with it the log the user restarted to read', async () => {
    const { doc } = await openDoc('qvod.case');
    await waitForDiagnostics(doc.uri);
    const channel = (await api()).client?.outputChannel;
    assert.ok(channel);
    await vscode.commands.executeCommand('caseFacts.restartServer');
    assert.strictEqual((await api()).client?.outputChannel, channel, 'the restart replaced (and so emptied) the output channel');
  });

  test('a read-only revision of a brief beside it (as Git: Open File (HEAD) shows one): its problems are listed once, the revision still hovers', async () => {
    const text = await fixtureText('qvod.case');
    const scheme = 'casefacts-e2e-revision';
    const registration = vscode.workspace.registerTextDocumentContentProvider(scheme, { provideTextDocumentContent: () => text });
    try {
      const { doc } = await openDoc('qvod.case');
      const revision = await vscode.workspace.openTextDocument(doc.uri.with({ scheme }));
      assert.strictEqual(revision.languageId, 'casefacts');
      await vscode.window.showTextDocument(revision, { viewColumn: vscode.ViewColumn.Beside, preview: false });
      // a diff of the two, too (VS Code checks only the modified side of a diff)
      await vscode.commands.executeCommand('vscode.diff', revision.uri, doc.uri, 'qvod.case (HEAD ↔ working tree)');
      const problems = await waitForDiagnostics(doc.uri);
      // the server has the revision: it answers a hover on it
      assert.match(await hoverAt(revision, positionOf(revision, 'caching', 0, 2)), /caching · 缓存/);
      // what the Problems view lists: the working tree's problems, and nothing of the revision
      const listed = vscode.languages.getDiagnostics().filter(([, ds]) => ds.some(isOurs)).map(([uri]) => uri.toString());
      assert.ok(listed.includes(doc.uri.toString()) && problems.length > 0, listed.join(', '));
      assert.deepStrictEqual(listed.filter((u) => u.startsWith(`${scheme}:`)), [], 'the revision\'s problems are listed too');
    } finally {
      registration.dispose();
    }
  });
});
