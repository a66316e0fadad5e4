// The commands the extension contributes, run as the command palette runs them:
// every one is registered; the report opens for a Markdown brief; Copy Report as
// Markdown puts the table on the clipboard; Restart Server clears the diagnostics
// and the new server publishes them again.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, codesOf, EXTENSION_ID, inEnglish, isOurs, openDoc, waitFor, waitForDiagnostics } from './helpers';

const reportTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
  .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('caseFacts.report'));

suite('Commands in VS Code', () => {
  inEnglish();

  test('every command in the manifest is registered once the extension is active', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed = (ext.packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map((c) => c.command);
    assert.deepStrictEqual([...contributed].sort(), [
      'caseFacts.copyReportMarkdown', 'caseFacts.restartServer', 'caseFacts.saveReportHtml', 'caseFacts.showReport',
      'caseFacts.showWhatIf',
    ]);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(contributed.filter((c) => !registered.has(c)), []);
  });

  test('Show Liability Report on a Markdown brief opens the report', async () => {
    await closeAllEditors();
    const { doc } = await openDoc('brief.md');
    await waitForDiagnostics(doc.uri);
    await vscode.commands.executeCommand('caseFacts.showReport');
    const [tab] = await waitFor(() => (reportTabs().length > 0 ? reportTabs() : undefined), 'the report tab');
    await waitFor(() => tab.label.length > 0 && tab.label !== 'CaseFacts: ', 'the report title');
    await vscode.window.tabGroups.close(tab);
  });

  test('Copy Report as Markdown on a brief: the clipboard holds its provider table', async () => {
    const { doc } = await openDoc('brief.md');
    await waitForDiagnostics(doc.uri);
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('caseFacts.copyReportMarkdown');
    const copied = await waitFor(async () => (await vscode.env.clipboard.readText()) || undefined, 'the clipboard');
    assert.match(copied, /^## Liability report: brief\.md/);
    assert.match(copied, /\| Provider \| Roles \| Criminal \|/);
    assert.match(copied, /\| 快播 \(深圳快播公司\) \| caching, search \| ◐ possible \|/);
  });

  test('Restart Server: the diagnostics are cleared, then published again by the new server', async () => {
    const { doc } = await openDoc('qvod.case');
    const before = codesOf(await waitForDiagnostics(doc.uri));
    const cleared = waitForDiagnostics(doc.uri, (ds) => !ds.some(isOurs));
    await vscode.commands.executeCommand('caseFacts.restartServer');
    await cleared;
    const after = await waitForDiagnostics(doc.uri, (ds) => ds.some(isOurs));
    assert.deepStrictEqual(codesOf(after), before);
    // and the new server answers requests
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('caseFacts.copyReportMarkdown');
    assert.match(await waitFor(async () => (await vscode.env.clipboard.readText()) || undefined, 'the clipboard'), /\| Provider \|/);
  });
});
